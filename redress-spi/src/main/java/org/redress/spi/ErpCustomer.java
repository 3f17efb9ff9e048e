package org.redress.spi;

/** A customer in the ERP. */
public record ErpCustomer(String customerNumber, String name, String email) {}
