#!/usr/bin/env python3
"""The peers of the query benchmark: igraph and NetworkX on the same generated graph and pairs.

Usage: peers.py igraph|networkx GRAPH.bin PAIRS SHORTEST_Q K5_Q HOOD_Q
Prints one JSON line with the same fields as the Swift benchmark. Relations are links both ways,
as in relgraph's default; parallel relations are one link.

  shortest: igraph Graph.get_shortest_path, NetworkX shortest_path (bidirectional BFS)
  k = 5:    igraph Graph.get_k_shortest_paths, NetworkX shortest_simple_paths (first 5)
  2 hops:   igraph Graph.neighborhood(order=2), NetworkX single_source_shortest_path_length(cutoff=2)
"""
import itertools
import json
import warnings
import resource
import sys
import os
import time

import numpy as np


def load(path):
    with open(path, "rb") as f:
        data = f.read()
    assert data[:4] == b"RGQ1"
    n, m = np.frombuffer(data, dtype="<i8", count=2, offset=4)
    n, m = int(n), int(m)
    offset = 20 + n
    source = np.frombuffer(data, dtype="<i4", count=m, offset=offset)
    target = np.frombuffer(data, dtype="<i4", count=m, offset=offset + 4 * m)
    return n, m, source, target


def pairs(path):
    with open(path) as f:
        return [tuple(int(x) for x in line.split()) for line in f if line.strip()]


# Passes over the shortest-path and neighbourhood queries (k shortest runs once: igraph's takes
# minutes per pair at 1M actors). Same variable and meaning as in the Swift runner.
ROUNDS = int(os.environ.get("QUERY_BENCH_ROUNDS", "5"))


def median(values):
    return float(np.median(values)) if values else None


def run(tool, n, m, source, target, queries, counts):
    shortest_q, k_q, hood_q = counts
    if tool == "igraph":
        import igraph
        edges = np.column_stack((source, target))
        start = time.perf_counter()
        graph = igraph.Graph(n=n, edges=edges, directed=False)
        build = time.perf_counter() - start
        # Parallel relations are one link for path queries (k shortest would list them twice):
        # collapsing them is igraph's own extra step, timed apart from the build.
        start = time.perf_counter()
        graph.simplify(multiple=True, loops=True)
        simplify = time.perf_counter() - start
        shortest = lambda a, b: len(graph.get_shortest_path(a, b)) - 1 if a != b else 0
        k5 = lambda a, b: sum(len(p) - 1 for p in graph.get_k_shortest_paths(a, b, k=5))
        hood = lambda a: len(graph.neighborhood(a, order=2))
    else:
        import networkx as nx
        start = time.perf_counter()
        graph = nx.Graph()
        graph.add_nodes_from(range(n))
        graph.add_edges_from(zip(source.tolist(), target.tolist()))
        build = time.perf_counter() - start
        simplify = 0.0

        def shortest(a, b):
            try:
                return len(nx.shortest_path(graph, a, b)) - 1
            except nx.NetworkXNoPath:
                return -1

        def k5(a, b):
            try:
                return sum(len(p) - 1 for p in itertools.islice(nx.shortest_simple_paths(graph, a, b), 5))
            except nx.NetworkXNoPath:
                return 0

        hood = lambda a: len(nx.single_source_shortest_path_length(graph, a, cutoff=2))

    def measure(function, items, rounds=1):
        # Each query's time is its best over `rounds` passes: on a shared machine a single pass
        # catches other processes' bursts (the Swift runner does the same).
        times, answers = [float("inf")] * len(items), [None] * len(items)
        for _ in range(rounds):
            for position, item in enumerate(items):
                start = time.perf_counter()
                answers[position] = function(*item)
                times[position] = min(times[position], time.perf_counter() - start)
        return times, answers

    shortest_times, lengths = measure(shortest, queries[:shortest_q], ROUNDS)
    if tool == "igraph":  # igraph returns [] for unreachable pairs: -1 like the others
        lengths = [-1 if length < 0 else length for length in lengths]
    k_times, k_sums = measure(k5, queries[:k_q])
    hood_times, hood_sizes = measure(hood, [(a,) for a, _ in queries[:hood_q]], ROUNDS)
    return {
        "tool": tool, "actors": n, "relations": m, "build_s": build, "simplify_s": simplify,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6,
        "shortest_median_s": median(shortest_times), "k5_median_s": median(k_times),
        "hood2_median_s": median(hood_times),
        "shortest_lengths": lengths, "k5_length_sums": k_sums, "hood2_sizes": hood_sizes,
        "shortest_times": shortest_times, "k5_times": k_times, "hood2_times": hood_times,
    }


def main():
    warnings.simplefilter("ignore")  # igraph warns on every unreachable pair
    tool, graph_path, pairs_path = sys.argv[1:4]
    counts = tuple(int(x) for x in sys.argv[4:7])
    n, m, source, target = load(graph_path)
    print(json.dumps(run(tool, n, m, source, target, pairs(pairs_path), counts)))


if __name__ == "__main__":
    main()
