package org.redress.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.platform.InvalidInputException;

class CsvRecordsTest {

  /** Every row, a malformed one as "!line:reason". */
  private static List<String> read(CsvRecords records) {
    List<String> rows = new ArrayList<>();
    while (records.hasNext()) {
      try {
        CsvRow row = records.next();
        rows.add(row.number() + "@" + row.line() + "=" + row.values());
      } catch (MalformedRowException bad) {
        rows.add("!" + bad.number() + "@" + bad.line() + ":" + bad.getMessage());
      }
    }
    return rows;
  }

  @Test
  void quotedFieldsKeepLineBreaksQuotesAndDelimiters() {
    String text =
        "id,description\n"
            + "A-1,\"The pump leaks.\nTwice a day, \"\"always\"\" at night.\"\n"
            + "A-2,plain\r\n";
    CsvRecords records = new CsvRecords(text, ',');
    assertThat(records.header()).containsExactly("id", "description");
    CsvRow first = records.next();
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.values())
        .containsExactly("A-1", "The pump leaks.\nTwice a day, \"always\" at night.");
    CsvRow second = records.next();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.line()).isEqualTo(4);
    assertThat(second.values()).containsExactly("A-2", "plain");
    assertThat(records.hasNext()).isFalse();
  }

  @Test
  void aStrayQuoteCostsOnlyItsRow() {
    String text =
        "id,description\n"
            + "A-1,\"he said \"hi\"\" twice\n"
            + "A-2,a 12\" monitor\n"
            + "A-3,\"fine\"\n";
    assertThat(read(new CsvRecords(text, ',')))
        .containsExactly(
            "!1@2:a stray quote: a quoted field must be followed by the delimiter or the end of"
                + " the line",
            "2@3=[A-2, a 12\" monitor]",
            "3@4=[A-3, fine]");
  }

  @Test
  void aLastLineCutInsideAQuotedFieldIsRejectedWithItsLine() {
    String text = "id,description\nA-1,ok\nA-2,\"cut in the mid";
    assertThat(read(new CsvRecords(text, ',')))
        .containsExactly("1@2=[A-1, ok]", "!2@3:the file ends inside a quoted field");
  }

  @Test
  void blankLinesAreSkippedButCountedForLineNumbers() {
    String text = "id;text\n\nA-1;x\n\r\n\nA-2;\"multi\nline\"\nA-3;z";
    assertThat(read(new CsvRecords(text, ';')))
        .containsExactly("1@3=[A-1, x]", "2@6=[A-2, multi\nline]", "3@8=[A-3, z]");
  }

  @Test
  void anyUtf8SurvivesWithTheByteOrderMarkRemoved() {
    String original = "id;text\nÄ-1;\"Grüße 😀 from Zürich; 你好\"\n";
    byte[] bytes = ("\uFEFF" + original).getBytes(StandardCharsets.UTF_8);
    String text = CsvText.decode(bytes);
    assertThat(CsvText.detectDelimiter(text)).isEqualTo(';');
    CsvRecords records = new CsvRecords(text, ';');
    assertThat(records.header()).containsExactly("id", "text");
    assertThat(records.next().values()).containsExactly("Ä-1", "Grüße 😀 from Zürich; 你好");
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() {
    byte[] latin1 = "id,text\n1,Grüße\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CsvText.decode(latin1))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> assertThat(((InvalidInputException) e).errors().get(0).field()).isEqualTo("file"));
  }

  @Test
  void theDelimiterIsDetectedFromTheHeaderOutsideQuotes() {
    assertThat(CsvText.detectDelimiter("a,b,c\n1;2;3;4;5")).isEqualTo(',');
    assertThat(CsvText.detectDelimiter("\"a,b,c\";d;e\n")).isEqualTo(';');
    assertThat(CsvText.delimiter("semicolon", "delimiter")).isEqualTo(';');
    assertThatThrownBy(() -> CsvText.delimiter("|", "delimiter"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aRestartSkipsToTheCheckpointAndReadsOnWithTheSameNumbers() {
    String text = "id,text\nA-1,\"one\nline\"\nA-2,\"bad\"x\nA-3,three\nA-4,four\n";
    CsvRecords first = new CsvRecords(text, ',');
    first.next();
    assertThatThrownBy(first::next).isInstanceOf(MalformedRowException.class);
    long checkpoint = first.position();
    assertThat(checkpoint).isEqualTo(2);

    CsvRecords restarted = new CsvRecords(text, ',');
    restarted.skipTo(checkpoint);
    CsvRow next = restarted.next();
    assertThat(next.number()).isEqualTo(3);
    assertThat(next.line()).isEqualTo(5);
    assertThat(next.values()).containsExactly("A-3", "three");
    assertThat(read(restarted)).containsExactly("4@6=[A-4, four]");
  }
}
