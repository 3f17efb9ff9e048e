package org.redress.review;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The stored form of a report's parts: JSON (UTF-8), one document per part, each kind with its own
 * record type. JSON rather than Java serialisation, so a report gathered by one version of Redress
 * still renders after an upgrade.
 */
public final class ReviewParts {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static final Map<ReviewPartKind, Class<?>> TYPES =
      Map.of(
          ReviewPartKind.KPIS, ReviewFigures.PeriodKpis.class,
          ReviewPartKind.MONTH, ReviewFigures.MonthKpis.class,
          ReviewPartKind.CATEGORIES, ReviewFigures.Pareto.class,
          ReviewPartKind.CAUSES, ReviewFigures.Pareto.class,
          ReviewPartKind.NONCONFORMITIES, ReviewFigures.Nonconformities.class,
          ReviewPartKind.ACTIONS, ReviewFigures.Actions.class,
          ReviewPartKind.SURVEYS, ReviewFigures.Surveys.class,
          ReviewPartKind.FINDINGS, ReviewFigures.Findings.class);

  private ReviewParts() {}

  public static byte[] write(ReviewPartKind kind, Object content) {
    if (!TYPES.get(kind).isInstance(content)) {
      throw new IllegalArgumentException(kind + " is not stored as " + content.getClass());
    }
    return JSON.toJson(content).getBytes(StandardCharsets.UTF_8);
  }

  public static Object read(ReviewPartKind kind, byte[] json) {
    return JSON.fromJson(new String(json, StandardCharsets.UTF_8), TYPES.get(kind));
  }
}
