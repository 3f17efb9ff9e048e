package org.redress.audit.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

  private static final List<Long> POPULATION =
      LongStream.rangeClosed(1, 500).map(i -> i * 50).boxed().toList();

  @Test
  void theSameSeedOverTheSamePopulationDrawsTheSameComplaints() {
    List<Long> first = SampleDraw.draw(42L, POPULATION, 20);
    assertThat(SampleDraw.draw(42L, List.copyOf(POPULATION), 20)).isEqualTo(first);
    assertThat(SampleDraw.draw(43L, POPULATION, 20)).isNotEqualTo(first);
  }

  /** Pinned: a change of the algorithm would make stored samples irreproducible. */
  @Test
  void theDrawIsPinnedToJavaUtilRandomsSpecifiedSequence() {
    assertThat(SampleDraw.draw(2026L, List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L), 3))
        .isEqualTo(expectedByHand(2026L, List.of(10L, 20L, 30L, 40L, 50L, 60L, 70L, 80L), 3));
  }

  @Test
  void drawsWithoutRepetitionAndOnlyFromThePopulation() {
    List<Long> drawn = SampleDraw.draw(7L, POPULATION, 200);
    assertThat(drawn).hasSize(200).doesNotHaveDuplicates();
    assertThat(POPULATION).containsAll(drawn);
  }

  @Test
  void aPopulationSmallerThanTheSampleIsTakenWhole() {
    List<Long> drawn = SampleDraw.draw(1L, List.of(5L, 6L, 7L), 10);
    assertThat(drawn).containsExactlyInAnyOrder(5L, 6L, 7L);
    assertThat(SampleDraw.draw(1L, List.of(), 10)).isEmpty();
  }

  @Test
  void everyComplaintHasTheSameChanceToBeDrawn() {
    List<Long> population = LongStream.range(0, 10).boxed().toList();
    Map<Long, Integer> counts = new HashMap<>();
    for (long seed = 0; seed < 20_000; seed++) {
      for (Long id : SampleDraw.draw(seed, population, 3)) {
        counts.merge(id, 1, Integer::sum);
      }
    }
    // 20,000 draws of 3 out of 10: each is expected 6,000 times.
    assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(5_600, 6_400));
  }

  @Test
  void theFingerprintChangesWithThePopulation() {
    String fingerprint = SampleDraw.fingerprint(List.of(1L, 2L, 3L));
    assertThat(fingerprint).hasSize(64).isEqualTo(SampleDraw.fingerprint(List.of(1L, 2L, 3L)));
    assertThat(SampleDraw.fingerprint(List.of(1L, 2L))).isNotEqualTo(fingerprint);
    assertThat(SampleDraw.fingerprint(List.of(1L, 2L, 4L))).isNotEqualTo(fingerprint);
  }

  /** The textbook Fisher-Yates shuffle on a full copy, to check the sparse one against. */
  private static List<Long> expectedByHand(long seed, List<Long> population, int size) {
    java.util.Random random = new java.util.Random(seed);
    Long[] copy = population.toArray(Long[]::new);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(copy.length - i);
      Long swap = copy[i];
      copy[i] = copy[j];
      copy[j] = swap;
    }
    return List.of(copy).subList(0, size);
  }
}
