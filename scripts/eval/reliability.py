#!/usr/bin/env python3
"""How far relgraph's edge confidences can be trusted on annotated corpus splits.

Extracts every article of each split, judges each edge right or wrong as ../shared/eval/score.py
does (its own actor matching), and prints, by confidence band, the edges, their mean confidence and
the share that is right, then the expected calibration error (edge-weighted gap between the two),
the Brier score and the log-loss. A calibrated confidence of 0.7 is right about 70 % of the time.
Only aggregate numbers are printed, never article text.

  scripts/eval/reliability.py                              # validation and dev, bundled models
  scripts/eval/reliability.py --splits train --models /tmp/models
"""
import argparse
import json
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The bands `relgraph train` prints: each holds its upper bound, the first also its lower one.
BANDS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0)]


def judged_edges(scorer, split_dir, binary, models):
    """(confidence, right) for every edge relgraph outputs on the split's articles."""
    judged = []
    for gold_file in sorted((split_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        command = [binary, "extract", str(split_dir / "articles" / (gold_file.stem + ".txt")), "--format", "json"]
        if models:
            command += ["--models", models]
        graph = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        nodes = graph["nodes"]
        pairs = scorer.match_actors(nodes, gold["actors"])
        key_of = {node["id"]: gold["actors"][pairs[i]]["key"] if i in pairs else "\0" + node["id"] for i, node in enumerate(nodes)}

        def relation_key(kind, source, target):
            return (kind, *sorted((source, target))) if kind in scorer.SYMMETRIC else (kind, source, target)

        unmatched = Counter(relation_key(r["type"], r["source"], r["target"]) for r in gold["relations"])
        for edge in graph["edges"]:
            key = relation_key(edge["type"], key_of.get(edge["source"], "\0"), key_of.get(edge["target"], "\0"))
            right = unmatched[key] > 0
            if right:
                unmatched[key] -= 1
            judged.append((edge["confidence"], right))
    return judged


def report(name, judged):
    print(f"{name}: {len(judged)} edges, {sum(right for _, right in judged)} right")
    print("  band       edges   mean confidence   share right")
    gap = 0.0
    for index, (low, high) in enumerate(BANDS):
        band = [(c, r) for c, r in judged if c <= high and (c > low or index == 0)]
        if not band:
            print(f"  {low:.1f}–{high:.1f}   {0:5d}")
            continue
        mean = sum(c for c, _ in band) / len(band)
        share = sum(r for _, r in band) / len(band)
        gap += len(band) * abs(mean - share)
        print(f"  {low:.1f}–{high:.1f}   {len(band):5d}   {mean:15.3f}   {share:11.3f}")
    if judged:
        brier = sum((c - r) ** 2 for c, r in judged) / len(judged)
        loss = -sum(math.log(min(max(c if r else 1 - c, 1e-6), 1.0)) for c, r in judged) / len(judged)
        print(f"  expected calibration error {gap / len(judged):.3f}, Brier {brier:.4f}, log-loss {loss:.4f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--binary", default=str(ROOT / ".build/release/relgraph"))
    ap.add_argument("--splits", default="validation,dev")
    ap.add_argument("--models", help="a folder of model files (relgraph extract --models)")
    args = ap.parse_args()
    shared = Path(args.shared)
    sys.path.insert(0, str(shared / "eval"))
    import score as scorer  # the project's evaluator, for its actor matching

    for split in args.splits.split(","):
        report(split, judged_edges(scorer, shared / "corpus" / split, args.binary, args.models))


if __name__ == "__main__":
    main()
