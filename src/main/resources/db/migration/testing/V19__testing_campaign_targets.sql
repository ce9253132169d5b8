-- 应检尽检 targets more than a part of the tree: the residents of one place (a compound, a building) or those with a
-- tag (e.g. elderly living alone, sampled at home), always inside the campaign's node.
ALTER TABLE test_campaign ADD COLUMN place_id BIGINT;
ALTER TABLE test_campaign ADD COLUMN tag VARCHAR(30);
