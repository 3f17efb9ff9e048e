package org.redress.api.problem;

import jakarta.ws.rs.WebApplicationException;

/** A request body over the API's size limit. */
public class PayloadTooLargeException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  private final int limit;

  public PayloadTooLargeException(int limit) {
    super("The request body is larger than " + limit + " bytes", 413);
    this.limit = limit;
  }

  public int limit() {
    return limit;
  }
}
