#!/usr/bin/env bash
# Entries through the edge vs the raw PostgreSQL INSERT ... ON CONFLICT DO NOTHING rate (same run, same concurrency),
# and a draw over 1 000 000 entries.
#
#   bench/participation/run.sh [--clients=16] [--warmup=60] [--duration=30] [--draw-entries=1000000]
#                              [--postgres=durable|throwaway]   (durable: fsync and synchronous commit on, as in production)
#   bench/participation/run.sh ids [--entries=1000000] [--batch=200]
#
# "ids" runs IdOrderBench instead: random (UUID v4) against time-ordered (UUID v7) participant ids at a large event's
# scale on a durable PostgreSQL (entries/s, write-ahead log, primary-key size); results in results-ids.md.
#
# Installs the participation service, copies its exec jar and the edge's (com.kt.eventmarketing:web, from the local
# repository: build it first with ./mvnw -pl web install -DskipTests if missing) to target/apps, compiles this project
# and runs ParticipationBench: embedded PostgreSQL, Redis and Kafka in the bench JVM, the service and the edge in child
# JVMs. Results: bench/participation/results.md.
set -euo pipefail

cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OFFLINE=${OFFLINE:--o}
./mvnw -q $OFFLINE -pl services/participation-service install -DskipTests
./mvnw -q $OFFLINE -f bench/participation/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="bench/participation/target/classes:$(cat bench/participation/target/classpath.txt)"
if [[ "${1:-}" == ids ]]; then
  shift
  exec "$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" com.kt.eventmarketing.bench.participation.IdOrderBench "$@"
fi
mkdir -p bench/participation/target/apps
./mvnw -q $OFFLINE -f bench/participation/pom.xml dependency:copy \
  -Dartifact=com.kt.eventmarketing:participation-service:0.1.0-SNAPSHOT:jar:exec \
  -DoutputDirectory=target/apps -Dmdep.stripVersion=true
./mvnw -q $OFFLINE -f bench/participation/pom.xml dependency:copy \
  -Dartifact=com.kt.eventmarketing:web:0.1.0-SNAPSHOT:jar:exec \
  -DoutputDirectory=target/apps -Dmdep.stripVersion=true

"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" com.kt.eventmarketing.bench.participation.ParticipationBench \
  --service-jar=bench/participation/target/apps/participation-service-exec.jar \
  --edge-jar=bench/participation/target/apps/web-exec.jar "$@"
