-- Alerts that repeat (a camera seeing the same crowd every minute, a device staying silent) open one event per place
-- and window, not one per alert: the event keeps the key of what raised it, and a repeat becomes a step of it.
ALTER TABLE dispatch_event ADD COLUMN dedupe_key VARCHAR(100);
CREATE INDEX dispatch_event_dedupe ON dispatch_event (dedupe_key, created_at);
