package org.redress.analysis;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;

/** Computes every KPI of one period (a {@link PeriodSnapshot}). */
@Named
@Dependent
public class KpiPeriodProcessor implements ItemProcessor {

  @Inject KpiFigures figures;

  @Inject Clock clock;

  @Override
  public Object processItem(Object item) {
    return figures.of((Period) item, clock.instant());
  }
}
