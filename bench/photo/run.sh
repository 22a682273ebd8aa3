#!/usr/bin/env bash
# The photo pipeline benchmark (docs/PERFORMANCE.md, "Photo pipeline"): needs libvips42 and
# libvips-tools (for the vipsthumbnail command it is compared with). Prints Markdown tables.
set -euo pipefail
cd "$(dirname "$0")/../.."

export JAVA_HOME="${DRYDOCK_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
command -v vipsthumbnail >/dev/null || { echo "vipsthumbnail not found (Debian: apt-get install libvips-tools)" >&2; exit 1; }

./mvnw -B -q -DskipTests compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/classes:$(cat target/bench-classpath.txt)"
images=src/test/resources/images
run() {
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" bench/photo/PhotoBenchmark.java "$@"
}

echo "## Time to make the display image and the thumbnail"
echo
run latency "$images"
echo
echo "## Memory: uploads arriving at once, two workers (a fresh JVM each)"
echo
echo "| processor | uploads | time | RSS before | peak RSS | peak heap |"
echo "|---|---|---|---|---|---|"
run burst libvips "$images/jpeg-orient6-gps-12mp.jpg" 12
run burst libvips "$images/heic-iphone13pro-gps-12mp.heic" 12
run burst imageio "$images/jpeg-orient6-gps-12mp.jpg" 12
run burst libvips "$images/heic-samsung-200mp.heic" 2
