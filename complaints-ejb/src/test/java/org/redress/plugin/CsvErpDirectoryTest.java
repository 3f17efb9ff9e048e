package org.redress.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.spi.ErpDirectory;
import org.redress.spi.ErpLot;
import org.redress.spi.ErpOrder;
import org.redress.spi.ErpProduct;
import org.redress.spi.PluginSettings;

class CsvErpDirectoryTest {

  @TempDir Path folder;

  private ErpDirectory directory() {
    return new CsvErpDirectoryFactory()
        .create(new PluginSettings(Map.of("directory", folder.toString())));
  }

  @Test
  void findsOrdersProductsLotsAndCustomersWhateverTheCase() throws Exception {
    Files.writeString(
        folder.resolve("orders.csv"),
        "orderNumber,customerNumber,orderedOn,productCodes\n"
            + "SO-1001,C-7,2026-10-02,EM-200;FLT-9\n");
    Files.writeString(
        folder.resolve("products.csv"), "productCode,name\nEM-200,\"Espresso machine, 2 l\"\n");
    Files.writeString(
        folder.resolve("lots.csv"),
        "productCode,lotNumber,producedOn\nEM-200,L-2026-41,2026-09-30\n");
    Files.writeString(
        folder.resolve("customers.csv"),
        "customerNumber,name,email\nC-7,Café Römer,info@roemer.example\n");
    ErpDirectory erp = directory();

    assertThat(erp.order("so-1001"))
        .contains(
            new ErpOrder(
                "SO-1001", "C-7", LocalDate.parse("2026-10-02"), List.of("EM-200", "FLT-9")));
    assertThat(erp.product("EM-200")).contains(new ErpProduct("EM-200", "Espresso machine, 2 l"));
    assertThat(erp.lot("em-200", "l-2026-41"))
        .contains(new ErpLot("EM-200", "L-2026-41", LocalDate.parse("2026-09-30")));
    assertThat(erp.customer("C-7").orElseThrow().name()).isEqualTo("Café Römer");
    assertThat(erp.findProducts("espresso", 5))
        .extracting(ErpProduct::productCode)
        .containsExactly("EM-200");
    assertThat(erp.order("SO-9999")).isEmpty();
  }

  @Test
  void aMissingFileIsAnEmptyList() throws Exception {
    assertThat(directory().order("SO-1001")).isEmpty();
  }

  @Test
  void aChangedFileIsReadAgain() throws Exception {
    Path orders = folder.resolve("orders.csv");
    Files.writeString(orders, "orderNumber\nSO-1\n");
    ErpDirectory erp = directory();
    assertThat(erp.order("SO-2")).isEmpty();

    Files.writeString(orders, "orderNumber\nSO-1\nSO-2\n");
    Files.setLastModifiedTime(orders, FileTime.from(Instant.now().plusSeconds(5)));

    assertThat(erp.order("SO-2")).isPresent();
  }

  @Test
  void aFolderThatDoesNotExistIsRefusedWhenTheAdministratorSavesIt() {
    assertThatThrownBy(
            () ->
                new CsvErpDirectoryFactory()
                    .create(
                        new PluginSettings(Map.of("directory", folder.resolve("nope").toString()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void aFileWithoutTheRequiredColumnIsReportedAsUnreadable() throws IOException {
    Files.writeString(folder.resolve("orders.csv"), "number\nSO-1\n");
    assertThatThrownBy(() -> directory().order("SO-1"))
        .isInstanceOf(org.redress.spi.ConnectorException.class)
        .hasMessageContaining("orders.csv");
  }
}
