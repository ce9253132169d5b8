#!/usr/bin/env bash
# Gate-scan throughput against the same application's authenticated no-op GET, in one run, on PostgreSQL.
# Needs a district in database gridguard_bench (bench/demo-generation.sh 1000000 postgres leaves one) and wrk.
#   bench/gate-scans.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-64}"
port="${PORT:-8098}"
source bench/app.sh
gate=$(token gate1)
district=$(token district)
checkpoint=$(curl -s "localhost:$port/api/v1/checkpoints" -H "Authorization: Bearer $gate" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
# 5,000 residents spread over the district pass the gate by ID number; 200 of them show their QR token.
psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc \
  "SELECT id_number FROM person WHERE id_type = 'RESIDENT_ID' AND status = 'ACTIVE' AND id % 200 = 7 LIMIT 5000" > "$data/ids"
psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc \
  "SELECT id FROM person WHERE status = 'ACTIVE' AND id % 5000 = 11 LIMIT 200" > "$data/people"
while read -r person; do
  curl -s "localhost:$port/api/v1/people/$person/health-code" -H "Authorization: Bearer $district" | sed 's/.*"token":"\([^"]*\)".*/\1/'
  echo
done < "$data/people" > "$data/tokens"
lua_list() { sed 's/.*/"&",/' "$1" | tr -d '\n'; }
# A wrk script that posts one of the listed values (ID numbers or QR tokens) as the given field, at random.
scan_script() {
  cat <<LUA
local values = { $(lua_list "$1") }
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $gate"
request = function()
  return wrk.format(nil, nil, nil, '{"$2":"' .. values[math.random(#values)] .. '","temperature":36.5,"direction":"IN"}')
end
LUA
}
scan_script "$data/ids" idNumber > "$data/by-id.lua"
scan_script "$data/tokens" token > "$data/by-token.lua"
scans="http://localhost:$port/api/v1/checkpoints/$checkpoint/scans"
echo "== $(wc -l < "$data/ids") residents by ID number, $(wc -l < "$data/tokens") by QR token; checkpoint $checkpoint"
echo "== warm-up (the JIT needs about a minute of both)"
for round in 1 2 3 4; do
  wrk -t2 -c"$connections" -d8s -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" >/dev/null
  wrk -t2 -c"$connections" -d8s -s "$data/by-id.lua" "$scans" >/dev/null
done
before=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT count(*) FROM gate_scan")
echo "== baseline: authenticated no-op GET /api/v1/me"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== gate scans by ID number: POST $scans"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$data/by-id.lua" "$scans" | grep -E "requests in|Requests/sec|50%|99%|Non-2xx"
echo "== gate scans by QR token (Ed25519 verified per scan)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$data/by-token.lua" "$scans" | grep -E "requests in|Requests/sec|50%|99%|Non-2xx"
echo "== the no-op again (how much the machine drifted during the run)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" | grep -E "Requests/sec|50%|99%|Non-2xx"
after=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT count(*) FROM gate_scan")
echo "== scans stored during the two measured runs: $((after - before))"
echo "== PostgreSQL commit rate: pgbench -c 16 -j 2 -T $seconds -N (scale 10, database gridguard_pgbench)"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS gridguard_pgbench" -c "CREATE DATABASE gridguard_pgbench"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q gridguard_pgbench >/dev/null 2>&1
pgbench -h 127.0.0.1 -U postgres -c 16 -j 2 -T "$seconds" -N gridguard_pgbench 2>/dev/null | grep -E "^tps"
