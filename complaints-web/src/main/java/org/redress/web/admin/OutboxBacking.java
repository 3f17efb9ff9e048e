package org.redress.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.outbox.Outbox;
import org.redress.outbox.OutboxCounts;
import org.redress.outbox.OutboxMessageView;
import org.redress.platform.BusinessException;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/admin/outbox.xhtml}: deliveries to other systems that failed or are being
 * retried, newest first, a page at a time, with a retry for each and for all failed ones.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;

  @EJB Outbox outbox;

  private OutboxCounts counts;
  private List<OutboxMessageView> items = List.of();
  private final List<Long> cursors = new ArrayList<>();

  @PostConstruct
  void init() {
    cursors.add(null);
    load();
  }

  public void retry(long id) {
    try {
      outbox.retry(id);
      FormErrors.info("outbox.retried", id);
    } catch (BusinessException refused) {
      FormErrors.show(refused, "outbox", Map.of());
    }
    load();
  }

  public void retryFailed() {
    int retried = outbox.retryFailed(500);
    FormErrors.info("outbox.retriedAll", retried);
    load();
  }

  public void refresh() {
    cursors.subList(1, cursors.size()).clear();
    load();
  }

  public void next() {
    if (hasNext()) {
      cursors.add(items.get(items.size() - 1).id());
      load();
    }
  }

  public void previous() {
    if (cursors.size() > 1) {
      cursors.remove(cursors.size() - 1);
      load();
    }
  }

  public boolean hasNext() {
    return items.size() == PAGE_SIZE;
  }

  public boolean hasPrevious() {
    return cursors.size() > 1;
  }

  private void load() {
    counts = outbox.counts();
    items = outbox.list(null, true, null, cursors.get(cursors.size() - 1), PAGE_SIZE);
  }

  public OutboxCounts getCounts() {
    return counts;
  }

  public List<OutboxMessageView> getItems() {
    return items;
  }
}
