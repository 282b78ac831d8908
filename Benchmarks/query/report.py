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
    for row in rows:
        if row["tool"] == "relgraph-load":
            total = row["read_s"] + row["decode_s"] + row["index_s"]
            print(f"\nLoad {row['file_mb']:.0f} MB JSON ({row['actors']:,} actors, {row['relations']:,} relations): "
                  f"read {fmt(row['read_s'])}, decode {fmt(row['decode_s'])} ({row['decode_s'] / total:.0%} of load; "
                  f"Foundation JSONDecoder {fmt(row['foundation_decode_s'])}, {row['foundation_decode_s'] / row['decode_s']:.1f}× slower), "
                  f"index {fmt(row['index_s'])}, name lookup {fmt(row['lookup_s'])}, peak RSS {row['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
