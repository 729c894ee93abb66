#!/usr/bin/env bash
# Import throughput and search latency at N generated achievements (default 100000); see docs/benchmarks.md.
#   bench/run.sh 100000
#   bench/run.sh 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
DIR=bench-data/$N
CORPUS=bench-data/corpus-$N.jsonl
SOURCE=../shared/data/zjmarket/achievements.jsonl
[ -f "$SOURCE" ] || { echo "needs $SOURCE (the shared data folder beside the repository)"; exit 2; }
[ -f target/opentechmarket.jar ] || ./mvnw -B -q -DskipTests package
[ -f "$CORPUS" ] || java bench/GenerateCorpus.java "$SOURCE" "$CORPUS" "$N" 42
rm -rf "$DIR"
echo "== import $N achievements (database + search index), command line"
start=$(date +%s.%N)
java -jar target/opentechmarket.jar --otm.data-dir="$DIR" --otm.demo=off \
  import achievements --format jsonl "$CORPUS"
end=$(date +%s.%N)
python3 -c "print('IMPORT wall clock incl. JVM start: %.1f s, %.0f achievements/s' % ($end - $start, $N / ($end - $start)))"
echo "== search latency"
./mvnw -B -q test -Dotm.excluded-groups=none -Dgroups=benchmark -Dtest=SearchLatencyBenchmark \
  -Dotm.bench.data-dir="$PWD/$DIR" -Dsurefire.failIfNoSpecifiedTests=false -Dotm.redirect-test-output=false 2>&1 \
  | grep -E 'SEARCH-LATENCY|ERROR' || true
