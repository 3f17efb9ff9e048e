package org.redress.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entry of the auditor's combined timeline: when, who, which record, what was done and what
 * changed (each field before and after), with the process and the ISO clauses it gives evidence of.
 * For a nonconformity it also names the corrective actions ({@code actionNumbers}) and whether the
 * effectiveness check ({@code effectivenessCheck}) was concerned, so that each can be drilled into.
 */
public record TimelineEntry(
    long id,
    Instant occurredAt,
    String actor,
    String recordType,
    String recordKey,
    String action,
    AuditProcess process,
    List<IsoClause> clauses,
    List<FieldChange> changes,
    List<Integer> actionNumbers,
    boolean effectivenessCheck,
    Long sealNo)
    implements Serializable {

  /** The nonconformity actions about its effectiveness check. */
  public static final List<String> CHECK_ACTIONS =
      List.of("PLAN_EFFECTIVENESS_CHECK", "RECORD_EFFECTIVENESS");

  static final String ACTION_FIELD = "action.";

  public static TimelineEntry of(AuditEntry e) {
    return of(
        e.id(),
        e.occurredAt(),
        e.actor(),
        e.recordType(),
        e.recordKey(),
        e.action(),
        e.changes(),
        e.sealNo());
  }

  public static TimelineEntry of(
      long id,
      Instant occurredAt,
      String actor,
      String recordType,
      String recordKey,
      String action,
      String changesJson,
      Long sealNo) {
    List<FieldChange> changes = changes(changesJson);
    Set<Integer> numbers = new TreeSet<>();
    if ("Nonconformity".equals(recordType)) {
      for (FieldChange change : changes) {
        if (change.field().startsWith(ACTION_FIELD)) {
          try {
            numbers.add(Integer.parseInt(change.field().substring(ACTION_FIELD.length())));
          } catch (NumberFormatException notAnAction) {
            // Another field that happens to start with "action.": not an action of the list.
          }
        }
      }
    }
    boolean check =
        "Nonconformity".equals(recordType)
            && (CHECK_ACTIONS.contains(action)
                || changes.stream().anyMatch(c -> c.field().equals("checkPassed")));
    return new TimelineEntry(
        id,
        occurredAt,
        actor,
        recordType,
        recordKey,
        action,
        AuditProcess.of(recordType),
        AuditClauses.of(recordType, action),
        changes,
        List.copyOf(numbers),
        check,
        sealNo);
  }

  /** Reads the audit trail's {@code {"field":{"from":..,"to":..}}} into a list, in its order. */
  static List<FieldChange> changes(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    List<FieldChange> changes = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      for (String field : object.keySet()) {
        JsonValue value = object.get(field);
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
          JsonObject change = value.asJsonObject();
          changes.add(new FieldChange(field, text(change.get("from")), text(change.get("to"))));
        } else {
          changes.add(new FieldChange(field, null, text(value)));
        }
      }
    } catch (RuntimeException notJson) {
      changes.add(new FieldChange("changes", null, json));
    }
    return changes;
  }

  private static String text(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  /** What changed, in one line: {@code status: RECEIVED → ACKNOWLEDGED; assignee: – → anna}. */
  public String changesText() {
    StringBuilder text = new StringBuilder();
    for (FieldChange change : changes) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(change.field())
          .append(": ")
          .append(change.from() == null ? "–" : change.from())
          .append(" → ")
          .append(change.to() == null ? "–" : change.to());
    }
    return text.toString();
  }

  /** The clauses as {@code ISO 10002 7.4, ISO 9001 10.2.1 a}. */
  public String clausesText() {
    return String.join(", ", clauses.stream().map(IsoClause::label).toList());
  }
}
