package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.policy.ChangeEscalationContacts;
import org.redress.policy.SaveCalendar;
import org.redress.policy.SaveServiceLevel;
import org.redress.policy.SaveStaffContact;
import org.redress.policy.ServiceLevelAdministration;
import org.redress.policy.ServiceLevelSettings;

/**
 * The time limits: service-level rules, business calendars, escalation contacts and the staff's
 * alert addresses (managers and administrators). Every answer is the whole settings.
 */
@Path("service-levels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Service levels")
public class ServiceLevelsResource {

  @EJB ServiceLevelAdministration administration;

  @GET
  @Operation(summary = "Rules, calendars, escalation contacts and staff alert addresses")
  public ServiceLevelSettings get() {
    return administration.settings();
  }

  @PUT
  @Path("rules")
  @Operation(
      summary =
          "Create or change the rule of a category (or every category) and a priority (or every"
              + " priority); hours of working time in the calendar")
  public ServiceLevelSettings saveRule(SaveServiceLevel input) {
    return administration.saveRule(input);
  }

  @DELETE
  @Path("rules/{scope}")
  @Operation(summary = "Remove a rule, e.g. DELIVERY:* (a standard rule *:HIGH cannot be removed)")
  public ServiceLevelSettings removeRule(@PathParam("scope") String scope) {
    return administration.removeRule(scope);
  }

  @POST
  @Path("calendars")
  @Operation(summary = "Create a business calendar")
  public ServiceLevelSettings createCalendar(SaveCalendar input) {
    return administration.saveCalendar(null, input);
  }

  @PUT
  @Path("calendars/{id}")
  @Operation(summary = "Replace a business calendar")
  public ServiceLevelSettings changeCalendar(@PathParam("id") long id, SaveCalendar input) {
    return administration.saveCalendar(id, input);
  }

  @DELETE
  @Path("calendars/{id}")
  @Operation(summary = "Remove a calendar no rule counts in")
  public ServiceLevelSettings removeCalendar(@PathParam("id") long id) {
    return administration.removeCalendar(id);
  }

  @PUT
  @Path("escalation")
  @Operation(summary = "Who is told of escalations, and after how many hours the officer is")
  public ServiceLevelSettings changeEscalation(ChangeEscalationContacts input) {
    return administration.changeEscalation(input);
  }

  @PUT
  @Path("staff-contacts")
  @Operation(summary = "Create or change where a member of staff gets alerts")
  public ServiceLevelSettings saveStaffContact(SaveStaffContact input) {
    return administration.saveStaffContact(input);
  }

  @DELETE
  @Path("staff-contacts/{userName}")
  @Operation(summary = "Remove a member of staff's alert address")
  public ServiceLevelSettings removeStaffContact(@PathParam("userName") String userName) {
    return administration.removeStaffContact(userName);
  }
}
