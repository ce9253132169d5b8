#!/usr/bin/env bash
# The cockpit's risk map, live feed page and wall screen on PostgreSQL with 1,000,000 residents (issue 7: the risk map for
# the district ≤ 500 ms; the wall screen's first paint ≤ 1 s in headless Chromium). Needs the district in gridguard_bench
# (bench/demo-generation.sh 1000000 postgres) and chromium + chromedriver for the paint.
#  1. the evaluation of every compound and rental apartment, three times (what the minute's schedule costs);
#  2. wrk with 1 and then 16 connections, $seconds s each: the authenticated no-op GET /api/v1/me, then GET
#     /api/v1/risk-map as district command (the whole district's GeoJSON, written again after each evaluation);
#  3. headless Chromium, 20 loads each: /login (a page with no figures, the baseline) and the wall screen.
#   bench/risk-map.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
port="${PORT:-8097}"
source bench/app.sh
district=$(token district)
for i in 1 2 3; do
  echo "-- evaluation $i: $(curl -s -w ' in %{time_total} s' -X POST -H "Authorization: Bearer $district" "localhost:$port/api/v1/risk-map/evaluation")"
done
echo "-- GET /api/v1/risk-map, one caller: $(curl -s -o /dev/null -w '%{time_total} s, %{size_download} bytes' -H "Authorization: Bearer $district" "localhost:$port/api/v1/risk-map")"
for connections in 1 16; do
  for path in /api/v1/me /api/v1/risk-map; do
    echo "== $path ($connections connections)"
    wrk -t"$(( connections < 4 ? connections : 4 ))" -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $district" \
      "http://localhost:$port$path" | grep -E "Requests\/sec|^ +(50|90|99)%|Non-2xx|Socket errors|requests in"
  done
done
echo "== first paint in headless Chromium (1920×1080)"
python3 bench/first-paint.py "http://localhost:$port" district 20 /login "/cockpit?view=WALL" /cockpit/risk-map
