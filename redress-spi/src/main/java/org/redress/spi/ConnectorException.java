package org.redress.spi;

/**
 * A call to the other system did not succeed. Redress keeps the message in its outbox and tries
 * again later with a growing pause, unless the failure is {@linkplain #permanent() permanent} (the
 * other system refused the data itself): then it waits for the administrator to retry.
 */
public class ConnectorException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  public ConnectorException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  /** The other system is down, slow or busy: worth trying again. */
  public static ConnectorException temporary(String message, Throwable cause) {
    return new ConnectorException(message, false, cause);
  }

  /** The other system refused what was sent: trying again without a change will not help. */
  public static ConnectorException refused(String message) {
    return new ConnectorException(message, true, null);
  }

  public boolean permanent() {
    return permanent;
  }
}
