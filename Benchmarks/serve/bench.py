#!/usr/bin/env python3
"""relgraph serve under a bounded loopback load, next to the same queries through the CLI.

Generates a synthetic corpus (Benchmarks/store/generate_corpus.py), extracts it into one graph,
starts `relgraph serve --graph` on a free port and runs wrk (4 connections, 2 threads, fixed
duration) against a neighbourhood, a path and an SVG request on the most connected actors. The
peer is the same question asked of the CLI, one process per query as a script would: `neighbors
--format json`, `path --format json`, `render --focus --depth 1 -o x.svg`, each timed REPEAT times.
Prints a Markdown table. Usage: bench.py RELGRAPH WORKDIR ARTICLES DURATION REPEAT
"""
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def wrk(url, duration):
    output = run(["wrk", "-t", "2", "-c", "4", "-d", f"{duration}s", "--latency", "--timeout", "30s", url],
                 capture_output=True, text=True).stdout
    def milliseconds(text):
        found = re.match(r"([\d.]+)(us|ms|s|m)$", text)
        if not found:
            raise RuntimeError("cannot read wrk's output:\n" + output)
        number, unit = found.groups()
        return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]
    p50 = milliseconds(re.search(r"50%\s+(\S+)", output).group(1))
    p99 = milliseconds(re.search(r"99%\s+(\S+)", output).group(1))
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {"p50": p50, "p99": p99, "rate": rate, "non2xx": int(errors.group(1)) if errors else 0}


def cli(command, repeat):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return {"p50": statistics.median(times), "max": max(times), "rate": 1000 / statistics.median(times)}


def main():
    relgraph, work, articles, duration, repeat = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"articles-{articles}"
    graph = work / f"graph-{articles}.json"
    if not graph.exists():
        if not corpus.exists():
            run([sys.executable, str(ROOT / "Benchmarks/store/generate_corpus.py"), str(articles), str(corpus), "--seed", "7"],
                stdout=subprocess.DEVNULL)
        files = sorted(str(path) for path in corpus.rglob("*") if path.is_file())
        start = time.perf_counter()
        run([relgraph, "extract", *files, "--format", "json", "-o", str(graph)])
        print(f"extracted {len(files)} articles in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    data = json.loads(graph.read_text())
    degree = {}
    for edge in data["edges"]:
        for end in (edge["source"], edge["target"]):
            degree[end] = degree.get(end, 0) + 1
    hubs = sorted(degree, key=lambda actor: (-degree[actor], actor))
    center, target = hubs[0], hubs[1]
    # A path between two actors that are not neighbours of each other, when one exists.
    linked = {(e["source"], e["target"]) for e in data["edges"]} | {(e["target"], e["source"]) for e in data["edges"]}
    far = next((actor for actor in hubs[2:200] if (center, actor) not in linked), target)

    server = subprocess.Popen([relgraph, "serve", "--graph", str(graph), "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().split()[2]
        quote = lambda actor: urllib.parse.quote(actor, safe="")
        requests = {
            "neighbourhood (depth 1, strongest 20, JSON)": f"{url}api/neighbors?actor={quote(center)}&depth=1&limit=20",
            "path (k = 3, JSON)": f"{url}api/path?from={quote(center)}&to={quote(far)}&k=3",
            "focus SVG (depth 1, strongest 20, neato)": f"{url}api/svg/neighbors?actor={quote(center)}&depth=1&limit=20",
        }
        for request in requests.values():  # warm up, and fail loudly on a bad request
            urllib.request.urlopen(request, timeout=60).read()
        served = {name: wrk(request, duration) for name, request in requests.items()}
    finally:
        server.terminate()
        server.wait(timeout=30)
    peers = {
        "neighbourhood (depth 1, strongest 20, JSON)": [relgraph, "neighbors", center, "--graph", str(graph), "--depth", "1", "--format", "json"],
        "path (k = 3, JSON)": [relgraph, "path", center, far, "--graph", str(graph), "--k", "3", "--format", "json"],
        "focus SVG (depth 1, strongest 20, neato)": [relgraph, "render", "--graph", str(graph), "--focus", center, "--depth", "1",
                                                      "-o", str(work / "focus.svg")],
    }
    measured = {name: cli(command, repeat) for name, command in peers.items()}
    print(f"graph: {len(data['nodes'])} actors, {len(data['edges'])} relations from {articles} articles; "
          f"centre {center} ({degree[center]} relations), path to {far}")
    print("| request | serve p50 | serve p99 | serve req/s | non-2xx | CLI median (one process per query) | CLI max | p50 ratio |")
    print("|---|---|---|---|---|---|---|---|")
    for name in requests:
        s, c = served[name], measured[name]
        print(f"| {name} | {s['p50']:.2f} ms | {s['p99']:.2f} ms | {s['rate']:.0f} | {s['non2xx']} | {c['p50']:.0f} ms | {c['max']:.0f} ms | {c['p50'] / s['p50']:.0f}× |")


if __name__ == "__main__":
    main()
