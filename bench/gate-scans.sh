#!/usr/bin/env bash
# Gate-scan throughput against the same application's authenticated no-op GET, in one run, on PostgreSQL.
# Needs a district in database gridguard_bench (bench/demo-generation.sh 1000000 postgres leaves one), wrk and jq.
#   [ROUNDS=n] [THREADS=1] [RESIDENTS=n] [QR=0] [FRESH=1] [APP_ARGS="--gridguard.checkpoint.scan-writers=4 …"] bench/gate-scans.sh [seconds] [connections]
# A district in use has every resident's code stored; a freshly generated one has none, and its first scans would
# measure the creation of codes rather than gate scans. So unless FRESH=1, a district where fewer than 99% of the active
# residents have a stored code first has the policy in force published again unchanged (a full recompute).
# THREADS=1 adds, after each measured run, the JVM's processor time and context switches per request by thread.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
connections="${2:-64}"
port="${PORT:-8098}"
app_args="${APP_ARGS:-}"
source bench/app.sh
gate=$(token gate1)
district=$(token district)
if [ "${FRESH:-0}" != 1 ] && [ "$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc \
    "SELECT (SELECT count(*) FROM health_code) < 0.99 * (SELECT count(*) FROM person WHERE status = 'ACTIVE')")" = t ]; then
  echo "== codes missing: the policy in force published again unchanged, so that every resident's code is stored"
  curl -s "localhost:$port/api/v1/health-code/policy" -H "Authorization: Bearer $district" \
    | jq '{policy: .policy, note: "bench: every resident'"'"'s code stored before gate scans"}' \
    | curl -s -o /dev/null -w "publish %{http_code}\n" -X POST "localhost:$port/api/v1/health-code/policy" \
      -H "Authorization: Bearer $district" -H 'Content-Type: application/json' -d @-
  until curl -s "localhost:$port/api/v1/health-code/policy" -H "Authorization: Bearer $district" | grep -q '"finishedAt":"'; do
    sleep 1
  done
  grep -oE "Recomputed [0-9]+ codes under policy version [0-9]+ in [0-9]+ ms" "$data/run.log" | tail -1
  psql -h 127.0.0.1 -U postgres -d gridguard_bench -qc "ANALYZE health_code"
fi
checkpoint=$(curl -s "localhost:$port/api/v1/checkpoints" -H "Authorization: Bearer $gate" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
# RESIDENTS (5,000 unless set, at most 125,000) spread over the district pass the gate, by ID number in one run and by
# QR token in the next. Codes are remembered for 30 minutes (gridguard.healthcode.remembered) and people for 30 s: with
# 5,000 or 100,000 residents each is back within a minute, so after the warm-up their codes are remembered. A real
# gate sees a resident a few times a day, when the code has been forgotten: for that case, shorten the memory
# (APP_ARGS="--gridguard.healthcode.remembered=10s" reads nearly every code from the database again).
residents="${RESIDENTS:-5000}"
chosen="FROM person p JOIN health_code c ON c.person_id = p.id WHERE p.id_type = 'RESIDENT_ID' AND p.status = 'ACTIVE'
  AND p.id % $((1000000 / residents)) = 7 ORDER BY p.id LIMIT $residents"
psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT p.id_number $chosen" > "$data/ids"
psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT c.reference || '|' || c.colour $chosen" > "$data/references"
lua_list() { sed 's/.*/"&",/' "$1" | tr -d '\n'; }
# wrk gives each of its threads a Lua state of its own; setup() numbers them so that each reads its own share.
threads_numbered='local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end'
# A QR token lets one person through once, so each token run needs a fresh token per scan. They are made as the platform
# issues them, with this instance's key (bench/MintTokens.java), just before the run, for the production life of two
# minutes; as many as the scans by ID of the same round answered in as long, and a quarter more (token scans ran at
# 0.80-0.95 of those). A fixed 9,000 a second ran out on a machine where token scans reached 9,600; the no-op's rate and
# a tenth more (750,000 tokens) cost wrk 23-27 µs a request instead of 15-16, its requests no longer in the processor's
# caches. Each of wrk's two threads reads its own half.
classpath="target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
java25="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
mint() { # NAME COUNT TTL_SECONDS
  "$java25" -cp "$classpath" bench/MintTokens.java "$data/secrets" "$data/references" "$2" "$3" "$data/$1"
  awk -v f="$data/$1" '{ print > (f "-" (NR % 2 + 1)) }' "$data/$1"
}
# A wrk script that posts ID numbers at random; the requests are formatted once, so that the load driver spends no more
# per request than on the no-op GET.
cat > "$data/by-id.lua" <<LUA
local values = { $(lua_list "$data/ids") }
$threads_numbered
local requests = {}
init = function(args)
  -- LuaJIT seeds every Lua state alike: without this both threads would send the same people in the same order.
  math.randomseed(id * 7919 + os.time())
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer $gate"
  for i, value in ipairs(values) do
    requests[i] = wrk.format(nil, nil, nil, '{"idNumber":"' .. value .. '","temperature":36.5,"direction":"IN"}')
  end
end
request = function()
  return requests[math.random(#requests)]
end
LUA
# A wrk script that posts the tokens of file NAME-<thread>, each once, in order; past the end it starts again, and those
# scans are refused as replays (counted after each run: a run is long enough only if none are).
token_script() {
  cat <<LUA
$threads_numbered
local requests = {}
init = function(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer $gate"
  for token in io.lines("$data/$1-" .. id) do
    requests[#requests + 1] = wrk.format(nil, nil, nil, '{"token":"' .. token .. '","temperature":36.5,"direction":"IN"}')
  end
end
local next = 0
request = function()
  next = next % #requests + 1
  return requests[next]
end
LUA
}
token_script warm-tokens > "$data/warm-token.lua"
token_script tokens > "$data/by-token.lua"
scans="http://localhost:$port/api/v1/checkpoints/$checkpoint/scans"
echo "== $(wc -l < "$data/ids") residents, by ID number and by QR token; checkpoint $checkpoint"
jvm=$(pgrep -f "GridGuardApplication.*server.port=$port" | head -1)
tick_us=$((1000000 / $(getconf CLK_TCK)))
# The C2 compiler's processor time so far (ticks): the warm-up lasts until the JIT has settled. On a slow machine four
# rounds were not enough, and C2 compiling the scan path during the measured run took 5% of the scans' processor time.
c2_ticks() {
  local task stat sum=0
  for task in /proc/"$jvm"/task/*; do
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    case "$stat" in *"(C2 Compiler"*) sum=$((sum + $(echo "${stat##*) }" | awk '{ print $12 + $13 }'))) ;; esac
  done
  echo "$sum"
}
if [ "${QR:-1}" = 1 ]; then
  # two warm-up runs of 4 s; they may outlast the tokens (replays, which warm up the path as well), and their tokens
  # must outlive the warm-up
  mint warm-tokens 60000 900
fi
echo "== warm-up (the JIT needs about a minute of each; more rounds until C2 compiles for under 2% of a round)"
warm_round() {
  wrk -t2 -c"$connections" -d8s -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me" >/dev/null
  wrk -t2 -c"$connections" -d8s -s "$data/by-id.lua" "$scans" >/dev/null
  if [ "${QR:-1}" = 1 ] && [ "$1" -ge 3 ] && [ "$1" -le 4 ]; then
    wrk -t2 -c"$connections" -d4s -s "$data/warm-token.lua" "$scans" >/dev/null
  fi
}
for round in 1 2 3 4 5 6 7 8 9 10; do
  compiled=$(c2_ticks)
  started=$(date +%s%N)
  warm_round "$round"
  c2_share=$(awk -v c="$(( $(c2_ticks) - compiled ))" -v t="$tick_us" -v w="$(( ($(date +%s%N) - started) / 1000 ))" 'BEGIN { printf "%.1f", 100 * c * t / w }')
  echo "   round $round: C2 compiled for $c2_share% of it"
  if [ "$round" -ge 4 ] && awk -v s="$c2_share" 'BEGIN { exit !(s < 2) }'; then
    break
  fi
done
before=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT count(*) FROM gate_scan")
# Where the time goes: processor time per request around each measured run, from /proc — the application's JVM
# (user and system), PostgreSQL's processes, and the machine's context switches.
snapshot() {
  local pg=0 p
  for p in $(pgrep -u postgres); do pg=$((pg + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  # then the machine's busy (user, nice, system, irq, softirq), idle (with iowait) and stolen time, all processors
  echo "$(awk '{ print $14, $15 }' "/proc/$jvm/stat") $pg $(awk '/^ctxt/ { print $2 }' /proc/stat) $(awk '/^cpu / {
    print $2 + $3 + $4 + $7 + $8, $5 + $6, $9 }' /proc/stat)"
}
# Per JVM thread, named as the JVM names it (the kernel cuts names to 15 characters): group|user|system|voluntary|
# involuntary context switches, the numbers at the end of a name dropped so that a pool's threads add up.
jcmd="$(dirname "$(readlink "/proc/$jvm/exe")")/jcmd"
threads() {
  [ -s "$data/thread-names" ] || "$jcmd" "$jvm" Thread.print | sed -nE 's/^"([^"]*)".* nid=([0-9]+).*/\2|\1/p' > "$data/thread-names"
  local task tid name stat
  for task in /proc/"$jvm"/task/*; do
    tid=${task##*/}
    stat=$(cat "$task/stat" 2>/dev/null) || continue
    name=$(awk -F'|' -v t="$tid" '$1 == t { print $2 }' "$data/thread-names")
    [ -n "$name" ] || { name=${stat#*(}; name=${name%)*}; }
    echo "$(echo "$name" | sed -E 's/[#-]?[0-9]+$//; s/-[0-9]+-/-N-/')|$(echo "${stat##*) }" | awk '{ print $12 "|" $13 }')|$(awk '
      /^voluntary_ctxt/ { v = $2 } /^nonvoluntary_ctxt/ { n = $2 } END { print v "|" n }' "$task/status")"
  done | awk -F'|' '{ u[$1] += $2; s[$1] += $3; v[$1] += $4; n[$1] += $5 } END { for (k in u) print k "|" u[k] "|" s[k] "|" v[k] "|" n[k] }'
}
# The scan journal's groups so far (commits, scans) from its summary; their difference around a run gives its group size.
groups() {
  curl -s "localhost:$port/actuator/prometheus" -H "Authorization: Bearer $district" | awk '
    /^gridguard_checkpoint_scan_group_scans_count/ { c = $2 } /^gridguard_checkpoint_scan_group_scans_sum/ { s = $2 } END { print c + 0, s + 0 }'
}
# measured LABEL WRK-ARGUMENTS…: runs wrk, prints its figures and the processor time per request; keeps the output.
measured() {
  local label=$1; shift
  local before after groups_before
  [ -z "${THREADS:-}" ] || threads > "$data/threads-before"
  groups_before=$(groups)
  before=$(snapshot)
  # wrk's own processor time (user + system, seconds), to tell it from the kernel's in the machine's busy time
  local TIMEFORMAT='%U %S'
  { time wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" > "$data/last-$label"; } 2> "$data/wrk-time"
  after=$(snapshot)
  [ -z "${THREADS:-}" ] || threads > "$data/threads-after"
  grep -E "requests in|Requests/sec|^ +50%|^ +99%|Non-2xx" "$data/last-$label"
  echo "$groups_before $(groups)" | awk '$3 > $1 { printf "commits of the scan journal: %d, %.1f scans each\n", $3 - $1, ($4 - $2) / ($3 - $1) }'
  awk -v b="$before" -v a="$after" -v t="$tick_us" -v w="$(awk '{ print $1 + $2 }' "$data/wrk-time")" '/requests in/ { n = $1 } END {
    if (!n) { print "per request: wrk answered no requests"; exit }
    split(b, x, " "); split(a, y, " ")
    printf "per request: JVM %d µs user + %d µs system, PostgreSQL %d µs, wrk %d µs, the rest (kernel, other processes) %d µs, %.1f context switches\n",
      (y[1] - x[1]) * t / n, (y[2] - x[2]) * t / n, (y[3] - x[3]) * t / n, w * 1000000 / n,
      ((y[5] - x[5]) - (y[1] - x[1]) - (y[2] - x[2]) - (y[3] - x[3])) * t / n - w * 1000000 / n, (y[4] - x[4]) / n
    all = (y[5] - x[5]) + (y[6] - x[6]) + (y[7] - x[7])
    if (all) printf "machine: %.0f%% busy, %.0f%% idle, %.0f%% stolen by the hypervisor\n",
      100 * (y[5] - x[5]) / all, 100 * (y[6] - x[6]) / all, 100 * (y[7] - x[7]) / all }' "$data/last-$label"
  [ -z "${THREADS:-}" ] || awk -F'|' -v t="$tick_us" -v n="$(awk '/requests in/ { print $1 }' "$data/last-$label")" '
    NR == FNR { u[$1] = $2; s[$1] = $3; v[$1] = $4; c[$1] = $5; next }
    { du = ($2 - u[$1]) * t / n; ds = ($3 - s[$1]) * t / n; dv = ($4 - v[$1]) / n
      if (du + ds >= 1 || dv >= 0.05) printf "  %5d µs user + %4d µs system, %.2f voluntary + %.2f involuntary switches: %s\n",
        du, ds, dv, ($5 - c[$1]) / n, $1 }' "$data/threads-before" "$data/threads-after" | sort -nr
}
noop_run() { measured noop -H "Authorization: Bearer $gate" "http://localhost:$port/api/v1/me"; }
rate() { awk '/Requests\/sec/ { print $2 }' "$data/last-$1"; }
# RATE over the mean of two no-op rates, to two places
ratio() { awk -v a="$1" -v b="$2" -v c="$3" 'BEGIN { printf "%.2f", 2 * a / (b + c) }'; }
# ROUNDS rounds of (scans by ID number, no-op, scans by QR token, no-op) after a first no-op: every scan run lies
# between two no-op runs and its ratio is to their mean, as the machine drifts (a ratio is only fair between runs next
# to each other). QR=0 leaves the token runs out.
echo "== baseline: authenticated no-op GET /api/v1/me"
noop_run
noop_before=$(rate noop)
for round in $(seq 1 "${ROUNDS:-1}"); do
  echo "== round $round — gate scans by ID number: POST $scans"
  measured scans -s "$data/by-id.lua" "$scans"
  echo "== round $round — baseline: authenticated no-op GET /api/v1/me"
  noop_run
  noop_after=$(rate noop)
  echo "== round $round — scans by ID / no-op (the mean of the runs before and after): $(ratio "$(rate scans)" "$noop_before" "$noop_after")"
  noop_before=$noop_after
  if [ "${QR:-1}" = 1 ]; then
    mint tokens "$(awk -v r="$(rate scans)" -v s="$seconds" 'BEGIN { printf "%d", r * s * 1.25 }')" 120
    echo "== round $round — gate scans by QR token (the token's seal checked and the token used up per scan): POST $scans"
    qr_from=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT coalesce(max(id), 0) FROM gate_scan")
    measured tokens -s "$data/by-token.lua" "$scans"
    psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc \
      "SELECT 'token scans by reason: ' || string_agg(reason || ' ' || n, ', ') FROM (SELECT reason, count(*) n FROM gate_scan
       WHERE method = 'QR' AND id > $qr_from GROUP BY reason) r"
    echo "== round $round — baseline: authenticated no-op GET /api/v1/me"
    noop_run
    noop_after=$(rate noop)
    echo "== round $round — scans by QR token / no-op (the mean of the runs before and after): $(ratio "$(rate tokens)" "$noop_before" "$noop_after")"
    noop_before=$noop_after
  fi
done
after=$(psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc "SELECT count(*) FROM gate_scan")
echo "== scans stored during the measured runs: $((after - before))"
echo "== PostgreSQL commit rate: pgbench -c 16 -j 2 -T $seconds -N (scale 10, database gridguard_pgbench)"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS gridguard_pgbench" -c "CREATE DATABASE gridguard_pgbench"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q gridguard_pgbench >/dev/null 2>&1
pgbench -h 127.0.0.1 -U postgres -c 16 -j 2 -T "$seconds" -N gridguard_pgbench 2>/dev/null | grep -E "^tps"
