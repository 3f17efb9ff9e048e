package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.complaint.ComplaintFixture.aComplaint;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.complaint.view.ComplaintDetails;
import org.redress.complaint.view.EventView;

/** A mail about a case is kept on it as correspondence; auditors see that it came, not what. */
class CorrespondenceTest {

  private static final Instant AT = Instant.parse("2026-03-05T10:00:00Z");

  @Test
  void aMailIsKeptOnTheCaseWithoutChangingItsStage() {
    Complaint complaint = aComplaint().received();
    ComplaintStatus before = complaint.status();

    complaint.receiveCorrespondence(
        "anna@example.com", "Any news?", "Is there any news?\n", ComplaintFixture.levels(), AT);

    ComplaintEvent last = complaint.events().get(complaint.events().size() - 1);
    assertThat(last.type()).isEqualTo(EventType.CORRESPONDENCE_RECEIVED);
    assertThat(last.actor()).isEqualTo("anna@example.com");
    assertThat(last.details())
        .isEqualTo("Mail from anna@example.com: Any news?\nIs there any news?");
    assertThat(complaint.status()).isEqualTo(before);
  }

  @Test
  void auditorsSeeThatAMailCameButNotItsSenderOrText() {
    Complaint complaint = aComplaint().received();
    complaint.receiveCorrespondence(
        "anna@example.com", "Any news?", "Call me on 0170 1234567", ComplaintFixture.levels(), AT);

    EventView masked = last(ComplaintDetails.of(complaint, AT, true, List.of()));
    EventView shown = last(ComplaintDetails.of(complaint, AT, false, List.of()));

    assertThat(masked.type()).isEqualTo(EventType.CORRESPONDENCE_RECEIVED);
    assertThat(masked.actor()).isEqualTo("***");
    assertThat(masked.details()).isNull();
    assertThat(shown.details()).contains("0170 1234567");
  }

  private static EventView last(ComplaintDetails details) {
    return details.events().get(details.events().size() - 1);
  }
}
