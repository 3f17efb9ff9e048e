package org.redress.complaint;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.redress.audit.AuditTrail;
import org.redress.complaint.view.AttachmentFile;
import org.redress.complaint.view.AttachmentView;
import org.redress.platform.Hashes;
import org.redress.platform.IllegalTransitionException;
import org.redress.platform.RecordNotFoundException;
import org.redress.security.Roles;

/**
 * The supporting files of complaints: handlers attach what the complainant sent, everyone who works
 * the case downloads them. Auditors see the list but not the files, which often hold personal data.
 */
@Stateless
public class Attachments {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB AuditTrail audit;

  @Resource SessionContext context;

  @RolesAllowed({Roles.HANDLER, Roles.MANAGER})
  public AttachmentView attach(String reference, String fileName, byte[] content) {
    return store(reference, fileName, content, context.getCallerPrincipal().getName());
  }

  /**
   * A file that came with a mail in the complaints mailbox, kept on its case under the same rules
   * (type, size, number of files) as a file a handler adds.
   */
  @PermitAll
  public AttachmentView attachFromMail(String reference, String fileName, byte[] content) {
    return store(reference, fileName, content, "system");
  }

  /** The file name as it is stored: no path, no control characters. */
  public static String cleanName(String fileName) {
    return fileName == null ? null : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
  }

  private AttachmentView store(String reference, String fileName, byte[] content, String actor) {
    Complaint complaint = ComplaintWorkflow.load(em, reference);
    if (!complaint.status().isOpen()) {
      throw new IllegalTransitionException(
          "Files cannot be added to " + reference + " while it is " + complaint.status());
    }
    long already =
        em.createNamedQuery("Attachment.countByComplaint", Long.class)
            .setParameter("complaintId", complaint.id())
            .getSingleResult();
    String name = cleanName(fileName);
    String type = AttachmentPolicy.check(name, content == null ? 0 : content.length, already);
    Attachment attachment =
        new Attachment(
            complaint.id(),
            name,
            type,
            content.length,
            Hashes.sha256(content),
            actor,
            clock.instant());
    em.persist(attachment);
    em.flush();
    em.persist(new AttachmentContent(attachment.id(), content));
    audit.recordChange(
        "Complaint",
        reference,
        "ATTACH_FILE",
        actor,
        Map.of(),
        Map.of("file", name + " (" + attachment.sha256() + ")"));
    return AttachmentView.of(attachment);
  }

  @RolesAllowed({
    Roles.HANDLER,
    Roles.MANAGER,
    Roles.QMS_ADMIN,
    Roles.AUDITOR,
    Roles.ADMINISTRATOR,
    Roles.INTEGRATION
  })
  public List<AttachmentView> list(String reference) {
    Complaint complaint = ComplaintWorkflow.load(em, reference);
    return em
        .createNamedQuery("Attachment.findByComplaint", Attachment.class)
        .setParameter("complaintId", complaint.id())
        .getResultList()
        .stream()
        .map(AttachmentView::of)
        .toList();
  }

  @RolesAllowed({Roles.HANDLER, Roles.MANAGER, Roles.QMS_ADMIN})
  public AttachmentFile download(String reference, long attachmentId) {
    Complaint complaint = ComplaintWorkflow.load(em, reference);
    Attachment attachment = em.find(Attachment.class, attachmentId);
    if (attachment == null || !attachment.complaintId().equals(complaint.id())) {
      throw new RecordNotFoundException("Attachment", reference + "/" + attachmentId);
    }
    AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
    return new AttachmentFile(attachment.fileName(), attachment.contentType(), content.content());
  }
}
