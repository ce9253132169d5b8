-- The daily report of a scope, kept as it stood when it was last compiled that day: past days' reports are read back
-- unchanged. scope_key: the nodes the report covers ("STREET:12").
CREATE TABLE cockpit_daily_report (
    scope_key   VARCHAR(200)   NOT NULL,
    report_date DATE           NOT NULL,
    body        VARCHAR(20000) NOT NULL,
    compiled_by VARCHAR(100)   NOT NULL,
    compiled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope_key, report_date)
);
