#!/usr/bin/env bash
# The scan journal's store alone (bench/ScanStore.java): 2 writers each storing groups of 17 token scans through this
# build's ScanRepository into a scratch database, gridguard_scan_store (recreated, dropped at the end). For two builds,
# run it in each tree in turn, a few times: it prints rows a second and processor time a row (this JVM, PostgreSQL).
# KIND=id stores scans by ID number instead (no token to use up).
#   [KIND=token|id] bench/scan-store.sh [groups per writer]
set -euo pipefail
cd "$(dirname "$0")/.."
groups="${1:-6000}"
db=gridguard_scan_store
psql=(env PGOPTIONS="-c client_min_messages=warning" psql -h 127.0.0.1 -U postgres -q)
"${psql[@]}" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
log=$(mktemp)
trap '"${psql[@]}" -c "DROP DATABASE IF EXISTS $db"; rm -f "$log"' EXIT
classpath="target/classes:$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
"${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}" -DclockTicks="$(getconf CLK_TCK)" -cp "$classpath" bench/ScanStore.java \
  "jdbc:postgresql://127.0.0.1:5432/$db" "$groups" 17 2 "${KIND:-token}" > "$log" 2>&1 || { cat "$log"; exit 1; }
# the result without the log lines of Flyway and Hikari
grep -vE "^SLF4J| INFO | WARN " "$log"
