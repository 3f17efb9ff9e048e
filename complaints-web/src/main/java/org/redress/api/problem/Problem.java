package org.redress.api.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.redress.platform.FieldError;

/**
 * An RFC 9457 problem document.
 *
 * @param type a URI naming the kind of problem, {@code urn:redress:problem:<name>}
 * @param errors the fields at fault, for input errors
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  static Problem of(Response.Status status, String name, String title, String detail) {
    return new Problem(
        "urn:redress:problem:" + name, title, status.getStatusCode(), detail, null, null);
  }

  static Problem of(int status, String name, String title, String detail) {
    return new Problem("urn:redress:problem:" + name, title, status, detail, null, null);
  }

  Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, fieldErrors);
  }

  Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public Response toResponse() {
    Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
    if (status == 401) {
      response.header("WWW-Authenticate", "Basic realm=\"Redress\", charset=\"UTF-8\"");
    }
    return response.build();
  }
}
