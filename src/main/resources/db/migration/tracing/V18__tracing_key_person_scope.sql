-- A list belongs to the scope of whoever received it (district command: the district; street staff: their street):
-- rows that match nobody, and rejected rows, stay in that scope until someone places them in a grid, and street
-- staff see only their part of a district's list. touched_at is the import's heartbeat: an import that stopped
-- moving (the server restarted under it) is marked FAILED and the same file uploaded again resumes it.
ALTER TABLE key_person_list ADD COLUMN district_id BIGINT;
ALTER TABLE key_person_list ADD COLUMN street_id BIGINT;
ALTER TABLE key_person_list ADD COLUMN community_id BIGINT;
ALTER TABLE key_person_list ADD COLUMN grid_id BIGINT;
ALTER TABLE key_person_list ADD COLUMN touched_at TIMESTAMP WITH TIME ZONE;
UPDATE key_person_list SET touched_at = COALESCE(finished_at, uploaded_at);
ALTER TABLE key_person_list ALTER COLUMN touched_at SET NOT NULL;
-- Lists imported before this change: their district is the one their matched people live in.
UPDATE key_person_list l SET district_id = (SELECT max(r.district_id) FROM key_person_row r WHERE r.list_id = l.id);
UPDATE key_person_row r SET district_id = (SELECT l.district_id FROM key_person_list l WHERE l.id = r.list_id)
WHERE r.district_id IS NULL;
CREATE INDEX key_person_list_running ON key_person_list (status, touched_at);
CREATE INDEX key_person_row_unplaced ON key_person_row (list_id, grid_id);
