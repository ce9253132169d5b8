#!/usr/bin/env bash
# The cockpit's headline figures under load on PostgreSQL (issue 7: the district's summary ≤ 200 ms p99 under 16
# concurrent callers, with 1,000,000 residents). Needs the district in gridguard_bench
# (bench/demo-generation.sh 1000000 postgres). wrk with 16 connections, each phase $seconds s:
#  1. baseline: the authenticated no-op GET /api/v1/me;
#  2. GET /api/v1/stats/summary as district command, figures kept 15 s (the default): what a wall screen and many
#     people opening the cockpit cost;
#  3. the same with figures counted again on every request (gridguard.cockpit.fresh-seconds=0): the cost of one count.
#   bench/cockpit-summary.sh [seconds]     (CACHED_ONLY=1: phases 1–2 only; APP_ARGS: more application arguments)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
port="${PORT:-8096}"
phase() {
  local name="$1" path="$2" token="$3"
  echo "== $name"
  curl -sf -o /dev/null -H "Authorization: Bearer $token" "localhost:$port$path"
  wrk -t4 -c16 -d"${seconds}s" --latency -H "Authorization: Bearer $token" "http://localhost:$port$path" \
    | grep -E "Requests\/sec|^ +(50|90|99)%|Latency  |Non-2xx|Socket errors|requests in"
}
run() {
  app_args="$1 ${APP_ARGS:-}" source bench/app.sh
  district=$(token district)
  echo "-- one count, cold: $(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $district" "localhost:$port/api/v1/stats/summary") s"
  phase "baseline: GET /api/v1/me" /api/v1/me "$district"
  phase "$2" /api/v1/stats/summary "$district"
  pkill -f "server.port=$port" || true
  while curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 1; done
}
(run "" "GET /api/v1/stats/summary (district, figures kept 15 s)")
[ "${CACHED_ONLY:-}" = 1 ] && exit 0
(run "--gridguard.cockpit.fresh-seconds=0" "GET /api/v1/stats/summary (district, counted on every request)")
