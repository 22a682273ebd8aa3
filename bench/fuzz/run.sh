#!/usr/bin/env bash
# Upload fuzzing (docs/RELIABILITY.md): the jar on PostgreSQL, signed in as crew; every file
# of the test corpus (src/test/resources/images), then COUNT (1000) seeded variants of them
# (bit flips, truncations, swapped or garbled signatures, wrong names and content types, empty
# files, enlarged header dimensions: drydock.photo.PhotoMutations in the test sources) posted
# one by one through the crew form by bench/fuzz/UploadFuzz.java. Expects only 302 (stored),
# 413, 415 or 422; checks after every 50 uploads that the application still runs and answers,
# and at the end that every file in its photo folder belongs to a photo row.
#
# Needs psql (postgresql-client), Java 25, a built jar (./mvnw -B package -DskipTests) and
# DATABASE_URL as postgres://user[:password]@host:port/db, a database of the benchmark's own.
# SEED (1) picks the variants. The photo folder is DATA_DIR/uploads (target/fuzz-data).
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/app.sh
: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL database for the benchmark alone, as postgres://user@host:port/db}"
bench_require psql postgresql-client
COUNT="${COUNT:-1000}"
SEED="${SEED:-1}"
DATA_DIR="${DATA_DIR:-target/fuzz-data}"
log=$(mktemp)

export JAVA_HOME="$BENCH_JAVA_HOME"
./mvnw -B -q -DskipTests test-compile
mkdir -p "$DATA_DIR"
CREW_PASSWORD=$(bench_random_password)
bench_start "$log" DATABASE_URL="$DATABASE_URL" DRYDOCK_DATA_DIR="$DATA_DIR" CREW_PASSWORD="$CREW_PASSWORD" \
  SLOW_REQUEST_THRESHOLD=5 -- -Xmx512m
trap bench_stop EXIT
cookie=$(bench_crew_session DP "$CREW_PASSWORD")

echo "## Upload fuzzing: the corpus and $COUNT variants (seed $SEED)"
echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
outcome=0
"$BENCH_JAVA_HOME/bin/java" -cp target/test-classes:target/classes bench/fuzz/UploadFuzz.java "$BENCH_BASE" "$cookie" \
  src/test/resources/images "$COUNT" "$SEED" "$APP_PID" || outcome=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

stored=$(psql "$DATABASE_URL" -X -q -At -c "SELECT filename FROM photos UNION SELECT thumbnail_filename FROM photos" | sort)
orphans=$(comm -23 <(ls "$DATA_DIR/uploads" | sort) <(echo "$stored"))
echo "files in the photo folder: $(ls "$DATA_DIR/uploads" | wc -l), without a photo row: $(echo -n "$orphans" | grep -c . || true)"
echo "errors in the application's log: $(grep -c ' ERROR ' "$log" || true) ($log)"
[ -z "$orphans" ] || outcome=1
exit "$outcome"
