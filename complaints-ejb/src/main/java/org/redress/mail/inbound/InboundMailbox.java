package org.redress.mail.inbound;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.redress.audit.AuditTrail;
import org.redress.complaint.AttachmentPolicy;
import org.redress.complaint.Attachments;
import org.redress.complaint.Channel;
import org.redress.complaint.Complaint;
import org.redress.complaint.ComplaintIntake;
import org.redress.complaint.ContactMethod;
import org.redress.complaint.command.ContactDetails;
import org.redress.complaint.command.NewComplaint;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;
import org.redress.policy.Policies;

/**
 * Handles one received mail in its own transaction: records it under its Message-ID (a second
 * reader of the same mail fails on the unique key and changes nothing), then turns it into a
 * complaint or into correspondence on its case, or leaves an automatic mail alone.
 */
@Stateless
@PermitAll
public class InboundMailbox {

  private static final Logger LOG = Logger.getLogger(InboundMailbox.class.getName());
  static final int DESCRIPTION_LIMIT = 10_000;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB ComplaintIntake intake;

  @EJB AuditTrail audit;

  @EJB Policies policies;

  @EJB Attachments attachments;

  /** Whether this mail was handled before (by this or another server instance). */
  public boolean known(String messageId) {
    return !em.createQuery("SELECT m.id FROM InboundMail m WHERE m.messageId = :id", Long.class)
        .setParameter("id", InboundMail.clip(messageId, 500))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public InboundMail.Result handle(ReceivedMail mail) {
    Instant now = clock.instant();
    if (MailClassifier.isAutomatic(mail)) {
      return remember(mail, InboundMail.Result.IGNORED, null, now);
    }
    Optional<Complaint> answered = MailClassifier.caseReference(mail).flatMap(this::complaint);
    List<ReceivedMail.File> kept = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    sortFiles(mail.files(), kept, refused);
    if (answered.isPresent() && !answered.get().status().isOpen()) {
      kept.forEach(f -> refused.add(f.name() + " (" + Messages.text("mail.caseClosed") + ")"));
      kept.clear();
    }
    ReceivedMail withNote = refused.isEmpty() ? mail : withNote(mail, refused);
    if (answered.isPresent()) {
      Complaint complaint = answered.get();
      Map<String, Object> before = complaint.auditState();
      complaint.receiveCorrespondence(
          mail.senderAddress(),
          MailClassifier.withoutPrefixes(mail.subject()),
          withNote.text(),
          policies.serviceLevels(),
          now);
      audit.recordChange(
          "Complaint",
          complaint.reference(),
          "RECEIVE_CORRESPONDENCE",
          mail.senderAddress(),
          before,
          complaint.auditState());
      attach(complaint.reference(), kept);
      return remember(mail, InboundMail.Result.CORRESPONDENCE, complaint.reference(), now);
    }
    String reference = intake.submitFromEmail(complaintFrom(withNote));
    attach(reference, kept);
    LOG.info(
        () -> "Mail " + mail.messageId() + " from " + mail.senderAddress() + " is " + reference);
    return remember(mail, InboundMail.Result.COMPLAINT, reference, now);
  }

  /**
   * Splits the files into those the attachment rules allow (type, size, at most as many as a case
   * may hold) and those they do not, named with the reason.
   */
  static void sortFiles(
      List<ReceivedMail.File> files, List<ReceivedMail.File> kept, List<String> refused) {
    for (ReceivedMail.File file : files) {
      String name = Attachments.cleanName(file.name());
      try {
        AttachmentPolicy.check(name, file.content().length, kept.size());
        kept.add(new ReceivedMail.File(name, file.content()));
      } catch (InvalidInputException notAllowed) {
        refused.add(name + " (" + notAllowed.errors().get(0).message() + ")");
      }
    }
  }

  private static ReceivedMail withNote(ReceivedMail mail, List<String> refused) {
    String text =
        (mail.text() == null ? "" : mail.text().strip())
            + "\n\n"
            + Messages.text("mail.filesNotKept", String.join(", ", refused));
    return new ReceivedMail(
        mail.messageId(),
        mail.senderAddress(),
        mail.senderName(),
        mail.subject(),
        text,
        mail.language(),
        mail.autoSubmitted(),
        mail.precedence(),
        mail.threading(),
        mail.files());
  }

  private void attach(String reference, List<ReceivedMail.File> files) {
    for (ReceivedMail.File file : files) {
      attachments.attachFromMail(reference, file.name(), file.content());
    }
  }

  private InboundMail.Result remember(
      ReceivedMail mail, InboundMail.Result result, String reference, Instant now) {
    em.persist(new InboundMail(mail, result, reference, now));
    em.flush();
    return result;
  }

  private Optional<Complaint> complaint(String reference) {
    List<Complaint> found =
        em.createNamedQuery("Complaint.findByReference", Complaint.class)
            .setParameter("reference", reference)
            .getResultList();
    return found.stream().findFirst();
  }

  static NewComplaint complaintFrom(ReceivedMail mail) {
    String address = mail.senderAddress().strip();
    String name =
        mail.senderName() == null || mail.senderName().isBlank()
            ? address.substring(0, Math.max(1, address.indexOf('@')))
            : mail.senderName().strip();
    String subject = MailClassifier.withoutPrefixes(mail.subject());
    String body = mail.text() == null ? "" : mail.text().strip();
    String description = (subject.isEmpty() ? "" : subject + "\n\n") + body;
    if (description.isBlank()) {
      description = "(empty mail)";
    }
    if (description.length() > DESCRIPTION_LIMIT) {
      description = description.substring(0, DESCRIPTION_LIMIT);
    }
    return new NewComplaint(
        new ContactDetails(
            InboundMail.clip(name, 200),
            InboundMail.clip(address, 254),
            null,
            null,
            null,
            ContactMethod.EMAIL,
            mail.language()),
        null,
        Channel.EMAIL,
        null,
        null,
        null,
        null,
        null,
        description,
        null,
        null,
        null);
  }
}
