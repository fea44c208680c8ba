#!/usr/bin/env python3
"""Generate examples/large/large-network.vnet: a large, clean, deterministic .vnet model.

The output is the stress test for the editor, the validator, the metrics and the CLI: the network
`generated.large` with 5,200 actors in 40 regional communities (firms, suppliers, customers,
partners, platforms, regulators and individuals), 8 customer segments, about 27,000 flows of every
value kind with magnitudes and units, a few hundred ties, some exchanges, a governance block and a
partner canvas.

It is written to be *clean* under `valuenet check` (no errors, no warnings):

* every actor takes part in at least one flow (each one gets a backbone relationship);
* every stand-alone money flow A -> B is emitted together with a non-money flow B -> A, and every
  exchange pays for something that comes back inside the exchange;
* names are unique, there are no self-flows, amounts use yearly periods or frequency adverbs
  (never `/unit` outside an exchange), money is in EUR or USD (with a `rate`), intangible kinds
  carry no currency, and `via` only names a tie between the flow's two ends.

Python 3 standard library only, fixed seed: the same script always writes the same bytes.

Usage (from the repository root or anywhere):

    python3 examples/large/generate.py            # writes large-network.vnet next to this script
    python3 examples/large/generate.py OUT.vnet   # writes elsewhere
"""

import math
import os
import random
import sys

SEED = 20261128
COMMUNITIES = 40
ACTORS_PER_COMMUNITY = 130  # 40 x 130 = 5,200 actors
EXTRA_PAIRS_PER_COMMUNITY = 150  # additional trading relationships inside a community
CROSS_FLOWS = 2600  # non-money flows between communities
SEGMENTS = ["Households", "SmallBusinesses", "Enterprises", "PublicSector",
            "Students", "Retirees", "Travellers", "Developers"]

# how the 130 members of a community are made up (the first one is the community's hub)
COMPOSITION = ([("platform", "Hub")] + [("firm", "Firm")] * 9 + [("supplier", "Supplier")] * 60
               + [("customer", "Customer")] * 30 + [("partner", "Partner")] * 20
               + [("individual", "Expert")] * 9 + [("regulator", "Regulator")] * 1)
assert len(COMPOSITION) == ACTORS_PER_COMMUNITY

TITLES = {
    "platform": "regional marketplace", "firm": "manufacturer", "supplier": "component supplier",
    "customer": "business customer", "partner": "service partner", "individual": "independent expert",
    "regulator": "regional regulator",
}


class Writer:
    """Collects lines and hands out unique flow names."""

    def __init__(self):
        self.lines = []
        self.flow_count = 0
        self.money_flows = 0
        self.money_in = {}  # actor -> EUR per year received
        self.money_out = {}  # actor -> EUR per year paid

    def pay(self, payer, payee, eur_per_year):
        self.money_out[payer] = self.money_out.get(payer, 0) + eur_per_year
        self.money_in[payee] = self.money_in.get(payee, 0) + eur_per_year

    def line(self, text=""):
        self.lines.append(text)

    def flow_name(self):
        self.flow_count += 1
        return "f%05d" % self.flow_count


def amount(rng, low_exp, high_exp):
    """A magnitude such as '120k' or '4.5M': mantissa 1..999 (sometimes with one decimal) and a suffix."""
    exp = rng.randint(low_exp, high_exp)  # powers of 1000: 0 -> '', 1 -> k, 2 -> M, 3 -> B
    mantissa = rng.randint(1, 999)
    if mantissa < 10 and rng.random() < 0.5:
        text = "%d.%d" % (mantissa, rng.randint(1, 9))
    else:
        text = str(mantissa)
    return text + ["", "k", "M", "B"][exp]


MULTIPLIERS = {"k": 1e3, "M": 1e6, "B": 1e9}
PER_YEAR = {"/year": 1, "monthly": 12, "quarterly": 4}


def magnitude(text):
    """The number an amount() text stands for ('4.5M' -> 4500000)."""
    return float(text[:-1]) * MULTIPLIERS[text[-1]] if text[-1] in MULTIPLIERS else float(text)


def eur_per_year(props):
    """EUR per year of money_props() text such as '120k USD/year' or '4M EUR monthly' (rate USD = 0.92 EUR)."""
    words = props.split()
    currency = words[1][:3]
    times = PER_YEAR["/year"] if words[1].endswith("/year") else PER_YEAR[words[2]]
    return magnitude(words[0]) * times * (0.92 if currency == "USD" else 1)


def goods_props(rng):
    parts = ["%s units/year" % amount(rng, 1, 2), "lead %d %s" % rng.choice([(rng.randint(1, 23), "h"),
                                                                            (rng.randint(1, 60), "d"),
                                                                            (rng.randint(1, 12), "w")])]
    if rng.random() < 0.3:
        parts.append("cost %d EUR/unit" % rng.randint(1, 900))
    if rng.random() < 0.4:
        parts.append("accuracy %d.%d%%" % (rng.randint(90, 99), rng.randint(0, 9)))
    return " ".join(parts)


def service_props(rng):
    parts = ["%s hours/year" % amount(rng, 0, 2)]
    if rng.random() < 0.3:
        parts.append("lead %d d" % rng.randint(1, 30))
    if rng.random() < 0.2:
        parts.append("accuracy %d%%" % rng.randint(85, 99))
    return " ".join(parts)


def money_props(rng):
    currency = "USD" if rng.random() < 0.15 else "EUR"
    if rng.random() < 0.1:
        return "%s %s %s" % (amount(rng, 1, 2), currency, rng.choice(["monthly", "quarterly"]))
    return "%s %s/year" % (amount(rng, 1, 2), currency)


def data_props(rng):
    props = rng.choice(["daily", "weekly", "monthly", "quarterly"])
    if rng.random() < 0.3:
        props += " accuracy %d.%d%%" % (rng.randint(90, 99), rng.randint(0, 9))
    return props


def intangible_props(rng):
    return "strength %s" % rng.choice(["low", "medium", "high"])


NON_MONEY = {"goods": goods_props, "service": service_props, "data": data_props}
INTANGIBLE = ["knowledge", "trust", "reputation", "influence"]


def emit_flow(w, rng, kind, source, target, via=None):
    assert source != target
    props = (money_props(rng) if kind == "money" else NON_MONEY[kind](rng) if kind in NON_MONEY
             else intangible_props(rng))
    if via is not None:
        props += " via " + via
    if kind == "money":
        w.money_flows += 1
        w.pay(source, target, eur_per_year(props))
    w.line("  flow %s : %s %s -> %s { %s }" % (w.flow_name(), kind, source, target, props))


def emit_trade(w, rng, seller, buyer, kind, via=None):
    """A reciprocal pair: seller gives goods/service/data, buyer pays."""
    emit_flow(w, rng, kind, seller, buyer, via)
    emit_flow(w, rng, "money", buyer, seller, via)


def generate():
    rng = random.Random(SEED)
    w = Writer()

    # ---- actors ---------------------------------------------------------------------------------
    communities = []  # per community: list of (name, kind)
    for c in range(COMMUNITIES):
        members = []
        counters = {}
        for kind, prefix in COMPOSITION:
            counters[prefix] = counters.get(prefix, 0) + 1
            name = "%s%02d_%03d" % (prefix, c, counters[prefix])
            members.append((name, kind))
        communities.append(members)
    actor_count = sum(len(m) for m in communities)

    w.line("// GENERATED by examples/large/generate.py (seed %d); do not edit by hand, re-run the script." % SEED)
    w.line("/**")
    w.line(" * A generated stress-test network: %d actors in %d regional communities, %d segments."
           % (actor_count, COMMUNITIES, len(SEGMENTS)))
    w.line(" * Each community trades around a hub marketplace; a few hubs are tied across regions.")
    w.line(" */")
    w.line('network generated.large "Generated large network" {')
    w.line("  currency EUR")
    w.line("  rate USD = 0.92 EUR")
    w.line()
    w.line("  layer financial { money }")
    w.line("  layer logistical { goods, service }")
    w.line("  layer informational { data, knowledge }")
    w.line("  layer relational { trust, reputation, influence }")
    w.line()
    w.line("  value Order : goods \"A customer order\" unit order")
    w.line()
    for c, members in enumerate(communities):
        w.line("  // ---- community %02d ----" % c)
        for name, kind in members:
            w.line('  actor %s : %s "%s, region %02d"' % (name, kind, TITLES[kind], c))
    w.line()
    for s in SEGMENTS:
        w.line('  segment %s "%s" size %s' % (s, s, amount(rng, 1, 2)))
    w.line()

    # ---- ties: contracts between each hub and its firms, ownership between neighbouring hubs ------
    ties = {}  # (a, b) -> tie name
    for c, members in enumerate(communities):
        hub = members[0][0]
        for name, kind in members[1:10]:  # the firms
            tie = "t%02d_%s" % (c, name.split("_")[1])
            ties[(hub, name)] = tie
            w.line("  tie %s : contract %s -- %s { since %d strength %s }"
                   % (tie, hub, name, rng.randint(2000, 2024), rng.choice(["low", "medium", "high"])))
    for c in range(0, COMMUNITIES, 4):
        a, b = communities[c][0][0], communities[c + 1][0][0]
        tie = "own%02d_%02d" % (c, c + 1)
        ties[(a, b)] = tie
        w.line("  tie %s : ownership %s -- %s { since %d }" % (tie, a, b, rng.randint(1990, 2020)))
    w.line()

    # ---- backbone: every actor gets at least one relationship inside its community ---------------
    for c, members in enumerate(communities):
        hub = members[0][0]
        firms = [n for n, k in members if k == "firm"]
        suppliers = [n for n, k in members if k == "supplier"]
        w.line("  // ---- community %02d flows ----" % c)
        for name, kind in members[1:]:
            if kind == "firm":
                tie = ties[(hub, name)]
                emit_trade(w, rng, name, hub, "goods", tie)  # firms sell through the hub
                emit_flow(w, rng, "data", hub, name, tie)
            elif kind == "supplier":
                firm = rng.choice(firms)
                emit_trade(w, rng, name, firm, "goods")
            elif kind == "customer":
                emit_trade(w, rng, hub, name, "service")
                emit_flow(w, rng, "trust", name, hub)
            elif kind == "partner":
                emit_trade(w, rng, name, rng.choice(firms + [hub]), "service")
            elif kind == "individual":
                emit_flow(w, rng, "knowledge", name, rng.choice(firms))
                emit_trade(w, rng, name, hub, "service")
            elif kind == "regulator":
                emit_flow(w, rng, "influence", name, hub)
                emit_flow(w, rng, "data", hub, name)
                for firm in firms:
                    emit_flow(w, rng, "data", firm, name)
        # extra trading inside the community: suppliers to several firms, firms to customers
        customers = [n for n, k in members if k == "customer"]
        for _ in range(EXTRA_PAIRS_PER_COMMUNITY):
            roll = rng.random()
            if roll < 0.5:
                emit_trade(w, rng, rng.choice(suppliers), rng.choice(firms), "goods")
            elif roll < 0.8:
                emit_trade(w, rng, rng.choice(firms), rng.choice(customers), rng.choice(["goods", "service"]))
            else:
                a, b = rng.sample(suppliers, 2)
                emit_flow(w, rng, rng.choice(["knowledge", "data", "trust"]), a, b)
        w.line()

    # ---- across communities: knowledge, data, reputation (no money, so nothing to reciprocate) ---
    w.line("  // ---- between communities ----")
    everyone = [n for members in communities for n, _ in members]
    for _ in range(CROSS_FLOWS):
        a, b = rng.sample(everyone, 2)
        emit_flow(w, rng, rng.choice(["data", "knowledge", "reputation", "trust", "goods"]), a, b)
    for (a, b), tie in sorted(ties.items()):
        if tie.startswith("own"):
            emit_trade(w, rng, a, b, "data", tie)  # the owned hub pays for shared data
    w.line()

    # ---- segments: hubs serve them, some through exchanges --------------------------------------
    w.line("  // ---- segments ----")
    exchanges = 0
    for c, members in enumerate(communities):
        hub = members[0][0]
        for s in rng.sample(SEGMENTS, 3):
            emit_trade(w, rng, hub, s, rng.choice(["goods", "service"]))
            emit_flow(w, rng, "trust", s, hub)
        firm = members[1][0]
        segment = SEGMENTS[c % len(SEGMENTS)]
        exchanges += 1
        w.line("  exchange x%02d %s <-> %s per sale {" % (c, firm, segment))
        w.line("    %s -> %s : Order 1 order" % (firm, segment))
        price = rng.randint(20, 900)
        volume = amount(rng, 1, 2)
        w.line("    %s -> %s : money %d EUR" % (segment, firm, price))
        w.line("  } volume %s sales/year" % volume)
        w.pay(segment, firm, price * magnitude(volume))
    w.line()

    # ---- every business earns what it pays out (profitability: no vnet.loss-making) ---------------
    # Random trades leave many actors paying more than they earn; each of them also sells services
    # to a segment, for 10% more than its deficit. Customers are expected to pay (and are exempt).
    w.line("  // ---- sales that balance the books ----")
    kinds = {name: kind for members in communities for name, kind in members}
    for i, name in enumerate(sorted(kinds)):
        deficit = w.money_out.get(name, 0) - w.money_in.get(name, 0)
        if kinds[name] == "customer" or deficit <= 0:
            continue
        segment = SEGMENTS[i % len(SEGMENTS)]
        w.line("  flow %s : service %s -> %s { %d hours/year }" % (w.flow_name(), name, segment, 1000 + i))
        millions = math.ceil(deficit * 1.1 / 1e5) / 10  # rounded up to 0.1M
        w.line("  flow %s : money %s -> %s { %.1fM EUR/year }" % (w.flow_name(), segment, name, millions))
        w.money_flows += 1
        w.pay(segment, name, millions * 1e6)
    w.line()

    # ---- governance -----------------------------------------------------------------------------
    hubs = [members[0][0] for members in communities]
    w.line("  governance {")
    w.line("    rule sparse : density <= 0.01 severity warning")
    w.line("    rule hubSuppliers : redundancy(%s) >= 5 severity warning" % hubs[0])
    w.line("    rule noMegaHub : betweenness(%s) <= 0.5 severity info" % hubs[1])
    w.line("    rule everyoneConnected : every supplier degree >= 1 severity error")
    w.line("    norm fairTrade \"Hubs pay suppliers within 60 days\" applies to %s" % ", ".join(hubs[:8]))
    # the owned hub pays its owner for shared data (the ownership trades above): the incentive has its flow
    w.line("    incentive regionBonus \"Bonus for cross-region data sharing\" for %s from %s" % (hubs[0], hubs[1]))
    w.line("    escalation outage %s -> %s \"Marketplace outage longer than 4 hours\""
           % (hubs[0], communities[0][-1][0]))
    w.line("    visibility f00001 confidential to %s, %s" % (communities[0][1][0], hubs[0]))
    w.line("  }")
    w.line()
    w.line("  partner %s {" % hubs[0])
    w.line("    offers \"regional reach\", \"payment handling\"")
    w.line("    desires \"more suppliers\"")
    w.line("    joint \"a shared cross-region catalogue\"")
    w.line("    hypothesis crossRegion \"A shared catalogue adds 10% orders in both regions\" status untested")
    w.line("  }")
    w.line("}")
    return w, actor_count, exchanges


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                             "large-network.vnet")
    w, actors, exchanges = generate()
    text = "\n".join(w.lines) + "\n"
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("%s: %d actors, %d segments, %d flows (%d money) + %d exchanges, %.2f MB"
          % (out, actors, len(SEGMENTS), w.flow_count, w.money_flows, exchanges, len(text.encode()) / 1e6))


if __name__ == "__main__":
    main()
