#!/usr/bin/env python3
"""NetworkX answers for relgraph's differential query test.

Generates seeded random typed graphs and random filtered queries, answers each query with
NetworkX and prints everything as JSON: {"cases": [{"actors", "relations", "queries"}]}.
The Swift test rebuilds each graph with GraphIndex and checks its answers against these.

Usage: networkx_oracle.py SEED CASES QUERIES_PER_CASE
"""
import itertools
import json
import random
import struct
import sys

import networkx as nx

ACTOR_TYPES = ["country", "person", "organization", "agreement", "location"]
RELATION_TYPES = ["leader_of", "member_of", "located_in", "visit", "meet", "cooperate", "supply",
                  "attack", "sanction", "accuse", "party_to", "violate", "family"]
SYMMETRIC = {"meet", "cooperate", "family"}


def float32(value):
    """relgraph stores per-relation numbers as 32-bit floats; mirror that rounding."""
    return struct.unpack("f", struct.pack("f", value))[0]


def relation_cost(confidence, evidence):
    """RelationCost.of in RelGraphQuery: 1 + (1 - confidence) + 1 / (1 + evidence)."""
    return float32(1 + (1 - confidence) + 1 / (1 + evidence))


def random_graph(rng):
    n = rng.randint(4, 45)
    m = rng.randint(n // 2, 3 * n)
    actors = [rng.choice(ACTOR_TYPES) for _ in range(n)]
    relations = []
    for _ in range(m):
        source, target = rng.randrange(n), rng.randrange(n)
        if source == target and rng.random() < 0.8:
            continue  # keep a few self-relations: queries must ignore them
        relations.append([source, target, rng.choice(RELATION_TYPES),
                          round(rng.choice(range(1, 21)) * 0.05, 2), rng.randint(0, 4)])
    return actors, relations


def random_filter(rng):
    return {
        "relations": sorted(rng.sample(RELATION_TYPES, rng.randint(3, 12))) if rng.random() < 0.4 else None,
        "actors": sorted(rng.sample(ACTOR_TYPES, rng.randint(2, 4))) if rng.random() < 0.3 else None,
        "minConfidence": rng.choice([0, 0, 0.3, 0.6]),
        "directed": rng.random() < 0.35,
    }


def filtered_graph(actors, relations, flt, named):
    """The graph a filtered query walks: allowed actors (plus the named ones) and links."""
    graph = nx.DiGraph() if flt["directed"] else nx.Graph()
    allowed_actor = [flt["actors"] is None or kind in flt["actors"] or index in named
                     for index, kind in enumerate(actors)]
    graph.add_nodes_from(index for index in range(len(actors)) if allowed_actor[index])
    for source, target, kind, confidence, evidence in relations:
        if source == target or not (allowed_actor[source] and allowed_actor[target]):
            continue
        if flt["relations"] is not None and kind not in flt["relations"]:
            continue
        if float32(confidence) < float32(flt["minConfidence"]):
            continue
        cost = relation_cost(confidence, evidence)
        links = [(source, target)]
        if flt["directed"] and kind in SYMMETRIC:
            links.append((target, source))
        for a, b in links:
            if graph.has_edge(a, b):
                graph[a][b]["weight"] = min(graph[a][b]["weight"], cost)
            else:
                graph.add_edge(a, b, weight=cost)
    return graph


def bounded_costs(graph, source, target, k, cutoff, budget=60):
    """Costs of the k cheapest simple paths of at most `cutoff` hops, or None when more than
    `budget` cheaper-but-longer paths would have to be skipped to know."""
    costs = []
    paths = nx.shortest_simple_paths(graph, source, target, weight="weight")
    for seen, path in enumerate(paths):
        if seen >= budget:
            return None
        if len(path) - 1 <= cutoff:
            costs.append(nx.path_weight(graph, path, "weight"))
            if len(costs) == k:
                break
    return costs


def answer(actors, relations, rng):
    n = len(actors)
    source, target = rng.randrange(n), rng.randrange(n)
    while target == source:
        target = rng.randrange(n)
    flt = random_filter(rng)
    graph = filtered_graph(actors, relations, flt, {source, target})
    query = {"from": source, "to": target, "filter": flt}
    if nx.has_path(graph, source, target):
        query["hops"] = nx.shortest_path_length(graph, source, target)
        query["weightedCost"] = nx.dijkstra_path_length(graph, source, target, weight="weight")
    else:
        query["hops"] = None
        query["weightedCost"] = None
    k = rng.randint(1, 6)
    query["k"] = k
    if query["hops"] is None:
        query["kHops"], query["kCosts"] = [], []
    else:
        query["kHops"] = [len(p) - 1 for p in itertools.islice(nx.shortest_simple_paths(graph, source, target), k)]
        weighted = itertools.islice(nx.shortest_simple_paths(graph, source, target, weight="weight"), k)
        query["kCosts"] = [nx.path_weight(graph, p, "weight") for p in weighted]
    cutoff = rng.randint(1, 5)
    query["cutoff"] = cutoff
    query["kCostsBounded"] = bounded_costs(graph, source, target, k, cutoff) if query["hops"] is not None else []
    query["simplePaths"] = sum(1 for _ in nx.all_simple_paths(graph, source, target, cutoff=cutoff))
    depth = rng.randint(0, 3)
    query["depth"] = depth
    ego_graph = filtered_graph(actors, relations, flt, {source})
    query["ego"] = sorted(nx.ego_graph(ego_graph, source, radius=depth).nodes)
    return query


def main():
    seed, cases, per_case = (int(arg) for arg in sys.argv[1:4])
    rng = random.Random(seed)
    out = []
    for _ in range(cases):
        actors, relations = random_graph(rng)
        out.append({"actors": actors, "relations": relations,
                    "queries": [answer(actors, relations, rng) for _ in range(per_case)]})
    json.dump({"cases": out}, sys.stdout)


if __name__ == "__main__":
    main()
