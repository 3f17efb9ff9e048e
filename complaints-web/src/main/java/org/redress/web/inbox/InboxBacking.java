package org.redress.web.inbox;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redress.complaint.BulkOutcome;
import org.redress.complaint.ComplaintFilter;
import org.redress.complaint.ComplaintQueries;
import org.redress.complaint.ComplaintSort;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.ComplaintWorkflow;
import org.redress.complaint.Priority;
import org.redress.complaint.command.Assign;
import org.redress.complaint.view.ComplaintPage;
import org.redress.complaint.view.ComplaintSummary;
import org.redress.platform.BusinessException;
import org.redress.policy.Policies;
import org.redress.policy.PolicySettings;
import org.redress.web.FormErrors;
import org.redress.web.UserBacking;

/**
 * Backs {@code app/inbox.xhtml}: the staff's list of complaints. It shows one page at a time from
 * the keyset-paginated query (Previous and Next walk the cursors), never the whole table, so it
 * stays fast with a million complaints.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 25;

  /** The ready-made views of the inbox. */
  public enum QuickView {
    OPEN,
    MINE,
    UNASSIGNED,
    OVERDUE,
    AWAITING_COMPLAINANT,
    ALL
  }

  @EJB ComplaintQueries queries;

  @EJB ComplaintWorkflow workflow;

  @EJB Policies policies;

  @Inject UserBacking user;

  private QuickView view = QuickView.OPEN;
  private ComplaintStatus status;
  private Priority priority;
  private String category;
  private String assignee;
  private String q;
  private ComplaintSort sort = ComplaintSort.RESPONSE_DUE;
  private boolean descending;

  private final List<String> cursors = new ArrayList<>();
  private int pageIndex;
  private List<ComplaintSummary> items = List.of();
  private String nextCursor;
  private List<ComplaintSummary> selected = new ArrayList<>();
  private String bulkAssignee;
  private List<PolicySettings.CategoryView> categories;

  @PostConstruct
  void init() {
    categories = policies.categoryViews();
    search();
  }

  /** Applies the filters from the first page. */
  public void search() {
    cursors.clear();
    cursors.add(null);
    pageIndex = 0;
    load();
  }

  public void show(QuickView quickView) {
    this.view = quickView;
    search();
  }

  public void sortBy(ComplaintSort newSort) {
    if (sort == newSort) {
      descending = !descending;
    } else {
      sort = newSort;
      descending = false;
    }
    search();
  }

  public void next() {
    if (nextCursor != null) {
      cursors.add(nextCursor);
      pageIndex++;
      load();
    }
  }

  public void previous() {
    if (pageIndex > 0) {
      cursors.remove(cursors.size() - 1);
      pageIndex--;
      load();
    }
  }

  public void assignSelected() {
    if (selected.isEmpty()) {
      FormErrors.info("inbox.bulk.nothingSelected");
      return;
    }
    try {
      List<BulkOutcome> outcomes =
          workflow.assignAll(
              selected.stream().map(ComplaintSummary::reference).toList(),
              new Assign(bulkAssignee, null));
      long done = outcomes.stream().filter(BulkOutcome::done).count();
      FormErrors.info("inbox.bulk.done", done, outcomes.size());
      outcomes.stream()
          .filter(o -> !o.done())
          .forEach(
              o ->
                  FormErrors.show(
                      new Refusal(o.reference() + ": " + o.message()), "inbox", Map.of()));
      selected = new ArrayList<>();
      load();
    } catch (BusinessException refused) {
      FormErrors.show(refused, "inbox", Map.of("assignee", "bulkAssignee"));
    }
  }

  /**
   * Opens the nonconformity form with the selected complaints filled in: raising it there carries
   * their context into the description and links them all.
   */
  public String raiseNonconformityFromSelected() {
    if (selected.isEmpty()) {
      FormErrors.info("inbox.bulk.nothingSelected");
      return null;
    }
    return "/app/quality/nonconformities?faces-redirect=true&complaints="
        + String.join(",", selected.stream().map(ComplaintSummary::reference).toList());
  }

  private void load() {
    ComplaintPage page =
        queries.search(
            new ComplaintFilter(
                statuses(),
                view == QuickView.ALL || status != null ? null : Boolean.TRUE,
                priority,
                category,
                view == QuickView.MINE ? user.getName() : blankToNull(assignee),
                view == QuickView.UNASSIGNED ? Boolean.TRUE : null,
                view == QuickView.OVERDUE ? Boolean.TRUE : null,
                blankToNull(q),
                sort,
                descending,
                PAGE_SIZE,
                cursors.get(pageIndex)));
    items = page.items();
    nextCursor = page.nextCursor();
  }

  private List<ComplaintStatus> statuses() {
    if (status != null) {
      return List.of(status);
    }
    return view == QuickView.AWAITING_COMPLAINANT
        ? List.of(ComplaintStatus.DECISION_COMMUNICATED)
        : List.of();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A refusal of one case in a bulk action, shown like any other. */
  private static final class Refusal extends BusinessException {
    private static final long serialVersionUID = 1L;

    Refusal(String message) {
      super(message);
    }
  }

  /** The category's name for its code, as the table shows it. */
  public String categoryName(String code) {
    return code == null
        ? ""
        : categories.stream()
            .filter(c -> c.code().equals(code))
            .map(PolicySettings.CategoryView::name)
            .findFirst()
            .orElse(code);
  }

  public QuickView[] getQuickViews() {
    return QuickView.values();
  }

  public ComplaintStatus[] getStatuses() {
    return ComplaintStatus.values();
  }

  public Priority[] getPriorities() {
    return Priority.values();
  }

  public List<PolicySettings.CategoryView> getCategories() {
    return categories;
  }

  public List<ComplaintSummary> getItems() {
    return items;
  }

  public boolean isHasNext() {
    return nextCursor != null;
  }

  public boolean isHasPrevious() {
    return pageIndex > 0;
  }

  public int getPageNumber() {
    return pageIndex + 1;
  }

  public QuickView getView() {
    return view;
  }

  public ComplaintStatus getStatus() {
    return status;
  }

  public void setStatus(ComplaintStatus status) {
    this.status = status;
  }

  public Priority getPriority() {
    return priority;
  }

  public void setPriority(Priority priority) {
    this.priority = priority;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public ComplaintSort getSort() {
    return sort;
  }

  public boolean isDescending() {
    return descending;
  }

  public List<ComplaintSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<ComplaintSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getBulkAssignee() {
    return bulkAssignee;
  }

  public void setBulkAssignee(String bulkAssignee) {
    this.bulkAssignee = bulkAssignee;
  }
}
