package org.redress.quality;

/** Where a nonconformity was found. */
public enum NonconformitySource {
  COMPLAINT,
  AUDIT,
  INTERNAL,
  SUPPLIER
}
