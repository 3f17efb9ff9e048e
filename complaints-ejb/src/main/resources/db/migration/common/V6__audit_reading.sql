-- Reading the audit trail by user.
CREATE INDEX IX_AUDIT_ENTRY_ACTOR ON AUDIT_ENTRY (ACTOR, ID);
