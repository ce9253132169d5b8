#!/usr/bin/env bash
# Gate-scan throughput against the same application's authenticated no-op GET, in one run, on PostgreSQL.
# Needs a district in database gridguard_bench (bench/demo-generation.sh 1000000 postgres leaves one) and wrk.
#   bench/gate-scans.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-64}"
port="${PORT:-8098}"
data=$(mktemp -d)
export GRIDGUARD_DB_URL="jdbc:postgresql://127.0.0.1:5432/gridguard_bench?reWriteBatchedInserts=true"
./mvnw -q -B spring-boot:run -Dspring-boot.run.profiles=postgres \
  -Dspring-boot.run.jvmArguments="-Xmx1g" \
  -Dspring-boot.run.arguments="--server.port=$port --gridguard.data-dir=$data --gridguard.demo.enabled=false" > "$data/run.log" 2>&1 &
trap 'pkill -f "server.port=$port" || true; rm -rf "$data"' EXIT
until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 1; done
token() { curl -s -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"gridguard\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
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
done < "$data/people" > "$data/tokens"
lua_list() { sed 's/.*/"&",/' "$1" | tr -d '\n'; }
cat > "$data/by-id.lua" <<LUA
local ids = { $(lua_list "$data/ids") }
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $gate"
request = function()
  local body = '{"idNumber":"' .. ids[math.random(#ids)] .. '","temperature":36.5,"direction":"IN"}'
  return wrk.format(nil, nil, nil, body)
end
LUA
cat > "$data/by-token.lua" <<LUA
local tokens = { $(lua_list "$data/tokens") }
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $gate"
request = function()
  local body = '{"token":"' .. tokens[math.random(#tokens)] .. '","temperature":36.6,"direction":"OUT"}'
  return wrk.format(nil, nil, nil, body)
end
LUA
scans="http://localhost:$port/api/v1/checkpoints/$checkpoint/scans"
echo "== $(wc -l < "$data/ids") residents by ID number, $(wc -l < "$data/tokens") by QR token; checkpoint $checkpoint"
echo "== warm-up"
wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" >/dev/null
wrk -t2 -c"$connections" -d5s -s "$data/by-id.lua" "$scans" >/dev/null
before=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT count(*) FROM gate_scan")
echo "== baseline: authenticated no-op GET /api/v1/me"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== gate scans by ID number: POST $scans"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$data/by-id.lua" "$scans" | grep -E "requests in|Requests/sec|50%|99%|Non-2xx"
echo "== gate scans by QR token (Ed25519 verified per scan)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$data/by-token.lua" "$scans" | grep -E "requests in|Requests/sec|50%|99%|Non-2xx"
after=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT count(*) FROM gate_scan")
echo "== scans stored during the two measured runs: $((after - before))"
echo "== PostgreSQL commit rate: pgbench -c 16 -j 2 -T $seconds -N (scale 10, database gridguard_pgbench)"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS gridguard_pgbench" -c "CREATE DATABASE gridguard_pgbench"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q gridguard_pgbench >/dev/null 2>&1
pgbench -h 127.0.0.1 -U postgres -c 16 -j 2 -T "$seconds" -N gridguard_pgbench 2>/dev/null | grep -E "^tps"
