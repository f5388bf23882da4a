#!/usr/bin/env bash
# AI service benchmarks: JMH (built-in plan generation) and the request → plans round trip through Kafka.
# Usage: bench/ai/run.sh  (from anywhere; needs contracts, common and ai-service installed: ./mvnw -pl services/ai-service -am install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=../..
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
"$ROOT/mvnw" -q -f pom.xml -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="target/classes:$(cat target/classpath.txt)"
mkdir -p results
"$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main BuiltInPlanningBenchmark -rf text -rff results/jmh.txt | tail -20
"$JAVA_HOME/bin/java" -Dlogback.configurationFile=src/main/resources/logback.xml -cp "$CP" \
  com.kt.eventmarketing.bench.ai.RecommendationRoundTrip "${1:-40}" "${2:-60}" | tee results/round-trip.txt
