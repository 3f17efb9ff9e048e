package org.redress.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redress.audit.sampling.AuditSamples;
import org.redress.audit.sampling.DrawSample;
import org.redress.audit.sampling.SampleDetails;
import org.redress.audit.sampling.SampleSummary;
import org.redress.platform.BusinessException;
import org.redress.web.FormErrors;

/** Backs {@code app/audit/samples.xhtml}: the samples drawn so far, and drawing a new one. */
@Named
@ViewScoped
public class SamplesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AuditSamples samples;

  private List<SampleSummary> items = List.of();
  private LocalDate from;
  private LocalDate to;
  private Integer size = 10;
  private Long seed;
  private String purpose;

  @PostConstruct
  void init() {
    items = samples.list(100);
  }

  public String draw() {
    try {
      SampleDetails drawn = samples.draw(new DrawSample(from, to, size, seed, purpose));
      return "/app/audit/sample?faces-redirect=true&saved=true&ref=" + drawn.reference();
    } catch (BusinessException refused) {
      FormErrors.show(
          refused,
          "draw",
          Map.of("from", "from", "to", "to", "size", "size", "seed", "seed", "purpose", "purpose"));
      return null;
    }
  }

  public List<SampleSummary> getItems() {
    return items;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Integer getSize() {
    return size;
  }

  public void setSize(Integer size) {
    this.size = size;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }
}
