package org.redress.benchmark;

/**
 * Names the JSON-P provider once. Without it every {@code Json.createObjectBuilder()} (the audit
 * trail's difference calls it per changed field) looks the provider up through ServiceLoader, which
 * scans the class path each time and slowed the loader down more than anything else.
 */
final class JsonProviders {

  static final String PROPERTY = "jakarta.json.provider";

  private JsonProviders() {}

  static void useParsson() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, "org.eclipse.parsson.JsonProviderImpl");
    }
  }
}
