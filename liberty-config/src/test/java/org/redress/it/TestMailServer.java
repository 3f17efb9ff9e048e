package org.redress.it;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * Where the test server sends its mail and reads its complaints mailbox: GreenMail in the test JVM
 * on the ports the build gives ({@code redress.it.smtpPort}, {@code redress.it.imapPort}; 3025 and
 * 3143 unless a build that runs next to another one moves them).
 */
final class TestMailServer {

  static final int SMTP_PORT =
      Integer.getInteger("redress.it.smtpPort", ServerSetupTest.SMTP.getPort());
  static final int IMAP_PORT =
      Integer.getInteger("redress.it.imapPort", ServerSetupTest.IMAP.getPort());

  private TestMailServer() {}

  /** The SMTP server the test server sends to. */
  static ServerSetup smtp() {
    return ServerSetupTest.SMTP.withPort(SMTP_PORT);
  }

  /** SMTP, and the IMAP mailbox the test server reads complaints from. */
  static ServerSetup[] smtpAndImap() {
    return new ServerSetup[] {smtp(), ServerSetupTest.IMAP.withPort(IMAP_PORT)};
  }
}
