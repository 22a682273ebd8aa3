#!/usr/bin/env bash
# Measures the photo file check (--drydock.check-files) at N items (default 100000, about three
# photos each) on PostgreSQL: seeds the items into DATABASE_URL (postgres://… form, a database for
# measurements only), gives every photo row files of its own as empty files in a new UPLOAD_FOLDER,
# removes two of them and adds two files without a row, then runs the check with HEAP (default 256m)
# under /usr/bin/time. Expect exit status 1 and "2 missing, 2 without a row". Needs the jar
# (./mvnw package -DskipTests) and psql. Results and method: docs/PERFORMANCE.md ("Photo file check").
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATABASE_URL:?set DATABASE_URL=postgres://user:pass@host:port/db, a database for measurements}"
JAVA="${DRYDOCK_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}/bin/java"
JAR=$(ls target/drydock-*.jar | grep -v plain | head -1)
UPLOAD_FOLDER=$(mktemp -d "${TMPDIR:-/tmp}/drydock-check-XXXXXX")
export UPLOAD_FOLDER
trap 'rm -rf "$UPLOAD_FOLDER"' EXIT

"$JAVA" -jar "$JAR" --drydock.seed.items="${1:-100000}" --server.port=0 >/dev/null
# The seeder's shared sample files give way to files of each row's own.
rm -f "$UPLOAD_FOLDER"/*
psql -q "$DATABASE_URL" -c "UPDATE photos SET filename = md5(id::text) || '.jpg', thumbnail_filename = md5(id::text) || '_t.jpg'"
# Old enough that the two files without a row count as orphans, not as a submission in progress.
psql -At "$DATABASE_URL" -c "SELECT filename || E'\n' || thumbnail_filename FROM photos" \
  | (cd "$UPLOAD_FOLDER" && xargs touch -d '1 hour ago')
psql -At "$DATABASE_URL" -c "SELECT filename FROM photos ORDER BY id LIMIT 2" | (cd "$UPLOAD_FOLDER" && xargs rm)
touch -d '1 hour ago' "$UPLOAD_FOLDER/orphan1.jpg" "$UPLOAD_FOLDER/orphan2.jpg"
echo "photo rows: $(psql -At "$DATABASE_URL" -c 'SELECT COUNT(*) FROM photos'), files: $(ls "$UPLOAD_FOLDER" | wc -l)"

REPORT=$(mktemp)
trap 'rm -rf "$UPLOAD_FOLDER" "$REPORT"' EXIT
set +e
/usr/bin/time -f 'elapsed %e s, peak resident memory %M KB' "$JAVA" -Xmx"${HEAP:-256m}" -jar "$JAR" \
  --drydock.check-files --server.port=0 --logging.level.root=WARN >"$REPORT"
status=$?
set -e
grep -v '^\(missing\|orphan\)  ' "$REPORT" || true
echo "exit status $status"
