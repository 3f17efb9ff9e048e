package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.plugin.ConfigureConnector;
import org.redress.plugin.ConnectorView;
import org.redress.plugin.Connectors;

/** The plugins this server found, their settings, and switching them on or off. */
@Path("connectors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Connectors")
public class ConnectorsResource {

  @EJB Connectors connectors;

  @GET
  @Operation(summary = "Every QMS connector and ERP directory found, with its settings form")
  public List<ConnectorView> list() {
    return connectors.list();
  }

  @GET
  @Path("{id}")
  public ConnectorView get(@PathParam("id") String id) {
    return connectors.find(id);
  }

  @PUT
  @Path("{id}")
  @Operation(
      summary =
          "Save a plugin's settings and switch it on or off (administrators); a secret left empty"
              + " keeps the saved one")
  public ConnectorView configure(@PathParam("id") String id, ConfigureConnector input) {
    return connectors.configure(id, input);
  }

  @POST
  @Path("{id}/pull")
  @Operation(summary = "Pull the status of every record from an enabled QMS connector now")
  public Response pull(@PathParam("id") String id) {
    connectors.pullNow(id);
    return Response.accepted().build();
  }
}
