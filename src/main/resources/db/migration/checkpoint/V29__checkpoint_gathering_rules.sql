-- Seed 004: people lingering at pharmacies' doors. A place whose gate scans and venue check-ins in a sliding window
-- reach its kind's threshold opens one GATHERING event per place and window, for the departments of that kind.
CREATE TABLE gathering_rule (
    place_kind     VARCHAR(24)  PRIMARY KEY,
    threshold      INT          NOT NULL,
    window_minutes INT          NOT NULL,
    departments    VARCHAR(200) NOT NULL,
    updated_by     VARCHAR(100),
    updated_at     TIMESTAMP WITH TIME ZONE
);
INSERT INTO gathering_rule (place_kind, threshold, window_minutes, departments) VALUES
('CHECKPOINT', 600, 15, 'POLICE,URBAN'),
('COMPOUND', 300, 15, 'POLICE,URBAN'),
('RENTAL_APARTMENT', 100, 15, 'POLICE'),
('ENTERPRISE_SITE', 300, 15, 'POLICE,MARKET'),
('TEST_SITE', 400, 15, 'POLICE,HEALTH');
