#!/usr/bin/env bash
# `valuenet check` end to end (issue 9 "Fast"): each run a fresh JVM, so JVM start-up, class loading,
# parse, link, validation and the metric checks are all in the time. Prints per run the wall clock,
# the CPU time (user + sys: on a shared machine it says more than the wall clock) and the peak memory
# (maximum resident set size), with the load average at the start. See README.md "check.sh".
#
#   ./check.sh                       # large (examples/large, 5,200 actors) and n50000, 3 runs each
#   MODELS=large RUNS=5 ./check.sh
#
# Environment (defaults in brackets):
#   MODELS [large n50000]   large = examples/large; n<P> = check/models.py P (several files of one network)
#   RUNS [3]                runs per model
#   VALUENET [../valuenet]  the command to time (./build.sh package -DskipTests builds it)
#   ARGS []                 more arguments for check, e.g. --exact
#   RESULTS_FILE [target/check-results.txt]  a copy of the output
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
MODELS=${MODELS:-large n50000}
RUNS=${RUNS:-3}
VALUENET=${VALUENET:-$root/valuenet}
ARGS=${ARGS:-}
RESULTS_FILE=${RESULTS_FILE:-target/check-results.txt}
mkdir -p target/check-models "$(dirname "$RESULTS_FILE")"

model_path() {
  case $1 in
    large) echo "$root/examples/large" ;;
    n[0-9]*)
      local d=target/check-models/$1
      [ -d "$d" ] || python3 check/models.py "${1#n}" "$d" >&2
      echo "$PWD/$d" ;;
    *) echo "check.sh: unknown model '$1' (large or n<participants>)" >&2; exit 2 ;;
  esac
}

{
  echo "# check.sh $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $VALUENET check $ARGS"
  printf '%-8s %4s %8s %8s %8s %8s %9s %6s  %s\n' model run wall_s user_s sys_s cpu_s maxrss_MB load exit
  for m in $MODELS; do
    path=$(model_path "$m")
    for r in $(seq "$RUNS"); do
      load=$(cut -d' ' -f1 /proc/loadavg)
      out=$(mktemp)
      set +e
      /usr/bin/time -f '%e %U %S %M' -o "$out" "$VALUENET" check $ARGS "$path" >/dev/null 2>&1
      code=$?
      set -e
      read -r wall user sys rss <"$out"
      rm -f "$out"
      printf '%-8s %4d %8.2f %8.2f %8.2f %8.2f %9.0f %6s  %s\n' "$m" "$r" "$wall" "$user" "$sys" \
        "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)" "$load" "$code"
    done
  done
} | tee "$RESULTS_FILE"
