package org.redress.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.redress.audit.AuditVerification;
import org.redress.audit.VerificationReport;

/**
 * The auditor's "verify" on the timeline page: recomputes the audit trail's hash chain and shows
 * whether it is intact or which entry was changed behind the application's back.
 */
@Named
@ViewScoped
public class IntegrityBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AuditVerification verification;

  private VerificationReport report;

  public void verify() {
    report = verification.verify();
  }

  public VerificationReport getReport() {
    return report;
  }
}
