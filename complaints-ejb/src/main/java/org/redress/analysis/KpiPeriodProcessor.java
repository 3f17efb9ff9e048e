package org.redress.analysis;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Computes every KPI of a batch of periods in one pass: one {@link PeriodSnapshot} each. */
@Named
@Dependent
public class KpiPeriodProcessor implements ItemProcessor {

  @Inject KpiFigures figures;

  @Inject Clock clock;

  @Override
  @SuppressWarnings("unchecked")
  public Object processItem(Object item) {
    return figures.of((List<Period>) item, clock.instant());
  }
}
