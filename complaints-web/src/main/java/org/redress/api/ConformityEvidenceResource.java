package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.audit.ConformityEvidence;
import org.redress.audit.ConformityReport;
import org.redress.platform.InvalidInputException;

/** ISO 10002 conformity evidence for a period, clause by clause, for auditors. */
@Path("conformity-evidence")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit trail")
public class ConformityEvidenceResource {

  @EJB ConformityReport report;

  @GET
  @Operation(
      summary = "Clause-by-clause evidence for the complaints received from..to (ISO dates)",
      description = "Without dates: the last twelve months up to today.")
  public ConformityEvidence evidence(@QueryParam("from") String from, @QueryParam("to") String to) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return report.evidence(
        date(from, "from", today.minusYears(1).plusDays(1)), date(to, "to", today));
  }

  private static LocalDate date(String value, String name, LocalDate fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, "must be a date such as 2026-01-31");
    }
  }
}
