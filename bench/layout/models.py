#!/usr/bin/env python3
"""Writes the generated models of the layout benchmark: examples/large/generate.py scaled down.

    python3 bench/layout/models.py PARTICIPANTS OUT.vnet

PARTICIPANTS (>= 20) = 8 segments + C communities of M actors (C = 4 per 520 participants, at
least 4; M = (PARTICIPANTS - 8) // C). Below 88 participants: 2 communities of a hub, firms, two
suppliers, a customer and a regulator each (20 participants: 8 segments + 2 x 6 actors). Each community keeps the large example's make-up (a hub,
9 firms, then suppliers, customers, partners and experts in its proportions, one regulator), and
the intra-community and cross-community flows scale with M and C, so the model has the same
flows-per-actor density (~5) and the same structure as the 5,000-actor example. Same seed: the
same arguments always write the same file.
"""

import importlib.util
import os
import sys


def load_generator():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "examples", "large", "generate.py")
    spec = importlib.util.spec_from_file_location("generate", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def composition(m):
    """The large example's 130-member make-up scaled to m members (hub and 9 firms first)."""
    rest = m - 11  # hub, 9 firms, regulator
    shares = [("supplier", "Supplier", 60), ("customer", "Customer", 30), ("partner", "Partner", 20),
              ("individual", "Expert", 9)]
    counts = [max(1, round(rest * s / 119)) for _, _, s in shares]
    counts[0] += rest - sum(counts)  # suppliers take the rounding
    members = [("platform", "Hub")] + [("firm", "Firm")] * 9
    for (kind, prefix, _), n in zip(shares, counts):
        members += [(kind, prefix)] * n
    return members + [("regulator", "Regulator")]


def small_composition(m):
    """A hub, m - 5 firms, two suppliers, a customer and a regulator, all but the hub named Member<c>_<n>
    (the generator names a hub's ties after the number of its next nine members, so they must differ)."""
    return ([("platform", "Hub")] + [("firm", "Member")] * (m - 5) + [("supplier", "Member")] * 2
            + [("customer", "Member"), ("regulator", "Member")])


def generate_text(participants):
    """The model's text and counts: (text, actors, segments, flows, exchanges)."""
    g = load_generator()
    segments = len(g.SEGMENTS)
    communities = max(4, 4 * round(participants / 520))
    m = (participants - segments) // communities
    small = m < 20
    if small:
        communities = 2
        m = (participants - segments) // communities
        if m < 6:
            sys.exit("models.py: at least %d participants" % (segments + 6 * communities))
    g.COMMUNITIES = communities
    g.ACTORS_PER_COMMUNITY = m
    g.COMPOSITION = small_composition(m) if small else composition(m)
    g.EXTRA_PAIRS_PER_COMMUNITY = round(150 * m / 130)
    g.CROSS_FLOWS = round(2600 * communities * m / (40 * 130))
    w, actors, exchanges = g.generate()
    text = "\n".join(w.lines) + "\n"
    text = text.replace("network generated.large \"Generated large network\"",
                        "network generated.n%d \"Generated network, %d participants\"" % (participants, participants), 1)
    return text, actors, segments, w.flow_count, exchanges


def main():
    participants, out = int(sys.argv[1]), sys.argv[2]
    text, actors, segments, flows, exchanges = generate_text(participants)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("%s: %d actors + %d segments, %d flows + %d exchanges" % (out, actors, segments, flows, exchanges))


if __name__ == "__main__":
    main()
