#!/usr/bin/env bash
# Builds (when needed) and runs the whole platform on embedded PostgreSQL, Redis and Kafka.
#   ./run.sh                      data in ./data, web on http://localhost:8080
#   ./run.sh --data-dir=/tmp/kt --port=9090
# Needs a JDK 21+ (JAVA_HOME, or one of the usual places under /usr/lib/jvm) and Maven Central.
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/*-21*; do
    if [ -x "$candidate/bin/java" ]; then
      export JAVA_HOME="$candidate"
      break
    fi
  done
fi
[ -n "${JAVA_HOME:-}" ] || { echo "No JDK 21+ found: set JAVA_HOME" >&2; exit 1; }
export PATH="$JAVA_HOME/bin:$PATH"

jar=launcher/target/kt-event-marketing.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./data -prune -o \( -name '*.java' -o -name '*.yml' -o -name '*.sql' -o -name '*.html' -o -name '*.properties' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q -ntp -DskipTests package
fi
# Kafka still calls sun.misc.Unsafe, which JDK 25 warns about on every start
exec java --sun-misc-unsafe-memory-access=allow -jar "$jar" "$@"
