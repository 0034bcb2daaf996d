#!/usr/bin/env bash
# Runs every GovForms benchmark once, short (JMH: 1 fork, 2 warm-up and 3 measured iterations of 2 s; load:
# 10 s per endpoint), each next to its baseline. Run from the worktree root after
#   mvn -B -ntp -q verify -pl benchmarks -am -DskipTests
# Usage: benchmarks/run.sh [jmh|load|all]
set -euo pipefail
what=${1:-all}
root=$(cd "$(dirname "$0")/.." && pwd)
cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
key=govforms-dev-key
echo "load before: $(uptime)"

if [[ $what == jmh || $what == all ]]; then
  java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 2 -w 2s -i 3 -r 2s -rf text -rff "$root/benchmarks/target/jmh.txt" \
    'ValidationBenchmark|SdkRoundTripBenchmark'
fi

if [[ $what == load || $what == all ]]; then
  data=$(mktemp -d)
  log="$data/server.log"
  jar=$(ls "$root"/server-stub/target/server-stub-*-exec.jar)
  t0=$(date +%s%N)
  java -version 2>/dev/null
  jvm_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  t0=$(date +%s%N)
  # the tenant's rate limit is raised so that the load measures the server, not its limiter
  java -jar "$jar" --server.port=0 --spring.profiles.active=benchmark --govforms.data-dir="$data" \
    --govforms.rate-limit.per-tenant.requests-per-second=1000000 --govforms.rate-limit.per-tenant.burst=1000000 \
    --logging.structured.format.console= >"$log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
  port=""
  until [[ -n $port ]]; do port=$(grep -o "started on port [0-9]*" "$log" 2>/dev/null | grep -o '[0-9]*$' || true); sleep 0.05; done
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null; do sleep 0.05; done
  start_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  idle_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  echo "start to first answer: ${start_ms} ms; an empty JVM (java -version): ${jvm_ms} ms"
  echo "RSS after start: ${idle_kb} kB"
  run() { java -cp "$cp" org.govforms.benchmarks.LoadTest "http://localhost:$port$1" "$key" "$2" 4 "$3"; }
  run /v1/benchmark/echo 200 3 >/dev/null   # warm-up
  run /v1/i589-applications 201 3 >/dev/null
  echo "echo (ceiling): $(run /v1/benchmark/echo 200 10)"
  echo "create:         $(run /v1/i589-applications 201 10)"
  peak_kb=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
  echo "peak RSS under load: ${peak_kb} kB"
fi
echo "load after: $(uptime)"
