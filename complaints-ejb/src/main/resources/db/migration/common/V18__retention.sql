-- Retention (ISO 10002 8.1 records; data protection): finished complaints have their personal data
-- removed a policy-set number of months after closing; a complainant can ask for their data and
-- for its erasure.
ALTER TABLE COMPLAINT ADD COLUMN ANONYMISED_AT ${timestamp};
ALTER TABLE HANDLING_POLICY ADD COLUMN RETENTION_MONTHS INTEGER DEFAULT 72 NOT NULL;
CREATE INDEX IX_COMPLAINT_RETENTION ON COMPLAINT (ANONYMISED_AT, CLOSED_AT, ID);
CREATE INDEX IX_COMPLAINT_EMAIL ON COMPLAINT (COMPLAINANT_EMAIL, ID);
