-- As on PostgreSQL (V36 there): the token's hash is kept as the first 128 bits of its SHA-256, a UUID, instead of 64
-- hex digits; the uses already kept are carried over (32 hex digits read as a UUID).
UPDATE gate_token_use SET token_hash = SUBSTRING(token_hash, 1, 32);
ALTER TABLE gate_token_use ALTER COLUMN token_hash SET DATA TYPE UUID;
