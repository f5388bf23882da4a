#!/usr/bin/env bash
# Login throughput through the edge, with raw BCrypt measured in the same run as the baseline.
#
#   bench/login-load.sh [--url=http://localhost:8080] [--clients=16] [--duration=20] [--warmup=5]
#
# Without --url it starts the launcher jar (KT_JAR, default launcher/target/kt-event-marketing.jar) on a temporary
# data directory (edge port BENCH_PORT, default the first free from 18080), runs against it and stops it. Compiles the bench module
# (./mvnw -Pbench -pl bench). Results: bench/results/login.md.
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q -Pbench -pl bench compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
CP="bench/target/classes:$(cat bench/target/classpath.txt)"

ARGS=("$@")
PID=
WORK=
cleanup() {
  if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; fi
  [[ -z $WORK ]] || rm -rf "$WORK"
}
trap cleanup EXIT

if ! printf '%s\n' "$@" | grep -q '^--url='; then
  JAR=${KT_JAR:-launcher/target/kt-event-marketing.jar}
  PORT=${BENCH_PORT:-}
  if [[ -z $PORT ]]; then # the first port from 18080 on that nobody listens on
    for PORT in $(seq 18080 18180); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || break; done
  fi
  [[ -f $JAR ]] || { echo "no launcher jar at $JAR; or pass --url= of a running platform" >&2; exit 2; }
  WORK=$(mktemp -d -t kt-bench-login-XXXXXX)
  echo "starting $JAR on port $PORT (log: $WORK/launcher.log)"
  "$JAVA_HOME/bin/java" -jar "$JAR" --data-dir="$WORK/data" --port="$PORT" >"$WORK/launcher.log" 2>&1 &
  PID=$!
  until curl -fsS -m 2 "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$PID" 2>/dev/null || { tail -30 "$WORK/launcher.log" >&2; exit 1; }
    sleep 0.2
  done
  ARGS+=("--url=http://localhost:$PORT")
fi

"$JAVA_HOME/bin/java" -cp "$CP" com.kt.eventmarketing.bench.LoginLoad "${ARGS[@]}"
