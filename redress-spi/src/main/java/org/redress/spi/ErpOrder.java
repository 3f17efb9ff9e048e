package org.redress.spi;

import java.time.LocalDate;
import java.util.List;

/** An order in the ERP, with the codes of the products on it. */
public record ErpOrder(
    String orderNumber, String customerNumber, LocalDate orderedOn, List<String> productCodes) {

  public ErpOrder {
    productCodes = List.copyOf(productCodes);
  }
}
