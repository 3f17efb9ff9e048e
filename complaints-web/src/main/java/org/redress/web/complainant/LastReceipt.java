package org.redress.web.complainant;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.redress.complaint.PublicReceipt;

/**
 * The reference and tracking code of the complaint this visitor just sent, kept for the session so
 * that the confirmation page shows them reliably, also after a reload. A complainant must never
 * lose the code that lets them follow their complaint.
 */
@Named
@SessionScoped
public class LastReceipt implements Serializable {

  private static final long serialVersionUID = 1L;

  private PublicReceipt receipt;

  public PublicReceipt getReceipt() {
    return receipt;
  }

  void keep(PublicReceipt receipt) {
    this.receipt = receipt;
  }
}
