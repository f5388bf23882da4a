#!/usr/bin/env bash
# Dashboard latency (p50/p99) of an event with 1 000 000 participants, and projection throughput (messages/s),
# each beside its same-run baseline.
#
#   bench/analytics/run.sh [--participants=1000000] [--messages=60000] [--clients=4] [--warmup=15] [--duration=20]
#                          [--concurrency=1]
#
# Installs the analytics service into the local Maven repository, compiles this project, then runs AnalyticsBench:
# it starts its own embedded PostgreSQL, Redis and Kafka and the analytics service. Results: bench/analytics/results.md.
set -euo pipefail

cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OFFLINE=${OFFLINE:--o}
./mvnw -q $OFFLINE -pl services/analytics-service install -DskipTests
./mvnw -q $OFFLINE -f bench/analytics/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="bench/analytics/target/classes:$(cat bench/analytics/target/classpath.txt)"

"$JAVA_HOME/bin/java" -Xmx1g -cp "$CP" com.kt.eventmarketing.bench.analytics.AnalyticsBench "$@"
