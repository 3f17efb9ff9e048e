package org.redress.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks an input record against its Bean Validation constraints and turns every violation into a
 * {@link FieldError} named by the path the caller used. The REST API, the pages and the CSV import
 * all go through the services, so they all get the same rules from here.
 */
@ApplicationScoped
public class InputValidator {

  @Inject Validator validator;

  public InputValidator() {}

  public InputValidator(Validator validator) {
    this.validator = validator;
  }

  public <T> T check(T input) {
    if (input == null) {
      throw new InvalidInputException("body", "a request body is required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(input);
    if (!violations.isEmpty()) {
      List<FieldError> errors =
          violations.stream()
              .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
              .toList();
      throw new InvalidInputException(errors);
    }
    return input;
  }
}
