package org.redress.platform;

/**
 * A move that the record's current state does not allow, for example communicating a decision
 * before a response was proposed. The state is unchanged.
 */
public class IllegalTransitionException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(String message) {
    super(message);
  }
}
