package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.plugin.ErpDirectories;
import org.redress.spi.ErpCustomer;
import org.redress.spi.ErpLot;
import org.redress.spi.ErpOrder;
import org.redress.spi.ErpProduct;

/**
 * Lookups in the organisation's ERP through the enabled ERP directory, for intake: 404 when the ERP
 * does not know the record, 409 when no ERP directory is enabled, 503 when it cannot be reached.
 */
@Path("erp")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "ERP directory")
public class ErpResource {

  @EJB ErpDirectories erp;

  @GET
  @Path("orders/{number}")
  public ErpOrder order(@PathParam("number") String number) {
    return erp.order(number);
  }

  @GET
  @Path("customers/{number}")
  public ErpCustomer customer(@PathParam("number") String number) {
    return erp.customer(number);
  }

  @GET
  @Path("products")
  @Operation(summary = "Products whose code or name contains q")
  public List<ErpProduct> products(@QueryParam("q") String q, @QueryParam("limit") String limit) {
    return erp.findProducts(q, QueryParameters.integer(limit, "limit", 20));
  }

  @GET
  @Path("products/{code}")
  public ErpProduct product(@PathParam("code") String code) {
    return erp.product(code);
  }

  @GET
  @Path("products/{code}/lots/{lot}")
  public ErpLot lot(@PathParam("code") String code, @PathParam("lot") String lot) {
    return erp.lot(code, lot);
  }
}
