package org.redress.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redress.complaint.Channel;
import org.redress.complaint.ContactMethod;
import org.redress.complaint.command.ImportedComplaint;
import org.redress.platform.FieldError;
import org.redress.platform.InvalidInputException;

class RowConversionTest {

  private static final List<String> HEADER =
      List.of("Ticket", "Eingang", "Kanal", "Kunde", "E-Mail", "Text", "Datum", "Kontakt");
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  private static RowConversion conversion() {
    Map<String, String> chosen = new LinkedHashMap<>();
    chosen.put("externalId", "Ticket");
    chosen.put("receivedAt", "Eingang");
    chosen.put("channel", "Kanal");
    chosen.put("complainant.name", "Kunde");
    chosen.put("complainant.email", "E-Mail");
    chosen.put("description", "Text");
    chosen.put("occurredOn", "Datum");
    chosen.put("complainant.preferredContact", "Kontakt");
    return new RowConversion(HEADER, ColumnMapping.of(chosen, HEADER), "legacy", Channel.PHONE);
  }

  private static CsvRow row(String... values) {
    return new CsvRow(7, 12, List.of(values));
  }

  private static List<FieldError> errors(CsvRow row) {
    try {
      conversion().convert(row, HEADER.size(), NOW);
    } catch (InvalidInputException invalid) {
      return invalid.errors();
    }
    throw new AssertionError("the row was accepted");
  }

  @Test
  void aRowBecomesTheComplaintTheApiWouldReceive() {
    String text = "  Die Pumpe leckt.\n\"Immer\" nachts.  ";
    ImportedComplaint imported =
        conversion()
            .convert(
                row(
                    " T-1 ",
                    "01.03.2026 09:30",
                    "email",
                    "Jörg Weiß",
                    "jw@example.de",
                    text,
                    "2026-02-27",
                    "post"),
                HEADER.size(),
                NOW);
    assertThat(imported.source()).isEqualTo("legacy");
    assertThat(imported.externalId()).isEqualTo("T-1");
    assertThat(imported.receivedAt()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
    assertThat(imported.complaint().channel()).isEqualTo(Channel.EMAIL);
    assertThat(imported.complaint().complainant().name()).isEqualTo("Jörg Weiß");
    assertThat(imported.complaint().complainant().preferredContact()).isEqualTo(ContactMethod.POST);
    assertThat(imported.complaint().description()).isEqualTo(text);
    assertThat(imported.complaint().occurredOn()).isEqualTo(LocalDate.of(2026, 2, 27));
  }

  @Test
  void aBlankChannelTakesTheDefaultAndDatesComeInEveryCommonForm() {
    RowConversion conversion = conversion();
    assertThat(
            conversion
                .convert(row("T-2", "2026-03-01", "", "A", "", "x", "", ""), HEADER.size(), NOW)
                .complaint()
                .channel())
        .isEqualTo(Channel.PHONE);
    for (String when :
        List.of("2026-03-01T10:00:00+01:00", "2026-03-01T09:00", "2026-03-01T09:00:00Z")) {
      assertThat(
              conversion
                  .convert(row("T-3", when, "", "A", "", "x", "", ""), HEADER.size(), NOW)
                  .receivedAt())
          .isEqualTo(Instant.parse("2026-03-01T09:00:00Z"));
    }
  }

  @Test
  void everyUnreadableValueIsListedByTheApiFieldName() {
    assertThat(errors(row("", "31.02.2026", "pigeon", "A", "", "x", "yesterday", "fax")))
        .extracting(FieldError::field)
        .containsExactly(
            "externalId", "receivedAt", "channel", "complainant.preferredContact", "occurredOn");
  }

  @Test
  void aMissingReceivedTimeIsRequiredWhenTheColumnIsMapped() {
    assertThat(errors(row("T-4", " ", "", "A", "", "x", "", "")))
        .extracting(FieldError::field)
        .containsExactly("receivedAt");
  }

  @Test
  void aRowWithMoreValuesThanColumnsIsRefusedAndAShortRowHasBlanks() {
    List<String> longer =
        new java.util.ArrayList<>(List.of("T-5", "2026-03-01", "", "A", "", "x", "", ""));
    longer.add("extra");
    assertThat(errors(new CsvRow(1, 2, longer)))
        .extracting(FieldError::field)
        .containsExactly("row");
    ImportedComplaint shortRow =
        conversion().convert(row("T-6", "2026-03-01", "", "A"), HEADER.size(), NOW);
    assertThat(shortRow.complaint().description()).isNull();
    assertThat(shortRow.complaint().complainant().email()).isNull();
  }

  @Test
  void aMappingNeedsTheExternalIdAndColumnsOfTheFile() {
    assertThatThrownBy(() -> ColumnMapping.of(Map.of("description", "Text"), HEADER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("mapping.externalId"));
    assertThatThrownBy(
            () -> ColumnMapping.of(Map.of("externalId", "Nope", "colour", "Text"), HEADER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("mapping.externalId", "mapping.colour"));
  }

  @Test
  void theMappingIsSuggestedFromColumnNamesAndSurvivesStorage() {
    List<String> header =
        List.of(
            "External ID", "received_at", "Complainant Email", "Description", "Name, \"first\"");
    ColumnMapping suggested = ColumnMapping.suggested(header);
    assertThat(suggested.byFieldKey())
        .containsEntry("externalId", "External ID")
        .containsEntry("receivedAt", "received_at")
        .containsEntry("complainant.email", "Complainant Email")
        .containsEntry("description", "Description");
    ColumnMapping odd = ColumnMapping.of(Map.of("externalId", "Name, \"first\""), header);
    assertThat(ColumnMapping.fromStored(odd.stored())).isEqualTo(odd);
  }
}
