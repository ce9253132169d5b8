-- Published versions of the health-code policy (rules as data). The newest version is in force.
CREATE TABLE health_policy (
    version      INTEGER PRIMARY KEY,
    body         VARCHAR(20000) NOT NULL,
    preset       VARCHAR(40),
    note         VARCHAR(300),
    published_by VARCHAR(100)   NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Dry-runs and full recomputes read every person that has facts.
CREATE INDEX health_fact_person_only ON health_fact (person_id);
