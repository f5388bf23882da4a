#!/usr/bin/env bash
# Random (UUID v4) against time-ordered (UUID v7) participant ids at the scale of a large event, on a durable
# PostgreSQL: entries/s, write-ahead log and primary-key size. Results: bench/participation/results-ids.md.
#
#   bench/participation/ids.sh [--entries=1000000] [--batch=200]
set -euo pipefail

cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OFFLINE=${OFFLINE:--o}
./mvnw -q $OFFLINE -pl services/participation-service install -DskipTests
./mvnw -q $OFFLINE -f bench/participation/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="bench/participation/target/classes:$(cat bench/participation/target/classpath.txt)"

"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" com.kt.eventmarketing.bench.participation.IdOrderBench "$@"
