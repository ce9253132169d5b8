-- Found with a 1,000,000-person district: a search by ID number alone cannot use the (id_type, id_number)
-- unique index, and district-wide lists and counts had no index of their own.
CREATE INDEX person_id_number ON person (id_number);
CREATE INDEX person_district ON person (district_id, id);
