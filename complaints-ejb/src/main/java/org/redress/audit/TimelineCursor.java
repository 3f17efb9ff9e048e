package org.redress.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.redress.platform.InvalidInputException;

/**
 * Where a page of the timeline ended: the time and id of its last (oldest) entry. The next page
 * starts strictly before it, so no entry is skipped or shown twice while new ones are written.
 */
public record TimelineCursor(Instant occurredAt, long id) implements Serializable {

  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((occurredAt + "|" + id).getBytes(StandardCharsets.UTF_8));
  }

  public static TimelineCursor decode(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String decoded =
          new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
      int bar = decoded.indexOf('|');
      return new TimelineCursor(
          Instant.parse(decoded.substring(0, bar)), Long.parseLong(decoded.substring(bar + 1)));
    } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
      throw new InvalidInputException(field, "must be the nextCursor of a previous page");
    }
  }
}
