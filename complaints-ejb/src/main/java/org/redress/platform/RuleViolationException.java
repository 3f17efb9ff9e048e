package org.redress.platform;

/**
 * A move that is possible in the current state but refused by a rule of the handling process, for
 * example assigning the investigation to the person the complaint is about.
 */
public class RuleViolationException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final String rule;

  public RuleViolationException(String rule, String message) {
    super(message);
    this.rule = rule;
  }

  /** A short, stable name of the rule, used as the problem type of the API's answer. */
  public String rule() {
    return rule;
  }
}
