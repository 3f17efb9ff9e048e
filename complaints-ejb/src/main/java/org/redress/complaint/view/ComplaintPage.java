package org.redress.complaint.view;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list. {@code nextCursor} continues after the last item, or is {@code null} on the
 * last page.
 */
public record ComplaintPage(List<ComplaintSummary> items, String nextCursor)
    implements Serializable {}
