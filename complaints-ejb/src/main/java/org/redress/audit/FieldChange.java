package org.redress.audit;

import java.io.Serializable;

/** One field a write changed, before and after (null when it had or has no value). */
public record FieldChange(String field, String from, String to) implements Serializable {}
