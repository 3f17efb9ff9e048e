package org.redress.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import org.redress.complaint.command.ContactDetails;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * A person on a complaint, the complainant or their representative, with the contact details and
 * the way and language they want to be contacted in. This is personal data: it is masked for
 * auditors and anonymised at the end of retention.
 */
@Embeddable
public class Party {

  @Column(name = "NAME", length = 200)
  private String name;

  @Column(name = "EMAIL", length = 254)
  private String email;

  @Column(name = "PHONE", length = 40)
  private String phone;

  @Column(name = "ORGANISATION", length = 200)
  private String organisation;

  @Column(name = "ADDRESS", length = 500)
  private String address;

  @Enumerated(EnumType.STRING)
  @Column(name = "PREFERRED_CONTACT", length = 10)
  private ContactMethod preferredContact;

  @Column(name = "LANGUAGE", length = 35)
  private String language;

  protected Party() {}

  private Party(ContactDetails details, ContactMethod preferredContact, String language) {
    this.name = details.name().strip();
    this.email = blankToNull(details.email());
    this.phone = blankToNull(details.phone());
    this.organisation = blankToNull(details.organisation());
    this.address = blankToNull(details.address());
    this.preferredContact = preferredContact;
    this.language = language;
  }

  /**
   * The party as given. Without a preferred method, the first available of email, phone and post is
   * taken; the preferred method must have its detail; without a language, English.
   *
   * @param field the input field the details came in, for error messages
   */
  public static Party of(ContactDetails details, String field) {
    ContactMethod preferred = details.preferredContact();
    String email = blankToNull(details.email());
    String phone = blankToNull(details.phone());
    String address = blankToNull(details.address());
    if (preferred == null) {
      if (email != null) {
        preferred = ContactMethod.EMAIL;
      } else if (phone != null) {
        preferred = ContactMethod.PHONE;
      } else if (address != null) {
        preferred = ContactMethod.POST;
      } else {
        throw new InvalidInputException(field + ".email", Messages.text("field.contactRequired"));
      }
    }
    switch (preferred) {
      case EMAIL ->
          requirePresent(email, field + ".email", Messages.text("field.preferredContactDetail"));
      case PHONE ->
          requirePresent(phone, field + ".phone", Messages.text("field.preferredContactDetail"));
      case POST ->
          requirePresent(
              address, field + ".address", Messages.text("field.preferredContactDetail"));
    }
    String language =
        details.language() == null || details.language().isBlank()
            ? "en"
            : details.language().strip().toLowerCase(Locale.ROOT);
    return new Party(details, preferred, language);
  }

  private static void requirePresent(String value, String field, String message) {
    if (value == null) {
      throw new InvalidInputException(field, message);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * The party with its personal data removed (retention, erasure): no name, address, phone or mail;
   * the language and preferred way of contact stay for the statistics.
   */
  public Party anonymised() {
    Party removed = new Party();
    removed.name = ANONYMISED;
    removed.preferredContact = preferredContact;
    removed.language = language;
    return removed;
  }

  /** The name an anonymised party has. */
  public static final String ANONYMISED = "(anonymised)";

  public boolean isPresent() {
    return name != null;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String phone() {
    return phone;
  }

  public String organisation() {
    return organisation;
  }

  public String address() {
    return address;
  }

  public ContactMethod preferredContact() {
    return preferredContact;
  }

  public String language() {
    return language;
  }
}
