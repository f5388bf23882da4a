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
opts=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
# JDK 25+: start from an ahead-of-time cache of loaded and linked classes (about half the start-up time,
# see bench/launcher-start.sh). The cache needs the jar extracted; the first run after a build records it
# and writes it when the platform stops (Ctrl-C), the next runs use it. KT_AOT=0 turns it off.
if [ "${KT_AOT:-1}" = 1 ] && java -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
  extracted=launcher/target/extracted
  aot=launcher/target/kt-event-marketing.aot
  if [ ! -f "$extracted/kt-event-marketing.jar" ] || [ "$jar" -nt "$extracted/kt-event-marketing.jar" ]; then
    rm -rf "$extracted" "$aot"
    java -Djarmode=tools -jar "$jar" extract --destination "$extracted" >/dev/null
    touch "$extracted/kt-event-marketing.jar"
  fi
  jar="$extracted/kt-event-marketing.jar"
  if [ -f "$aot" ]; then
    opts+=(-XX:AOTCache="$aot" -Xlog:aot*=error)
  else
    echo "First run of this build: recording a start-up cache. When you stop the platform, saving it takes" \
      "about a minute more; the next starts take about half the time." >&2
    opts+=(-XX:AOTCacheOutput="$aot" -Xlog:aot*=error)
  fi
fi
exec java "${opts[@]}" -jar "$jar" "$@"
