-- The organisation may have complaints from the public form (and, later, by email) acknowledged
-- by mail at once, without waiting for a handler (ISO 10002 7.4).
ALTER TABLE HANDLING_POLICY ADD COLUMN ACKNOWLEDGE_AUTOMATICALLY BOOLEAN DEFAULT FALSE NOT NULL;
