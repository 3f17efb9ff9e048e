package org.redress.plugin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.redress.complaint.command.NewComplaint;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.RuleViolationException;
import org.redress.security.Roles;
import org.redress.spi.ConnectorException;
import org.redress.spi.ErpCustomer;
import org.redress.spi.ErpDirectory;
import org.redress.spi.ErpLot;
import org.redress.spi.ErpOrder;
import org.redress.spi.ErpProduct;

/**
 * Looks things up in the organisation's ERP through the enabled ERP directory with the highest
 * priority, and checks at intake that the order and lot a complaint names exist. These are reads
 * before anything is stored, so they are made at once; an ERP that cannot be reached never stops a
 * complaint from being recorded.
 */
@Stateless
@RolesAllowed({Roles.HANDLER, Roles.MANAGER, Roles.QMS_ADMIN, Roles.INTEGRATION})
public class ErpDirectories {

  private static final Logger LOG = Logger.getLogger(ErpDirectories.class.getName());

  @PersistenceContext EntityManager em;

  @Inject ConnectorInstances instances;

  @Inject PluginCatalog catalog;

  /**
   * Refuses a complaint whose order number the ERP does not know, or whose lot belongs to none of
   * that order's products. Without an enabled ERP directory, or when it cannot be reached, the
   * complaint is taken as it is.
   */
  @PermitAll
  public void check(NewComplaint complaint) {
    String orderNumber = blankToNull(complaint.orderReference());
    if (orderNumber == null) {
      return;
    }
    try {
      Optional<ErpDirectory> erp = directory();
      if (erp.isEmpty()) {
        return;
      }
      Optional<ErpOrder> order = erp.get().order(orderNumber);
      List<FieldError> errors = new ArrayList<>();
      if (order.isEmpty()) {
        errors.add(new FieldError("orderReference", Messages.text("erp.unknownOrder")));
      } else if (blankToNull(complaint.lot()) != null
          && !hasLot(erp.get(), order.get(), complaint.lot().strip())) {
        errors.add(new FieldError("lot", Messages.text("erp.unknownLot", orderNumber)));
      }
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
    } catch (ConnectorException unreachable) {
      LOG.warning(
          () ->
              "The ERP could not be asked about order "
                  + orderNumber
                  + ": "
                  + unreachable.getMessage());
    }
  }

  public ErpOrder order(String orderNumber) {
    return ask(erp -> erp.order(orderNumber), "Order", orderNumber);
  }

  public ErpCustomer customer(String customerNumber) {
    return ask(erp -> erp.customer(customerNumber), "Customer", customerNumber);
  }

  public ErpProduct product(String productCode) {
    return ask(erp -> erp.product(productCode), "Product", productCode);
  }

  public ErpLot lot(String productCode, String lotNumber) {
    return ask(erp -> erp.lot(productCode, lotNumber), "Lot", productCode + "/" + lotNumber);
  }

  public List<ErpProduct> findProducts(String text, int limit) {
    try {
      return required().findProducts(text == null ? "" : text, Math.max(1, Math.min(limit, 50)));
    } catch (ConnectorException unreachable) {
      throw unavailable(unreachable);
    }
  }

  @FunctionalInterface
  private interface Lookup<T> {
    Optional<T> in(ErpDirectory erp) throws ConnectorException;
  }

  private <T> T ask(Lookup<T> lookup, String what, String key) {
    try {
      return lookup.in(required()).orElseThrow(() -> new RecordNotFoundException(what, key));
    } catch (ConnectorException unreachable) {
      throw unavailable(unreachable);
    }
  }

  private static boolean hasLot(ErpDirectory erp, ErpOrder order, String lot)
      throws ConnectorException {
    for (String product : order.productCodes()) {
      if (erp.lot(product, lot).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private ErpDirectory required() throws ConnectorException {
    return directory()
        .orElseThrow(
            () -> new RuleViolationException("no-erp-directory", Messages.text("erp.none")));
  }

  private static RuleViolationException unavailable(ConnectorException unreachable) {
    return new RuleViolationException(
        "erp-unavailable", Messages.text("erp.unavailable", unreachable.getMessage()));
  }

  private Optional<ErpDirectory> directory() {
    return em
        .createQuery(
            "SELECT c FROM PluginConfiguration c WHERE c.kind = :erp AND c.enabled = TRUE",
            PluginConfiguration.class)
        .setParameter("erp", PluginKind.ERP)
        .getResultList()
        .stream()
        .filter(c -> catalog.find(c.pluginId()).isPresent())
        .max(Comparator.comparingInt(c -> catalog.find(c.pluginId()).get().factory().priority()))
        .flatMap(c -> instances.plugin(c, ErpDirectory.class));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
