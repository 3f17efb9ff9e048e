package org.redress.audit;

import java.io.Serializable;
import java.util.List;

/** One page of the timeline, newest first; {@code nextCursor} is null on the last page. */
public record TimelinePage(List<TimelineEntry> items, String nextCursor) implements Serializable {}
