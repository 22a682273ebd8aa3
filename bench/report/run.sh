#!/usr/bin/env bash
# Documents benchmark (see DocumentsBench.java and docs/PERFORMANCE.md, section "Documents").
# Run from anywhere; builds the application classes, then runs the harness in one JVM.
# Options: RUNS=5 (measured runs after two warm-ups), HEAP=256m (the JVM's -Xmx),
# BENCH_JAVA_OPTS (more JVM options, e.g. -XX:StartFlightRecording=filename=bench.jfr).
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${DRYDOCK_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}"
./mvnw -B -q -DskipTests process-classes dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
"$JAVA_HOME/bin/java" -Xmx"${HEAP:-256m}" ${BENCH_JAVA_OPTS:-} -Druns="${RUNS:-5}" --enable-native-access=ALL-UNNAMED \
  -cp "target/classes:$(cat target/bench-classpath.txt)" bench/report/DocumentsBench.java
