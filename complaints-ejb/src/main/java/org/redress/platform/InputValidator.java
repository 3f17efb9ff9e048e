package org.redress.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an input record against its Bean Validation constraints and turns every violation into a
 * {@link FieldError} named by the path the caller used, with the message in the caller's language
 * ({@link CallerLocale}). The REST API, the pages and the CSV import all go through the services,
 * so they all get the same rules from here.
 */
@ApplicationScoped
public class InputValidator {

  @Inject ValidatorFactory factory;

  private volatile Validator validator;

  public InputValidator() {}

  /** For plain unit tests: this validator, messages in its own locale. */
  public InputValidator(Validator validator) {
    this.validator = validator;
  }

  public <T> T check(T input) {
    if (input == null) {
      throw new InvalidInputException("body", Messages.text("field.bodyRequired"));
    }
    Set<ConstraintViolation<T>> violations = validator().validate(input);
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

  private Validator validator() {
    if (validator == null) {
      // Validators are thread-safe; one serves every caller, each message in the caller's language.
      validator =
          factory
              .usingContext()
              .messageInterpolator(new InCallersLocale(factory.getMessageInterpolator()))
              .getValidator();
    }
    return validator;
  }

  /** Interpolates every message in the language of the caller being served on this thread. */
  private record InCallersLocale(MessageInterpolator delegate) implements MessageInterpolator {

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, CallerLocale.current());
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, CallerLocale.current());
    }
  }
}
