#!/usr/bin/env python3
"""Turns the JSON lines of one benchmark run into a Markdown table.

Usage: report.py RESULTS.jsonl
Each query kind is compared on the pairs every tool ran (the common prefix of the pair list), so
medians are over the same queries; answers on those pairs are cross-checked (path lengths,
sums of the 5 shortest lengths, 2-hop neighbourhood sizes) and any disagreement is printed.
"""
import json
import statistics
import sys

KINDS = [("shortest", "shortest_times", "shortest_lengths"),
         ("k=5 shortest", "k5_times", "k5_length_sums"),
         ("2-hop neighbourhood", "hood2_times", "hood2_sizes")]


def fmt(seconds):
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def medians(rows):
    """One row whose numeric fields are the medians over repeated runs of the same measurement."""
    if not rows:
        return None
    merged = {key: statistics.median(row[key] for row in rows)
              if isinstance(value, (int, float)) and all(row.get(key) is not None for row in rows) else value
              for key, value in rows[0].items()}
    merged["runs"] = len(rows)
    return merged


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    by_size = {}
    for row in rows:
        if row["tool"] in ("relgraph", "igraph", "networkx"):
            by_size.setdefault((row["actors"], row["relations"]), {})[row["tool"]] = row
    for (n, m), tools in sorted(by_size.items()):
        mine = tools["relgraph"]
        print(f"\n### {n:,} actors, {m:,} relations\n")
        print("| measure | relgraph | " + " | ".join(t for t in ("igraph", "networkx") if t in tools) + " |")
        print("|---|---|" + "---|" * (len(tools) - 1))
        peers = [t for t in ("igraph", "networkx") if t in tools]
        cells = [fmt(mine["build_s"])] + [f"{fmt(tools[t]['build_s'])} ({tools[t]['build_s'] / mine['build_s']:.1f}×)" for t in peers]
        print("| build | " + " | ".join(cells) + " |")
        cells = [f"{mine['peak_rss_mb']:.0f} MB ({mine['index_bytes_per_relation']:.1f} B/relation index)"] + \
                [f"{tools[t]['peak_rss_mb']:.0f} MB" for t in peers]
        print("| peak RSS | " + " | ".join(cells) + " |")
        for label, times, answers in KINDS:
            count = min(len(tools[t][times]) for t in tools)
            if count == 0:
                continue
            base = statistics.median(mine[times][:count])
            cells = [fmt(base)]
            for t in peers:
                median = statistics.median(tools[t][times][:count])
                cells.append(f"{fmt(median)} ({median / base:.0f}× slower)" if median >= base
                             else f"{fmt(median)} ({base / median:.1f}× faster)")
                disagree = sum(1 for a, b in zip(mine[answers][:count], tools[t][answers][:count]) if a != b)
                if disagree:
                    print(f"<!-- {t} disagrees on {disagree} of {count} {label} answers -->")
            print(f"| {label} (median of {count}) | " + " | ".join(cells) + " |")
    runs = {}
    for row in rows:
        if row["tool"].startswith("relgraph-load-"):
            runs.setdefault((row["relations"], row["file_mb"]), {}).setdefault(row["tool"][len("relgraph-load-"):], []).append(row)
    for _, paths in sorted(runs.items()):
        lazy, full = medians(paths.get("catalog")), medians(paths.get("full"))
        if not (lazy and full):
            continue
        lazy_total = lazy["read_s"] + lazy["scan_s"] + lazy["index_s"] + lazy["lookup_s"]
        full_total = full["read_s"] + full["decode_s"] + full["index_s"] + full["eager_lookup_s"]
        print(f"\nLoad {lazy['file_mb']:.0f} MB JSON, medians of {lazy['runs']} runs ({lazy['actors']:,} actors, {lazy['relations']:,} relations), "
              f"query verbs' path (`GraphCatalog`): read {fmt(lazy['read_s'])}, scan {fmt(lazy['scan_s'])}, "
              f"index {fmt(lazy['index_s'])}, name lookup {fmt(lazy['lookup_s'])} = **{fmt(lazy_total)}**, "
              f"peak RSS {lazy['peak_rss_mb']:.0f} MB; one relation decoded for printing {fmt(lazy['relation_at_median_s'])} (median). "
              f"Full decode, same file, same run: read {fmt(full['read_s'])}, decode {fmt(full['decode_s'])} "
              + (f"(Foundation JSONDecoder {fmt(full['foundation_decode_s'])}), " if full.get("foundation_decode_s") is not None else "")
              + f"index {fmt(full['index_s'])}, "
              f"eager name table {fmt(full['eager_lookup_s'])} = **{fmt(full_total)}**, peak RSS {full['peak_rss_mb']:.0f} MB "
              f"(lazy name lookup on it {fmt(full['lookup_s'])}). Catalog load {full_total / lazy_total:.1f}× faster; "
              f"scan {full['decode_s'] / lazy['scan_s']:.1f}× faster than decode.")
    timings = {}
    for row in rows:
        if row["tool"] == "relgraph-path-e2e":
            timings.setdefault(row["file_mb"], {})[row["label"]] = row
    for size, labels in sorted(timings.items()):
        parts = [f"{label} median {fmt(row['median_s'])} of {len(row['times_s'])} runs" for label, row in sorted(labels.items())]
        ratio = ""
        if "before" in labels and "current" in labels:
            ratio = f" ({labels['before']['median_s'] / labels['current']['median_s']:.1f}× faster)"
        print(f"\n`relgraph path` end to end on the {size:.0f} MB graph: " + ", ".join(parts) + ratio)

if __name__ == "__main__":
    main()
