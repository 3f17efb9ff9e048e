package org.redress.spi;

/** How a setting is entered and checked. */
public enum SettingType {
  /** Free text. */
  TEXT,
  /** An absolute http or https address. */
  URL,
  /** A whole number. */
  NUMBER,
  /** Yes or no. */
  FLAG,
  /** A password or token: never shown again once saved. */
  SECRET
}
