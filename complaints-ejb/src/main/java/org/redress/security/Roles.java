package org.redress.security;

/**
 * The roles Redress knows. The server maps the organisation's user registry (LDAP groups in
 * production, the basic registry in the demo) onto these names.
 */
public final class Roles {

  /** Records, acknowledges, assesses, investigates, proposes and communicates. */
  public static final String HANDLER = "complaint-handler";

  /** Assigns, approves responses above the threshold, escalates, closes, sets policies. */
  public static final String MANAGER = "complaint-manager";

  /** Raises nonconformities, runs root-cause analysis and corrective actions. */
  public static final String QMS_ADMIN = "qms-admin";

  /** Reads everything, changes nothing; personal data masked. */
  public static final String AUDITOR = "auditor";

  /** Configures categories, policies, templates, connectors and retention. */
  public static final String ADMINISTRATOR = "administrator";

  /** An ERP, CRM or web shop that creates complaints and reads their status. */
  public static final String INTEGRATION = "integration";

  private Roles() {}
}
