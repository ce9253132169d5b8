-- Seed 000 checked its gathering spots by video or on foot: each check says which.
ALTER TABLE patrol_check ADD COLUMN method VARCHAR(8) NOT NULL DEFAULT 'FOOT';
