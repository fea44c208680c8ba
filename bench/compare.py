#!/usr/bin/env python3
"""Peer side of compare.sh: time one metric of igraph or NetworkX on an edge-list file.

    compare.py igraph|networkx METRIC FILE

Prints one line "RESULT <metric> <n> <seconds> <check>" where check is the same
summary value dev.valuenet.bench.Compare prints, and seconds the fastest of the timed
calls (one call when it takes a second or more, else up to five within a second). Loading the file and building the
graph (and its undirected copy) are not timed. One timed call, no warm-up: neither
library has a JIT, but the first call may pay lazy imports (NetworkX imports scipy
inside pagerank/eigenvector) and one-time initialisation, so the same metric is first
called once on a 100-node graph built the same way, untimed.

The calls are the NetworkX 3.x definitions that dev.valuenet.metrics reproduces,
and their igraph counterparts:
  betweenness   nx.betweenness_centrality(G, normalized=True)
                ig: g.betweenness(directed=True) / ((n-1)(n-2))
  closeness     nx.closeness_centrality(G)                 (incoming distances, WF-corrected)
                ig: g.closeness(mode="in")                 (no WF factor: sums differ slightly
                                                            when some nodes are unreachable)
  pagerank      nx.pagerank(G, alpha=0.85)     ig: g.pagerank(damping=0.85)
  eigenvector   nx.eigenvector_centrality_numpy(UG)
                ig: UG.eigenvector_centrality(scale=False)  (rescaled to unit norm for the check)
  articulation  nx.articulation_points(UG)     ig: UG.articulation_points()
  leiden        ig: UG.community_leiden(objective_function="modularity", n_iterations=10)
                nx: NetworkX has no Leiden of its own (leiden_communities only dispatches to
                    backends); louvain_communities(UG, seed=0) is timed instead and the
                    check says "louvain".
UG is the undirected simple graph (G.to_undirected() / as_undirected(mode="collapse")).
"""
import sys
import time


def read_edges(path):
    edges = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts and not parts[0].startswith("#"):
                edges.append((int(parts[0]), int(parts[1])))
    n = 1 + max(max(u, v) for u, v in edges)
    return n, edges


def run_igraph(metric, n, edges):
    import igraph as ig

    g = ig.Graph(n=n, edges=edges, directed=True)
    ug = g.as_undirected(mode="collapse")

    def betweenness():
        b = g.betweenness(directed=True)
        return "sum=%.6g" % (sum(b) / ((n - 1) * (n - 2)))

    def closeness():
        c = g.closeness(mode="in")
        return "sum=%.6g" % sum(x for x in c if x == x)  # NaN for unreachable nodes

    def pagerank():
        return "max=%.6g" % max(g.pagerank(damping=0.85, directed=True))

    def eigenvector():
        x = ug.eigenvector_centrality(scale=False)
        norm = sum(v * v for v in x) ** 0.5
        return "max=%.6g" % (max(abs(v) for v in x) / norm)

    def articulation():
        return "count=%d" % len(ug.articulation_points())

    def leiden():
        p = ug.community_leiden(objective_function="modularity", n_iterations=10)
        return "k=%d,Q=%.4f" % (len(p), ug.modularity(p.membership))

    return locals()[metric]


def run_networkx(metric, n, edges):
    import networkx as nx

    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    UG = G.to_undirected()

    def betweenness():
        return "sum=%.6g" % sum(nx.betweenness_centrality(G, normalized=True).values())

    def closeness():
        return "sum=%.6g" % sum(nx.closeness_centrality(G).values())

    def pagerank():
        return "max=%.6g" % max(nx.pagerank(G, alpha=0.85).values())

    def eigenvector():
        return "max=%.6g" % max(abs(v) for v in nx.eigenvector_centrality_numpy(UG).values())

    def articulation():
        return "count=%d" % sum(1 for _ in nx.articulation_points(UG))

    def leiden():
        p = nx.community.louvain_communities(UG, seed=0)
        return "louvain:k=%d,Q=%.4f" % (len(p), nx.community.modularity(UG, p))

    return locals()[metric]


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("igraph", "networkx"):
        sys.exit("usage: compare.py igraph|networkx METRIC FILE")
    lib, metric, path = sys.argv[1:]
    make = run_igraph if lib == "igraph" else run_networkx
    warm_n = 100
    make(metric, warm_n, [(u, (u * 7 + k) % warm_n) for u in range(warm_n) for k in range(1, 6)])()
    n, edges = read_edges(path)
    fn = make(metric, n, edges)
    # Same rule as Compare.java: repeat the timed call while the timed calls so far
    # took under a second in total (at most 5 calls) and report the fastest, so that
    # millisecond-scale results are not one scheduler hiccup; slow metrics run once.
    seconds = float("inf")
    total = 0.0
    for _ in range(5):
        t0 = time.perf_counter()
        check = fn()
        elapsed = time.perf_counter() - t0
        seconds = min(seconds, elapsed)
        total += elapsed
        if total >= 1.0:
            break
    print("RESULT %s %d %.4f %s" % (metric, n, seconds, check), flush=True)


if __name__ == "__main__":
    main()
