#!/usr/bin/env bash
# wrk against the running application on the loopback interface, signed in as an admin:
# the dashboard variants, the item page and the API, beside a floor page that touches no
# database, with the dashboard cache on and then off. Needs wrk (Debian package), a built jar
# (./mvnw -B package -DskipTests) and DATABASE_URL pointing at a seeded database
# (bench/seed/seed.sh 100000). Each endpoint is measured RUNS times, in rounds (every endpoint
# once per round, the floor first); prints per endpoint the medians of requests/s, p50 and p99,
# and the median of its requests/s over the floor's in the same round, since the machine is
# shared. The load average is printed before and after each mode. MODES="on off" (default),
# CONNECTIONS=8, RUNS=3, SECONDS_EACH=8 change what is run; JVM_OPTIONS (-Xmx512m) the JVM's
# options; ONLY a regular expression picking endpoints by name (the floor always runs).
# Other settings of the application (e.g. DB_POOL_MAX_SIZE) pass through the environment.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/app.sh
: "${DATABASE_URL:?set DATABASE_URL to the seeded PostgreSQL database}"
bench_require wrk wrk
SECONDS_EACH="${SECONDS_EACH:-8}"
RUNS="${RUNS:-3}"
MODES="${MODES:-on off}"
CONNECTIONS="${CONNECTIONS:-8}"
ITEM_ID="${ITEM_ID:-50000}"
ADMIN_PASSWORD=$(bench_random_password)
base="$BENCH_BASE"

endpoints=(
  "floor (sign-in page, no SQL)|/crew-login"
  "dashboard default|/admin/dashboard"
  "dashboard status filter|/admin/dashboard?status=Needs%20Revision"
  "dashboard search|/admin/dashboard?search=pump"
  "dashboard sort by item number|/admin/dashboard?sort=item_number"
  "dashboard oldest first, status|/admin/dashboard?status=Needs%20Revision&sort=date_asc"
  "dashboard page 200|/admin/dashboard?page=200"
  "dashboard per_page 100|/admin/dashboard?per_page=100"
  "item page|/admin/view/$ITEM_ID"
  "API list|/api/v1/work-items"
)

# Whether the endpoint of this name is measured: the floor always, the others as ONLY picks.
measured() {
  [[ "$1" == floor* || "$1" =~ ${ONLY:-.} ]]
}

run_mode() {
  local mode="$1" cache_type="$2"
  local log
  log=$(mktemp)
  local settings=(ADMIN_PASSWORD="$ADMIN_PASSWORD" SLOW_REQUEST_THRESHOLD=5)
  [ -n "$cache_type" ] && settings+=(SPRING_CACHE_TYPE="$cache_type")
  # shellcheck disable=SC2086 # options are words
  bench_start "$log" "${settings[@]}" -- ${JVM_OPTIONS:--Xmx512m}
  trap bench_stop RETURN
  local cookie
  cookie=$(bench_admin_session "$ADMIN_PASSWORD")
  # Warm-up: let the JIT compile the request path before anything is measured.
  for path in /crew-login /admin/dashboard "/admin/view/$ITEM_ID"; do
    wrk -t2 -c"$CONNECTIONS" -d5s -H "Cookie: JSESSIONID=$cookie" "$base$path" >/dev/null
  done
  echo "## cache $mode, $CONNECTIONS connections, $RUNS rounds of ${SECONDS_EACH}s per endpoint"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  local results="$log.results"
  : >"$results"
  for round in $(seq 1 "$RUNS"); do
    for entry in "${endpoints[@]}"; do
      local name="${entry%%|*}" path="${entry#*|}"
      measured "$name" || continue
      curl -s -o /dev/null -b "JSESSIONID=$cookie" "$base$path"   # warm the route (and the cache)
      wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -H "Cookie: JSESSIONID=$cookie" "$base$path" >"$log.wrk"
      local non2xx
      non2xx=$(awk '/Non-2xx/ { print $NF }' "$log.wrk")
      if [ -n "$non2xx" ]; then echo "round $round, $name: $non2xx non-2xx answers" >&2; fi
      # One line per measurement: round, endpoint, requests/s, p50 and p99 in milliseconds.
      awk -v round="$round" -v name="$name" '
        function ms(value) {
          if (value ~ /us$/) return value / 1000
          if (value ~ /ms$/) return value + 0
          if (value ~ /s$/) return value * 1000
          return value
        }
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = ms($2) }
        $1 == "99%" { p99 = ms($2) }
        END { printf "%s|%s|%s|%s|%s\n", round, name, rps, p50, p99 }' "$log.wrk" >>"$results"
    done
  done
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-34s %9s %9s %9s %9s\n' endpoint 'req/s' 'p50 ms' 'p99 ms' '× floor'
  for entry in "${endpoints[@]}"; do
    local name="${entry%%|*}"
    measured "$name" || continue
    awk -F'|' -v name="$name" -v floor="${endpoints[0]%%|*}" '
      function median(values, n,   i, j, t) {
        for (i = 2; i <= n; i++) for (j = i; j > 1 && values[j - 1] > values[j]; j--) { t = values[j]; values[j] = values[j - 1]; values[j - 1] = t }
        return n % 2 ? values[(n + 1) / 2] : (values[n / 2] + values[n / 2 + 1]) / 2
      }
      $2 == floor { floorRps[$1] = $3 }
      $2 == name { n++; rps[n] = $3; p50[n] = $4; p99[n] = $5; roundOf[n] = $1 }
      END {
        for (i = 1; i <= n; i++) ratio[i] = rps[i] / floorRps[roundOf[i]]
        printf "%-34s %9.0f %9.1f %9.1f %9.2f\n", name, median(rps, n), median(p50, n), median(p99, n), median(ratio, n)
      }' "$results"
  done
  bench_stop
  rm -f "$log" "$log.wrk" "$log.results"
}

for mode in $MODES; do
  case "$mode" in
    on) run_mode on "" ;;
    off) run_mode off none ;;
  esac
done
