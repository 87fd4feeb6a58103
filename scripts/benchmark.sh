#!/usr/bin/env bash
# Reruns the collector's scale benchmark (docs/PERFORMANCE.md). Each scenario runs in a fresh JVM.
# Usage: scripts/benchmark.sh [ratio|throttle|heap|wide]...   (default: all)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# One reactor invocation, so that sibling modules resolve to their target/classes, not to installed jars.
./mvnw -q -B -pl inventory-collector -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="inventory-collector/target/test-classes:inventory-collector/target/classes:$(cat inventory-collector/target/bench.classpath)"
java_opts=(-Xmx512m -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(ratio throttle heap wide)
for scenario in "${scenarios[@]}"; do
  case "$scenario" in
    heap)
      for accounts in 10 100 1000; do
        java "${java_opts[@]}" -cp "$cp" io.github.awsinventory.collector.bench.CollectorBenchmark heap "$accounts"
      done ;;
    *) java "${java_opts[@]}" -cp "$cp" io.github.awsinventory.collector.bench.CollectorBenchmark "$scenario" ;;
  esac
done
