package org.redress.complaint;

import java.util.List;

/**
 * Which complaints a list shows and in which order. Every field is optional; {@code cursor}
 * continues a previous page in the same order.
 *
 * @param statuses any of these states (empty: all)
 * @param open only open cases (true), only finished ones (false), or both (null)
 * @param overdue only cases past their response deadline (true), only cases not past it (false)
 * @param unassigned only cases nobody is assigned to
 * @param q free text: a reference, a name, an email, a product, an order or words of the text
 */
public record ComplaintFilter(
    List<ComplaintStatus> statuses,
    Boolean open,
    Priority priority,
    String category,
    String assignee,
    Boolean unassigned,
    Boolean overdue,
    String q,
    ComplaintSort sort,
    boolean descending,
    int limit,
    String cursor) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;
}
