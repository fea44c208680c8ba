#!/usr/bin/env bash
# Weighted vs unweighted betweenness and closeness on the 5,200-actor example (issue 10 item 2), on
# the built CLI's jars (./build.sh package -DskipTests at the root first). See README.md "Weighted".
#
#   ./weighted.sh [MODEL.vnet]      # default examples/large/large-network.vnet
#   REPS=5 ./weighted.sh
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
dist=${VALUENET_DIST:-$root/releng/dev.valuenet.repository/target/valuenet}
if [ ! -d "$dist/lib" ]; then
  echo "weighted.sh: no CLI build at $dist; run ./build.sh package -DskipTests at the root first" >&2
  exit 2
fi
source "$dist/bin/jdk.sh"
valuenet_select_jdk
echo "# weighted.sh $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -Xmx4g -Xss8m -XX:+UseParallelGC --sun-misc-unsafe-memory-access=allow -cp "$dist/lib/*" \
  weighted/WeightedBench.java --reps "${REPS:-3}" "${1:-$root/examples/large/large-network.vnet}" 2>/dev/null
