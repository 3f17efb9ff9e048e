-- Indexes for the inbox once the table holds years of finished cases (PostgreSQL only; MariaDB and
-- H2 have no partial indexes and keep the plain ones of V1).
--
-- Open cases are a few per cent of the table. The views of open cases (open=true, mine,
-- unassigned, overdue) read them in deadline order from these partial indexes instead of walking
-- the whole deadline index past the finished ones. The predicate names the finished states, so a
-- query's list of open (or awaiting) states implies it whatever states are added later.
CREATE INDEX IX_COMPLAINT_OPEN_DUE ON COMPLAINT (RESPONSE_DUE_AT, ID)
  WHERE STATUS NOT IN ('CLOSED', 'WITHDRAWN');
CREATE INDEX IX_COMPLAINT_OPEN_ASSIGNEE_DUE ON COMPLAINT (ASSIGNEE, RESPONSE_DUE_AT, ID)
  WHERE STATUS NOT IN ('CLOSED', 'WITHDRAWN');
CREATE INDEX IX_COMPLAINT_OPEN_UNASSIGNED_DUE ON COMPLAINT (RESPONSE_DUE_AT, ID)
  WHERE ASSIGNEE IS NULL AND STATUS NOT IN ('CLOSED', 'WITHDRAWN');

-- Free text (q=...) is a substring search of SEARCH_TEXT (LIKE '%...%'): a trigram index answers it
-- without reading the table. pg_trgm ships with PostgreSQL and is a trusted extension, so the
-- database's owner may create it; where it cannot be created (no contrib package, no right), the
-- search works as before, without the index, and the server's log says why.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE WARNING 'Redress: pg_trgm could not be created (%); free-text search runs without its index', SQLERRM;
END
$$;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IX_COMPLAINT_SEARCH_TRGM ON COMPLAINT USING GIN (SEARCH_TEXT gin_trgm_ops)';
  END IF;
EXCEPTION WHEN undefined_object THEN
  -- pg_trgm lives in a schema outside the search path: leave the search without the index.
  RAISE WARNING 'Redress: the trigram index could not be created (%)', SQLERRM;
END
$$;
