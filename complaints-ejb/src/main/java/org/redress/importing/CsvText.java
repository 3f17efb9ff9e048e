package org.redress.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.redress.platform.InvalidInputException;
import org.redress.platform.Messages;

/**
 * The text of an uploaded CSV file: strictly UTF-8 (a file saved in another encoding is refused
 * rather than imported with broken umlauts), without the byte order mark spreadsheet programs put
 * in front, and the delimiter the file uses.
 */
public final class CsvText {

  private static final char BOM = '\uFEFF';

  private CsvText() {}

  /**
   * @throws InvalidInputException when the bytes are not UTF-8 or the file is empty
   */
  public static String decode(byte[] content) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException("file", Messages.text("import.notUtf8"));
    }
    if (!text.isEmpty() && text.charAt(0) == BOM) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new InvalidInputException("file", Messages.text("import.empty"));
    }
    return text;
  }

  /**
   * The delimiter of the header line: semicolon when it has more semicolons than commas outside
   * quotes (what spreadsheets write where the comma is the decimal separator), else comma.
   */
  public static char detectDelimiter(String text) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /** The delimiter a user or client named: {@code ,} or {@code ;} (also "comma", "semicolon"). */
  public static char delimiter(String name, String field) {
    String value = name == null ? "" : name.strip();
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case ",", "comma" -> ',';
      case ";", "semicolon" -> ';';
      default -> throw new InvalidInputException(field, Messages.text("import.badDelimiter"));
    };
  }
}
