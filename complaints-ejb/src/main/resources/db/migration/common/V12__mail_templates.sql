-- The administrators' own versions of the mail templates, one per event and language. A row is
-- sent instead of the template that ships with Redress; deleting it brings the default back.
CREATE TABLE MAIL_TEMPLATE (
  EVENT VARCHAR(50) NOT NULL,
  LANGUAGE VARCHAR(10) NOT NULL,
  SUBJECT VARCHAR(500) NOT NULL,
  TEXT_BODY ${text} NOT NULL,
  HTML_BODY ${text} NOT NULL,
  UPDATED_BY VARCHAR(100) NOT NULL,
  UPDATED_AT ${timestamp} NOT NULL,
  VERSION BIGINT NOT NULL,
  CONSTRAINT PK_MAIL_TEMPLATE PRIMARY KEY (EVENT, LANGUAGE)
);
