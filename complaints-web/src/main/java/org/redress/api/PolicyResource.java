package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.policy.ChangeHandlingPolicy;
import org.redress.policy.PolicyAdministration;
import org.redress.policy.PolicySettings;

/** The complaints-handling policy, as the administration page shows and changes it. */
@Path("policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Policy")
public class PolicyResource {

  @EJB PolicyAdministration administration;

  @GET
  @Operation(
      summary =
          "Approval threshold, reopen window, assessment matrix, categories and automatic"
              + " acknowledgement (time limits: /service-levels)")
  public PolicySettings get() {
    return administration.settings();
  }

  @PUT
  @Operation(summary = "Change the handling policy, all of it at once (managers, administrators)")
  public PolicySettings change(ChangeHandlingPolicy input) {
    return administration.change(input);
  }
}
