package org.redress.importing;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;
import org.redress.platform.FieldError;

/**
 * A row that breaks the rules for a complaint (a wrong date, a missing field, an unknown category,
 * an invalid email). Skippable in the import job: the row is rejected with its line and the field
 * errors as the reason.
 */
@ApplicationException(rollback = false)
public class RejectedRowException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient CsvRow row;

  public RejectedRowException(CsvRow row, List<FieldError> errors) {
    super(reason(errors));
    this.row = row;
  }

  public CsvRow row() {
    return row;
  }

  static String reason(List<FieldError> errors) {
    return errors.stream()
        .map(e -> e.field() + ": " + e.message())
        .collect(Collectors.joining("; "));
  }
}
