#!/usr/bin/env bash
# Co-presence over 30,000,000 gate scans on PostgreSQL (issue 5: first degree for one case ≤ 200 ms, second hop ≤ 2 s).
# Needs the 1,000,000-resident district in gridguard_bench (bench/demo-generation.sh 1000000 postgres).
#   bench/co-presence.sh [people]
# Adds the scans once (kept for later runs): 1,000 synthetic checkpoints (ids 900001–901000, which no place has; the
# evidence then names them by number), each resident passing one checkpoint once a day for 30 days at a random
# second, the checkpoint changing every week (hashes of the person and the day, so neighbours one day are not
# neighbours every day) — about 42 people an hour at each checkpoint (seed 003's street saw about 1,300 checks a
# checkpoint a day). Then, for a sample of residents, times GET /api/v1/tracing/co-presence (the same search
# that confirming a case runs, without writing anything) for the last 4 days (infectious from 2 days before an
# onset 2 days ago), one hop and two, against the authenticated no-op GET /api/v1/me in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
people="${1:-20}"
port="${PORT:-8097}"
db() { psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "$1"; }
if [ "$(db "SELECT count(*) FROM gate_scan WHERE checkpoint_id > 900000")" -lt 30000000 ]; then
  echo "== adding 30,000,000 passes (once)"
  db "DELETE FROM gate_scan WHERE checkpoint_id > 900000" >/dev/null
  start=$(date +%s)
  db "INSERT INTO gate_scan (checkpoint_id, person_id, scanned_at, direction, temperature, plate, method, decision, colour, reason, operator)
      SELECT 900001 + abs(hashtext(p.id || ':' || (d / 7))) % 1000, p.id,
             now() - make_interval(days => d) - make_interval(secs => abs(hashtext(p.id || '@' || d)) % 86400),
             'IN', 36.5, NULL, 'ID', 'PASS', 'GREEN', 'GREEN_CODE', 'bench'
      FROM (SELECT id FROM person WHERE status = 'ACTIVE' ORDER BY id LIMIT 1000000) p CROSS JOIN generate_series(0, 29) d" >/dev/null
  db "ANALYZE gate_scan" >/dev/null
  echo "   in $(( $(date +%s) - start )) s"
fi
echo "== gate_scan rows: $(db "SELECT count(*) FROM gate_scan")"
source bench/app.sh
district=$(token district)
since=$(date -u -d '4 days ago' +%Y-%m-%dT%H:%M:%SZ)
db "SELECT id FROM person WHERE status = 'ACTIVE' AND id % 997 = 3 ORDER BY id LIMIT $people" > "$data/sample"
timed() { curl -s -o "$data/body" -w '%{time_total}\n' "$1" -H "Authorization: Bearer $district"; }
summary() { sort -n | awk '{a[NR]=$1} END {printf "p50 %.0f ms, max %.0f ms (%d requests)\n", a[int((NR+1)/2)]*1000, a[NR]*1000, NR}'; }
for round in 1 2 3; do  # warm-up: JIT and PostgreSQL's cache
  while read -r person; do timed "localhost:$port/api/v1/tracing/co-presence?personId=$person&since=$since&hops=2" >/dev/null; done < "$data/sample"
done
echo "== baseline: authenticated no-op GET /api/v1/me"
while read -r person; do timed "localhost:$port/api/v1/me"; done < "$data/sample" | summary
for hops in 1 2; do
  echo "== co-presence, $hops hop(s), since $since"
  : > "$data/counts"
  while read -r person; do
    timed "localhost:$port/api/v1/tracing/co-presence?personId=$person&since=$since&hops=$hops"
    field() { grep -o "\"$1\":[0-9]*" "$data/body" | cut -d: -f2 || echo 0; }
    echo "$(field presences) $(field firstDegree) $(field secondDegree)" >> "$data/counts"
  done < "$data/sample" | summary
  awk '{p+=$1; f+=$2; s+=$3} END {printf "   per person on average: %.1f presences, %.0f first degree, %.0f second degree\n", p/NR, f/NR, s/NR}' "$data/counts"
done
