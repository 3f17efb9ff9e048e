package org.redress.complaint;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The human-readable, unique reference of a complaint, {@code CMP-YYYY-NNNNNN}: the year of receipt
 * and a number that starts at 1 every year. Complainants quote it; staff search by it.
 */
public final class ComplaintReference {

  private static final Pattern FORMAT = Pattern.compile("CMP-\\d{4}-\\d{6,}");

  private ComplaintReference() {}

  public static String format(int year, long number) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("Year out of range: " + year);
    }
    if (number < 1) {
      throw new IllegalArgumentException("Numbers start at 1: " + number);
    }
    return String.format(Locale.ROOT, "CMP-%04d-%06d", year, number);
  }

  public static boolean isWellFormed(String reference) {
    return reference != null && FORMAT.matcher(reference).matches();
  }
}
