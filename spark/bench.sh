#!/usr/bin/env bash
# Import throughput, one machine against Spark local mode, on the same N records (issue 11):
# bench/import.sh generates bench/records/records-N.csv (if missing) and times `valuenet import`;
# then the Spark job aggregates the same file (local[*], 8 MB splits) and `valuenet import` turns its
# aggregate into a model, which must equal the single-machine one byte for byte.
# Usage: spark/bench.sh [N]   (default 1,000,000; build first: ./build.sh package -DskipTests)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
n=${1:-1000000}
records=$here/../bench/records
"$here/../bench/import.sh" "$n"
echo "--- Spark local mode (${SPARK_MASTER:-local[*]})"
/usr/bin/time -f "%e s elapsed, %U s user + %S s system CPU, %M KB max resident" "$here/run.sh" --master "${SPARK_MASTER:-local[*]}" \
  --conf spark.sql.files.maxPartitionBytes=8m --rates "$records/rates.txt" --period 2024 \
  -o "$records/records-$n.aggregate.jsonl" "$records/records-$n.csv"
rm -f "$records/from-spark.vnet"
"$here/../valuenet" import --report "$records/report-spark.txt" -o "$records/from-spark.vnet" "$records/records-$n.aggregate.jsonl"
cmp "$records/imported.vnet" "$records/from-spark.vnet" && echo "the models are byte-identical"
