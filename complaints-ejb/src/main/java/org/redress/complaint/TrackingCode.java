package org.redress.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The secret the complainant uses, with the reference, to follow a complaint without an account.
 * Twelve characters of Crockford's base32 (60 random bits), shown in groups of four; typed input is
 * forgiving about case, dashes, spaces and the letters I, L and O.
 */
public final class TrackingCode {

  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private TrackingCode() {}

  public static String generate() {
    StringBuilder code = new StringBuilder(14);
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /** Compares in constant time, so the answer time tells nothing about the code. */
  public static boolean matches(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    byte[] a = normalise(expected).getBytes(StandardCharsets.US_ASCII);
    byte[] b = normalise(given).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(a, b);
  }

  static String normalise(String code) {
    return code.toUpperCase(Locale.ROOT)
        .replaceAll("[\\s-]", "")
        .replace('I', '1')
        .replace('L', '1')
        .replace('O', '0');
  }
}
