# Sourced by the benchmarks: starts GridGuard on the PostgreSQL district in gridguard_bench (no demo generation)
# on $port with a temporary data folder $data (and any further arguments in $app_args), stops it on exit, and
# defines token USER.
export GRIDGUARD_DB_URL="jdbc:postgresql://127.0.0.1:5432/gridguard_bench?reWriteBatchedInserts=true"
data=$(mktemp -d)
# optimizedLaunch=false: spring-boot:run otherwise starts the JVM with -XX:TieredStopAtLevel=1 (no C2 compiler), which
# starts faster but runs slower than a deployed `java -jar` — and not equally slower for every kind of request.
./mvnw -q -B spring-boot:run -Dspring-boot.run.profiles=postgres -Dspring-boot.run.optimizedLaunch=false \
  -Dspring-boot.run.jvmArguments="${heap:--Xmx1g}" \
  -Dspring-boot.run.arguments="--server.port=$port --gridguard.data-dir=$data --gridguard.demo.enabled=false ${app_args:-}" > "$data/run.log" 2>&1 &
trap 'pkill -f "server.port=$port" || true; rm -rf "$data"' EXIT
until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 1; done
token() { curl -s -X POST "localhost:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"gridguard\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'; }
