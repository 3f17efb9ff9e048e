package org.redress.plugin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.redress.outbox.OutboxHandler;
import org.redress.outbox.OutboxMessageView;
import org.redress.outbox.Outcome;

/** The outbox's handlers for QMS connectors: pushing nonconformities and pulling statuses. */
final class QmsHandlers {

  private QmsHandlers() {}

  /** Delivers {@code qms.push} messages. */
  @Dependent
  static class Push implements OutboxHandler {

    @EJB QualitySync sync;

    @Override
    public String topic() {
      return QualitySync.PUSH;
    }

    @Override
    public Outcome deliver(OutboxMessageView message) {
      return sync.push(message);
    }
  }

  /** Delivers {@code qms.pull} messages. */
  @Dependent
  static class Pull implements OutboxHandler {

    @EJB QualitySync sync;

    @Override
    public String topic() {
      return QualitySync.PULL;
    }

    @Override
    public Outcome deliver(OutboxMessageView message) {
      return sync.pull(message);
    }
  }
}
