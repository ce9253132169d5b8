-- A QR token lets one person through one gate once: a second showing of the same token (a screenshot sent
-- round, a photo of someone else's phone) is refused. The token is kept hashed, and only until it expires.
CREATE TABLE gate_token_use (
    token_hash VARCHAR(64) PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX gate_token_use_expiry ON gate_token_use (expires_at);
