package org.redress.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.redress.outbox.OutboxHandler;
import org.redress.outbox.OutboxMessageView;
import org.redress.outbox.Outcome;

/**
 * Sends the outbox's mails through the server's mail session {@code mail/redress} (host, port, TLS,
 * user and password are server variables): a plain-text and an HTML part, and the Message-ID fixed
 * when the mail was composed.
 */
@Dependent
public class MailSender implements OutboxHandler {

  @Resource(lookup = "mail/redress")
  Session session;

  @Override
  public String topic() {
    return Mailer.TOPIC;
  }

  @Override
  public Outcome deliver(OutboxMessageView message) {
    MailMessage mail = MailMessage.fromJson(message.payload());
    try {
      Transport.send(mime(mail));
      return Outcome.done();
    } catch (SendFailedException refused) {
      Address[] invalid = refused.getInvalidAddresses();
      if (invalid != null && invalid.length > 0) {
        return Outcome.refused(
            "The mail server refused " + Arrays.toString(invalid) + ": " + refused.getMessage());
      }
      return Outcome.retry("Sending failed: " + refused.getMessage());
    } catch (AuthenticationFailedException wrongCredentials) {
      return Outcome.retry(
          "The mail server refused the sign-in; check the mail user and password: "
              + wrongCredentials.getMessage());
    } catch (MessagingException | UnsupportedEncodingException failed) {
      return Outcome.retry("Sending failed: " + describe(failed));
    }
  }

  MimeMessage mime(MailMessage mail) throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = new FixedIdMessage(session, mail.messageId());
    mime.setFrom();
    mime.setRecipient(
        Message.RecipientType.TO,
        new InternetAddress(mail.to(), mail.toName(), StandardCharsets.UTF_8.name()));
    mime.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name());
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    mime.setContent(new MimeMultipart("alternative", text, html));
    mime.setHeader("Auto-Submitted", "auto-generated");
    mime.saveChanges();
    return mime;
  }

  private static String describe(Exception e) {
    Throwable cause = e.getCause();
    return e.getMessage() + (cause == null ? "" : " (" + cause + ")");
  }

  /** A message that keeps the Message-ID it was given instead of making a new one. */
  static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
