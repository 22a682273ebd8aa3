#!/usr/bin/env bash
# Seeds N realistic work items (default 100000) into the configured database: DATABASE_URL
# (PostgreSQL, loaded with COPY) or, without it, the H2 file database under DRYDOCK_DATA_DIR.
# Applies the migrations first, prints what it added and how long the seeding took, then exits.
# See README ("Seeding") and docs/PERFORMANCE.md ("Seeding"). SEED=1 picks the random items.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME="${DRYDOCK_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}"
./mvnw -B -q spring-boot:run \
  -Dspring-boot.run.arguments="--drydock.seed.items=${1:-100000} --drydock.seed.random-seed=${SEED:-1} --server.port=0"
