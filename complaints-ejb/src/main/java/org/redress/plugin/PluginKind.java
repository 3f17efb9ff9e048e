package org.redress.plugin;

/** What a plugin connects Redress to. */
public enum PluginKind {
  /** The organisation's quality management system: nonconformities and actions go there. */
  QMS,
  /** The organisation's ERP: customers, orders, products and lots are looked up there. */
  ERP
}
