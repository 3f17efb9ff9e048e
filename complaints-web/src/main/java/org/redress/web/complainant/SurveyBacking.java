package org.redress.web.complainant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.redress.platform.BusinessException;
import org.redress.platform.RecordNotFoundException;
import org.redress.survey.SurveyAnswer;
import org.redress.survey.SurveyView;
import org.redress.survey.Surveys;
import org.redress.web.FormErrors;

/**
 * Backs {@code public/survey.xhtml}: the complainant rates the handling of their closed complaint
 * (ISO 10002 8.3) through the link in the invitation; no account, nothing personal shown.
 */
@Named
@ViewScoped
public class SurveyBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB transient Surveys surveys;

  private String token;
  private SurveyView survey;
  private boolean thanked;
  private Integer overall;
  private Integer fair;
  private Integer timely;
  private Integer clear;
  private String comment;

  public void load() {
    survey = null;
    try {
      survey = surveys.find(token == null ? "" : token);
    } catch (RecordNotFoundException unknown) {
      FormErrors.show(unknown, "survey", Map.of());
    }
  }

  public String send() {
    try {
      survey = surveys.answer(token, new SurveyAnswer(overall, fair, timely, clear, comment));
      thanked = true;
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "survey",
          Map.of(
              "overall", "overall",
              "fair", "fair",
              "timely", "timely",
              "clear", "clear",
              "comment", "comment"));
    }
    return null;
  }

  /** The scores offered, 5 (fully) first. */
  public List<Integer> getScores() {
    return List.of(5, 4, 3, 2, 1);
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public SurveyView getSurvey() {
    return survey;
  }

  public boolean isThanked() {
    return thanked;
  }

  public Integer getOverall() {
    return overall;
  }

  public void setOverall(Integer overall) {
    this.overall = overall;
  }

  public Integer getFair() {
    return fair;
  }

  public void setFair(Integer fair) {
    this.fair = fair;
  }

  public Integer getTimely() {
    return timely;
  }

  public void setTimely(Integer timely) {
    this.timely = timely;
  }

  public Integer getClear() {
    return clear;
  }

  public void setClear(Integer clear) {
    this.clear = clear;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
