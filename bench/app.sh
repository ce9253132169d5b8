# Sourced by the benchmarks: starts GridGuard on the PostgreSQL district in gridguard_bench (no demo generation)
# on $port with a temporary data folder $data (and any further arguments in $app_args), stops it on exit, and
# defines token USER.
export GRIDGUARD_DB_URL="jdbc:postgresql://127.0.0.1:5432/gridguard_bench?reWriteBatchedInserts=true"
# A benchmark run right after another found the previous application still stopping on the same port, measured it,
# and then lost it (its own could not bind the port): wait for the port to be free, and on exit for the application
# to be gone.
port_taken() { curl -s -o /dev/null "localhost:$port"; }
for _ in $(seq 60); do port_taken || break; sleep 1; done
if port_taken; then
  echo "port $port is still in use by something else; not starting" >&2
  exit 1
fi
stop_app() {
  pkill -f "server.port=$port" || true
  for _ in $(seq 60); do pgrep -f "server.port=$port" >/dev/null || break; sleep 1; done
}
data=$(mktemp -d)
# optimizedLaunch=false: spring-boot:run otherwise starts the JVM with -XX:TieredStopAtLevel=1 (no C2 compiler), which
# starts faster but runs slower than a deployed `java -jar` — and not equally slower for every kind of request.
./mvnw -q -B spring-boot:run -Dspring-boot.run.profiles=postgres -Dspring-boot.run.optimizedLaunch=false \
  -Dspring-boot.run.jvmArguments="${heap:--Xmx1g}" \
  -Dspring-boot.run.arguments="--server.port=$port --gridguard.data-dir=$data --gridguard.demo.enabled=false ${app_args:-}" > "$data/run.log" 2>&1 &
app=$!
trap 'stop_app; rm -rf "$data"' EXIT
until curl -sf "localhost:$port/actuator/health" >/dev/null; do
  kill -0 "$app" 2>/dev/null || { echo "GridGuard did not start:" >&2; tail -40 "$data/run.log" >&2; exit 1; }
  sleep 1
done
token() { curl -s -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"gridguard\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
