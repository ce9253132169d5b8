-- Every instance keeps the codes its gates read (RememberedCodes) and must hear of every change to them, whichever
-- instance, job or person makes it: each statement that writes health_code sends the person ids it wrote on channel
-- gridguard_codes (delivered at commit, to every listening connection). A statement is a single recompute or a batch
-- of at most a few hundred rows, except in a full recompute; more than 300 ids (8,000 bytes is the payload's limit)
-- are sent as the range "low..high" that holds them. CodeChangeFeed reads both forms.
CREATE FUNCTION health_code_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
    low bigint;
    high bigint;
BEGIN
    SELECT count(*), min(person_id), max(person_id) INTO written, low, high FROM changed;
    IF written = 0 THEN
        RETURN NULL;
    ELSIF written <= 300 THEN
        PERFORM pg_notify('gridguard_codes', (SELECT string_agg(person_id::text, ',') FROM changed));
    ELSE
        PERFORM pg_notify('gridguard_codes', low || '..' || high);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER health_code_inserted AFTER INSERT ON health_code
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION health_code_announce();
CREATE TRIGGER health_code_updated AFTER UPDATE ON health_code
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION health_code_announce();
CREATE TRIGGER health_code_deleted AFTER DELETE ON health_code
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION health_code_announce();
