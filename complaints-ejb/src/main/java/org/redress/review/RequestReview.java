package org.redress.review;

import java.io.Serializable;

/** A management review asked for: its first and last month, {@code yyyy-MM}. */
public record RequestReview(String fromMonth, String toMonth) implements Serializable {}
