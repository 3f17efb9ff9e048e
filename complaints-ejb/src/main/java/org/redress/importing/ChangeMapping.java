package org.redress.importing;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.redress.complaint.Channel;

/**
 * The user's choice for an import before it starts: which column holds which field (by the API's
 * field names, e.g. {@code "complainant.email" -> "E-Mail"}), the source system the external ids
 * belong to (default {@code csv}), the channel of rows without one (default OTHER) and the
 * delimiter ({@code ,} or {@code ;}, default as detected).
 */
public record ChangeMapping(
    Map<String, String> mapping,
    @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]*") String source,
    Channel defaultChannel,
    String delimiter) {}
