-- The embedded H2 database is opened by one process: the changes it makes are all there is to hear, and it forgets
-- them itself (RememberedCodes.forgetOnCommit). This version only keeps the migration history the same on both
-- databases; on PostgreSQL, V33 announces every code change to the other instances.
SELECT 1;
