#!/usr/bin/env bash
# Side-by-side timing of dev.valuenet.metrics against igraph and NetworkX on the SAME
# edge-list files (see README.md). Prints: metric, n, ours (s), igraph (s), networkx (s),
# igraph/ours, networkx/ours (a ratio > 1 means ours is faster), then the check values
# that show the three computed the same thing.
#
#   ./compare.sh                                  # 1k and 10k all metrics, 100k the cheap ones
#   SIZES=10000 BIG_SIZES= METRICS=betweenness PEERS=igraph ./compare.sh   # betweenness on 10k vs igraph
#
# Environment (defaults in brackets):
#   SIZES [1000 10000]          sizes for all metrics
#   BIG_SIZES [100000]          sizes for the cheap metrics only (CHEAP_METRICS)
#   METRICS [betweenness betweenness1t closeness pagerank eigenvector articulation leiden]
#   CHEAP_METRICS [pagerank eigenvector articulation leiden]
#   DEGREE [5]  SEED [1]        graph generator parameters (out-edges per node, seed)
#   NX_LIMIT [120]              NetworkX runs estimated (from the previous size) or observed
#                               to take longer than this many seconds are "skipped (too slow)"
#   PEER_TIMEOUT [1800]         hard limit for one igraph run
#   THREADS []                  worker threads for ours (default: all processors)
#   PEERS [igraph networkx]     which peer libraries to run
#   JAVA_HOME [/usr/lib/jvm/temurin-25-jdk-amd64 if present]
#   IGRAPH_PYTHON, NX_PYTHON    interpreters (default: the first of python3 on PATH and
#                               /usr/bin/python3 that imports igraph / networkx >= 3)
#   RESULTS_FILE [target/compare-results.txt]  a copy of the output
set -euo pipefail
cd "$(dirname "$0")"

SIZES=${SIZES-1000 10000}
BIG_SIZES=${BIG_SIZES-100000}
METRICS=${METRICS:-betweenness betweenness1t closeness pagerank eigenvector articulation leiden}
CHEAP_METRICS=${CHEAP_METRICS:-pagerank eigenvector articulation leiden}
DEGREE=${DEGREE:-5}
SEED=${SEED:-1}
NX_LIMIT=${NX_LIMIT:-120}
PEER_TIMEOUT=${PEER_TIMEOUT:-1800}
THREADS=${THREADS:-}
PEERS=${PEERS-igraph networkx}
RESULTS_FILE=${RESULTS_FILE:-target/compare-results.txt}
export VALUENET_BENCH_GRAPHS=${VALUENET_BENCH_GRAPHS:-graphs}

if [[ -z "${JAVA_HOME:-}" && -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
	export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAR=target/benchmarks.jar
if [[ ! -f $JAR ]]; then
	echo "building $JAR ..." >&2
	../mvnw -B -q package
fi

find_python() { # $1: python snippet that must succeed
	local py
	for py in python3 /usr/bin/python3; do
		if command -v "$py" >/dev/null && "$py" -c "$1" >/dev/null 2>&1; then
			command -v "$py"
			return
		fi
	done
}
IGRAPH_PYTHON=${IGRAPH_PYTHON:-$(find_python 'import igraph')}
NX_PYTHON=${NX_PYTHON:-$(find_python 'import networkx; assert int(networkx.__version__.split(".")[0]) >= 3')}
[[ -n $IGRAPH_PYTHON ]] || echo "warning: no python with igraph (apt-get install -y python3-igraph)" >&2
[[ -n $NX_PYTHON ]] || echo "warning: no python with networkx >= 3" >&2

mkdir -p "$(dirname "$RESULTS_FILE")" "$VALUENET_BENCH_GRAPHS"
exec > >(tee "$RESULTS_FILE")

echo "# compare.sh $(date -u '+%Y-%m-%d %H:%M UTC') on $(uname -n): $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "# java: $("$JAVA" -version 2>&1 | head -1); ours threads: ${THREADS:-all ($(nproc))}"
[[ -n $IGRAPH_PYTHON ]] && echo "# igraph $("$IGRAPH_PYTHON" -c 'import igraph; print(igraph.__version__)') on $IGRAPH_PYTHON ($("$IGRAPH_PYTHON" --version 2>&1))"
[[ -n $NX_PYTHON ]] && echo "# networkx $("$NX_PYTHON" -c 'import networkx; print(networkx.__version__)') on $NX_PYTHON ($("$NX_PYTHON" --version 2>&1))"
echo "# graphs: random directed, $DEGREE out-edges per node, seed $SEED; load at start:$(uptime | sed 's/.*load average://')"
echo

declare -A TIME CHECK
NX_LAST_N=() NX_LAST_T=()

is_in() { [[ " $2 " == *" $1 "* ]]; }
peer_metric() { echo "${1%1t}"; } # betweenness1t is ours on one thread; the peers run betweenness

# $1 lib $2 metric $3 n $4 file $5 timeout -> sets TIME/CHECK[lib:metric:n]
run_peer() {
	local lib=$1 m=$2 n=$3 file=$4 limit=$5 py out rc
	if ! is_in "$lib" "$PEERS"; then
		TIME[$lib:$m:$n]="not run"; return
	fi
	py=$([[ $lib == igraph ]] && echo "$IGRAPH_PYTHON" || echo "$NX_PYTHON")
	if [[ -z $py ]]; then
		TIME[$lib:$m:$n]="n/a"; return
	fi
	echo "  $lib $m n=$n ..." >&2
	rc=0
	out=$(timeout "$limit" "$py" compare.py "$lib" "$m" "$file") || rc=$?
	if [[ $rc == 124 ]]; then
		TIME[$lib:$m:$n]="skipped (>${limit} s)"; return
	elif [[ $rc != 0 ]]; then
		TIME[$lib:$m:$n]="failed"; return
	fi
	read -r _ _ _ t c <<<"$(grep '^RESULT' <<<"$out")"
	TIME[$lib:$m:$n]=$t
	CHECK[$lib:$m:$n]=$c
}

ROWS=()
for n in $SIZES $BIG_SIZES; do
	if is_in "$n" "$SIZES"; then metrics=$METRICS; else
		metrics=""
		for m in $METRICS; do is_in "$m" "$CHEAP_METRICS" && metrics+="$m "; done
	fi
	[[ -n ${metrics// /} ]] || continue
	file=$VALUENET_BENCH_GRAPHS/random-n$n-d$DEGREE-s$SEED.edges
	if [[ ! -s $file ]]; then
		"$JAVA" -cp "$JAR" dev.valuenet.bench.RandomGraphs "$n" "$DEGREE" "$SEED" "$file" >/dev/null
	fi
	echo "n=$n: ours ..." >&2
	ours=$("$JAVA" -cp "$JAR" dev.valuenet.bench.Compare "$file" "$(echo $metrics | tr ' ' ',')" ${THREADS:+--threads $THREADS})
	while read -r _ m _ t c; do
		TIME[ours:$m:$n]=$t; CHECK[ours:$m:$n]=$c
	done < <(grep '^RESULT' <<<"$ours")
	for m in $metrics; do
		pm=$(peer_metric "$m")
		ROWS+=("$m:$n")
		if [[ $pm != "$m" ]] && is_in "$pm" "$metrics"; then
			continue # the peers' numbers of $pm are reused in the table
		fi
		run_peer igraph "$pm" "$n" "$file" "$PEER_TIMEOUT"
		# NetworkX: skip when the previous size's time scaled to this size exceeds the
		# limit (betweenness/closeness are O(n*m) = O(n^2) here, the others ~O(n log n)).
		est=""
		for i in "${!NX_LAST_N[@]}"; do
			if [[ ${NX_LAST_N[$i]%%:*} == "$pm" ]]; then
				prev_n=${NX_LAST_N[$i]#*:} prev_t=${NX_LAST_T[$i]}
				if [[ $pm == betweenness || $pm == closeness ]]; then exp=2; else exp=1.2; fi
				est=$(awk -v t="$prev_t" -v a="$n" -v b="$prev_n" -v e="$exp" 'BEGIN { printf "%.0f", t * (a / b) ^ e }')
			fi
		done
		if [[ -n $est ]] && ((est > NX_LIMIT)); then
			TIME[networkx:$pm:$n]="skipped (too slow, est. ~${est} s)"
		else
			run_peer networkx "$pm" "$n" "$file" "$NX_LIMIT"
			[[ ${TIME[networkx:$pm:$n]} == skipped* ]] && TIME[networkx:$pm:$n]="skipped (too slow, >${NX_LIMIT} s)"
		fi
		if [[ ${TIME[networkx:$pm:$n]} =~ ^[0-9.]+$ ]]; then
			NX_LAST_N+=("$pm:$n"); NX_LAST_T+=("${TIME[networkx:$pm:$n]}")
		fi
	done
done

ratio() { # $1 theirs $2 ours
	if [[ $1 =~ ^[0-9.]+$ && $2 =~ ^[0-9.]+$ ]]; then
		awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
	else
		echo "-"
	fi
}

fmt='| %-14s | %6s | %9s | %10s | %-32s | %11s | %13s |\n'
printf "$fmt" metric n "ours (s)" "igraph (s)" "networkx (s)" "igraph/ours" "networkx/ours"
printf "$fmt" "---" "---:" "---:" "---:" "---:" "---:" "---:"
for row in "${ROWS[@]}"; do
	m=${row%%:*} n=${row#*:} pm=$(peer_metric "$m")
	o=${TIME[ours:$m:$n]:-failed} ig=${TIME[igraph:$pm:$n]:-n/a} nx=${TIME[networkx:$pm:$n]:-n/a}
	label=$m
	[[ $m == betweenness1t ]] && label="betweenness 1t"
	nxs=$nx
	[[ $pm == leiden && $nx =~ ^[0-9.]+$ ]] && nxs="$nx (louvain)"
	printf "$fmt" "$label" "$n" "$o" "$ig" "$nxs" "$(ratio "$ig" "$o")" "$(ratio "$nx" "$o")"
done
echo
echo "Check values (betweenness/closeness: sum of scores; pagerank/eigenvector: max score;"
echo "articulation: count; leiden: communities and modularity; igraph closeness has no"
echo "Wasserman-Faust factor, NetworkX has no Leiden and runs Louvain):"
fmt2='| %-14s | %6s | %-16s | %-16s | %-22s |\n'
printf "$fmt2" metric n ours igraph networkx
printf "$fmt2" "---" "---:" "---" "---" "---"
for row in "${ROWS[@]}"; do
	m=${row%%:*} n=${row#*:} pm=$(peer_metric "$m")
	printf "$fmt2" "$m" "$n" "${CHECK[ours:$m:$n]:--}" "${CHECK[igraph:$pm:$n]:--}" "${CHECK[networkx:$pm:$n]:--}"
done
echo
echo "# load at end:$(uptime | sed 's/.*load average://')"
