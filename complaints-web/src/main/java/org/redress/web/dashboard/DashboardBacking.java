package org.redress.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.redress.analysis.Dashboard;
import org.redress.analysis.DashboardFigures;
import org.redress.web.FormErrors;

/** Backs {@code app/dashboard.xhtml}: open cases, overdue cases, weekly intake, handling times. */
@Named
@RequestScoped
public class DashboardBacking {

  @EJB Dashboard dashboard;

  private DashboardFigures figures;

  @PostConstruct
  void init() {
    figures = dashboard.figures();
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
