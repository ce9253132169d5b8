-- Every QR scan claims its token's hash in gate_token_use (a lookup in its key and an insert). The hash is 64 hex
-- digits, but the column compared them in the database's collation (C.UTF-8 here, which PostgreSQL before 17 does not
-- treat as plain "C": each comparison went through strcoll). Bytewise order is all a key of hex digits needs.
ALTER TABLE gate_token_use ALTER COLUMN token_hash TYPE VARCHAR(64) COLLATE "C";
-- The minute's sweep of expired uses (ScanJournal) reads the whole table instead: it holds only the tokens of the last
-- few minutes, and an index on the expiry cost every scan by token an index entry to write.
DROP INDEX gate_token_use_expiry;
