package org.redress.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.analysis.Dashboard;
import org.redress.analysis.DashboardFigures;
import org.redress.analysis.Dimension;
import org.redress.analysis.Kpi;
import org.redress.analysis.KpiPoint;
import org.redress.analysis.KpiRun;
import org.redress.analysis.KpiSnapshots;
import org.redress.analysis.KpiTarget;
import org.redress.analysis.PeriodKind;
import org.redress.analysis.Rag;
import org.redress.analysis.SaveKpiTarget;
import org.redress.platform.BusinessException;
import org.redress.policy.Policies;
import org.redress.web.FormErrors;

/**
 * Backs {@code app/dashboard.xhtml}: open cases, overdue cases, weekly intake, handling times, and
 * the KPIs of the stored snapshots (never a live scan) per day, week or month with their targets'
 * red, amber and green.
 */
@Named
@RequestScoped
public class DashboardBacking {

  @EJB Dashboard dashboard;

  private DashboardFigures figures;

  /** The KPIs the dashboard shows, in this order. */
  static final List<Kpi> SHOWN =
      List.of(
          Kpi.RECEIVED,
          Kpi.CLOSED,
          Kpi.ACKNOWLEDGED_IN_TIME,
          Kpi.RESPONDED_IN_TIME,
          Kpi.P90_HOURS_TO_ACKNOWLEDGE,
          Kpi.MEDIAN_HOURS_TO_RESPOND,
          Kpi.P90_HOURS_TO_CLOSE,
          Kpi.BACKLOG_OVER_30_DAYS,
          Kpi.REOPEN_RATE,
          Kpi.ESCALATION_RATE,
          Kpi.EXTERNAL_REFERRAL_RATE,
          Kpi.UPHOLD_RATE,
          Kpi.REMEDY_COST,
          Kpi.SATISFACTION);

  /** The rates drawn in the KPI chart. */
  static final List<Kpi> CHARTED =
      List.of(
          Kpi.ACKNOWLEDGED_IN_TIME, Kpi.RESPONDED_IN_TIME, Kpi.REOPEN_RATE, Kpi.ESCALATION_RATE);

  private static final String[] COLOURS = {"#1e3a5f", "#067647", "#b42318", "#f79009"};

  static final int PERIODS = 12;

  @EJB KpiSnapshots snapshots;

  @EJB Policies policies;

  /** The currency the KPI "remedy cost" is in (the policy's reporting currency). */
  public String getReportingCurrency() {
    return policies.handlingPolicy().reportingCurrency();
  }

  private PeriodKind period = PeriodKind.WEEK;
  private Map<Kpi, List<KpiPoint>> series;

  @PostConstruct
  void init() {
    figures = dashboard.figures();
    String asked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("period");
    for (PeriodKind kind : PeriodKind.values()) {
      if (kind.name().equals(asked)) {
        period = kind;
      }
    }
    series = snapshots.series(period, Dimension.ALL, null, PERIODS);
  }

  public PeriodKind getPeriod() {
    return period;
  }

  public List<PeriodKind> getPeriods() {
    return List.of(PeriodKind.values());
  }

  /** The latest snapshot of each shown KPI; NO_DATA rows when the job has not run yet. */
  public List<KpiPoint> getLatest() {
    List<KpiPoint> latest = new ArrayList<>();
    for (Kpi kpi : SHOWN) {
      List<KpiPoint> points = series.get(kpi);
      latest.add(
          points.isEmpty()
              ? new KpiPoint(kpi, null, null, 0, Rag.NO_DATA)
              : points.get(points.size() - 1));
    }
    return latest;
  }

  public boolean isSnapshotsTaken() {
    return !series.get(Kpi.RECEIVED).isEmpty();
  }

  public String value(KpiPoint point) {
    if (point.value() == null) {
      return FormErrors.text(FacesContext.getCurrentInstance(), "kpi.noData");
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return switch (point.kpi().unit()) {
      case COUNT -> String.format(locale, "%d", point.value().longValue());
      case PERCENT -> String.format(locale, "%.1f %%", point.value());
      case HOURS -> String.format(locale, "%.1f h", point.value());
      case AMOUNT -> String.format(locale, "%,.2f", point.value());
      case SCORE -> String.format(locale, "%.1f", point.value());
    };
  }

  /** A target as the managers edit it on the page. */
  public static final class TargetRow {
    private final Kpi kpi;
    private BigDecimal green;
    private BigDecimal amber;

    TargetRow(Kpi kpi, BigDecimal green, BigDecimal amber) {
      this.kpi = kpi;
      this.green = plain(green);
      this.amber = plain(amber);
    }

    /** 95 rather than the column's 95.0000. */
    private static BigDecimal plain(BigDecimal value) {
      return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    public Kpi getKpi() {
      return kpi;
    }

    public BigDecimal getGreen() {
      return green;
    }

    public void setGreen(BigDecimal green) {
      this.green = green;
    }

    public BigDecimal getAmber() {
      return amber;
    }

    public void setAmber(BigDecimal amber) {
      this.amber = amber;
    }
  }

  private List<TargetRow> targets;

  /** Every KPI that takes a target, with its thresholds (empty when none is set). */
  public List<TargetRow> getTargets() {
    if (targets == null) {
      Map<Kpi, KpiTarget> set = new java.util.EnumMap<>(Kpi.class);
      snapshots.targets().forEach(t -> set.put(t.kpi(), t));
      targets = new ArrayList<>();
      for (Kpi kpi : Kpi.values()) {
        if (kpi.direction() != Kpi.Direction.NONE) {
          KpiTarget target = set.get(kpi);
          targets.add(
              new TargetRow(
                  kpi,
                  target == null ? null : target.green(),
                  target == null ? null : target.amber()));
        }
      }
    }
    return targets;
  }

  /** Saves the filled-in targets; an error is shown at its row's field. */
  public void saveTargets() {
    List<SaveKpiTarget> save = new ArrayList<>();
    Map<String, String> fields = new java.util.HashMap<>();
    for (TargetRow row : targets) {
      if (row.getGreen() != null || row.getAmber() != null) {
        int index = save.size();
        int rowIndex = targets.indexOf(row);
        fields.put("[" + index + "].green", "targets:" + rowIndex + ":green");
        fields.put("[" + index + "].amber", "targets:" + rowIndex + ":amber");
        save.add(new SaveKpiTarget(row.getKpi(), row.getGreen(), row.getAmber()));
      }
    }
    try {
      snapshots.saveTargets(save);
      series = snapshots.series(period, Dimension.ALL, null, PERIODS);
      FormErrors.info("kpi.targetsSaved");
    } catch (BusinessException refused) {
      FormErrors.show(refused, "targetForm", fields);
    }
  }

  /** Starts the KPI job now (managers and administrators). */
  public void recalculate() {
    try {
      KpiRun run = snapshots.start(null);
      FormErrors.info("kpi.started", String.valueOf(run.executionId()));
    } catch (BusinessException refused) {
      FormErrors.show(refused, "kpiForm", Map.of());
    }
  }

  /** The charted rates over the latest periods as a Chart.js line chart. */
  public String getKpiChart() {
    FacesContext faces = FacesContext.getCurrentInstance();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    series.get(Kpi.RECEIVED).forEach(p -> labels.add(p.periodStart().toString()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < CHARTED.size(); i++) {
      Kpi kpi = CHARTED.get(i);
      Map<java.time.LocalDate, KpiPoint> byStart = new java.util.HashMap<>();
      series.get(kpi).forEach(p -> byStart.put(p.periodStart(), p));
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (KpiPoint received : series.get(Kpi.RECEIVED)) {
        KpiPoint point = byStart.get(received.periodStart());
        if (point == null || point.value() == null) {
          data.addNull();
        } else {
          data.add(point.value());
        }
      }
      datasets.add(
          Json.createObjectBuilder()
              .add("label", FormErrors.text(faces, "kpi." + kpi.name()))
              .add("data", data)
              .add("borderColor", COLOURS[i])
              .add("backgroundColor", COLOURS[i])
              .add("spanGaps", true));
    }
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder().add("min", 0).add("suggestedMax", 100))))
        .build()
        .toString();
  }

  public DashboardFigures getFigures() {
    return figures;
  }

  /** The received-per-week bar chart as a Chart.js configuration. */
  public String getWeeklyChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    figures
        .receivedPerWeek()
        .forEach(
            week -> {
              labels.add(week.startsOn().toString());
              counts.add(week.received());
            });
    String label = FormErrors.text(FacesContext.getCurrentInstance(), "dashboard.receivedPerWeek");
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", label)
                                .add("data", counts)
                                .add("backgroundColor", "#1e3a5f"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", false))))
        .build()
        .toString();
  }

  public String hours(Double value) {
    return value == null
        ? "–"
        : String.format(
            FacesContext.getCurrentInstance().getViewRoot().getLocale(), "%.1f h", value);
  }
}
