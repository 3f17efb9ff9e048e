package org.redress.api.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Maps every exception that leaves a resource, including the container's own (unknown path, wrong
 * method, wrong media type, unreadable JSON), to a problem document.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  @Context SecurityContext security;

  @Context UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable failure) {
    Problem problem = Problems.of(failure, security);
    return (uriInfo == null ? problem : problem.at(uriInfo.getRequestUri().getRawPath()))
        .toResponse();
  }
}
