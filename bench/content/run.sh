#!/usr/bin/env bash
# Render benchmark of the content service (JMH). Usage: bench/content/run.sh [JMH options]
# Writes bench/content/results/render-<date>.txt. Takes about 4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -o -pl contracts,common,services/content-service -am install -DskipTests
./mvnw -q -o -f bench/content/pom.xml package -DskipTests
classpath=$(./mvnw -q -o -f bench/content/pom.xml dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
mkdir -p bench/content/results
out="bench/content/results/render-$(date +%Y%m%d-%H%M).txt"
"$JAVA_HOME/bin/java" -cp "bench/content/target/classes:$classpath" org.openjdk.jmh.Main "$@" | tee "$out"
