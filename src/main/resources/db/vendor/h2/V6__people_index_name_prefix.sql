-- H2 serves name-prefix searches with the (name, phone) index of V3; this version only keeps the
-- migration history the same on both databases.
SELECT 1;
