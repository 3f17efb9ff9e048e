package org.redress.retention;

import java.io.Serializable;
import java.util.List;

/**
 * What an erasure request did: the finished complaints whose personal data was removed, and the
 * ones still being handled, which keep it until they are finished (and can then be erased).
 */
public record Erasure(String email, List<String> anonymised, List<String> stillOpen)
    implements Serializable {}
