package org.redress.analysis;

/**
 * How a snapshot's complaints are grouped (ISO 10002 8.2, classification): all of them together, or
 * per category, product or service, or channel of receipt.
 */
public enum Dimension {
  ALL,
  CATEGORY,
  PRODUCT,
  CHANNEL;

  /** The key of complaints without a category or product. */
  public static final String NONE = "-";

  /** The key of the one group of the ALL dimension. */
  public static final String ALL_KEY = "*";
}
