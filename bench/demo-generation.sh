#!/usr/bin/env bash
# Times the demo district's generation: starts GridGuard on an empty database with N residents,
# waits for "Demo district generated in … ms", prints the figures and stops the application.
#   bench/demo-generation.sh 1000000 postgres   # PostgreSQL (database gridguard_bench, recreated)
#   bench/demo-generation.sh 1000000 h2         # the embedded H2 file database (in a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."
residents="${1:-20000}"
database="${2:-postgres}"
port="${PORT:-8099}"
data=$(mktemp -d)
log="$data/run.log"
args="--gridguard.demo.residents=$residents --gridguard.data-dir=$data --server.port=$port"
if [ "$database" = postgres ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS gridguard_bench" -c "CREATE DATABASE gridguard_bench"
  export GRIDGUARD_DB_URL="jdbc:postgresql://127.0.0.1:5432/gridguard_bench?reWriteBatchedInserts=true"
  profile="-Dspring-boot.run.profiles=postgres"
else
  profile=""
fi
# the JIT a deployment has (see bench/app.sh)
./mvnw -q -B spring-boot:run $profile -Dspring-boot.run.optimizedLaunch=false -Dspring-boot.run.arguments="$args" > "$log" 2>&1 &
runner=$!
trap 'pkill -f "server.port=$port" || true; wait $runner 2>/dev/null || true; rm -rf "$data"' EXIT
until grep -q "Demo district generated in" "$log"; do
  if ! kill -0 $runner 2>/dev/null; then cat "$log"; exit 1; fi
  sleep 2
done
grep -oE "Demo district: (tree and places|[0-9]+ residents) in [0-9]+ ms|Demo district generated in [0-9]+ ms" "$log"
if [ "$database" = postgres ]; then
  # statistics for the planner now, rather than whenever autovacuum gets to a million new rows
  psql -h 127.0.0.1 -U postgres -d gridguard_bench -qc "ANALYZE"
fi
