package org.redress.web.complainant;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redress.complaint.ComplainantAccess;
import org.redress.complaint.ComplaintStatus;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.view.PublicStatus;
import org.redress.platform.BusinessException;
import org.redress.platform.RecordNotFoundException;
import org.redress.web.FormErrors;

/**
 * Backs {@code public/status.xhtml}: the complainant follows the complaint with the reference and
 * tracking code (ISO 10002 7.3) and accepts or rejects the decision (7.9).
 */
@Named
@ViewScoped
public class StatusBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The stages as the complainant sees them, in order. */
  private static final List<ComplaintStatus> STAGES =
      List.of(
          ComplaintStatus.RECEIVED,
          ComplaintStatus.ACKNOWLEDGED,
          ComplaintStatus.ASSESSED,
          ComplaintStatus.UNDER_INVESTIGATION,
          ComplaintStatus.RESPONSE_PROPOSED,
          ComplaintStatus.DECISION_COMMUNICATED,
          ComplaintStatus.CLOSED);

  @EJB ComplainantAccess access;

  private String ref;
  private String code;
  private PublicStatus status;
  private Boolean accept;
  private String comment;

  /** Looks the complaint up when both parameters came with the link. */
  public void load() {
    if (ref != null && !ref.isBlank() && code != null && !code.isBlank()) {
      find();
    }
  }

  public void find() {
    status = null;
    try {
      status = access.status(normalisedRef(), code == null ? "" : code.strip());
    } catch (RecordNotFoundException unknown) {
      FormErrors.show(new NotFound(), "lookup", Map.of());
    } catch (BusinessException refused) {
      FormErrors.show(refused, "lookup", Map.of("code", "code"));
    }
  }

  public String reply() {
    try {
      status =
          access.reply(
              normalisedRef(), code.strip(), new RecordComplainantReply(accept, comment, null));
      FormErrors.info(
          Boolean.TRUE.equals(accept) ? "status.replied.accepted" : "status.replied.rejected");
    } catch (BusinessException refused) {
      FormErrors.show(refused, "reply", Map.of("accepted", "accept", "comment", "comment"));
    }
    return null;
  }

  /** True for the stages the case has passed or is in. */
  public boolean reached(ComplaintStatus stage) {
    if (status == null) {
      return false;
    }
    int current = STAGES.indexOf(displayStage());
    return STAGES.indexOf(stage) <= current;
  }

  private ComplaintStatus displayStage() {
    return switch (status.stage()) {
      case ESCALATED -> ComplaintStatus.UNDER_INVESTIGATION;
      case REFERRED_EXTERNALLY -> ComplaintStatus.DECISION_COMMUNICATED;
      case WITHDRAWN -> ComplaintStatus.CLOSED;
      default -> status.stage();
    };
  }

  private String normalisedRef() {
    return ref == null ? "" : ref.strip().toUpperCase(Locale.ROOT);
  }

  /** An unknown reference or a wrong code; both get the same message. */
  private static final class NotFound extends BusinessException {
    private static final long serialVersionUID = 1L;

    NotFound() {
      super(
          FormErrors.text(
              jakarta.faces.context.FacesContext.getCurrentInstance(), "status.notFound"));
    }
  }

  public List<ComplaintStatus> getStages() {
    return STAGES;
  }

  public String getRef() {
    return ref;
  }

  public void setRef(String ref) {
    this.ref = ref;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public PublicStatus getStatus() {
    return status;
  }

  public Boolean getAccept() {
    return accept;
  }

  public void setAccept(Boolean accept) {
    this.accept = accept;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
