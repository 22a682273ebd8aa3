#!/usr/bin/env bash
# wrk against the running application on the loopback interface, signed in as an admin:
# the dashboard variants, the item page and the API, beside a floor page that touches no
# database, with the dashboard cache on and then off. Needs wrk (Debian package), a built jar
# (./mvnw -B package -DskipTests) and DATABASE_URL pointing at a seeded database
# (bench/seed/seed.sh 100000). Prints one line per endpoint: requests/s, p50, p99.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${DATABASE_URL:?set DATABASE_URL to the seeded PostgreSQL database}"
JAVA="${DRYDOCK_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}/bin/java"
JAR=$(ls target/drydock-*.jar | head -1)
PORT="${PORT:-18080}"
SECONDS_EACH="${SECONDS_EACH:-10}"
CONNECTIONS="${CONNECTIONS:-8}"
ITEM_ID="${ITEM_ID:-50000}"
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
base="http://127.0.0.1:$PORT"

endpoints=(
  "floor (sign-in page, no SQL)|/crew-login"
  "dashboard default|/admin/dashboard"
  "dashboard status filter|/admin/dashboard?status=Needs%20Revision"
  "dashboard search|/admin/dashboard?search=pump"
  "dashboard sort by item number|/admin/dashboard?sort=item_number"
  "dashboard page 200|/admin/dashboard?page=200"
  "dashboard per_page 100|/admin/dashboard?per_page=100"
  "item page|/admin/view/$ITEM_ID"
  "API list|/api/v1/work-items"
)

run_mode() {
  local mode="$1" cache_type="$2"
  local log
  log=$(mktemp)
  local settings=(ADMIN_PASSWORD="$ADMIN_PASSWORD" SLOW_REQUEST_THRESHOLD=5)
  [ -n "$cache_type" ] && settings+=(SPRING_CACHE_TYPE="$cache_type")
  env "${settings[@]}" "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx512m -jar "$JAR" --server.port="$PORT" >"$log" 2>&1 &
  local app=$!
  trap 'kill $app 2>/dev/null || true' RETURN
  for _ in $(seq 1 120); do curl -fs "$base/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
  local jar cookie token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$base/admin-login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" \
    --data-urlencode "_csrf=$token" "$base/admin-login"
  cookie=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")
  # Warm-up: let the JIT compile the request path before anything is measured.
  for path in /crew-login /admin/dashboard "/admin/view/$ITEM_ID"; do
    wrk -t2 -c"$CONNECTIONS" -d5s -H "Cookie: JSESSIONID=$cookie" "$base$path" >/dev/null
  done
  echo "## cache $mode"
  printf '%-34s %10s %9s %9s\n' endpoint 'req/s' 'p50' 'p99'
  for entry in "${endpoints[@]}"; do
    local name="${entry%%|*}" path="${entry#*|}"
    curl -s -o /dev/null -b "JSESSIONID=$cookie" "$base$path"   # warm the route (and the cache)
    wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: JSESSIONID=$cookie" "$base$path" >"$log.wrk"
    local rps p50 p99 non2xx
    rps=$(awk '/Requests\/sec/ { print $2 }' "$log.wrk")
    p50=$(awk '$1 == "50%" { print $2 }' "$log.wrk")
    p99=$(awk '$1 == "99%" { print $2 }' "$log.wrk")
    non2xx=$(awk '/Non-2xx/ { print $NF }' "$log.wrk")
    printf '%-34s %10s %9s %9s%s\n' "$name" "$rps" "$p50" "$p99" "${non2xx:+  non-2xx: $non2xx}"
  done
  kill "$app"; wait "$app" 2>/dev/null || true
  rm -f "$jar" "$log" "$log.wrk"
}

run_mode on ""
run_mode off none
