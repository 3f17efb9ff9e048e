package org.redress.mail.inbound;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.redress.complaint.AttachmentPolicy;
import org.redress.platform.Hashes;

/**
 * Reads the complaints mailbox over IMAP every 20 seconds, on every server instance, when {@code
 * redress.imap.enabled} is true. Unread mails are handed one by one to {@link InboundMailbox}, then
 * marked read; a mail another instance handled first is only marked read. A mailbox that cannot be
 * reached is tried again next round (and reported at most every ten minutes).
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxPoller {

  private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());
  static final int PER_ROUND = 50;
  private static final Duration QUIET = Duration.ofMinutes(10);

  @Inject
  @ConfigProperty(name = "redress.imap.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "redress.imap.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "redress.imap.port", defaultValue = "3143")
  int port;

  @Inject
  @ConfigProperty(name = "redress.imap.user", defaultValue = "complaints")
  String user;

  @Inject
  @ConfigProperty(name = "redress.imap.password", defaultValue = "")
  String password;

  @Inject
  @ConfigProperty(name = "redress.imap.folder", defaultValue = "INBOX")
  String folderName;

  @Inject
  @ConfigProperty(name = "redress.imap.ssl", defaultValue = "false")
  boolean ssl;

  @EJB InboundMailbox mailbox;

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile long lastWarning;

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  void poll() {
    if (!enabled || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      readMailbox();
    } catch (MessagingException | RuntimeException unreachable) {
      long now = System.nanoTime();
      if (lastWarning == 0 || now - lastWarning > QUIET.toNanos()) {
        lastWarning = now;
        LOG.log(
            Level.WARNING,
            "The complaints mailbox "
                + user
                + "@"
                + host
                + ":"
                + port
                + " cannot be read; tried again every 20 s: "
                + unreachable);
      }
    } finally {
      running.set(false);
    }
  }

  private void readMailbox() throws MessagingException {
    String protocol = ssl ? "imaps" : "imap";
    Properties properties = new Properties();
    properties.put("mail." + protocol + ".connectiontimeout", "10000");
    properties.put("mail." + protocol + ".timeout", "20000");
    Store store = Session.getInstance(properties).getStore(protocol);
    store.connect(host, port, user, password);
    try {
      Folder folder = store.getFolder(folderName);
      folder.open(Folder.READ_WRITE);
      try {
        Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        for (Message message : Arrays.copyOf(unread, Math.min(unread.length, PER_ROUND))) {
          take((MimeMessage) message);
        }
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  private void take(MimeMessage message) throws MessagingException {
    ReceivedMail mail;
    try {
      mail = read(message);
    } catch (IOException | MessagingException unreadable) {
      LOG.log(
          Level.WARNING,
          "A mail in the complaints mailbox cannot be read; it is left unread",
          unreadable);
      return;
    }
    if (!mailbox.known(mail.messageId())) {
      try {
        mailbox.handle(mail);
      } catch (RuntimeException failed) {
        if (!mailbox.known(mail.messageId())) {
          LOG.log(Level.WARNING, "Mail " + mail.messageId() + " is tried again next round", failed);
          return;
        }
      }
    }
    message.setFlag(Flags.Flag.SEEN, true);
  }

  static ReceivedMail read(MimeMessage message) throws MessagingException, IOException {
    InternetAddress from = null;
    Address[] senders = message.getFrom();
    if (senders != null && senders.length > 0 && senders[0] instanceof InternetAddress first) {
      from = first;
    }
    List<String> threading = new ArrayList<>();
    for (String header : List.of("In-Reply-To", "References")) {
      String value = message.getHeader(header, " ");
      if (value != null) {
        threading.addAll(Arrays.stream(value.split("\\s+")).filter(s -> !s.isBlank()).toList());
      }
    }
    String messageId = message.getMessageID();
    if (messageId == null || messageId.isBlank()) {
      messageId =
          "<"
              + Hashes.sha256(
                  String.valueOf(from)
                      + "\n"
                      + message.getSubject()
                      + "\n"
                      + message.getHeader("Date", ","))
              + "@no-message-id>";
    }
    return new ReceivedMail(
        messageId,
        from == null ? null : from.getAddress(),
        from == null ? null : from.getPersonal(),
        message.getSubject(),
        text(message),
        MailLanguage.of(message).orElse(null),
        message.getHeader("Auto-Submitted", ","),
        message.getHeader("Precedence", ","),
        threading,
        files(message));
  }

  /** The files attached to a mail (parts with a file name), read at most 10 MB + 1 byte each. */
  static List<ReceivedMail.File> files(Part part) throws MessagingException, IOException {
    List<ReceivedMail.File> files = new ArrayList<>();
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        files.addAll(files(parts.getBodyPart(i)));
      }
    } else if (part.getFileName() != null
        && (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
            || Part.INLINE.equalsIgnoreCase(part.getDisposition()))) {
      try (var in = part.getInputStream()) {
        files.add(
            new ReceivedMail.File(
                MimeUtility.decodeText(part.getFileName()),
                in.readNBytes((int) AttachmentPolicy.MAX_BYTES + 1)));
      }
    }
    return files;
  }

  /** The mail's plain text: its text/plain part, else its HTML part without the markup. */
  static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return String.valueOf(part.getContent());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      String html = null;
      for (int i = 0; i < parts.getCount(); i++) {
        BodyPart child = parts.getBodyPart(i);
        if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
          continue;
        }
        if (child.isMimeType("text/html") && html == null) {
          html = text(child);
          continue;
        }
        String found = text(child);
        if (found != null && !found.isBlank()) {
          return found;
        }
      }
      return html == null ? "" : html;
    }
    if (part.isMimeType("text/html")) {
      return Jsoup.parse(String.valueOf(part.getContent())).wholeText().strip();
    }
    return "";
  }
}
