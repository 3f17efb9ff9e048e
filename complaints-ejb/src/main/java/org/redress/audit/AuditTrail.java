package org.redress.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Appends to the audit trail in the same transaction as the change it describes, so that a change
 * is never stored without its entry, nor an entry without its change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  /**
   * Made once: {@code Json.createObjectBuilder()} looks the JSON-P provider up again on every call,
   * which costs more than building the entry.
   */
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /**
   * Records a change as the difference between the record's state before and after it; fields that
   * did not change are left out.
   */
  public void recordChange(
      String recordType,
      String recordKey,
      String action,
      String actor,
      Map<String, Object> before,
      Map<String, Object> after) {
    em.persist(
        new AuditEntry(
            clock.instant(), actor, recordType, recordKey, action, difference(before, after)));
  }

  static String difference(Map<String, Object> before, Map<String, Object> after) {
    JsonObjectBuilder changes = JSON.createObjectBuilder();
    for (Map.Entry<String, Object> field : after.entrySet()) {
      Object from = before.get(field.getKey());
      Object to = field.getValue();
      if (!Objects.equals(from, to)) {
        JsonObjectBuilder change = JSON.createObjectBuilder();
        addValue(change, "from", from);
        addValue(change, "to", to);
        changes.add(field.getKey(), change);
      }
    }
    return changes.build().toString();
  }

  private static void addValue(JsonObjectBuilder builder, String name, Object value) {
    if (value == null) {
      builder.addNull(name);
    } else if (value instanceof Integer || value instanceof Long) {
      builder.add(name, ((Number) value).longValue());
    } else if (value instanceof java.math.BigDecimal decimal) {
      builder.add(name, decimal);
    } else {
      builder.add(name, value.toString());
    }
  }
}
