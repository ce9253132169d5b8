-- H2 compares strings character by character already (no collation is set); like the PostgreSQL version, the expiry index goes, since the minute's sweep
-- of expired uses (ScanJournal) reads the whole table of the last few minutes' tokens instead.
DROP INDEX gate_token_use_expiry;
