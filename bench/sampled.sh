#!/usr/bin/env bash
# Sampled against exact betweenness (issue 9 "Fast"): time and measured error of SampledBetweenness
# at each error bound against BrandesBetweenness on the random graphs of compare.sh (5 out-edges per
# node, seed 1). See README.md "Sampled betweenness".
#
#   ./sampled.sh                                   # 10k, 50k, 100k nodes; epsilon 0.05 and 0.1
#   SIZES=10000,50000 EPSILONS=0.05 ./sampled.sh
#
# Exact betweenness at 100k nodes takes tens of minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")"
SIZES=${SIZES:-10000,50000,100000}
EPSILONS=${EPSILONS:-0.05,0.1}
DELTA=${DELTA:-0.01}
RESULTS_FILE=${RESULTS_FILE:-target/sampled-results.txt}
export VALUENET_BENCH_GRAPHS=${VALUENET_BENCH_GRAPHS:-graphs}
if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f target/benchmarks.jar ] || ../mvnw -B -q package
mkdir -p "$(dirname "$RESULTS_FILE")"
{
  echo "# sampled.sh $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
  "$JAVA" -Xmx4g -cp target/benchmarks.jar dev.valuenet.bench.SampledBetweennessBench \
    --sizes "$SIZES" --epsilons "$EPSILONS" --delta "$DELTA" "$@"
} | tee "$RESULTS_FILE"
