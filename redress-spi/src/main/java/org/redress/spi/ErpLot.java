package org.redress.spi;

import java.time.LocalDate;

/** A production lot or batch of a product. */
public record ErpLot(String productCode, String lotNumber, LocalDate producedOn) {}
