-- Remedy costs are added up per currency: the KPI "remedy cost" counts the amounts in the policy's
-- reporting currency only (amounts in other currencies cannot be added without exchange rates).
ALTER TABLE HANDLING_POLICY ADD COLUMN REPORTING_CURRENCY VARCHAR(3) DEFAULT 'EUR' NOT NULL;
