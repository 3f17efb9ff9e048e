package org.redress.importing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a complaint a CSV column can be mapped onto, named as in the API ({@code POST
 * /api/v1/complaints}) where the API has them. Only the external id must be mapped: it is what
 * makes a second import of the same rows create nothing.
 */
public enum ImportField {
  EXTERNAL_ID("externalId", true),
  RECEIVED_AT("receivedAt", false),
  CHANNEL("channel", false),
  CATEGORY("category", false),
  COMPLAINANT_NAME("complainant.name", false),
  COMPLAINANT_EMAIL("complainant.email", false),
  COMPLAINANT_PHONE("complainant.phone", false),
  COMPLAINANT_ORGANISATION("complainant.organisation", false),
  COMPLAINANT_ADDRESS("complainant.address", false),
  COMPLAINANT_LANGUAGE("complainant.language", false),
  PREFERRED_CONTACT("complainant.preferredContact", false),
  PRODUCT_OR_SERVICE("productOrService", false),
  ORDER_REFERENCE("orderReference", false),
  LOT("lot", false),
  OCCURRED_ON("occurredOn", false),
  DESCRIPTION("description", false),
  REMEDY_SOUGHT("remedySought", false),
  IMMEDIATE_ACTION("immediateAction", false);

  private final String key;
  private final boolean required;

  ImportField(String key, boolean required) {
    this.key = key;
    this.required = required;
  }

  /** The name in the API, in a mapping and in a rejected row's reason. */
  public String key() {
    return key;
  }

  public boolean required() {
    return required;
  }

  public static Optional<ImportField> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
