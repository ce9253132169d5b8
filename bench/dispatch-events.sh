#!/usr/bin/env bash
# Dispatch under load on PostgreSQL (issue 8): with 10,000 open events and 1,000 new events per minute, escalations
# fire within 5 s of their deadline (p99) and event intake p99 stays under 100 ms. Needs the district in
# gridguard_bench (bench/demo-generation.sh 1000000 postgres).
#  1. 10,000 open OTHER events (no department, accept deadline a day away) are reported through the API;
#  2. baseline: the authenticated no-op GET /api/v1/me at 1,000/min for 60 s (same open-loop driver);
#  3. MARKET events (accept deadline 60 s, nobody accepts them) at 1,000/min for $seconds s; each escalates to the
#     street 60 s after its report and to the district 60 s later;
#  4. lateness of every escalation = its ESCALATE step − the deadline it answered, from the events' timelines.
#   bench/dispatch-events.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-180}"
port="${PORT:-8097}"
java="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
db() { psql -h 127.0.0.1 -U postgres -d gridguard_bench "$@"; }
# every run starts from no events
db -qc "DELETE FROM event_step" -c "DELETE FROM event_assignment" -c "DELETE FROM dispatch_event" \
   -c "DELETE FROM scheduled_tasks WHERE task_name = 'event-deadline'"
source bench/app.sh
district=$(token district)
db -tAc "SELECT id FROM jurisdiction_node WHERE node_level = 'GRID' ORDER BY id" > "$data/grids"
sla() { curl -sf -o /dev/null -X PUT "localhost:$port/api/v1/events/categories/$1" -H "Authorization: Bearer $district" \
  -H 'Content-Type: application/json' -d "{\"departments\":$2,\"acceptSeconds\":$3,\"onSiteSeconds\":3600,\"closeSeconds\":86400}"; }
sla OTHER '[]' 86400
sla MARKET '["MARKET"]' 60
load() { "$java" bench/EventLoad.java "$@"; }
echo "== 1. open events"
load seed "http://localhost:$port" "$district" "$data/grids" 10000 OTHER
echo "== 2. baseline"
load rate "http://localhost:$port" "$district" "$data/grids" 1000 60 noop
echo "== 3. intake at 1,000/min with escalations running"
started=$(date -u +%FT%TZ)
load rate "http://localhost:$port" "$district" "$data/grids" 1000 "$seconds" MARKET
echo "   waiting 130 s for the last events' escalations"
sleep 130
echo "== open events: $(db -tAc "SELECT count(*) FROM dispatch_event WHERE state <> 'CLOSED'")"
echo "== 4. escalation lateness (ESCALATE step time − its deadline), MARKET events reported since $started"
db -c "
WITH steps AS (
  SELECT e.id, s.at, e.created_at,
         lag(s.at) OVER (PARTITION BY e.id ORDER BY s.id) AS previous
  FROM dispatch_event e JOIN event_step s ON s.event_id = e.id
  WHERE e.category = 'MARKET' AND e.created_at >= '$started' AND s.action = 'ESCALATE'),
late AS (
  SELECT extract(epoch FROM at - (coalesce(previous, created_at) + interval '60 seconds')) * 1000 AS ms FROM steps)
SELECT count(*) AS escalations, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric) AS p50_ms,
       round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric) AS p99_ms, round(max(ms)::numeric) AS max_ms
FROM late"
echo "== events that missed their deadline and were not escalated (should be 0):"
db -tAc "SELECT count(*) FROM dispatch_event WHERE category = 'MARKET' AND created_at >= '$started'
  AND accept_by < now() - interval '10 seconds' AND level <> 'DISTRICT'"
