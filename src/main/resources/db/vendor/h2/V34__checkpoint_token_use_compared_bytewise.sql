-- H2 compares strings character by character already (no collation is set). As on PostgreSQL, the expiry index goes:
-- the minute's sweep of expired uses (ScanJournal) reads the whole table, which holds the last few minutes' tokens.
DROP INDEX gate_token_use_expiry;
