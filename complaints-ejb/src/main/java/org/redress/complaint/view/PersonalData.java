package org.redress.complaint.view;

import org.redress.complaint.Party;
import org.redress.complaint.command.ContactDetails;

/**
 * Turns a party into the contact details a caller may see: in full for the roles that work with the
 * complainant, masked for auditors (enough to tell records apart, not to identify anyone).
 */
public final class PersonalData {

  private static final String HIDDEN = "***";

  private PersonalData() {}

  public static ContactDetails of(Party party, boolean masked) {
    if (party == null) {
      return null;
    }
    if (!masked) {
      return new ContactDetails(
          party.name(),
          party.email(),
          party.phone(),
          party.organisation(),
          party.address(),
          party.preferredContact(),
          party.language());
    }
    return new ContactDetails(
        initials(party.name()),
        maskEmail(party.email()),
        party.phone() == null ? null : HIDDEN,
        party.organisation(),
        party.address() == null ? null : HIDDEN,
        party.preferredContact(),
        party.language());
  }

  static String initials(String name) {
    if (name == null) {
      return null;
    }
    StringBuilder masked = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (!word.isEmpty()) {
        if (masked.length() > 0) {
          masked.append(' ');
        }
        masked.appendCodePoint(word.codePointAt(0)).append(HIDDEN);
      }
    }
    return masked.toString();
  }

  static String maskEmail(String email) {
    if (email == null) {
      return null;
    }
    int at = email.indexOf('@');
    return at <= 0 ? HIDDEN : email.charAt(0) + HIDDEN + email.substring(at);
  }
}
