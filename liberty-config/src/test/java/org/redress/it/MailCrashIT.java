package org.redress.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's promise when the server dies. Killed outright (SIGKILL) in the middle of a burst of 200
 * complaints that handlers acknowledge by email, and started again: every complaint is
 * acknowledged, and every complainant gets exactly one acknowledgement (a second copy only with the
 * same Message-ID); nothing a client was told is saved is lost. And mails that wait for a mail
 * server that is down still go out after the server was stopped and started again.
 *
 * <p>It takes the server down under every other test, so it runs on its own, after them (the
 * failsafe execution {@code crash-test}).
 */
class MailCrashIT {

  private static final int COMPLAINTS = 200;
  private static final int CLIENTS = 8;

  /** The server is killed once the clients were told of this many acknowledgements. */
  private static final int KILL_AFTER = 40;

  private static final int WAITING_MAILS = 20;

  /** For the whole burst, outage included, on a slow shared machine. */
  private static final Duration BURST_TIMEOUT = Duration.ofMinutes(12);

  /**
   * From the restart until every mail is out: the outbox claims what is due every 2 s, so this is
   * generous, but shorter than the 5 minutes for which a claim of the killed server would hold a
   * mail back if the restarted server did not free it.
   */
  private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(3);

  /** For the last mails, when the clients take long to finish their burst after the restart. */
  private static final Duration LAST_MAILS_TIMEOUT = Duration.ofMinutes(1);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private GreenMail smtp;

  @AfterEach
  void stopTheMailServer() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void killedInTheMiddleOfABurstEveryComplainantGetsExactlyOneAcknowledgement() throws Exception {
    smtp = new GreenMail(TestMailServer.smtp());
    smtp.start();
    String run = Api.marker();
    List<Client> clients =
        IntStream.range(0, COMPLAINTS).mapToObj(i -> new Client(run, i)).toList();
    AtomicInteger confirmed = new AtomicInteger();
    long burstDeadline = System.nanoTime() + BURST_TIMEOUT.toNanos();

    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long pid;
    int confirmedAtKill;
    int mailsAtKill;
    long restartMillis;
    long restartedAt;
    try {
      List<Future<?>> work = new ArrayList<>();
      for (Client client : clients) {
        work.add(pool.submit(() -> client.complainAndAcknowledge(burstDeadline, confirmed)));
      }
      waitFor(
          "the clients to be told of " + KILL_AFTER + " acknowledgements",
          Duration.ofMinutes(5),
          () -> confirmed.get() >= KILL_AFTER);
      pid = TheServer.kill();
      confirmedAtKill = confirmed.get();
      mailsAtKill = mailsTo(addresses(clients)).values().stream().mapToInt(List::size).sum();
      long killedAt = System.nanoTime();
      TheServer.start();
      restartedAt = System.nanoTime();
      restartMillis = TimeUnit.NANOSECONDS.toMillis(restartedAt - killedAt);
      for (Future<?> client : work) {
        client.get(BURST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    // Every client got its complaint recorded and acknowledged, retrying through the outage, and
    // what the server told a client it saved is still there: the complaint at its reference is its
    // own.
    for (Client client : clients) {
      assertThat(client.lost).as(client.toString()).isNull();
      assertThat(client.acknowledged()).as(client.toString()).isTrue();
      JsonNode details = client.details();
      assertThat(details).as(client.toString()).isNotNull();
      assertThat(details.at("/complainant/email").asText())
          .as(client.toString())
          .isEqualTo(client.address);
    }
    Set<String> references = clients.stream().map(c -> c.reference).collect(Collectors.toSet());
    assertThat(references).hasSize(COMPLAINTS);

    // The server has exactly these complaints (the idempotency key kept retries from making a
    // second one), and every one of them is acknowledged.
    Map<String, String> stored = complaintsMentioning(run);
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(references);
    assertThat(stored).allSatisfy((ref, status) -> assertThat(status).isEqualTo("ACKNOWLEDGED"));

    long deliveryDeadline =
        Math.max(
            restartedAt + DELIVERY_TIMEOUT.toNanos(),
            System.nanoTime() + LAST_MAILS_TIMEOUT.toNanos());
    awaitOneMailEach(clients, deliveryDeadline);
    long lastMailSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restartedAt);
    int copies = assertExactlyOneAcknowledgementEach(clients);
    Map<String, List<MimeMessage>> mails = mailsTo(addresses(clients));
    long distinctIds =
        mails.values().stream()
            .flatMap(List::stream)
            .map(MailCrashIT::messageId)
            .distinct()
            .count();

    // Nothing a client was told is saved is lost: every acknowledgement it saw succeed is mailed.
    List<Client> told = clients.stream().filter(c -> c.acknowledgedConfirmed).toList();
    assertThat(told).allSatisfy(c -> assertThat(mails.get(c.address)).isNotEmpty());

    System.out.printf(
        "MailCrashIT: %d complaints from %d clients; Liberty (pid %d) killed after %d confirmed"
            + " acknowledgements and %d mails; answering again %d ms later; %d requests failed"
            + " during the outage and were retried, %d acknowledgements had committed without the"
            + " client hearing of it; all %d acknowledged, %d distinct Message-IDs, %d extra copies"
            + " with the same Message-ID; every mail out %d s after the restart%n",
        COMPLAINTS,
        CLIENTS,
        pid,
        confirmedAtKill,
        mailsAtKill,
        restartMillis,
        clients.stream().mapToInt(c -> c.failedRequests).sum(),
        clients.stream().filter(c -> c.acknowledgedUnheard).count(),
        stored.size(),
        distinctIds,
        copies,
        lastMailSeconds);
  }

  @Test
  void mailsWaitingForAMailServerThatIsDownGoOutAfterTheServerIsStoppedAndStarted()
      throws Exception {
    // No mail server: the acknowledgements commit, their mails wait in the outbox.
    String run = Api.marker();
    List<Client> clients =
        IntStream.range(0, WAITING_MAILS).mapToObj(i -> new Client(run, i)).toList();
    long deadline = System.nanoTime() + BURST_TIMEOUT.toNanos();
    AtomicInteger confirmed = new AtomicInteger();
    for (Client client : clients) {
      client.complainAndAcknowledge(deadline, confirmed);
      assertThat(client.acknowledgedConfirmed).as(client.toString()).isTrue();
    }
    waitFor(
        "a failed attempt for every mail",
        Eventually.PATIENCE,
        () ->
            clients.stream()
                .map(c -> mailMessage(c.reference))
                .allMatch(
                    m ->
                        m != null
                            && "PENDING".equals(m.get("status"))
                            && ((Number) m.get("attempts")).intValue() >= 1));

    TheServer.stop();
    TheServer.start();
    long restartedAt = System.nanoTime();
    smtp = new GreenMail(TestMailServer.smtp());
    smtp.start();

    awaitOneMailEach(clients, restartedAt + DELIVERY_TIMEOUT.toNanos());
    int copies = assertExactlyOneAcknowledgementEach(clients);
    System.out.printf(
        "MailCrashIT: %d mails waited for the mail server across a stop and start; all out %d s"
            + " after the restart, %d extra copies with the same Message-ID%n",
        WAITING_MAILS, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restartedAt), copies);
  }

  /** Waits until every client's address has received at least one mail, until the deadline. */
  private void awaitOneMailEach(List<Client> clients, long deadline) throws InterruptedException {
    Set<String> addresses = addresses(clients);
    waitFor(
        "an acknowledgement to each of " + addresses.size() + " complainants",
        Duration.ofNanos(deadline - System.nanoTime()),
        () -> mailsTo(addresses).keySet().containsAll(addresses));
  }

  /**
   * Each complaint has one mail in the outbox, delivered, and each complainant received that mail
   * and no other: copies carry its Message-ID. Answers how many extra copies arrived.
   */
  private int assertExactlyOneAcknowledgementEach(List<Client> clients) throws Exception {
    waitFor(
        "the outbox to record every delivery",
        Eventually.PATIENCE,
        () ->
            clients.stream()
                .map(c -> mailMessage(c.reference))
                .allMatch(m -> m != null && "DELIVERED".equals(m.get("status"))));
    Map<String, List<MimeMessage>> mails = mailsTo(addresses(clients));
    int copies = 0;
    for (Client client : clients) {
      List<Map<String, Object>> queued =
          Api.outbox(client.reference).stream()
              .filter(m -> "mail.send".equals(m.get("topic")))
              .toList();
      assertThat(queued).as("outbox mails of %s", client.reference).hasSize(1);
      String messageId =
          JSON.readTree((String) queued.get(0).get("payload")).get("messageId").asText();
      assertThat(messageId)
          .startsWith("<" + client.reference.toLowerCase(Locale.ROOT) + ".acknowledgement.");

      List<MimeMessage> received = mails.get(client.address);
      Set<String> ids = new HashSet<>();
      for (MimeMessage mail : received) {
        ids.add(mail.getMessageID());
        assertThat(mail.getSubject()).startsWith("[" + client.reference + "]");
      }
      assertThat(ids).as("Message-IDs received by %s", client.address).containsExactly(messageId);
      copies += received.size() - 1;
    }
    return copies;
  }

  private static Set<String> addresses(List<Client> clients) {
    return clients.stream().map(c -> c.address).collect(Collectors.toSet());
  }

  private Map<String, List<MimeMessage>> mailsTo(Set<String> addresses) {
    Map<String, List<MimeMessage>> byAddress = new HashMap<>();
    for (MimeMessage mail : smtp.getReceivedMessages()) {
      String to = recipient(mail);
      if (addresses.contains(to)) {
        byAddress.computeIfAbsent(to, a -> new ArrayList<>()).add(mail);
      }
    }
    return byAddress;
  }

  private static String messageId(MimeMessage mail) {
    try {
      return mail.getMessageID();
    } catch (MessagingException unreadable) {
      throw new AssertionError(unreadable);
    }
  }

  private static String recipient(MimeMessage mail) {
    try {
      var to = mail.getRecipients(Message.RecipientType.TO);
      return to == null || to.length == 0 ? "" : ((InternetAddress) to[0]).getAddress();
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  /** The mail the outbox holds for a complaint, or null when there is none (yet). */
  private static Map<String, Object> mailMessage(String reference) {
    return Api.outbox(reference).stream()
        .filter(m -> "mail.send".equals(m.get("topic")))
        .findFirst()
        .orElse(null);
  }

  /** The complaints whose text carries the marker, by reference, with their status. */
  private Map<String, String> complaintsMentioning(String marker) throws Exception {
    Map<String, String> found = new LinkedHashMap<>();
    String cursor = null;
    do {
      String query =
          "/complaints?limit=200&q="
              + marker
              + (cursor == null
                  ? ""
                  : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      HttpResponse<String> page = send("handler", "GET", query, null, null);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(page.body());
      for (JsonNode item : body.get("items")) {
        found.put(item.get("reference").asText(), item.get("status").asText());
      }
      cursor = body.hasNonNull("nextCursor") ? body.get("nextCursor").asText() : null;
    } while (cursor != null);
    return found;
  }

  private HttpResponse<String> send(
      String user, String method, String path, Object body, String idempotencyKey)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Api.API + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void waitFor(String what, Duration timeout, BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Waited " + timeout.toSeconds() + " s in vain for " + what);
      }
      Thread.sleep(500);
    }
  }

  /**
   * One complainant's case as a client of the API sees it: records the complaint (with an
   * idempotency key, so a retry never makes a second one) and acknowledges it by email, retrying
   * through connection failures and a server that is starting, as a real integration would.
   */
  private final class Client {

    final String address;
    final Map<String, Object> complaint;
    final String idempotencyKey;
    volatile String reference;

    /** The client saw the acknowledgement succeed (200). */
    volatile boolean acknowledgedConfirmed;

    /** The acknowledgement committed, but the answer was lost with the server. */
    volatile boolean acknowledgedUnheard;

    /** What the client was told is saved and is not: null unless the server lost it. */
    volatile String lost;

    volatile int failedRequests;
    volatile String lastProblem = "none";

    Client(String run, int index) {
      address = "crash-" + run + "-" + index + "@example.com";
      idempotencyKey = "crash-" + run + "-" + index;
      Map<String, Object> body = Api.complaint(run + "x" + index);
      @SuppressWarnings("unchecked")
      Map<String, Object> complainant =
          new HashMap<>((Map<String, Object>) body.get("complainant"));
      complainant.put("email", address);
      complainant.put("language", "en");
      body.put("complainant", complainant);
      complaint = body;
    }

    boolean acknowledged() {
      return acknowledgedConfirmed || acknowledgedUnheard;
    }

    void complainAndAcknowledge(long deadline, AtomicInteger confirmed) {
      try {
        while (System.nanoTime() < deadline) {
          String problem;
          try {
            problem = attempt(confirmed);
          } catch (IOException lost) {
            problem = lost.toString();
          }
          if (problem == null) {
            return;
          }
          failedRequests++;
          lastProblem = problem;
          Thread.sleep(1_000);
        }
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    }

    /** One try at whatever is left to do; answers what went wrong, or null when all is done. */
    private String attempt(AtomicInteger confirmed) throws IOException, InterruptedException {
      if (reference == null) {
        HttpResponse<String> created =
            send("handler", "POST", "/complaints", complaint, idempotencyKey);
        if (created.statusCode() / 100 != 2) {
          return "record: HTTP " + created.statusCode() + " " + created.body();
        }
        reference = JSON.readTree(created.body()).get("reference").asText();
      }
      HttpResponse<String> acknowledgement =
          send(
              "handler",
              "POST",
              "/complaints/" + reference + "/acknowledgement",
              Map.of("channel", "EMAIL"),
              null);
      if (acknowledgement.statusCode() == 200) {
        acknowledgedConfirmed = true;
        confirmed.incrementAndGet();
        return null;
      }
      if (acknowledgement.statusCode() == 409 || acknowledgement.statusCode() == 404) {
        JsonNode details = details();
        if (details == null || !address.equals(details.at("/complainant/email").asText())) {
          // The complaint the client was told is saved is gone (its reference may even have been
          // given to another complaint since): a loss the test reports, not something to retry.
          lost = "the complaint " + reference + " it was told is saved is gone";
          return null;
        }
        if ("ACKNOWLEDGED".equals(details.get("status").asText())) {
          acknowledgedUnheard = true;
          return null;
        }
      }
      return "acknowledge: HTTP " + acknowledgement.statusCode() + " " + acknowledgement.body();
    }

    /** The complaint at the client's reference as the API shows it, or null when there is none. */
    JsonNode details() throws IOException, InterruptedException {
      HttpResponse<String> details = send("handler", "GET", "/complaints/" + reference, null, null);
      return details.statusCode() == 200 ? JSON.readTree(details.body()) : null;
    }

    @Override
    public String toString() {
      return address
          + " (reference "
          + reference
          + (lost == null ? "" : ", LOST: " + lost)
          + ", "
          + failedRequests
          + " failed requests, last: "
          + lastProblem
          + ")";
    }
  }
}
