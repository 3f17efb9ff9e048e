package org.redress.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.redress.complaint.Channel;
import org.redress.complaint.ContactMethod;
import org.redress.complaint.command.ContactDetails;
import org.redress.complaint.command.NewComplaint;

/**
 * New complaints as they arrive: complainants with international names, the channels, categories,
 * products and languages in realistic proportions, and descriptions a handler would read. Used for
 * the loaded history and for the intake and import measurements alike.
 */
final class Submissions {

  private static final Channel[] CHANNELS = {
    Channel.WEB,
    Channel.EMAIL,
    Channel.PHONE,
    Channel.POST,
    Channel.IN_PERSON,
    Channel.REFERRAL,
    Channel.FAX,
    Channel.OTHER
  };
  private static final double[] CHANNEL_WEIGHTS = {42, 30, 15, 5, 4, 2, 0.5, 1.5};
  private static final String[] CATEGORY_CODES = {
    "PRODUCT_QUALITY", "DELIVERY", "BILLING", "SERVICE", "SAFETY", "COMPLAINTS_HANDLING", "OTHER"
  };
  private static final double[] CATEGORY_WEIGHTS = {34, 24, 15, 14, 2, 3, 8};
  private static final String[] LANGUAGES = {"de", "en", "fr", "it"};
  private static final double[] LANGUAGE_WEIGHTS = {55, 35, 6, 4};
  private static final Map<String, String[]> PROBLEMS =
      Map.of(
          "PRODUCT_QUALITY",
          new String[] {
            "The pump leaks after three weeks of use.",
            "The display stays dark after the last update.",
            "A part was missing from the box and the lid does not close.",
            "It makes a loud grinding noise and the coffee tastes burnt."
          },
          "DELIVERY",
          new String[] {
            "The parcel arrived ten days late and the box was crushed.",
            "I received the wrong colour and a second item I never ordered.",
            "The courier left the delivery in the rain in front of the house."
          },
          "BILLING",
          new String[] {
            "I was charged twice for the same order.",
            "The refund promised last month never reached my account.",
            "The invoice shows a subscription I cancelled in writing."
          },
          "SERVICE",
          new String[] {
            "I waited 45 minutes on the hotline and was cut off twice.",
            "The staff member in the shop was rude and did not listen.",
            "Nobody answered my three emails about the repair."
          },
          "SAFETY",
          new String[] {
            "The kettle's handle became so hot that my daughter burnt her hand.",
            "Sparks came out of the plug when I switched the machine on."
          },
          "COMPLAINTS_HANDLING",
          new String[] {
            "My earlier complaint was closed without anybody contacting me.",
            "I was promised a call back within two days and heard nothing for weeks."
          },
          "OTHER",
          new String[] {
            "The instructions are only in English although I ordered in Germany.",
            "The advertising promised a free gift that never came."
          });

  private Submissions() {}

  /** A complaint as a complainant, an ERP or a member of staff submits it. */
  static NewComplaint newComplaint(Spread spread, LocalDate receivedOn) {
    String first = spread.any(Spread.FIRST_NAMES);
    String last = spread.any(Spread.LAST_NAMES);
    String name = first + " " + last;
    String mailbox =
        java.text.Normalizer.normalize(first + "." + last, java.text.Normalizer.Form.NFD)
            .replaceAll("[^A-Za-z.]", "")
            .toLowerCase(java.util.Locale.ROOT);
    String email =
        mailbox
            + spread.between(1, 999)
            + "@example."
            + spread.any(new String[] {"de", "com", "at", "ch"});
    String phone = "+49 30 " + spread.between(1000000, 9999999);
    ContactMethod contact =
        spread.weighted(
            new ContactMethod[] {ContactMethod.EMAIL, ContactMethod.PHONE, ContactMethod.POST},
            new double[] {75, 20, 5});
    String address =
        contact == ContactMethod.POST || spread.chance(0.3)
            ? "Hauptstraße "
                + spread.between(1, 200)
                + ", "
                + spread.between(10000, 99999)
                + " Berlin"
            : null;
    String organisation = spread.chance(0.15) ? last + " GmbH" : null;
    ContactDetails complainant =
        new ContactDetails(
            name,
            contact == ContactMethod.EMAIL || spread.chance(0.6) ? email : null,
            contact == ContactMethod.PHONE || spread.chance(0.5) ? phone : null,
            organisation,
            address,
            contact,
            spread.weighted(LANGUAGES, LANGUAGE_WEIGHTS));
    ContactDetails representative =
        spread.chance(0.03)
            ? new ContactDetails(
                "Verbraucherzentrale " + spread.any(Spread.LAST_NAMES),
                "beratung" + spread.between(1, 99) + "@example.org",
                null,
                "Verbraucherzentrale",
                null,
                ContactMethod.EMAIL,
                "de")
            : null;
    Channel channel = spread.weighted(CHANNELS, CHANNEL_WEIGHTS);
    String category = spread.weighted(CATEGORY_CODES, CATEGORY_WEIGHTS);
    String product = spread.chance(0.9) ? spread.product() : null;
    String order = spread.chance(0.7) ? "ORD-" + (100000 + spread.between(0, 8_999_999)) : null;
    String lot = product != null && spread.chance(0.3) ? "LOT-" + spread.between(1, 999) : null;
    LocalDate occurred = spread.chance(0.8) ? receivedOn.minusDays(spread.between(0, 30)) : null;
    String problem = spread.any(PROBLEMS.get(category));
    String description =
        problem
            + (product == null ? "" : " It concerns my " + product + ".")
            + (order == null ? "" : " Order " + order + ".")
            + (spread.chance(0.5)
                ? " I have been a customer for "
                    + spread.between(2, 20)
                    + " years and expected better. Please call me back."
                : "");
    List<String> persons = spread.chance(0.04) ? List.of(spread.any(Spread.HANDLERS)) : List.of();
    return new NewComplaint(
        complainant,
        representative,
        channel,
        category,
        product,
        order,
        lot,
        occurred,
        description,
        spread.chance(0.6)
            ? spread.any(new String[] {"Replacement", "Refund", "An apology", "Repair"})
            : null,
        spread.chance(0.1) ? "Told the customer to unplug it." : null,
        persons);
  }

  /** The complaint as the JSON body of POST /api/v1/complaints. */
  static Map<String, Object> json(NewComplaint c) {
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("complainant", json(c.complainant()));
    if (c.representative() != null) {
      body.put("representative", json(c.representative()));
    }
    body.put("channel", c.channel().name());
    put(body, "category", c.category());
    put(body, "productOrService", c.productOrService());
    put(body, "orderReference", c.orderReference());
    put(body, "lot", c.lot());
    put(body, "occurredOn", c.occurredOn() == null ? null : c.occurredOn().toString());
    body.put("description", c.description());
    put(body, "remedySought", c.remedySought());
    put(body, "immediateAction", c.immediateAction());
    if (!c.personsComplainedAbout().isEmpty()) {
      body.put("personsComplainedAbout", c.personsComplainedAbout());
    }
    return body;
  }

  private static Map<String, Object> json(ContactDetails d) {
    Map<String, Object> party = new java.util.LinkedHashMap<>();
    put(party, "name", d.name());
    put(party, "email", d.email());
    put(party, "phone", d.phone());
    put(party, "organisation", d.organisation());
    put(party, "address", d.address());
    put(
        party,
        "preferredContact",
        d.preferredContact() == null ? null : d.preferredContact().name());
    put(party, "language", d.language());
    return party;
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
