#!/usr/bin/env python3
"""Writes a random graph JSON of ACTORS actors and about RATIO relations per actor, for limits.sh.

    graph.py ACTORS RATIO OUT_FILE SEED

Invented ids and labels; persons and countries, relation types drawn at random. Deterministic.
"""
import json
import random
import sys

TYPES = ["meet", "cooperate", "visit", "supply", "sanction", "accuse", "attack", "member_of", "leader_of"]


def main():
    actors, ratio, out, seed = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    rng = random.Random(seed)
    nodes = []
    for i in range(actors):
        kind = "country" if i % 4 == 0 else "person"
        ident = f"country:X{i}" if kind == "country" else f"person:p{i}"
        nodes.append({"id": ident, "type": kind, "label": f"Actor {i}"})
    edges, seen = [], set()
    while len(edges) < int(actors * ratio):
        a, b = rng.randrange(actors), rng.randrange(actors)
        kind = rng.choice(TYPES)
        if a == b or (a, b, kind) in seen:
            continue
        seen.add((a, b, kind))
        edges.append({"source": nodes[a]["id"], "target": nodes[b]["id"], "type": kind,
                      "confidence": round(rng.uniform(0.3, 1.0), 3)})
    with open(out, "w") as f:
        json.dump({"nodes": nodes, "edges": edges}, f)


if __name__ == "__main__":
    main()
