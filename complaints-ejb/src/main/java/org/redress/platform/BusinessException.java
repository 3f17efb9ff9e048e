package org.redress.platform;

import jakarta.ejb.ApplicationException;

/**
 * The root of every refusal the business rules make: an illegal move on a case, missing or wrong
 * input, a record that does not exist. It rolls the transaction back, so a refused request changes
 * nothing, and it reaches the caller unwrapped, so the REST API and the pages can say exactly what
 * was wrong.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected BusinessException(String message) {
    super(message);
  }
}
