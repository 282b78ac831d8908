#!/usr/bin/env python3
"""End-to-end time of one query verb, as a user runs it: `relgraph path FROM TO --graph G.json`.

Usage: time_path.py LABEL RELGRAPH GRAPH.json FROM TO [RUNS]
Runs the command RUNS times (default 7) after one warm-up run (so the file is in the page cache
for every run), checks it succeeds, and prints one JSON line: label, file size, every wall time
and their median.
"""
import json
import os
import statistics
import subprocess
import sys
import time


def main():
    label, binary, graph, source, target = sys.argv[1:6]
    runs = int(sys.argv[6]) if len(sys.argv) > 6 else 7
    command = [binary, "path", source, target, "--graph", graph]
    subprocess.run(command, check=True, capture_output=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    print(json.dumps({"tool": "relgraph-path-e2e", "label": label, "file_mb": os.path.getsize(graph) / 1e6,
                      "median_s": statistics.median(times), "times_s": times}))


if __name__ == "__main__":
    main()
