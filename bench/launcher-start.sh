#!/usr/bin/env bash
# Cold start of the whole platform to a healthy edge, and its memory. Builds nothing: give it the launcher jar.
#
#   bench/launcher-start.sh [path/to/kt-event-marketing.jar]      (default: launcher/target/kt-event-marketing.jar)
#
# Environment: RUNS (fresh-directory starts, default 3), BENCH_PORT (edge port, default the first free from 18080),
# JAVA_HOME (default Temurin 25), JAVA_OPTS (extra JVM options, default none), AOT (default 1: also measure the jar
# extracted with `-Djarmode=tools extract` and started with a JDK 25 AOT cache from one training run; 0: skip).
# Each run: a new JVM on a fresh temporary data directory, timed from process start until GET /actuator/health on
# the edge says UP; then VmRSS and VmHWM of the JVM (/proc/PID/status) and the RSS of its PostgreSQL and Redis
# processes; then SIGTERM and the time to stop. One more run restarts on the last run's (existing) data directory.
# Targets: healthy < 45 s on 2 cores, RSS < 1.5 GiB. Results: bench/results/launcher-start.md.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${1:-launcher/target/kt-event-marketing.jar}
RUNS=${RUNS:-3}
# the first port from 18080 on that nobody listens on (other work on the machine may use 18080)
free_port() {
  local port
  for port in $(seq 18080 18180); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port in 18080-18180" >&2; exit 2
}
PORT=${BENCH_PORT:-$(free_port)}
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA_OPTS=${JAVA_OPTS:-}
AOT=${AOT:-1}
TARGET_SECONDS=45
TARGET_KIB=$((1536 * 1024))
OUT=bench/results/launcher-start.md

[[ -f $JAR ]] || { echo "no launcher jar at $JAR (build it: ./mvnw -pl launcher -am package -DskipTests)" >&2; exit 2; }
if curl -fsS -m 1 "http://localhost:$PORT/actuator/health" >/dev/null 2>&1; then
  echo "port $PORT is already serving: stop that first or set BENCH_PORT" >&2; exit 2
fi
mkdir -p bench/results
WORK=$(mktemp -d -t kt-bench-start-XXXXXX)
PID=
cleanup() {
  if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill -TERM "$PID"; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

kib() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

# RSS (KiB) of the platform's engine processes: redis-server (a child of the JVM) and the postmaster of this data
# directory with its backends (shared memory counted once per process that touched it)
engines_kib() {
  local jvm=$1 data=$2 total=0 pid
  for pid in $(pgrep -P "$jvm" || true); do total=$((total + $(kib "$pid" VmRSS))); done
  if [[ -f $data/postgres/postmaster.pid ]]; then
    local pm
    pm=$(head -1 "$data/postgres/postmaster.pid")
    total=$((total + $(kib "$pm" VmRSS)))
    for pid in $(pgrep -P "$pm" || true); do total=$((total + $(kib "$pid" VmRSS))); done
  fi
  echo "$total"
}

ROWS=()
HEALTHY=()
# run LABEL DATA_DIR LOG_NAME JAR [JVM_OPTION...]
run() {
  local label=$1 data=$2 log=$WORK/$3.log jar=$4
  shift 4
  local started now elapsed_ms rss hwm engines stop_ms
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  "$JAVA_HOME/bin/java" $JAVA_OPTS "$@" -jar "$jar" --data-dir="$data" --port="$PORT" >"$log" 2>&1 &
  PID=$!
  until curl -fsS -m 2 "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$PID" 2>/dev/null; then echo "launcher exited; log: $log" >&2; tail -30 "$log" >&2; exit 1; fi
    if (( ($(date +%s%N) - started) / 1000000000 > 300 )); then
      echo "not healthy after 300 s; end of its log:" >&2; tail -40 "$log" >&2; exit 1
    fi
    sleep 0.1
  done
  now=$(date +%s%N)
  elapsed_ms=$(( (now - started) / 1000000 ))
  rss=$(kib "$PID" VmRSS)
  hwm=$(kib "$PID" VmHWM)
  engines=$(engines_kib "$PID" "$data")
  started=$(date +%s%N)
  kill -TERM "$PID"
  wait "$PID" 2>/dev/null || true
  PID=
  stop_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  ROWS+=("$(awk -v l="$label" -v e="$elapsed_ms" -v r="$rss" -v h="$hwm" -v g="$engines" -v s="$stop_ms" \
      -v ts="$TARGET_SECONDS" -v tk="$TARGET_KIB" 'BEGIN {
        printf "| %s | %.1f s | %.2f | %.0f MiB | %.0f MiB | %.2f | %.0f MiB | %.1f s |", l, e/1000, e/1000/ts,
          r/1024, h/1024, h/tk, g/1024, s/1000 }')")
  HEALTHY+=("$elapsed_ms")
  echo "${ROWS[-1]}"
}

# RUNS fresh starts and one on the existing data directory; $1: label prefix, then the jar and JVM options
series() {
  local prefix=$1
  shift
  for i in $(seq 1 "$RUNS"); do
    rm -rf "$WORK/data"
    run "${prefix}fresh #$i" "$WORK/data" "${prefix// /}fresh-$i" "$@"
  done
  run "${prefix}existing data" "$WORK/data" "${prefix// /}existing" "$@"
}

median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "launcher start-up: $JAR, $RUNS fresh runs + 1 on existing data, edge port $PORT"
series "" "$JAR"
median=$(median_of "${HEALTHY[@]:0:$RUNS}")

if [[ $AOT == 1 ]]; then
  echo "AOT cache: extracting the jar and training it with one start (log: $WORK/aot-training.log)"
  "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
  EXTRACTED="$WORK/extracted/$(basename "$JAR")"
  rm -rf "$WORK/data"
  run "AOT training run (not counted)" "$WORK/data" aot-training "$EXTRACTED" -XX:AOTCacheOutput="$WORK/app.aot"
  series "AOT " "$EXTRACTED" -XX:AOTCache="$WORK/app.aot"
  aot_median=$(median_of "${HEALTHY[@]:$((RUNS + 2)):$RUNS}")
fi
{
  echo "# Launcher start-up"
  echo
  echo "$(date -Iseconds) · $(nproc) CPUs · $("$JAVA_HOME/bin/java" -version 2>&1 | head -1) · JAVA_OPTS='${JAVA_OPTS}'"
  echo "· jar $(basename "$JAR") ($(du -m "$JAR" | cut -f1) MB) · load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "(other work on the machine during the runs shows in the load average and makes the figures noisy)"
  echo
  echo "Healthy = from process start until the edge's /actuator/health says UP. RSS figures of the JVM are taken right"
  echo "after that; PostgreSQL and Redis run as processes of their own and are listed apart."
  echo
  echo "| run | healthy | ÷ 45 s target | JVM VmRSS | JVM VmHWM | VmHWM ÷ 1.5 GiB target | PostgreSQL + Redis RSS | stop |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  awk -v m="$median" -v ts="$TARGET_SECONDS" 'BEGIN {
    printf "Median of the fresh runs: **%.1f s** to healthy (%.2f of the target).\n", m/1000, m/1000/ts }'
  if [[ $AOT == 1 ]]; then
    echo
    awk -v m="$aot_median" -v ts="$TARGET_SECONDS" 'BEGIN {
      printf "With the AOT cache (JDK 25, extracted jar, one training run): **%.1f s** (%.2f of the target).\n",
        m/1000, m/1000/ts }'
    echo "(\`java -Djarmode=tools -jar kt-event-marketing.jar extract\`, a training start with"
    echo "\`-XX:AOTCacheOutput=app.aot\`, then \`java -XX:AOTCache=app.aot -jar extracted/kt-event-marketing.jar\`.)"
  fi
} >"$OUT"
echo
cat "$OUT"
