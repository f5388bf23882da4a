#!/usr/bin/env bash
# Distribution fan-out: 8 channels, one slow (2 s), one failing — total vs the slowest channel and vs the sum.
# Usage: bench/distribution/run.sh [runs=10]  (needs contracts, common and distribution-service installed:
#   ./mvnw -pl services/distribution-service -am install -DskipTests)
# Scenario A: defaults (the failing channel's breaker opens after a few calls, later runs fail it fast).
# Scenario B: the breaker kept closed, so every run pays the failing channel's 3 attempts with backoff.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=../..
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
"$ROOT/mvnw" -q -f pom.xml -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="target/classes:$(cat target/classpath.txt)"
mkdir -p results
run() {
  "$JAVA_HOME/bin/java" -Dlogging.config=src/main/resources/logback.xml -cp "$CP" \
    com.kt.eventmarketing.bench.distribution.FanOutBench "$@" 2>&1 | sed -n '/^Distribution fan-out/,$p' | grep -v '^WARNING'
}
{
  echo "Scenario A — defaults"
  run "${1:-10}"
  echo
  echo "Scenario B — failing channel retried every run"
  run "${1:-10}" retrying
} | tee results/fan-out.txt
