package org.redress.audit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which ISO clause each write in the audit trail gives evidence of: the one place that maps record
 * types and actions to ISO 10002 clauses 6 to 8 and ISO 9001 clauses 9.2 and 10.2. The timeline
 * shows these clauses on every entry and filters by them with the same table, read backwards into
 * record types and actions, so that the filter uses the index on record type and action.
 *
 * <p>An action this table does not name falls under its record type's default clause (for a
 * complaint, 7.3 tracking; for a nonconformity, 10.2.2 records); a record type it does not know is
 * configuration (6.3).
 */
public final class AuditClauses {

  private static final Map<String, Map<String, Set<IsoClause>>> BY_ACTION = new LinkedHashMap<>();
  private static final Map<String, Set<IsoClause>> OTHER_ACTIONS = new LinkedHashMap<>();
  private static final Set<IsoClause> UNKNOWN_TYPES = EnumSet.of(IsoClause.ISO10002_6_3);

  static {
    String complaint = "Complaint";
    map(complaint, IsoClause.ISO10002_7_2, "RECEIVE", "DEMO_DATA", "ATTACH_FILE");
    map(complaint, IsoClause.ISO10002_7_4, "ACKNOWLEDGE");
    map(complaint, IsoClause.ISO10002_7_5, "ASSESS");
    map(
        complaint,
        IsoClause.ISO10002_7_6,
        "ASSIGN",
        "INVESTIGATION_NOTE",
        "REQUEST_INFORMATION",
        "RECORD_INFORMATION");
    map(complaint, IsoClause.ISO10002_7_7, "PROPOSE_RESPONSE", "DECIDE_APPROVAL");
    map(complaint, IsoClause.ISO10002_7_7, "LINK_NONCONFORMITY");
    map(complaint, IsoClause.ISO9001_10_2_1A, "LINK_NONCONFORMITY");
    map(complaint, IsoClause.ISO10002_7_8, "COMMUNICATE_DECISION");
    map(
        complaint,
        IsoClause.ISO10002_7_9,
        "COMPLAINANT_REPLY",
        "ESCALATE",
        "REFER_EXTERNALLY",
        "CLOSE",
        "WITHDRAW",
        "REOPEN");
    other(complaint, IsoClause.ISO10002_7_3);

    String nc = "Nonconformity";
    map(nc, IsoClause.ISO9001_10_2_1A, "RAISE");
    map(nc, IsoClause.ISO9001_10_2_1B, "START_ANALYSIS", "ROOT_CAUSE");
    map(
        nc,
        IsoClause.ISO9001_10_2_1C,
        "PLAN_ACTION",
        "START_IMPLEMENTATION",
        "START_ACTION",
        "COMPLETE_ACTION",
        "CANCEL_ACTION");
    map(nc, IsoClause.ISO9001_10_2_1D, "PLAN_EFFECTIVENESS_CHECK", "RECORD_EFFECTIVENESS");
    map(nc, IsoClause.ISO9001_10_2_1D, "CLOSE");
    map(nc, IsoClause.ISO9001_10_2_2, "CLOSE", "CANCEL");
    other(nc, IsoClause.ISO9001_10_2_2);

    for (String audit : List.of(AuditRecordTypes.SAMPLE, AuditRecordTypes.FINDING)) {
      other(audit, IsoClause.ISO10002_8_5);
      other(audit, IsoClause.ISO9001_9_2);
    }
    map(AuditRecordTypes.FINDING, IsoClause.ISO10002_8_5, "RECORD");
    map(AuditRecordTypes.FINDING, IsoClause.ISO9001_9_2, "RECORD", "RAISE_NONCONFORMITY");
    map(AuditRecordTypes.FINDING, IsoClause.ISO9001_10_2_1A, "RAISE_NONCONFORMITY");

    other(AuditRecordTypes.MANAGEMENT_REVIEW, IsoClause.ISO10002_8_6);

    // Setting the targets is part of monitoring the process against its objectives (8.4); a
    // recurring problem is the analysis of complaints (8.2), and raising a nonconformity from it
    // reacts to the nonconformity (ISO 9001 10.2.1 a), as a finding's nonconformity does.
    other(AuditRecordTypes.KPI_TARGET, IsoClause.ISO10002_8_4);
    other(AuditRecordTypes.RECURRING_PROBLEM, IsoClause.ISO10002_8_2);
    map(AuditRecordTypes.RECURRING_PROBLEM, IsoClause.ISO10002_8_2, "RAISE_NONCONFORMITY");
    map(AuditRecordTypes.RECURRING_PROBLEM, IsoClause.ISO9001_10_2_1A, "RAISE_NONCONFORMITY");

    other("HandlingPolicy", IsoClause.ISO10002_6_3);
    other("Category", IsoClause.ISO10002_6_3);
    other("ServiceLevel", IsoClause.ISO10002_6_3);
    other("BusinessCalendar", IsoClause.ISO10002_6_3);
    other("StaffContact", IsoClause.ISO10002_6_3);
  }

  private AuditClauses() {}

  private static void map(String recordType, IsoClause clause, String... actions) {
    Map<String, Set<IsoClause>> byAction =
        BY_ACTION.computeIfAbsent(recordType, t -> new LinkedHashMap<>());
    for (String action : actions) {
      byAction.computeIfAbsent(action, a -> EnumSet.noneOf(IsoClause.class)).add(clause);
    }
  }

  private static void other(String recordType, IsoClause clause) {
    OTHER_ACTIONS.computeIfAbsent(recordType, t -> EnumSet.noneOf(IsoClause.class)).add(clause);
  }

  /** The clauses a write gives evidence of, in the order of the standards. */
  public static List<IsoClause> of(String recordType, String action) {
    Map<String, Set<IsoClause>> byAction = BY_ACTION.get(recordType);
    if (byAction != null && byAction.containsKey(action)) {
      return List.copyOf(byAction.get(action));
    }
    Set<IsoClause> other = OTHER_ACTIONS.get(recordType);
    if (other != null) {
      return List.copyOf(other);
    }
    return byAction == null ? List.copyOf(UNKNOWN_TYPES) : List.of();
  }

  /**
   * The writes that give evidence of a clause, as conditions on record type and action: what the
   * timeline's clause filter asks the database for.
   */
  public static Selection selection(IsoClause clause) {
    List<TypeActions> named = new ArrayList<>();
    List<TypeActions> otherThan = new ArrayList<>();
    for (Map.Entry<String, Map<String, Set<IsoClause>>> type : BY_ACTION.entrySet()) {
      List<String> actions =
          type.getValue().entrySet().stream()
              .filter(e -> e.getValue().contains(clause))
              .map(Map.Entry::getKey)
              .toList();
      if (!actions.isEmpty()) {
        named.add(new TypeActions(type.getKey(), actions));
      }
    }
    for (Map.Entry<String, Set<IsoClause>> type : OTHER_ACTIONS.entrySet()) {
      if (type.getValue().contains(clause)) {
        Map<String, Set<IsoClause>> byAction = BY_ACTION.getOrDefault(type.getKey(), Map.of());
        otherThan.add(new TypeActions(type.getKey(), List.copyOf(byAction.keySet())));
      }
    }
    return new Selection(named, otherThan, UNKNOWN_TYPES.contains(clause), knownTypes());
  }

  /** The record types this table knows; any other type is configuration. */
  public static List<String> knownTypes() {
    Set<String> types = new java.util.LinkedHashSet<>(BY_ACTION.keySet());
    types.addAll(OTHER_ACTIONS.keySet());
    return List.copyOf(types);
  }

  /** A record type with a list of its actions. */
  public record TypeActions(String recordType, List<String> actions) {}

  /**
   * The conditions for one clause: entries of a record type with one of the {@code named} actions,
   * entries of a record type with any action except the {@code otherThan} ones, and, when {@code
   * unknownTypes}, entries of any record type not in {@code knownTypes}.
   */
  public record Selection(
      List<TypeActions> named,
      List<TypeActions> otherThan,
      boolean unknownTypes,
      List<String> knownTypes) {

    /** True when the entry matches, read the same way as the database query reads it. */
    public boolean matches(String recordType, String action) {
      if (named.stream()
          .anyMatch(t -> t.recordType().equals(recordType) && t.actions().contains(action))) {
        return true;
      }
      if (otherThan.stream()
          .anyMatch(t -> t.recordType().equals(recordType) && !t.actions().contains(action))) {
        return true;
      }
      return unknownTypes && !knownTypes.contains(recordType);
    }

    public boolean isEmpty() {
      return named.isEmpty() && otherThan.isEmpty() && !unknownTypes;
    }
  }
}
