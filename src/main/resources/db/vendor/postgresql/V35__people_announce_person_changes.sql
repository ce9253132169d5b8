-- Every instance keeps the people its gates look up (RecentPeople) and must hear of every change to them, whichever
-- instance makes it: each statement that updates or deletes person rows sends their ids on channel gridguard_people
-- (delivered at commit, to every listening connection; ChangeFeed reads it). More than 300 ids (8,000 bytes is the
-- payload's limit) are sent as the range "low..high" that holds them. A new person needs no notice: only people found
-- are remembered.
CREATE FUNCTION person_announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    written bigint;
    low bigint;
    high bigint;
BEGIN
    SELECT count(*), min(id), max(id) INTO written, low, high FROM changed;
    IF written = 0 THEN
        RETURN NULL;
    ELSIF written <= 300 THEN
        PERFORM pg_notify('gridguard_people', (SELECT string_agg(id::text, ',') FROM changed));
    ELSE
        PERFORM pg_notify('gridguard_people', low || '..' || high);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER person_updated AFTER UPDATE ON person
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_announce();
CREATE TRIGGER person_deleted AFTER DELETE ON person
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION person_announce();
