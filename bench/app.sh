# Sourced by the benchmarks that drive the built jar over HTTP (bench/web, bench/soak,
# bench/fuzz): starts the application on the loopback interface, waits until it answers,
# signs people in with curl and hands back their session cookie. Needs curl and a built jar
# (./mvnw -B package -DskipTests); the caller has already cd'd to the repository root.

BENCH_JAVA_HOME="${DRYDOCK_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}"
# A port nothing listens on yet (PORT to choose one): another application answering on the port
# would otherwise be measured in place of this one.
bench_free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 30000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}
BENCH_PORT="${PORT:-$(bench_free_port)}"
BENCH_BASE="http://127.0.0.1:$BENCH_PORT"

bench_require() {
  local command="$1" package="$2"
  command -v "$command" >/dev/null || { echo "$command not found (Debian: apt-get install $package)" >&2; exit 1; }
}

bench_jar() {
  local jar
  jar=$(ls target/drydock-*.jar 2>/dev/null | head -1)
  [ -n "$jar" ] || { echo "no jar in target/ (./mvnw -B package -DskipTests)" >&2; exit 1; }
  echo "$jar"
}

# bench_start LOG [NAME=VALUE ...] [-- JVM_OPTION ...]: starts the jar with those settings,
# sets APP_PID, and returns once /actuator/health answers (fails after two minutes).
bench_start() {
  local log="$1"
  shift
  if (exec 3<>"/dev/tcp/127.0.0.1/$BENCH_PORT") 2>/dev/null; then
    echo "something already listens on port $BENCH_PORT" >&2
    exit 1
  fi
  local settings=() jvm=()
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do settings+=("$1"); shift; done
  [ "${1:-}" = "--" ] && shift
  jvm=("$@")
  env "${settings[@]}" "$BENCH_JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED "${jvm[@]}" \
    -jar "$(bench_jar)" --server.port="$BENCH_PORT" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -fs "$BENCH_BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped while starting; its log: $log" >&2; exit 1; }
    sleep 1
  done
  echo "the application did not answer within two minutes; its log: $log" >&2
  exit 1
}

bench_stop() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
}

# bench_sign_in PAGE FIELD=VALUE...: posts the sign-in form at PAGE with its CSRF token, opens
# the page it redirects to as a browser does, and prints the new session's JSESSIONID. (Opening
# that page gives the session its CSRF token; without it, the benchmark's first requests would
# race to create one, and the forms rendered by the losers would be refused.)
bench_sign_in() {
  local page="$1"
  shift
  local jar token fields=()
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BENCH_BASE$page" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//;s/"//')
  for field in "$@"; do fields+=(--data-urlencode "$field"); done
  curl -s -L -o /dev/null -c "$jar" -b "$jar" "${fields[@]}" --data-urlencode "_csrf=$token" "$BENCH_BASE$page"
  awk '$6 == "JSESSIONID" { print $7 }' "$jar"
  rm -f "$jar"
}

bench_admin_session() {
  bench_sign_in /admin-login "username=admin" "password=$1"
}

bench_crew_session() {
  bench_sign_in /crew-login "crew_name=$1" "password=$2"
}

bench_random_password() {
  echo "bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
}
