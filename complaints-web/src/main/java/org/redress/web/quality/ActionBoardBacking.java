package org.redress.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.redress.quality.ActionStatus;
import org.redress.quality.Nonconformities;
import org.redress.quality.view.ActionView;

/** Backs {@code app/quality/actions.xhtml}: corrective actions by due date, overdue ones marked. */
@Named
@ViewScoped
public class ActionBoardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Nonconformities nonconformities;

  private ActionStatus status;
  private boolean overdueOnly;
  private List<ActionView> actions = List.of();

  @PostConstruct
  void init() {
    search();
  }

  public void search() {
    actions = nonconformities.actions(status, null, overdueOnly, 500);
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public List<ActionView> getActions() {
    return actions;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
