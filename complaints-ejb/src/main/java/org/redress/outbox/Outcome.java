package org.redress.outbox;

/**
 * How one delivery attempt went.
 *
 * @param delivered whether the other side took the message
 * @param permanent for a failure: whether trying again unchanged cannot help
 * @param error for a failure: what went wrong, as the administrator will read it
 */
public record Outcome(boolean delivered, boolean permanent, String error) {

  public static Outcome done() {
    return new Outcome(true, false, null);
  }

  /** The other side is down, slow or busy: try again later. */
  public static Outcome retry(String error) {
    return new Outcome(false, false, error);
  }

  /** The other side refused the message: set it aside until the administrator retries. */
  public static Outcome refused(String error) {
    return new Outcome(false, true, error);
  }
}
