package org.redress.mail;

import java.util.List;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;

/**
 * A mail template that cannot be used: it does not compile, uses a variable its mail does not have,
 * or its subject lacks the reference. Each problem is named at its part with the line.
 */
public class InvalidTemplateException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public InvalidTemplateException(List<FieldError> errors) {
    super(errors);
  }
}
