package org.redress.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.platform.IllegalTransitionException;

class ProblemSignalTest {

  private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

  private static ProblemSignal proposal() {
    ProblemSignal signal = new ProblemSignal(Dimension.PRODUCT, "Kettle KT-1", NOW);
    signal.observe(NOW.minusSeconds(28 * 86_400L), NOW, 6, 2, ControlLimit.poisson(2, 26, 4));
    return signal;
  }

  @Test
  void raisingChangesTheStatusAndNamesTheNonconformityInTheAuditState() {
    ProblemSignal signal = proposal();
    Map<String, Object> before = signal.auditState();
    signal.raised("NC-2026-00007", "qms", NOW);
    Map<String, Object> after = signal.auditState();

    assertThat(before)
        .containsEntry("status", ProblemSignalStatus.OPEN)
        .containsEntry("nonconformity", null)
        .containsEntry("key", "Kettle KT-1")
        .containsEntry("recentCount", 6L);
    assertThat(after)
        .containsEntry("status", ProblemSignalStatus.RAISED)
        .containsEntry("nonconformity", "NC-2026-00007");
    assertThat(after).containsOnlyKeys(before.keySet());
    assertThat(signal.decidedBy()).isEqualTo("qms");
  }

  @Test
  void aDecidedProposalCannotBeDecidedAgain() {
    ProblemSignal signal = proposal();
    signal.dismiss("qms", NOW);
    assertThat(signal.auditState()).containsEntry("status", ProblemSignalStatus.DISMISSED);
    assertThrows(IllegalTransitionException.class, () -> signal.dismiss("qms", NOW));
    assertThrows(IllegalTransitionException.class, () -> signal.raised("NC-1", "qms", NOW));
    assertThat(signal.auditState()).containsEntry("nonconformity", null);
  }
}
