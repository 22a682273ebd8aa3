#!/usr/bin/env bash
# Soak (docs/RELIABILITY.md): the jar on PostgreSQL, an admin reading dashboards and item
# pages while crew submit items with 1-3 real JPEGs, CONNECTIONS (32) connections for
# DURATION (300) seconds through wrk (bench/soak/mix.lua). Records the application's RSS
# and heap every SAMPLE_EVERY (5) seconds; afterwards checks in SQL that every submission
# answered with a success redirect is stored with all its photos, and that each photo file
# exists. Prints a summary; everything it recorded stays in SOAK_OUT.
#
# Needs wrk (Debian package wrk), psql (postgresql-client), a built jar (./mvnw -B package
# -DskipTests) and DATABASE_URL as postgres://user[:password]@host:port/db, a database of
# the benchmark's own: it is seeded with SEED_ITEMS (5000) items if it holds fewer, and
# every run adds its submissions. REDIS_URL, if set, puts the dashboard cache in Redis.
#
# FAULTS=postgres,redis stops that service for OUTAGE (20) seconds, PostgreSQL a third of
# the way in and Redis at two thirds, then starts it again, and reports what the users got
# meanwhile. That stops the machine's shared PostgreSQL cluster and Redis server for every
# one of their users, so it runs only with STOP_SHARED_SERVICES=yes, as root, and not while
# a Maven test run (surefire) is going.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/app.sh
: "${DATABASE_URL:?set DATABASE_URL to a PostgreSQL database for the soak alone, as postgres://user@host:port/db}"
bench_require wrk wrk
bench_require psql postgresql-client
DURATION="${DURATION:-300}"
CONNECTIONS="${CONNECTIONS:-32}"
SEED_ITEMS="${SEED_ITEMS:-5000}"
WARMUP="${WARMUP:-60}"
SAMPLE_EVERY="${SAMPLE_EVERY:-5}"
OUTAGE="${OUTAGE:-20}"
FAULTS="${FAULTS:-}"
DATA_DIR="${DATA_DIR:-target/soak-data}"
SOAK_OUT="${SOAK_OUT:-$(mktemp -d)}"
mkdir -p "$SOAK_OUT"
export SOAK_OUT
rm -f "$SOAK_OUT"/accepted-*.txt "$SOAK_OUT"/answers-*.txt
# Small real photos from the test corpus: one 320x240 and three 1800x1200 (~350 KB) JPEGs.
PHOTOS="src/test/resources/images/jpeg-small-320x240.jpg src/test/resources/images/jpeg-orient1-landscape.jpg"
PHOTOS+=" src/test/resources/images/jpeg-orient6-landscape.jpg src/test/resources/images/jpeg-grayscale.jpg"
export PHOTOS

if [ -n "$FAULTS" ]; then
  if [ "${STOP_SHARED_SERVICES:-}" != yes ]; then
    echo "FAULTS stops the machine's shared PostgreSQL/Redis for everyone; set STOP_SHARED_SERVICES=yes to mean it" >&2
    exit 1
  fi
  if pgrep -f surefire >/dev/null; then
    echo "a Maven test run (surefire) is using the services; not stopping them now" >&2
    exit 1
  fi
  [ "$(id -u)" = 0 ] || { echo "stopping PostgreSQL and Redis needs root" >&2; exit 1; }
fi
if [[ "$FAULTS" == *redis* ]]; then
  : "${REDIS_URL:?FAULTS=redis needs REDIS_URL: the cache must be in Redis for its outage to matter}"
  # Restarted from the file it was started with; checked now rather than halfway through the run.
  redis_config=$(redis-cli -h 127.0.0.1 INFO server | awk -F: '/^config_file/ { print $2 }' | tr -d '\r')
  [ -n "$redis_config" ] || { echo "Redis runs without a config file, so it could not be restarted as it was; start it from one (redis-server /etc/redis/redis.conf)" >&2; exit 1; }
fi

sql() { psql "$DATABASE_URL" -X -q -At -v ON_ERROR_STOP=1 "$@"; }

mkdir -p "$DATA_DIR"
items=$(sql -c "SELECT count(*) FROM work_items" 2>/dev/null || echo 0)
if [ "$items" -lt "$SEED_ITEMS" ]; then
  echo "Seeding $((SEED_ITEMS - items)) items"
  DRYDOCK_DATA_DIR="$DATA_DIR" "$BENCH_JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$(bench_jar)" \
    --drydock.seed.items=$((SEED_ITEMS - items)) --server.port=0 >"$SOAK_OUT/seed.log" 2>&1
fi
read -r FIRST_ITEM LAST_ITEM < <(sql -F ' ' -c "SELECT min(id), max(id) FROM work_items")
export FIRST_ITEM LAST_ITEM

ADMIN_PASSWORD=$(bench_random_password)
CREW_PASSWORD=$(bench_random_password)
settings=(DATABASE_URL="$DATABASE_URL" DRYDOCK_DATA_DIR="$DATA_DIR" ADMIN_PASSWORD="$ADMIN_PASSWORD"
  CREW_PASSWORD="$CREW_PASSWORD" SLOW_REQUEST_THRESHOLD=5 REDIS_URL="${REDIS_URL:-}")
# The heap fixed at its largest from the start (JVM_OPTIONS), so that RSS growing after warm-up is
# not the heap being committed as it fills but something kept.
read -r -a jvm_options <<<"${JVM_OPTIONS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch}"
bench_start "$SOAK_OUT/app.log" "${settings[@]}" -- "${jvm_options[@]}"
trap bench_stop EXIT
ADMIN_COOKIE=$(bench_admin_session "$ADMIN_PASSWORD")
CREW_COOKIE=$(bench_crew_session DP "$CREW_PASSWORD")
[ -n "$ADMIN_COOKIE" ] && [ -n "$CREW_COOKIE" ] || { echo "sign-in failed; see $SOAK_OUT/app.log" >&2; exit 1; }
export ADMIN_COOKIE CREW_COOKIE
RUN_ID=$(date -u +%H%M%S)
export RUN_ID

# Heap in MB from the application's metrics: committed, and live (what the last collection kept).
heap_mb() {
  curl -s -b "JSESSIONID=$ADMIN_COOKIE" "$BENCH_BASE/actuator/prometheus" | awk '
    /^jvm_memory_committed_bytes\{.*area="heap"/ { committed += $NF }
    /^jvm_gc_live_data_size_bytes/ { live = $NF }
    END { printf "%d %d", committed / 1048576, live / 1048576 }'
}
sample_memory() {
  local start=$1
  echo "second rss_mb heap_committed_mb heap_live_mb load1" >"$SOAK_OUT/memory.txt"
  while kill -0 "$APP_PID" 2>/dev/null; do
    echo "$(($(date +%s) - start)) $(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$APP_PID/status")" \
      "$(heap_mb || echo '0 0')" "$(cut -d' ' -f1 /proc/loadavg)" >>"$SOAK_OUT/memory.txt"
    sleep "$SAMPLE_EVERY"
  done
}

stop_service() {
  case "$1" in
    postgres) pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main stop -m fast ;;
    redis) redis-cli -h 127.0.0.1 shutdown nosave ;;
  esac
}
start_service() {
  case "$1" in
    postgres) pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start ;;
    redis) redis-server "$redis_config" ;;
  esac
}
inject_faults() {
  local at=$((started + DURATION / 3)) from
  for service in postgres redis; do
    if [[ "$FAULTS" == *$service* ]]; then
      sleep $((at > $(date +%s) ? at - $(date +%s) : 0))
      from=$(date +%s)
      # Checked again right before: a test run that started since would fail on the outage.
      if pgrep -f surefire >/dev/null; then
        echo "$service not stopped: a Maven test run (surefire) started meanwhile" >>"$SOAK_OUT/outages-skipped.txt"
        at=$((at + DURATION / 3))
        continue
      fi
      stop_service "$service"
      sleep "$OUTAGE"
      start_service "$service"
      echo "$service $from $(date +%s)" >>"$SOAK_OUT/outages.txt"
    fi
    at=$((at + DURATION / 3))
  done
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date +%s)
sample_memory "$started" &
sampler=$!
: >"$SOAK_OUT/outages.txt"
faults=""
if [ -n "$FAULTS" ]; then
  inject_faults &
  faults=$!
fi
wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -s bench/soak/mix.lua "$BENCH_BASE" \
  >"$SOAK_OUT/wrk.txt" 2>&1
[ -z "$faults" ] || wait "$faults"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Did the application come back by itself? A dashboard and the crew form must answer 200 now.
recovered=yes
for _ in $(seq 1 30); do
  dashboard=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$ADMIN_COOKIE" "$BENCH_BASE/admin/dashboard?page=2")
  form=$(curl -s -o /dev/null -w '%{http_code}' -b "JSESSIONID=$CREW_COOKIE" "$BENCH_BASE/crew/submit")
  [ "$dashboard" = 200 ] && [ "$form" = 200 ] && break
  recovered="no (dashboard $dashboard, form $form)"
  sleep 1
done
[ "$dashboard" = 200 ] && [ "$form" = 200 ] && recovered=yes
kill "$sampler" 2>/dev/null || true

cat "$SOAK_OUT"/accepted-*.txt >"$SOAK_OUT/accepted.txt"
cat "$SOAK_OUT"/answers-*.txt >"$SOAK_OUT/answers.txt"
expected=$(wc -l <"$SOAK_OUT/accepted.txt")
read -r found complete < <(sql -F ' ' <<SQL
CREATE TEMP TABLE accepted (item_number text PRIMARY KEY, photos int);
\copy accepted FROM '$SOAK_OUT/accepted.txt' WITH (FORMAT text, DELIMITER ' ')
SELECT count(w.id), count(w.id) FILTER (WHERE (SELECT count(*) FROM photos p WHERE p.work_item_id = w.id) = a.photos)
FROM accepted a LEFT JOIN work_items w ON w.item_number = a.item_number;
SQL
)
sql <<SQL >"$SOAK_OUT/photo-files.txt"
CREATE TEMP TABLE accepted (item_number text PRIMARY KEY, photos int);
\copy accepted FROM '$SOAK_OUT/accepted.txt' WITH (FORMAT text, DELIMITER ' ')
SELECT DISTINCT f FROM accepted a JOIN work_items w ON w.item_number = a.item_number
  JOIN photos p ON p.work_item_id = w.id, LATERAL (VALUES (p.filename), (p.thumbnail_filename)) AS files(f);
SQL
uploads="$DATA_DIR/uploads"
missing_files=0
while read -r file; do [ -f "$uploads/$file" ] || missing_files=$((missing_files + 1)); done <"$SOAK_OUT/photo-files.txt"

# Answers by status and kind of request between two epoch seconds: "200:dashboard=1234 ...".
statuses() {
  awk -v from="$1" -v to="$2" '$1 >= from && $1 <= to { n[$2 ":" $3]++ } END { for (s in n) printf " %s=%d", s, n[s] }' \
    "$SOAK_OUT/answers.txt" | tr ' ' '\n' | sort | tr '\n' ' '
}
rss_at() { awk -v t="$1" 'NR > 1 && $1 >= t { print $2 " MB"; exit }' "$SOAK_OUT/memory.txt"; }

echo "## Soak: $CONNECTIONS connections, ${DURATION} s${FAULTS:+, faults: $FAULTS (${OUTAGE} s each)}"
echo "machine: $(nproc) cores; load average before $load_before, after $load_after"
grep -E '^ *[0-9]+ requests in' "$SOAK_OUT/wrk.txt"
echo "statuses: $(statuses 0 9999999999)"
grep -E '^(errors|p50|p90|p99)' "$SOAK_OUT/wrk.txt"
echo "accepted submissions: $expected; found in the database: $found; with all their photos: $complete"
echo "photo files of accepted submissions: $(wc -l <"$SOAK_OUT/photo-files.txt"), missing: $missing_files"
echo "RSS at ${WARMUP} s: $(rss_at "$WARMUP"); at the end: $(tail -1 "$SOAK_OUT/memory.txt" | awk '{ print $2 " MB" }');" \
  "highest: $(awk 'NR > 1 && $2 > max { max = $2 } END { print max " MB" }' "$SOAK_OUT/memory.txt")"
echo "heap committed at the end: $(tail -1 "$SOAK_OUT/memory.txt" | awk '{ print $3 " MB" }');" \
  "live heap after warm-up, lowest/highest: $(awk -v t="$WARMUP" 'NR > 1 && $1 >= t && $4 > 0 {
    if (min == "" || $4 < min) min = $4; if ($4 > max) max = $4 } END { print min "/" max " MB" }' "$SOAK_OUT/memory.txt")"
echo "every sample: $SOAK_OUT/memory.txt"
while read -r service from to; do
  echo "$service stopped for $((to - from)) s: answers meanwhile (+10 s after): $(statuses "$from" $((to + 10)))"
done <"$SOAK_OUT/outages.txt"
echo "recovered by itself: $recovered"
echo "recorded in $SOAK_OUT"
