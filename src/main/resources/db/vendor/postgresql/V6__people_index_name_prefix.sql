-- PostgreSQL only: a name-prefix search (name LIKE '王%') can use a btree only with pattern operators
-- when the database collation is not C. H2 serves it with the (name, phone) index of V3.
CREATE INDEX person_name_prefix ON person (name varchar_pattern_ops);
