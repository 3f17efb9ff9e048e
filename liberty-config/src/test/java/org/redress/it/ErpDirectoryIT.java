package org.redress.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.redress.it.Api.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the built-in CSV ERP directory enabled, intake refuses an order number or lot the ERP does
 * not know (storing nothing), and handlers look customers, orders, products and lots up.
 */
class ErpDirectoryIT {

  private Path folder;

  @BeforeEach
  void anErpExport() throws Exception {
    folder = Files.createTempDirectory("redress-erp-it");
    Files.writeString(
        folder.resolve("orders.csv"),
        "orderNumber,customerNumber,orderedOn,productCodes\nSO-1001,C-7,2026-10-02,EM-200\n");
    Files.writeString(
        folder.resolve("products.csv"), "productCode,name\nEM-200,Espresso machine\n");
    Files.writeString(
        folder.resolve("lots.csv"), "productCode,lotNumber,producedOn\nEM-200,L-41,2026-09-30\n");
    Files.writeString(
        folder.resolve("customers.csv"), "customerNumber,name,email\nC-7,Café Römer,\n");
    as("admin")
        .body(Map.of("enabled", true, "settings", Map.of("directory", folder.toString())))
        .put("/connectors/erp-csv")
        .then()
        .statusCode(200)
        .body("kind", equalTo("ERP"));
  }

  @AfterEach
  void switchItOff() {
    as("admin")
        .body(Map.of("enabled", false, "settings", Map.of("directory", folder.toString())))
        .put("/connectors/erp-csv")
        .then()
        .statusCode(200);
  }

  @Test
  void anUnknownOrderOrLotIsRefusedAtIntakeAndNothingIsStored() {
    String marker = Api.marker();
    Map<String, Object> complaint = Api.complaint(marker);
    complaint.put("orderReference", "SO-404");
    as("handler")
        .body(complaint)
        .post("/complaints")
        .then()
        .statusCode(400)
        .body("errors.field", contains("orderReference"));

    complaint.put("orderReference", "SO-1001");
    complaint.put("lot", "L-99");
    as("handler")
        .body(complaint)
        .post("/complaints")
        .then()
        .statusCode(400)
        .body("errors.field", contains("lot"));
    as("handler").queryParam("q", marker).get("/complaints").then().body("items", hasSize(0));

    complaint.put("lot", "l-41");
    as("handler").body(complaint).post("/complaints").then().statusCode(201);
    as("handler").queryParam("q", marker).get("/complaints").then().body("items", hasSize(1));
  }

  @Test
  void handlersLookTheErpUp() {
    as("handler")
        .get("/erp/orders/so-1001")
        .then()
        .statusCode(200)
        .body("customerNumber", equalTo("C-7"))
        .body("productCodes", contains("EM-200"));
    as("handler")
        .get("/erp/customers/C-7")
        .then()
        .statusCode(200)
        .body("name", equalTo("Café Römer"));
    as("handler").get("/erp/products/EM-200/lots/L-41").then().statusCode(200);
    as("handler")
        .queryParam("q", "espresso")
        .get("/erp/products")
        .then()
        .statusCode(200)
        .body("productCode", hasItem("EM-200"));
    as("handler").get("/erp/orders/SO-404").then().statusCode(404);
    as("auditor").get("/erp/orders/SO-1001").then().statusCode(403);
  }

  @Test
  void aFolderThatDoesNotExistIsRefusedWithoutSwitchingTheDirectoryOff() {
    as("admin")
        .body(
            Map.of(
                "enabled",
                true,
                "settings",
                Map.of("directory", folder.resolve("gone").toString())))
        .put("/connectors/erp-csv")
        .then()
        .statusCode(400)
        .body("errors.field", contains("settings"));
    as("admin").get("/connectors/erp-csv").then().body("enabled", equalTo(true));
  }

  @Test
  void withoutAnErpDirectoryLookupsSaySoAndIntakeTakesAnyOrder() {
    switchItOff();
    as("handler")
        .get("/erp/orders/SO-1001")
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("no-erp-directory"));
    Map<String, Object> complaint = Api.complaint(Api.marker());
    complaint.put("orderReference", "SO-404");
    as("handler").body(complaint).post("/complaints").then().statusCode(201);
  }
}
