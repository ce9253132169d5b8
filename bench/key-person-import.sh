#!/usr/bin/env bash
# Import of a 100,000-row key-person list (XLSX, 1% bad rows) on PostgreSQL (issue 5: validated, matched and
# dispatched ≤ 30 s). Needs the 1,000,000-resident district in gridguard_bench. Half the rows are registered
# residents (matched to their grids), half new fictional people; every 100th row has a wrong ID checksum.
# The time is the upload's answer, which comes once every row is stored; the no-op GET /api/v1/me is timed in the
# same run as the baseline.
#   bench/key-person-import.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
port="${PORT:-8096}"
java="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
classpath=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
source bench/app.sh
# the list is the same file every run, and the same file is the same import: start from no lists
psql -h 127.0.0.1 -U postgres -d gridguard_bench -qc "DELETE FROM key_person_row" -c "DELETE FROM key_person_list"
district=$(token district)
psql -h 127.0.0.1 -U postgres -d gridguard_bench -tAc \
  "SELECT id_number FROM person WHERE id_type = 'RESIDENT_ID' AND status = 'ACTIVE' AND id % 7 = 3 LIMIT $((rows / 2))" > "$data/ids"
"$java" -cp "$classpath" bench/KeyPersonList.java "$rows" "$data/ids" "$data/list-$$-$(date +%s).xlsx"
file=$(ls "$data"/list-*.xlsx)
echo "== $(du -h "$file" | cut -f1) XLSX, $rows rows"
for i in 1 2 3; do curl -s -o /dev/null "localhost:$port/api/v1/me" -H "Authorization: Bearer $district"; done
echo "== baseline: authenticated no-op GET /api/v1/me: $(curl -s -o /dev/null -w '%{time_total}' "localhost:$port/api/v1/me" -H "Authorization: Bearer $district") s"
echo "== upload and import"
curl -s -o "$data/answer" -w 'HTTP %{http_code} in %{time_total} s\n' -F "file=@$file" "localhost:$port/api/v1/imports/key-persons" \
  -H "Authorization: Bearer $district"
grep -oE '"(status|total|accepted|matched|rejected)":("[A-Z]+"|[0-9]+)' "$data/answer" | head -6 | tr '\n' ' '; echo
grep -E "Key-person list" "$data/run.log" | sed 's/.*INFO.*: Key/Key/'
