package org.redress.spi;

/** A product or service in the ERP's catalogue. */
public record ErpProduct(String productCode, String name) {}
