#!/usr/bin/env python3
"""Seeded random typed graph for the query benchmark, in a binary column format both the Swift
benchmark and peers.py read, plus random query pairs and (optionally) the same graph as relgraph
JSON for the load measurement.

Usage: generate.py ACTORS RELATIONS OUT_PREFIX [--json] [--seed S] [--queries Q] [--sentence-chars N]

Writes OUT_PREFIX.bin, OUT_PREFIX.queries (one "from to" pair a line) and with --json OUT_PREFIX.json.
--sentence-chars N pads each evidence sentence to about N characters (news sentences run 100–250;
the default, a 25-character sentence, is the worst case for a loader that skips sentences).
Binary layout (little-endian): b"RGQ1", int64 actors, int64 relations, uint8 actor type × actors,
int32 source × relations, int32 target × relations, uint8 relation type × relations,
float32 confidence × relations, uint8 evidence count × relations.

Shape: half of all relation ends are uniform, half follow a power law (hubs, as news graphs have
heads of state); no self-relations. Types and confidences are uniform.
"""
import argparse

import numpy as np

ACTOR_TYPES = ["country", "person", "organization", "agreement", "location"]
RELATION_TYPES = ["leader_of", "member_of", "located_in", "visit", "meet", "cooperate", "supply",
                  "attack", "sanction", "accuse", "party_to", "violate", "family"]


def ends(rng, actors, count):
    uniform = rng.integers(0, actors, count)
    skewed = np.minimum((actors * rng.random(count) ** 3).astype(np.int64), actors - 1)
    return np.where(rng.random(count) < 0.5, uniform, skewed).astype(np.int32)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("actors", type=int)
    parser.add_argument("relations", type=int)
    parser.add_argument("out")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--sentence-chars", type=int, default=0)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    n, m = args.actors, args.relations

    actor_types = rng.integers(0, len(ACTOR_TYPES), n).astype(np.uint8)
    source = ends(rng, n, m)
    target = ends(rng, n, m)
    loops = source == target
    target[loops] = (target[loops] + 1) % n
    relation_types = rng.integers(0, len(RELATION_TYPES), m).astype(np.uint8)
    confidence = (rng.integers(1, 21, m) * 0.05).astype(np.float32)
    evidence = rng.integers(1, 5, m).astype(np.uint8)

    with open(args.out + ".bin", "wb") as out:
        out.write(b"RGQ1")
        out.write(np.array([n, m], dtype="<i8").tobytes())
        for column in (actor_types, source, target, relation_types, confidence, evidence):
            out.write(column.astype(column.dtype.newbyteorder("<")).tobytes())

    pairs = rng.integers(0, n, (args.queries, 2))
    with open(args.out + ".queries", "w") as out:
        for a, b in pairs:
            if a == b:
                b = (b + 1) % n
            out.write(f"{a} {b}\n")

    if args.json:
        write_json(args.out + ".json", actor_types, source, target, relation_types, confidence, evidence,
                   args.sentence_chars)


# Filler for long sentences: accented words and an escaped quote, as French news text has.
FILLER = "Le président a déclaré à la presse que les \\\"échanges\\\" se poursuivraient cette année. "


def write_json(path, actor_types, source, target, relation_types, confidence, evidence, sentence_chars=0):
    """The same graph in relgraph's JSON format (README, "Design contract"), one evidence sentence per relation."""
    padding = (FILLER * (sentence_chars // len(FILLER) + 1))[:max(sentence_chars - 25, 0)].rstrip("\\")
    ids = [f"{ACTOR_TYPES[t]}:a{i}" for i, t in enumerate(actor_types)]
    with open(path, "w") as out:
        out.write('{\n  "nodes": [\n')
        out.write(",\n".join(
            f'    {{"id": "{ids[i]}", "type": "{ACTOR_TYPES[t]}", "label": "Actor {i}", '
            f'"aliases": ["A{i}"], "attributes": {{}}}}' for i, t in enumerate(actor_types)))
        out.write('\n  ],\n  "edges": [\n')
        rows = []
        for e in range(len(source)):
            rows.append(
                f'    {{"source": "{ids[source[e]]}", "target": "{ids[target[e]]}", '
                f'"type": "{RELATION_TYPES[relation_types[e]]}", "confidence": {float(confidence[e]):.2f}, '
                f'"evidence": [{{"document": "gen/d{e % 997}.txt", "sentence": "{padding}Generated sentence {e}.", '
                f'"start": {e % 5000}, "end": {e % 5000 + 24}}}]}}')
        out.write(",\n".join(rows))
        out.write("\n  ]\n}\n")


if __name__ == "__main__":
    main()
