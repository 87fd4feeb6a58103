#!/usr/bin/env bash
# Reruns the collector's scale benchmark (docs/PERFORMANCE.md). Each scenario runs in a fresh JVM.
# Usage: scripts/benchmark.sh [org|ratio|throttle|heap|wide|steady]...   (default: all)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# One reactor invocation, so that sibling modules resolve to their target/classes, not to installed jars.
./mvnw -q -B -pl inventory-collector -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="inventory-collector/target/test-classes:inventory-collector/target/classes:$(cat inventory-collector/target/bench.classpath)"
java_opts=(-Xmx512m -XX:+UseG1GC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn)
scenarios=("$@")
[ ${#scenarios[@]} -eq 0 ] && scenarios=(org ratio throttle heap wide steady)
for scenario in "${scenarios[@]}"; do
  case "$scenario" in
    heap)
      for accounts in 10 100 1000 10000; do
        java "${java_opts[@]}" -cp "$cp" io.github.awsinventory.collector.bench.CollectorBenchmark heap "$accounts"
      done ;;
    steady)
      # the emulator run: what a first, an unchanged and a 1 %-changed run write (needs moto, as the tests do)
      java "${java_opts[@]}" -cp "$cp" io.github.awsinventory.collector.bench.TableBenchmark ;;
    *) java "${java_opts[@]}" -cp "$cp" io.github.awsinventory.collector.bench.CollectorBenchmark "$scenario" ;;
  esac
done
