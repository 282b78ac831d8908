#!/usr/bin/env python3
"""NetworkX centralities for relgraph's differential centrality test.

Generates seeded random relation lists (parallel relations, both directions, self-relations and
isolated actors included), reads each as NetworkX's undirected simple graph and prints
{"cases": [{"actors": n, "relations": [[source, target], ...], "pagerank": [...],
"betweenness": [...]}]} for the Swift test to compare with PageRank and Betweenness.

Usage: centrality_oracle.py SEED CASES
"""
import json
import random
import sys

import networkx as nx


def random_case(rng):
    n = rng.randint(1, 60)
    m = rng.randint(0, 3 * n)
    relations = [[rng.randrange(n), rng.randrange(n)] for _ in range(m)]
    if n > 3 and rng.random() < 0.5:
        hub = rng.randrange(n)  # a hub, so some actors lie on many shortest paths
        relations += [[hub, rng.randrange(n)] for _ in range(n // 2)]
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from((s, t) for s, t in relations if s != t)
    pagerank = nx.pagerank(graph, alpha=0.85, tol=1e-12, max_iter=10_000)
    betweenness = nx.betweenness_centrality(graph, normalized=True)
    return {"actors": n, "relations": relations,
            "pagerank": [pagerank[i] for i in range(n)],
            "betweenness": [betweenness[i] for i in range(n)]}


def main():
    seed, cases = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed)
    json.dump({"cases": [random_case(rng) for _ in range(cases)]}, sys.stdout)


if __name__ == "__main__":
    main()
