package org.redress.audit.sampling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.redress.platform.Hashes;

/**
 * Draws a simple random sample without replacement from a population ordered by id. The draw is a
 * pure function of the seed and the population: {@link Random}'s algorithm is fixed by its
 * specification, so the same seed over the same population gives the same members on any server,
 * today or in five years, which is what lets an external auditor reproduce the sample.
 */
public final class SampleDraw {

  private SampleDraw() {}

  /**
   * The members drawn, in the order they were drawn.
   *
   * @param population the ids of the population, in ascending order
   * @param size how many to draw; the whole population when it is smaller
   */
  public static List<Long> draw(long seed, List<Long> population, int size) {
    int n = Math.min(size, population.size());
    Random random = new Random(seed);
    // A partial Fisher-Yates shuffle that remembers only the swapped positions, so drawing 20
    // of a million costs 20 steps and no copy of the population.
    Map<Integer, Integer> swapped = new HashMap<>();
    List<Long> drawn = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int j = i + random.nextInt(population.size() - i);
      int atJ = swapped.getOrDefault(j, j);
      swapped.put(j, swapped.getOrDefault(i, i));
      drawn.add(population.get(atJ));
    }
    return drawn;
  }

  /** A fingerprint of the population (SHA-256 of its ids in order), to tell later if it changed. */
  public static String fingerprint(List<Long> population) {
    return Hashes.sha256(population.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }
}
