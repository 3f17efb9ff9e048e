package org.redress.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.redress.analysis.ProblemSignalStatus;
import org.redress.analysis.ProblemSignalView;
import org.redress.analysis.RecurringProblems;
import org.redress.platform.BusinessException;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/quality/recurring-problems.xhtml}: the KPI job's proposals of recurring problems
 * (ISO 10002 8.2) with the complaints behind each; a QMS admin raises a nonconformity from one in a
 * click, or dismisses it.
 */
@Named
@RequestScoped
public class RecurringProblemsBacking {

  @EJB RecurringProblems problems;

  private List<ProblemSignalView> open;
  private List<ProblemSignalView> decided;

  @PostConstruct
  void init() {
    load();
  }

  private void load() {
    open =
        problems.list(ProblemSignalStatus.OPEN).stream().map(s -> problems.find(s.id())).toList();
    decided =
        problems.list(null).stream().filter(s -> s.status() != ProblemSignalStatus.OPEN).toList();
  }

  public List<ProblemSignalView> getOpen() {
    return open;
  }

  public List<ProblemSignalView> getDecided() {
    return decided;
  }

  /** Raises the nonconformity and opens it. */
  public String raise(long id) {
    try {
      ProblemSignalView raised = problems.raiseNonconformity(id);
      return "/app/quality/nonconformity?faces-redirect=true&ref=" + raised.nonconformity();
    } catch (BusinessException refused) {
      FormErrors.show(refused, "problems", Map.of());
      load();
      return null;
    }
  }

  public String dismiss(long id) {
    try {
      problems.dismiss(id);
      FormErrors.info("problem.dismissed");
    } catch (BusinessException refused) {
      FormErrors.show(refused, "problems", Map.of());
    }
    load();
    return null;
  }
}
