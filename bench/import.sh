#!/usr/bin/env bash
# Throughput of `valuenet import` on generated interaction records (issue 11): writes
# bench/records/records-N.csv (N records, seed 1: 2,000 actors with near-duplicate spellings,
# 1% exact duplicates, EUR/USD/kg/t units, dates over 2024) and times the import.
# Usage: bench/import.sh [N]   (default 1,000,000; build first: ./build.sh package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")"
n=${1:-1000000}
mkdir -p records
data=records/records-$n.csv
if [ ! -f "$data" ]; then
  python3 - "$n" "$data" <<'PY'
import random, sys, datetime
n, path = int(sys.argv[1]), sys.argv[2]
rnd = random.Random(1)
actors = [f"Firm {i:04d}" for i in range(2000)]
spell = lambda a: rnd.choice([a, a + " Ltd", a.upper(), a + " GmbH"]) if rnd.random() < 0.05 else a
kinds = [("money", "EUR", 10, 5000), ("money", "USD", 10, 5000), ("goods", "kg", 1, 900), ("goods", "t", 1, 20), ("data", "units", 1, 100)]
start = datetime.date(2024, 1, 1)
with open(path, "w") as out:
    out.write("date,from,to,kind,amount,unit\n")
    last = None
    for i in range(n):
        if last and rnd.random() < 0.01:
            out.write(last); continue
        a = rnd.randrange(2000); b = (a + 1 + int(rnd.paretovariate(1.2))) % 2000
        kind, unit, lo, hi = kinds[rnd.randrange(len(kinds))]
        day = start + datetime.timedelta(days=rnd.randrange(366))
        last = f"{day},{spell(actors[a])},{spell(actors[b])},{kind},{rnd.uniform(lo, hi):.2f},{unit}\n"
        out.write(last)
PY
fi
printf 'USD = 0.92 EUR\n' > records/rates.txt
rm -f records/imported.vnet
/usr/bin/time -f "%e s elapsed, %U s user + %S s system CPU, %M KB max resident" ../valuenet import --rates records/rates.txt --period 2024 \
  --report records/report.txt -o records/imported.vnet "$data"
head -1 records/report.txt
