package org.redress.outbox;

/**
 * Delivers the messages of one topic. Handlers are CDI beans; the dispatcher calls them outside any
 * transaction of its own, once per attempt, and records the outcome. A handler must not throw for a
 * failed delivery: it answers {@link Outcome#retry} or {@link Outcome#refused}.
 */
public interface OutboxHandler {

  /** The topic this handler delivers, e.g. {@code qms.push}. */
  String topic();

  Outcome deliver(OutboxMessageView message);
}
