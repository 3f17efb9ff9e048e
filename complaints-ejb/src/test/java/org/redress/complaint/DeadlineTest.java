package org.redress.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redress.complaint.ComplaintFixture.ACKNOWLEDGED_AT;
import static org.redress.complaint.ComplaintFixture.ASSIGNED_AT;
import static org.redress.complaint.ComplaintFixture.COMMUNICATED_AT;
import static org.redress.complaint.ComplaintFixture.HANDLER;
import static org.redress.complaint.ComplaintFixture.HIGH_DAYS;
import static org.redress.complaint.ComplaintFixture.MEDIUM_DAYS;
import static org.redress.complaint.ComplaintFixture.RECEIVED_AT;
import static org.redress.complaint.ComplaintFixture.REPLIED_AT;
import static org.redress.complaint.ComplaintFixture.aComplaint;
import static org.redress.complaint.ComplaintFixture.levels;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.redress.complaint.command.RecordComplainantReply;
import org.redress.complaint.command.RecordInformation;
import org.redress.complaint.command.RequestInformation;
import org.redress.platform.IllegalTransitionException;

/**
 * Service-level deadlines on a case: set from the rules, paused while the organisation waits for
 * the complainant, watched with a warning at 80% and escalation when missed.
 */
class DeadlineTest {

  private static final Duration OFFICER_AFTER = Duration.ofHours(24);

  @Nested
  class DeadlinesFromTheServiceLevel {

    @Test
    void allThreeDeadlinesRunFromReceipt() {
      Complaint c = aComplaint().received();
      assertThat(c.acknowledgementDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(2)));
      assertThat(c.responseDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(MEDIUM_DAYS)));
      assertThat(c.resolutionDueAt())
          .isEqualTo(RECEIVED_AT.plus(Duration.ofDays(2L * MEDIUM_DAYS)));
    }

    @Test
    void theAssessedPriorityMovesTheResponseAndResolutionDeadlines() {
      Complaint c = aComplaint().assessed();
      assertThat(c.responseDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(HIGH_DAYS)));
      assertThat(c.resolutionDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(2L * HIGH_DAYS)));
    }
  }

  @Nested
  class WaitingForTheComplainant {

    private final Instant asked = ASSIGNED_AT.plus(Duration.ofHours(1));
    private final Instant answered = asked.plus(Duration.ofDays(3));

    @Test
    void aRequestForInformationStopsTheClockAndTheAnswerMovesTheDeadlineByTheTimeWaited() {
      Complaint c = aComplaint().underInvestigation();
      Instant responseDue = c.responseDueAt();
      Instant resolutionDue = c.resolutionDueAt();

      Channel via =
          c.requestInformation(
              new RequestInformation("Which serial number is on the base?", Channel.EMAIL),
              HANDLER,
              asked);

      assertThat(via).isEqualTo(Channel.EMAIL);
      assertThat(c.pausedSince()).isEqualTo(asked);
      assertThat(c.pauseReason()).isEqualTo(PauseReason.INFORMATION_REQUESTED);
      assertThat(c.watchedDeadline()).as("nothing is watched while waiting").isNull();
      assertThat(c.deadlineCheckAt()).isNull();
      assertThat(c.events().get(c.events().size() - 1).type())
          .isEqualTo(EventType.INFORMATION_REQUESTED);

      c.recordInformation(
          new RecordInformation("SN 4711-22", Channel.PHONE), levels(), HANDLER, answered);

      assertThat(c.pausedSince()).isNull();
      assertThat(c.responseDueAt()).isEqualTo(responseDue.plus(Duration.ofDays(3)));
      assertThat(c.resolutionDueAt()).isEqualTo(resolutionDue.plus(Duration.ofDays(3)));
      assertThat(c.watchedDeadline()).isEqualTo(Deadline.RESPONSE);
      assertThat(c.events().get(c.events().size() - 1).type())
          .isEqualTo(EventType.INFORMATION_RECEIVED);
    }

    @Test
    void aReplyByMailResumesTheClock() {
      Complaint c = aComplaint().underInvestigation();
      Instant responseDue = c.responseDueAt();
      c.requestInformation(new RequestInformation("Photo of the label?", null), HANDLER, asked);

      c.receiveCorrespondence("clara@example.org", "Re: photo", "Attached.", levels(), answered);

      assertThat(c.pausedSince()).isNull();
      assertThat(c.responseDueAt()).isEqualTo(responseDue.plus(Duration.ofDays(3)));
    }

    @Test
    void theClockDoesNotStopTwiceAndCannotBeResumedWhenRunning() {
      Complaint c = aComplaint().underInvestigation();
      c.requestInformation(new RequestInformation("Which model?", null), HANDLER, asked);

      assertThatThrownBy(
              () ->
                  c.requestInformation(
                      new RequestInformation("Again?", null), HANDLER, asked.plusSeconds(5)))
          .isInstanceOf(IllegalTransitionException.class);
      c.recordInformation(new RecordInformation("EM-200", null), levels(), HANDLER, answered);
      assertThatThrownBy(
              () ->
                  c.recordInformation(
                      new RecordInformation("More", null), levels(), HANDLER, answered))
          .isInstanceOf(IllegalTransitionException.class);
      assertThat(c.availableSteps(HANDLER, answered, ComplaintFixture.policy()))
          .contains(HandlingStep.REQUEST_INFORMATION)
          .doesNotContain(HandlingStep.RECORD_INFORMATION);
    }

    @Test
    void aCommunicatedDecisionStopsTheResolutionClockUntilTheComplainantAnswers() {
      Complaint c = aComplaint().decisionCommunicated();
      Instant resolutionDue = c.resolutionDueAt();
      assertThat(c.pausedSince()).isEqualTo(COMMUNICATED_AT);
      assertThat(c.watchedDeadline()).isNull();

      c.recordComplainantReply(
          new RecordComplainantReply(true, null, Channel.WEB), levels(), "complainant", REPLIED_AT);

      assertThat(c.pausedSince()).isNull();
      assertThat(c.resolutionDueAt())
          .isEqualTo(resolutionDue.plus(Duration.between(COMMUNICATED_AT, REPLIED_AT)));
      assertThat(c.watchedDeadline()).isEqualTo(Deadline.RESOLUTION);
    }
  }

  @Nested
  class TheDeadlineWatch {

    @Test
    void anUnacknowledgedComplaintIsWatchedForItsAcknowledgementWithAWarningAt80Percent() {
      Complaint c = aComplaint().received();
      assertThat(c.watchedDeadline()).isEqualTo(Deadline.ACKNOWLEDGEMENT);
      assertThat(c.alertLevel()).isEqualTo(AlertLevel.ON_TRACK);
      // 80% of 48 hours.
      assertThat(c.deadlineCheckAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofMinutes(2304)));
    }

    @Test
    void warnsThenEscalatesToTheManagerThenToTheOfficer() {
      Complaint c = aComplaint().received();
      Instant due = c.acknowledgementDueAt();

      assertThat(c.checkDeadlines(OFFICER_AFTER, c.deadlineCheckAt().minusSeconds(1))).isEmpty();

      Optional<DeadlineAlert> warning = c.checkDeadlines(OFFICER_AFTER, c.deadlineCheckAt());
      assertThat(warning)
          .contains(new DeadlineAlert(Deadline.ACKNOWLEDGEMENT, AlertLevel.WARNED, due));
      assertThat(c.deadlineCheckAt()).isEqualTo(due);
      assertThat(lastEvent(c).type()).isEqualTo(EventType.DEADLINE_WARNING);

      assertThat(c.checkDeadlines(OFFICER_AFTER, due))
          .contains(new DeadlineAlert(Deadline.ACKNOWLEDGEMENT, AlertLevel.MANAGER, due));
      assertThat(lastEvent(c).type()).isEqualTo(EventType.DEADLINE_MISSED);
      assertThat(lastEvent(c).details()).contains("escalated to the manager");
      assertThat(c.deadlineCheckAt()).isEqualTo(due.plus(OFFICER_AFTER));

      assertThat(c.checkDeadlines(OFFICER_AFTER, due.plus(OFFICER_AFTER)))
          .contains(
              new DeadlineAlert(Deadline.ACKNOWLEDGEMENT, AlertLevel.COMPLAINTS_OFFICER, due));
      assertThat(lastEvent(c).details()).contains("complaints officer");
      assertThat(c.deadlineCheckAt()).isNull();
      assertThat(c.checkDeadlines(OFFICER_AFTER, due.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void aWatchThatFellBehindSkipsTheWarningOfADeadlineAlreadyMissed() {
      Complaint c = aComplaint().received();
      Instant afterDowntime = c.acknowledgementDueAt().plus(Duration.ofHours(2));

      assertThat(c.checkDeadlines(OFFICER_AFTER, afterDowntime).map(DeadlineAlert::level))
          .contains(AlertLevel.MANAGER);
      assertThat(c.events().stream().filter(e -> e.type() == EventType.DEADLINE_WARNING)).isEmpty();
    }

    @Test
    void acknowledgingMovesTheWatchToTheResponseDeadlineOnTrack() {
      Complaint c = aComplaint().received();
      c.checkDeadlines(OFFICER_AFTER, c.deadlineCheckAt());
      assertThat(c.alertLevel()).isEqualTo(AlertLevel.WARNED);

      c.acknowledge(
          new org.redress.complaint.command.Acknowledge(Channel.PHONE, null),
          HANDLER,
          ACKNOWLEDGED_AT);

      assertThat(c.watchedDeadline()).isEqualTo(Deadline.RESPONSE);
      assertThat(c.watchedDueAt()).isEqualTo(c.responseDueAt());
      assertThat(c.alertLevel()).isEqualTo(AlertLevel.ON_TRACK);
    }

    @Test
    void anImportedComplaintWhoseDeadlineHadPassedIsNotAlertedButAFutureOneIs() {
      Complaint old = aComplaint().received();
      old.imported(old.acknowledgementDueAt().plus(Duration.ofDays(3)));
      assertThat(old.deadlineCheckAt()).isNull();
      assertThat(old.checkDeadlines(OFFICER_AFTER, RECEIVED_AT.plus(Duration.ofDays(90))))
          .isEmpty();

      Complaint recent = aComplaint().received();
      Instant warning = recent.deadlineCheckAt();
      recent.imported(RECEIVED_AT.plus(Duration.ofHours(1)));
      assertThat(recent.deadlineCheckAt()).isEqualTo(warning);
    }

    @Test
    void aClosedCaseIsNotWatched() {
      Complaint c = aComplaint().closed();
      assertThat(c.watchedDeadline()).isNull();
      assertThat(c.deadlineCheckAt()).isNull();
    }
  }

  private static ComplaintEvent lastEvent(Complaint c) {
    return c.events().get(c.events().size() - 1);
  }
}
