#!/usr/bin/env bash
# Event list and get under load with 10 000 events, draft cache off (baseline) and on, in one run.
#
#   bench/event/run.sh [--events=10000] [--clients=16] [--warmup=30] [--duration=20] [--rounds=1] [--read-pool=1000]
#
# Installs the event service into the local Maven repository, compiles this project, then runs EventReadBench: it
# starts its own embedded PostgreSQL, Redis and Kafka, seeds the events, and runs the event service in a child JVM
# once per mode. Results: bench/event/results.md.
set -euo pipefail

cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OFFLINE=${OFFLINE:--o}
./mvnw -q $OFFLINE -pl services/event-service install -DskipTests
./mvnw -q $OFFLINE -f bench/event/pom.xml compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="bench/event/target/classes:$(cat bench/event/target/classpath.txt)"

"$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" com.kt.eventmarketing.bench.event.EventReadBench "$@"
