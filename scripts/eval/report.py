#!/usr/bin/env python3
"""Scores relgraph's extractor on annotated corpus splits with the project's evaluator.

For each split and each decider it runs ../shared/eval/score.py --json and prints micro
precision/recall/F1 for actors and relations, relation F1 per language (from the article id's
prefix) and per relation type. Only aggregate numbers are printed, never article text.

  scripts/eval/report.py                                  # train, validation, dev; union decider
  scripts/eval/report.py --splits validation --deciders rules,model,combined,union
"""
import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def prf(c):
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(shared, split, binary, decider, extra):
    cmd = f"{binary} extract {{file}} --format json --decider {decider} {extra}".strip()
    out = subprocess.run([sys.executable, str(shared / "eval/score.py"), "--gold", str(shared / "corpus" / split / "gold"),
                          "--cmd", cmd, "--json"], capture_output=True, text=True, check=False)
    if out.returncode not in (0, 1):
        sys.exit(f"score.py failed on {split}: {out.stderr.strip()}")
    return json.loads(out.stdout)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--binary", default=str(ROOT / ".build/release/relgraph"))
    ap.add_argument("--splits", default="train,validation,dev")
    ap.add_argument("--deciders", default="union")
    ap.add_argument("--extra", default="", help="more arguments for relgraph extract")
    ap.add_argument("--by-type", action="store_true", help="also print relation F1 per type")
    a = ap.parse_args()
    shared = Path(a.shared)
    print(f"{'split':<11}{'decider':<10}{'actors P/R/F1':<22}{'relations P/R/F1':<22}per language (relation F1)")
    for split in a.splits.split(","):
        for decider in a.deciders.split(","):
            res = score(shared, split, a.binary, decider, a.extra)
            micro = res["micro"]
            by_lang = defaultdict(Counter)
            for row in res["articles"]:
                lang = row["id"].split("-")[0] if row["id"].split("-")[0] in ("fr", "en", "es", "de") else "fr"
                by_lang[lang].update({k: row["relations"][k] for k in ("tp", "fp", "fn")})
            langs = "  ".join(f"{l} {prf(c)[2]:.3f}" for l, c in sorted(by_lang.items()))
            ap_, ar, af = prf(micro["actors"])
            rp, rr, rf = prf(micro["relations"])
            print(f"{split:<11}{decider:<10}{ap_:.3f}/{ar:.3f}/{af:.3f}     {rp:.3f}/{rr:.3f}/{rf:.3f}     {langs}")
            if a.by_type:
                for t, c in sorted(micro["relations"]["by_type"].items()):
                    p, r, f = prf(c)
                    print(f"{'':<21}{t:<12} P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {c['tp']} fp {c['fp']} fn {c['fn']})")
            for problem in res["problems"]:
                print(f"  problem: {problem}")


if __name__ == "__main__":
    main()
