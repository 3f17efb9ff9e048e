-- The nightly retention run: one instance claims it by moving the due time on (compare-and-set on
-- the row, as for the KPI snapshots). Due at once, so a new install looks the first night.
INSERT INTO KPI_SCHEDULE (NAME, NEXT_RUN_AT) VALUES ('retention', TIMESTAMP '2000-01-01 00:00:00');
