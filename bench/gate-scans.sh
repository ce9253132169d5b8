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
  -Dspring-boot.run.jvmArguments="-Xmx512m" \
  -Dspring-boot.run.arguments="--server.port=$port --gridguard.data-dir=$data --gridguard.demo.enabled=false" > "$data/run.log" 2>&1 &
trap 'pkill -f "server.port=$port" || true; rm -rf "$data"' EXIT
until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 1; done
token() { curl -s -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"gridguard\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
gate=$(token gate1)
district=$(token district)
checkpoint=$(curl -s "localhost:$port/api/v1/checkpoints" -H "Authorization: Bearer $gate" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
person=$(curl -s "localhost:$port/api/v1/people?size=1&page=5000" -H "Authorization: Bearer $district" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
idnumber=$(curl -s "localhost:$port/api/v1/people/$person" -H "Authorization: Bearer $district" | sed 's/.*"idNumber":"\([^"]*\)".*/\1/')
cat > "$data/scan.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"idNumber":"$idnumber","temperature":36.5,"direction":"IN"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $gate"
LUA
echo "== warm-up"; wrk -t2 -c"$connections" -d5s -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" >/dev/null
wrk -t2 -c"$connections" -d5s -s "$data/scan.lua" "http://localhost:$port/api/v1/checkpoints/$checkpoint/scans" >/dev/null
echo "== baseline: authenticated no-op GET /api/v1/me"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== gate scans: POST /api/v1/checkpoints/$checkpoint/scans (by ID number)"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$data/scan.lua" "http://localhost:$port/api/v1/checkpoints/$checkpoint/scans" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== PostgreSQL commit rate: pgbench -c 16 -j 2 -T $seconds -N (scale 10, database gridguard_pgbench)"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS gridguard_pgbench" -c "CREATE DATABASE gridguard_pgbench"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q gridguard_pgbench >/dev/null 2>&1
pgbench -h 127.0.0.1 -U postgres -c 16 -j 2 -T "$seconds" -N gridguard_pgbench 2>/dev/null | grep -E "^tps"
