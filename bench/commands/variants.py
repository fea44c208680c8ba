#!/usr/bin/env python3
"""Writes changed copies of a .vnet file for the diff, merge and history benchmarks.

Usage: variants.py BASE OUT_DIR
  OUT_DIR/ours.vnet    the first flow's yearly quantity doubled, the last flow deleted
  OUT_DIR/theirs.vnet  two other flows' quantities changed (different elements: a clean merge)
  OUT_DIR/step-K.vnet  K = 1..10: K flows' quantities changed, one more each step (history commits)
"""
import pathlib
import re
import sys

base, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
lines = base.read_text(encoding="utf-8").split("\n")
quantity = re.compile(r"\{ (\d+(?:\.\d+)?)(k|M)? units/year")
flows = [i for i, line in enumerate(lines) if line.lstrip().startswith("flow ") and quantity.search(line)]
if len(flows) < 20:
    sys.exit("variants.py: fewer than 20 flows with a units/year quantity in %s" % base)


def changed(source, index, factor):
    line = source[index]
    m = quantity.search(line)
    value = float(m.group(1)) * factor
    text = ("%g" % value) + (m.group(2) or "")
    source[index] = line[:m.start(1)] + text + line[m.end(2) if m.group(2) else m.end(1):]


ours = list(lines)
changed(ours, flows[0], 2)
del ours[flows[-1]]
(out / "ours.vnet").write_text("\n".join(ours), encoding="utf-8")
theirs = list(lines)
changed(theirs, flows[5], 3)
changed(theirs, flows[6], 3)
(out / "theirs.vnet").write_text("\n".join(theirs), encoding="utf-8")
step = list(lines)
for k in range(1, 11):
    changed(step, flows[10 + k], 2)
    (out / ("step-%d.vnet" % k)).write_text("\n".join(step), encoding="utf-8")
