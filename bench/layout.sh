#!/usr/bin/env bash
# Layout benchmark of the network map (issue 5 "Performance"): model -> diagram graph -> ELK
# layout -> SVG for the car network, generated 200- and 2,000-participant models and the
# 5,000-actor example, each in its own JVM (so "cold" is the first map of a fresh JVM), then
# Graphviz `dot` on the same graphs when it is installed. See README.md "Network map layout".
#
#   ./layout.sh                      # all four models, 10 warm passes each
#   MODELS="n200" REPS=20 ./layout.sh
#
# Environment (defaults in brackets):
#   MODELS [car n200 n2000 large]   which models (n<P> = models.py P participants)
#   REPS [10]                       warm passes per model
#   PREPARED [n200]                 models also run in a JVM that first calls DiagramLayout.prepare()
#   COLLAPSE [auto]                 auto|never (never: lay out every box, e.g. n2000 in full)
#   DOT [dot if installed]          Graphviz dot; empty to skip the comparison
#   ENGINES [dot sfdp neato]        Graphviz layouts compared (dot: layered; sfdp, neato: force/stress, as ours)
#   DOT_TIMEOUT [300]               seconds before a Graphviz run is given up ("> N s")
#   VALUENET_DIST [../releng/dev.valuenet.repository/target/valuenet]  the built CLI (./build.sh package -DskipTests)
#   RESULTS_FILE [target/layout-results.txt]  a copy of the output
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
MODELS=${MODELS:-car n200 n2000 large}
REPS=${REPS:-10}
COLLAPSE=${COLLAPSE:-auto}
PREPARED=${PREPARED-n200}
DOT=${DOT-$(command -v dot || true)}
ENGINES=${ENGINES:-dot sfdp neato}
DOT_TIMEOUT=${DOT_TIMEOUT:-300}
dist=${VALUENET_DIST:-$root/releng/dev.valuenet.repository/target/valuenet}
RESULTS_FILE=${RESULTS_FILE:-target/layout-results.txt}
if [ ! -d "$dist/lib" ]; then
  echo "layout.sh: no CLI build at $dist; run ./build.sh package -DskipTests at the root first" >&2
  exit 2
fi
source "$dist/bin/jdk.sh"
valuenet_select_jdk
mkdir -p target/layout-models target/layout-dot "$(dirname "$RESULTS_FILE")"

model_file() {
  case $1 in
    car) echo "$root/examples/auto/car-network.vnet" ;;
    large) echo "$root/examples/large/large-network.vnet" ;;
    n[0-9]*)
      local f=target/layout-models/$1/$1.vnet   # one folder per model: the loader reads a file's siblings
      mkdir -p "$(dirname "$f")"
      [ -f "$f" ] || python3 layout/models.py "${1#n}" "$f" >&2
      echo "$PWD/$f" ;;
    *) echo "layout.sh: unknown model '$1' (car, large or n<participants>)" >&2; exit 2 ;;
  esac
}

{
  echo "# layout.sh $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "# milliseconds; cold = first map of a fresh JVM; warm = median of $REPS passes, each after an edit; collapse $COLLAPSE"
  header=1
  bench() { # MODEL [--prepare]: one JVM per run, so every model's first pass is really cold
    local m=$1 f
    shift
    f=$(model_file "$m")
    "$JAVA_HOME/bin/java" -Xmx4g -Xss8m -XX:+UseParallelGC --sun-misc-unsafe-memory-access=allow -cp "$dist/lib/*" \
      layout/LayoutBench.java --reps "$REPS" --collapse "$COLLAPSE" --dot target/layout-dot "$@" "$m=$f" 2>/dev/null |
      if [ $header = 1 ]; then cat; else tail -n +2; fi
    header=0
  }
  for m in $MODELS; do
    bench "$m"
  done
  for m in $PREPARED; do
    bench "$m" --prepare
  done
  if [ -n "$DOT" ]; then
    echo
    echo "# Graphviz $("$DOT" -V 2>&1 | sed 's/dot - graphviz version //') on the same graphs (one edge per pair, same box sizes, labels"
    echo "# when the map has them), -Tplain: layout only; best of 3 runs under 10 s, else one run; ms"
    for m in $MODELS; do
      g=target/layout-dot/$m.dot
      for engine in $ENGINES; do
        best=""
        for _ in 1 2 3; do
          t0=$(date +%s%N)
          if ! timeout "$DOT_TIMEOUT" "$DOT" -K"$engine" -Tplain "$g" > /dev/null 2>&1; then best="> $((DOT_TIMEOUT * 1000)) (timeout)"; break; fi
          t=$(( ($(date +%s%N) - t0) / 1000000 ))
          if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
          [ "$t" -lt 10000 ] || break
        done
        echo "$m $engine $best"
      done
    done
  fi
} | tee "$RESULTS_FILE"
