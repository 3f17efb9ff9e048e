package org.redress.survey;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the public survey page shows: which complaint, whether it can still be answered. Nothing
 * personal.
 */
public record SurveyView(
    String reference, Instant expiresAt, boolean answered, boolean expired, String language)
    implements Serializable {}
