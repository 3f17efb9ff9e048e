package org.redress.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a server names itself in claims, and takes back its own claims when it starts again. */
class OutboxDispatcherTest {

  private static final String DIRECTORY = "/opt/wlp/usr/servers/redress/";

  @Test
  void aServerStartedAgainFromItsDirectoryHasTheSameName() {
    String before = OutboxDispatcher.instanceName("app-1.example.com", DIRECTORY);
    String after =
        OutboxDispatcher.instanceName("app-1.example.com", "/opt/wlp/usr/servers/redress");

    assertThat(after).isEqualTo(before).startsWith("app-1.example.com/redress-");
  }

  @Test
  void anotherServerOnTheSameHostOrAnotherHostHasAnotherName() {
    String name = OutboxDispatcher.instanceName("app-1", DIRECTORY);

    assertThat(OutboxDispatcher.instanceName("app-1", "/srv/other/wlp/usr/servers/redress"))
        .isNotEqualTo(name)
        .startsWith("app-1/redress-");
    assertThat(OutboxDispatcher.instanceName("app-2", DIRECTORY)).isNotEqualTo(name);
  }

  @Test
  void aLongHostNameIsCutFromTheFrontSoTheServerPartStays() {
    String host = "h".repeat(150) + ".example.com";
    String name = OutboxDispatcher.instanceName(host, DIRECTORY);

    assertThat(name)
        .hasSize(100)
        .endsWith(OutboxDispatcher.instanceName("x", DIRECTORY).substring(1));
  }

  @Test
  void withoutAHostNameEachRunHasANameOfItsOwn() {
    assertThat(OutboxDispatcher.instanceName(null, DIRECTORY))
        .startsWith("unknown-host/")
        .isNotEqualTo(OutboxDispatcher.instanceName(null, DIRECTORY));
  }

  @Test
  void theFirstRoundFreesTheClaimsOfTheServersLastRunBeforeItClaimsAnything() {
    RecordingOutbox outbox = new RecordingOutbox();
    OutboxDispatcher dispatcher = new OutboxDispatcher();
    dispatcher.outbox = outbox;

    dispatcher.tick();
    dispatcher.tick();

    assertThat(outbox.calls).hasSize(3);
    assertThat(outbox.calls.get(0)).startsWith("release ");
    assertThat(outbox.calls.subList(1, 3)).allMatch(call -> call.startsWith("claim "));
    // It frees its own claims, under the name it claims with.
    String name = outbox.calls.get(0).substring("release ".length());
    assertThat(outbox.calls.get(1)).isEqualTo("claim " + name);
  }

  @Test
  void whenFreeingFailsItIsTriedAgainNextRoundAndNothingIsClaimedBefore() {
    RecordingOutbox outbox = new RecordingOutbox();
    outbox.releaseFailures = 1;
    OutboxDispatcher dispatcher = new OutboxDispatcher();
    dispatcher.outbox = outbox;

    dispatcher.tick();
    assertThat(outbox.calls).containsExactly("release failed");

    dispatcher.tick();
    assertThat(outbox.calls).hasSize(3);
    assertThat(outbox.calls.get(1)).startsWith("release ");
    assertThat(outbox.calls.get(2)).startsWith("claim ");
  }

  /** An outbox without a database that records what the dispatcher asks of it. */
  private static final class RecordingOutbox extends Outbox {

    final List<String> calls = new ArrayList<>();
    int releaseFailures;

    @Override
    public int releaseClaims(String instance) {
      if (releaseFailures > 0) {
        releaseFailures--;
        calls.add("release failed");
        throw new IllegalStateException("The database is not there yet");
      }
      calls.add("release " + instance);
      return 2;
    }

    @Override
    public List<OutboxMessageView> claimDue(String instance, Duration lease, int limit) {
      calls.add("claim " + instance);
      return List.of();
    }
  }
}
