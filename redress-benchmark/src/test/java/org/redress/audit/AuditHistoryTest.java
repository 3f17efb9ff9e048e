package org.redress.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.platform.Hashes;

/** The loaded audit trail verifies as the application's own verification checks it. */
class AuditHistoryTest {

  private static AuditEntry entry(long id, String status) throws Exception {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("status", status);
    AuditEntry entry =
        AuditHistory.change(
            Instant.parse("2026-01-0" + (1 + id % 9) + "T10:00:00.123Z"),
            "handler",
            "Complaint",
            "CMP-2026-00000" + id,
            "ACKNOWLEDGE",
            Map.of("status", "RECEIVED"),
            after);
    Field field = AuditEntry.class.getDeclaredField("id");
    field.setAccessible(true);
    field.set(entry, id);
    return entry;
  }

  @Test
  void recordsTheChangedFieldsAsTheAuditTrailDoes() throws Exception {
    assertThat(entry(1, "ACKNOWLEDGED").changes())
        .isEqualTo("{\"status\":{\"from\":\"RECEIVED\",\"to\":\"ACKNOWLEDGED\"}}");
    assertThat(entry(2, "RECEIVED").changes()).isEqualTo("{}");
  }

  @Test
  void sealsAChainThatVerifiesLinkByLink() throws Exception {
    AuditHistory chain = new AuditHistory(0, AuditHistory.GENESIS);
    List<AuditEntry> entries = new ArrayList<>();
    for (long id = 1; id <= 5; id++) {
      AuditEntry entry = entry(id, "ACKNOWLEDGED");
      chain.seal(entry);
      entries.add(entry);
    }
    String previous = AuditHistory.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry entry = entries.get(i);
      assertThat(entry.sealNo()).isEqualTo(i + 1);
      assertThat(AuditHistory.verifies(entry, previous)).isTrue();
      assertThat(entry.entryHash())
          .isEqualTo(Hashes.sha256(previous + "\n" + entry.canonicalContent()));
      previous = entry.entryHash();
    }
    assertThat(chain.lastSealNo()).isEqualTo(5);
    assertThat(chain.lastHash()).isEqualTo(previous);
  }

  @Test
  void aChangedEntryNoLongerVerifies() throws Exception {
    AuditHistory chain = new AuditHistory(0, AuditHistory.GENESIS);
    AuditEntry entry = entry(1, "ACKNOWLEDGED");
    chain.seal(entry);
    Field changes = AuditEntry.class.getDeclaredField("changes");
    changes.setAccessible(true);
    changes.set(entry, "{}");
    assertThat(AuditHistory.verifies(entry, AuditHistory.GENESIS)).isFalse();
  }

  @Test
  void anEntryIsSealedWithItsId() {
    AuditEntry entry =
        AuditHistory.change(Instant.EPOCH, "a", "Complaint", "k", "RECEIVE", Map.of(), Map.of());
    assertThatThrownBy(() -> new AuditHistory(0, AuditHistory.GENESIS).seal(entry))
        .isInstanceOf(IllegalStateException.class);
  }
}
