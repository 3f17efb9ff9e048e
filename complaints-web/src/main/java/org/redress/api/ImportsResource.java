package org.redress.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.redress.importing.ChangeMapping;
import org.redress.importing.CsvImports;
import org.redress.importing.ImportView;
import org.redress.platform.InvalidInputException;

/**
 * Bulk imports of complaints from CSV files: upload a file, set its column mapping, start the
 * import job, follow it, stop and restart it, and download the rows it rejected.
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Imports")
public class ImportsResource {

  @EJB CsvImports imports;

  @Context UriInfo uriInfo;

  @GET
  @Operation(summary = "The latest imports, newest first")
  public List<ImportView> list(@QueryParam("limit") String limit) {
    return imports.latest(QueryParameters.integer(limit, "limit", 20));
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @Operation(
      summary = "Upload a CSV file (UTF-8) as the request body",
      description =
          "Answers 201 with the import: its header, first rows and a suggested mapping. The"
              + " delimiter (, or ;) is detected from the header unless given.")
  public Response upload(
      byte[] content,
      @QueryParam("delimiter") String delimiter,
      @QueryParam("fileName") String fileName,
      @HeaderParam("Content-Disposition") String disposition) {
    String name = fileName != null ? fileName : fileNameOf(disposition);
    return created(imports.upload(name, content, delimiter));
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload a CSV file (UTF-8) as the form part 'file'")
  public Response uploadForm(
      @FormParam("file") EntityPart file, @FormParam("delimiter") String delimiter) {
    if (file == null) {
      throw new InvalidInputException("file", "a file part is required");
    }
    try (InputStream in = file.getContent()) {
      return created(imports.upload(file.getFileName().orElse(null), in.readAllBytes(), delimiter));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GET
  @Path("{id}")
  @Operation(summary = "An import: status, counts, mapping, header and first rows")
  public ImportView find(@PathParam("id") String id) {
    return imports.find(QueryParameters.id(id, "id"));
  }

  @PUT
  @Path("{id}/mapping")
  @Operation(
      summary = "Choose the column mapping before the start",
      description =
          "mapping: field -> column name (fields as in POST /complaints, e.g. complainant.email,"
              + " plus externalId (required) and receivedAt); source, defaultChannel, delimiter.")
  public ImportView map(@PathParam("id") String id, ChangeMapping mapping) {
    return imports.map(QueryParameters.id(id, "id"), mapping);
  }

  @POST
  @Path("{id}/start")
  @Operation(summary = "Start the import job; chunkSize rows per transaction (default 100)")
  public ImportView start(@PathParam("id") String id, @QueryParam("chunkSize") String chunkSize) {
    return imports.start(
        QueryParameters.id(id, "id"),
        chunkSize == null ? null : QueryParameters.integer(chunkSize, "chunkSize", 100));
  }

  @POST
  @Path("{id}/stop")
  @Operation(summary = "Stop the running job after its current chunk")
  public ImportView stop(@PathParam("id") String id) {
    return imports.stop(QueryParameters.id(id, "id"));
  }

  @POST
  @Path("{id}/restart")
  @Operation(summary = "Restart a stopped or failed import from its last checkpoint")
  public ImportView restart(@PathParam("id") String id) {
    return imports.restart(QueryParameters.id(id, "id"));
  }

  @GET
  @Path("{id}/rejected.csv")
  @Produces("text/csv")
  @Operation(summary = "The rejected rows: the file's columns, then line and reason")
  public Response rejected(@PathParam("id") String id) {
    long run = QueryParameters.id(id, "id");
    return Response.ok(imports.rejectedCsv(run), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"import-" + run + "-rejected.csv\"")
        .build();
  }

  private Response created(ImportView view) {
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.id())).build())
        .entity(view)
        .build();
  }

  private static String fileNameOf(String disposition) {
    if (disposition == null) {
      return null;
    }
    int at = disposition.indexOf("filename=");
    if (at < 0) {
      return null;
    }
    return disposition.substring(at + "filename=".length()).replace("\"", "").strip();
  }
}
