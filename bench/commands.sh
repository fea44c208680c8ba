#!/usr/bin/env bash
# What the git and publishing commands cost on the 5,200-actor example (issue 12): diff, merge,
# history over 10 commits, site, and the language server's start-up. Each run is a fresh JVM, so JVM
# start-up, parse, link, validation and metrics are all in the time. Prints per command the wall clock,
# the CPU time (user + sys, all threads: on a shared machine it says more than the wall clock) and the
# peak memory (maximum resident set size), with the load average at the start. See README.md "commands.sh".
#
#   ./commands.sh                          # every command once
#   COMMANDS="site history" ./commands.sh  # some of them
#
# Environment (defaults in brackets):
#   COMMANDS [diff diff-metrics merge history site lsp]
#   MODEL [../examples/large/large-network.vnet]
#   VALUENET [../valuenet]  the command to time (./build.sh package -DskipTests builds it)
#   RESULTS_FILE [target/commands-results.txt]  a copy of the output
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
COMMANDS=${COMMANDS:-diff diff-metrics merge history site lsp}
MODEL=$(realpath "${MODEL:-$root/examples/large/large-network.vnet}")
VALUENET=${VALUENET:-$root/valuenet}
RESULTS_FILE=${RESULTS_FILE:-target/commands-results.txt}
work=$PWD/target/commands
rm -rf "$work"
mkdir -p "$work" "$(dirname "$RESULTS_FILE")"

python3 commands/variants.py "$MODEL" "$work/variants"
# a repository of 10 commits of the model (JGit reads it; git only writes it here)
repo=$work/repo
mkdir -p "$repo/model"
git -C "$repo" init -q -b main
cp "$MODEL" "$repo/model/model.vnet"
git -C "$repo" add . && git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -q -m "base"
for k in $(seq 9); do
  cp "$work/variants/step-$k.vnet" "$repo/model/model.vnet"
  git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -q -am "step $k"
done

# run NAME COMMAND...: one timed run; the command's standard output goes to target/commands/NAME.out
run() {
  local name=$1 out load code wall user sys rss
  shift
  out=$(mktemp)
  load=$(cut -d' ' -f1 /proc/loadavg)
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >"$work/$name.out" 2>"$work/$name.err"
  code=$?
  set -e
  # the last line: /usr/bin/time writes "Command exited with non-zero status N" first when it is not 0
  read -r wall user sys rss < <(tail -1 "$out")
  rm -f "$out"
  printf '%-14s %8.2f %8.2f %8.2f %9.0f %6s %5s  %s\n' "$name" "$wall" "$user" "$sys" "$(echo "$rss / 1024" | bc)" "$load" "$code" \
    "$(tail -1 "$work/$name.out" | cut -c1-60)"
}

{
  echo "# commands.sh $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(basename "$MODEL") ($(grep -c . "$MODEL") lines)"
  printf '%-14s %8s %8s %8s %9s %6s %5s  %s\n' command wall_s user_s sys_s maxrss_MB load exit "last line of output"
  for c in $COMMANDS; do
    case $c in
      diff) run diff "$VALUENET" diff --no-metrics "$MODEL" "$work/variants/ours.vnet" ;;
      diff-metrics) run diff-metrics "$VALUENET" diff "$MODEL" "$work/variants/ours.vnet" ;;
      merge) run merge "$VALUENET" merge "$MODEL" "$work/variants/ours.vnet" "$work/variants/theirs.vnet" -o "$work/merged.vnet" ;;
      history) run history "$VALUENET" history --actor Hub00_001 --metric betweenness "$repo/model/model.vnet" ;;
      site) run site "$VALUENET" site -o "$work/site" "$(dirname "$MODEL")" ;;
      lsp) run lsp python3 commands/lsp_client.py "$VALUENET" "$MODEL" ;;
      *) echo "commands.sh: unknown command '$c'" >&2; exit 2 ;;
    esac
  done
  echo "# lsp's last line: seconds to the initialize reply, seconds to the first diagnostics, diagnostics count"
} | tee "$RESULTS_FILE"
