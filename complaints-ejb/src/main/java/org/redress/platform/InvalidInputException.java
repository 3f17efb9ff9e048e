package org.redress.platform;

import java.util.List;

/** Input that breaks the rules for its fields; every broken field is listed. */
public class InvalidInputException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    if (errors.size() == 1) {
      FieldError only = errors.get(0);
      return only.field() + ": " + only.message();
    }
    return errors.size() + " fields are invalid";
  }
}
