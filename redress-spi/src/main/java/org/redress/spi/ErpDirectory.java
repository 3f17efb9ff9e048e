package org.redress.spi;

import java.util.List;
import java.util.Optional;

/**
 * A read-only view of the organisation's ERP: who the customers are, what they ordered, which
 * products and lots exist. Complaint intake looks things up here and checks that what the
 * complainant named exists.
 */
public interface ErpDirectory {

  Optional<ErpCustomer> customer(String customerNumber) throws ConnectorException;

  Optional<ErpOrder> order(String orderNumber) throws ConnectorException;

  Optional<ErpProduct> product(String productCode) throws ConnectorException;

  Optional<ErpLot> lot(String productCode, String lotNumber) throws ConnectorException;

  /** Products whose code or name contains the text, at most {@code limit}. */
  List<ErpProduct> findProducts(String text, int limit) throws ConnectorException;
}
