package org.redress.complaint;

import java.util.HashMap;
import java.util.Map;
import org.redress.policy.Category;
import org.redress.policy.ServiceLevels;

/**
 * What checking an import's rows reads of the policy (the categories by code and the service
 * levels), read once for a chunk of rows instead of once per row. The import starts a new one for
 * every chunk, so that a category retired during a long import is refused from the next chunk on.
 */
public final class ImportLookups {

  final Map<String, Category> categories = new HashMap<>();
  ServiceLevels serviceLevels;
}
