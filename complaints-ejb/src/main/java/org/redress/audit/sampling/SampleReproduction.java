package org.redress.audit.sampling;

import java.io.Serializable;
import java.util.List;

/**
 * The sample drawn again from its seed over today's population: whether the population is still the
 * one it was drawn from and whether the draw gives the same complaints.
 */
public record SampleReproduction(
    String sample,
    long seed,
    int populationSize,
    boolean populationUnchanged,
    boolean sameMembers,
    List<String> members)
    implements Serializable {}
