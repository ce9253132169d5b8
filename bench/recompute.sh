#!/usr/bin/env bash
# Health-code recompute on PostgreSQL against the district in database gridguard_bench
# (bench/demo-generation.sh 1000000 postgres leaves one), in one run:
#  1. one person's recompute after an event: facts recorded one at a time through the API (wrk, 1 connection),
#     then 8 connections to seed more facts;
#  2. a full recompute of every resident's code after a policy publication, twice (the first creates the codes
#     of people who never had one), timed by the application;
#  3. the baseline: PostgreSQL alone reading the same rows (psql COPY to /dev/null).
#   bench/recompute.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
port="${PORT:-8097}"
heap=-Xmx2g
source bench/app.sh
district=$(token district)
highest=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT max(id) FROM person")
cat > "$data/fact.lua" <<LUA
local kinds = { "ARRIVAL_FROM_RISK_AREA", "HOME_QUARANTINE", "HEALTH_MONITORING", "TEST_NEGATIVE", "CONTACT_SECONDARY" }
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("id", counter) end
init = function() math.randomseed(os.time() * 100 + (id or 0)) end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $district"
request = function()
  local body = '{"personId":' .. math.random($highest) .. ',"kind":"' .. kinds[math.random(#kinds)] .. '","source":"BENCH"}'
  return wrk.format(nil, nil, nil, body)
end
LUA
# The recompute timer's cumulative histogram, scraped before and after the measured run, so that its percentiles are
# those of that run alone (bucket upper bounds: "p99 ≤ 2.5 ms" means 99% took at most 2.5 ms).
recompute_buckets() {
  curl -s "localhost:$port/actuator/prometheus" -H "Authorization: Bearer $district" \
    | grep -E '^gridguard_healthcode_recompute_seconds(_bucket|_count|_sum)' > "$1"
}
recompute_quantiles() {
  awk 'FNR == NR { before[$1] = $2; next }
       { delta = $2 - before[$1] }
       /_count/ { count = delta } /_sum/ { sum = delta }
       /_bucket/ { match($1, /le="[^"]+"/); le = substr($1, RSTART + 4, RLENGTH - 5); n++; les[n] = le; cum[n] = delta }
       END {
         printf "recomputes %d, mean %.2f ms", count, count ? 1000 * sum / count : 0
         split("0.5 0.9 0.99 0.999", qs, " ")
         for (q = 1; q <= 4; q++) for (i = 1; i <= n; i++) if (cum[i] >= qs[q] * count) {
           if (les[i] == "+Inf") printf ", p%s above the last bucket", 100 * qs[q]
           else printf ", p%s ≤ %.2f ms", 100 * qs[q], 1000 * les[i]
           break }
         print "" }' "$1" "$2"
}
echo "== warm-up (20 s: the JIT compiles the path before anything is measured)"
wrk -t1 -c4 -d20s -s "$data/fact.lua" "http://localhost:$port/api/v1/health-code/facts" >/dev/null
recompute_buckets "$data/buckets-before"
echo "== one fact at a time: POST /api/v1/health-code/facts (validate, insert, recompute, audit) — 1 connection"
wrk -t1 -c1 -d"${seconds}s" --latency -s "$data/fact.lua" "http://localhost:$port/api/v1/health-code/facts" | grep -E "requests in|50%|99%|Non-2xx"
recompute_buckets "$data/buckets-after"
echo "== inside the application, the same run: one person's recompute (lock, facts, rules, write; before commit), from its timer"
recompute_quantiles "$data/buckets-before" "$data/buckets-after"
echo "== the same, authenticated no-op GET /api/v1/me — 1 connection"
wrk -t1 -c1 -d"${seconds}s" --latency -H "Authorization: Bearer $district" "http://localhost:$port/api/v1/me" | grep -E "50%|99%"
echo "== seeding facts with 8 connections"
wrk -t2 -c8 -d"${seconds}s" -s "$data/fact.lua" "http://localhost:$port/api/v1/health-code/facts" | grep -E "requests in|Non-2xx"
psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc \
  "SELECT count(*) || ' facts for ' || count(DISTINCT person_id) || ' people; ' || (SELECT count(*) FROM health_code) || ' stored codes' FROM health_fact"
recompute() {
  curl -s -o /dev/null -w "publish %{http_code}\n" -X POST "localhost:$port/api/v1/health-code/policy" \
    -H "Authorization: Bearer $district" -H 'Content-Type: application/json' -d "{\"preset\":\"$1\",\"note\":\"bench\"}"
  until curl -s "localhost:$port/api/v1/health-code/policy" -H "Authorization: Bearer $district" | grep -q '"finishedAt":"'; do sleep 1; done
  grep -oE "Recomputed [0-9]+ codes under policy version [0-9]+ in [0-9]+ ms.*" "$data/run.log" | tail -1
}
echo "== full recompute 1 (NATIONAL_9TH)"; recompute NATIONAL_9TH
echo "== full recompute 2 (NATIONAL_8TH)"; recompute NATIONAL_8TH
echo "== full recompute 3 (TWENTY_MEASURES_2022)"; recompute TWENTY_MEASURES_2022
psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT count(*) || ' stored codes' FROM health_code"
echo "== baseline: PostgreSQL reads the same rows (person ids, facts, codes) to /dev/null"
start=$(date +%s%N)
psql -h 127.0.0.1 -U postgres -d gridguard_bench -qc "COPY (SELECT id FROM person WHERE status = 'ACTIVE' ORDER BY id) TO STDOUT" > /dev/null
psql -h 127.0.0.1 -U postgres -d gridguard_bench -qc "COPY (SELECT * FROM health_fact) TO STDOUT" > /dev/null
psql -h 127.0.0.1 -U postgres -d gridguard_bench -qc "COPY (SELECT * FROM health_code) TO STDOUT" > /dev/null
echo "baseline read: $(( ($(date +%s%N) - start) / 1000000 )) ms"
