package org.redress.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.mail.InvalidTemplateException;
import org.redress.platform.BusinessException;
import org.redress.platform.FieldError;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.InvalidInputException;
import org.redress.platform.RecordNotFoundException;
import org.redress.platform.RuleViolationException;
import org.redress.platform.StaleRecordException;

/** Turns any failure into the problem document the caller gets. One place for every mapping. */
final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Pattern JSON_PROPERTY =
      Pattern.compile("(?:property|field) '?\"?([A-Za-z0-9_]+)");

  private Problems() {}

  static Problem of(Throwable failure, SecurityContext security) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      Problem known = known(cause, security);
      if (known != null) {
        return known;
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
    return Problem.of(
        Status.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Internal error",
        "The request failed unexpectedly; nothing was changed. Quote incident " + incident + ".");
  }

  private static Problem known(Throwable failure, SecurityContext security) {
    if (failure instanceof BusinessException business) {
      return business(business);
    }
    if (failure instanceof EJBAccessException) {
      return security == null || security.getUserPrincipal() == null
          ? Problem.of(
              Status.UNAUTHORIZED,
              "unauthenticated",
              "Authentication required",
              "Sign in with a user name and password (HTTP Basic)")
          : Problem.of(
              Status.FORBIDDEN, "forbidden", "Not allowed", "Your role does not allow this action");
    }
    if (failure instanceof OptimisticLockException) {
      return Problem.of(
          Status.CONFLICT,
          "stale-record",
          "Changed by someone else",
          "The record was changed by someone else in the meantime; reload it and try again");
    }
    if (failure instanceof PayloadTooLargeException tooLarge) {
      return Problem.of(
          413,
          "payload-too-large",
          "Request too large",
          "The request body is larger than " + tooLarge.limit() + " bytes; nothing was stored");
    }
    if (failure instanceof JsonbException || failure instanceof ProcessingException) {
      if (failure.getCause() instanceof PayloadTooLargeException
          || failure.getCause() instanceof JsonbException) {
        return null;
      }
      return malformed(failure);
    }
    if (failure instanceof WebApplicationException web) {
      return web(web);
    }
    return null;
  }

  private static Problem business(BusinessException failure) {
    if (failure instanceof InvalidTemplateException invalid) {
      return Problem.of(422, "invalid-template", "Invalid template", failure.getMessage())
          .withErrors(invalid.errors());
    }
    if (failure instanceof InvalidInputException invalid) {
      return Problem.of(Status.BAD_REQUEST, "invalid-input", "Invalid input", failure.getMessage())
          .withErrors(invalid.errors());
    }
    if (failure instanceof RecordNotFoundException) {
      return Problem.of(Status.NOT_FOUND, "not-found", "Not found", failure.getMessage());
    }
    if (failure instanceof IllegalTransitionException) {
      return Problem.of(
          Status.CONFLICT,
          "illegal-transition",
          "Not allowed in the current state",
          failure.getMessage());
    }
    if (failure instanceof StaleRecordException) {
      return Problem.of(
          Status.CONFLICT, "stale-record", "Changed by someone else", failure.getMessage());
    }
    if (failure instanceof RuleViolationException rule) {
      int status =
          switch (rule.rule()) {
            case "idempotency-key-reused" -> 422;
            case "rate-limited" -> 429;
            case "erp-unavailable" -> 503;
            default -> 409;
          };
      return Problem.of(status, rule.rule(), "Refused by a handling rule", failure.getMessage());
    }
    return Problem.of(Status.CONFLICT, "business-rule", "Refused", failure.getMessage());
  }

  private static Problem malformed(Throwable failure) {
    String message = innermostMessage(failure);
    Problem problem =
        Problem.of(
            Status.BAD_REQUEST,
            "malformed-body",
            "Malformed request body",
            "The body is not valid JSON of the expected shape: " + message);
    Matcher property = JSON_PROPERTY.matcher(message);
    return property.find()
        ? problem.withErrors(
            List.of(
                new FieldError(
                    property.group(1), "has a value of the wrong type or an unknown value")))
        : problem;
  }

  private static Problem web(WebApplicationException failure) {
    int status = failure.getResponse().getStatus();
    return switch (status) {
      case 404 -> Problem.of(Status.NOT_FOUND, "not-found", "Not found", "No such resource");
      case 405 ->
          Problem.of(
              Status.METHOD_NOT_ALLOWED,
              "method-not-allowed",
              "Method not allowed",
              "This resource does not support that method");
      case 406 ->
          Problem.of(
              Status.NOT_ACCEPTABLE,
              "not-acceptable",
              "Not acceptable",
              "This resource answers application/json");
      case 415 ->
          Problem.of(
              Status.UNSUPPORTED_MEDIA_TYPE,
              "unsupported-media-type",
              "Unsupported media type",
              "Send the body as application/json");
      case 400 -> malformed(failure);
      default ->
          Problem.of(
              status,
              "http-" + status,
              failure.getResponse().getStatusInfo().getReasonPhrase(),
              failure.getMessage());
    };
  }

  private static String innermostMessage(Throwable failure) {
    Throwable innermost = failure;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String message = innermost.getMessage() == null ? failure.getMessage() : innermost.getMessage();
    if (message == null) {
      return "unreadable";
    }
    message = message.replaceAll("\\s+", " ");
    return message.length() > 300 ? message.substring(0, 300) + "..." : message;
  }
}
