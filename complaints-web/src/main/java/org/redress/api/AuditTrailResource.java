package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.audit.AuditVerification;
import org.redress.audit.VerificationReport;

/** The audit trail for auditors: verification of its hash chain. */
@Path("audit-trail")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit trail")
public class AuditTrailResource {

  @EJB AuditVerification verification;

  @GET
  @Path("verification")
  @Operation(
      summary = "Verify the audit trail",
      description =
          "Recomputes the SHA-256 chain over every sealed entry and names the first entry that"
              + " was changed, removed or inserted outside the application.")
  public VerificationReport verify() {
    return verification.verify();
  }
}
