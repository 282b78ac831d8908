#!/usr/bin/env python3
"""Lexicon load benchmark: relgraph's in-process load time (`relgraph lexicon stats` reports it)
against a Python csv + dict peer loading the same files, medians over N runs of each, same machine,
same run. Usage: Benchmarks/knowledge/run.py [RUNS]  (build first: swift build -c release)."""
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peer_loader  # noqa: E402

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 11
BIN = os.path.join(ROOT, ".build/release/relgraph")
DATA = os.path.join(ROOT, "Sources/RelGraphKnowledge/Data")


def relgraph_load_ms():
    # Parsing the TSV files, like the peer: without the lexicon snapshot (Benchmarks/startup measures that).
    environment = dict(os.environ, RELGRAPH_CACHE_DIR="")
    out = subprocess.run([BIN, "lexicon", "stats"], capture_output=True, text=True, check=True, env=environment).stdout
    return float(out.rsplit("load time: ", 1)[1].split()[0])


def wall_ms(command):
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return (time.perf_counter() - start) * 1000


def cpu_ms(command):
    """User+system CPU time of one child process: less sensitive to a busy machine than wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)) * 1000


def peer_ms():
    start = time.perf_counter()
    keys = len(peer_loader.load(DATA))
    return (time.perf_counter() - start) * 1000, keys


if not os.access(BIN, os.X_OK):
    sys.exit(f"{BIN} missing: run `swift build -c release --product relgraph` first")
files = [f for f in os.listdir(DATA) if f.endswith(".tsv")]
size = sum(os.path.getsize(os.path.join(DATA, f)) for f in files)
ours = [relgraph_load_ms() for _ in range(RUNS)]
peers = [peer_ms() for _ in range(RUNS)]
lookup = [wall_ms([BIN, "lexicon", "lookup", "Russie"]) for _ in range(RUNS)]
version = [wall_ms([BIN, "--version"]) for _ in range(RUNS)]
lookup_cpu = [cpu_ms([BIN, "lexicon", "lookup", "Russie"]) for _ in range(RUNS)]
version_cpu = [cpu_ms([BIN, "--version"]) for _ in range(RUNS)]
load_avg = os.getloadavg()[0]
print(f"machine: {os.cpu_count()} cores, load average {load_avg:.1f} at the end of the run")
print(f"data: {len(files)} files, {size / 1024:.0f} KiB; peer index keys {peers[0][1]}; runs {RUNS}")
print(f"relgraph Lexicon.load (in-process, release): median {statistics.median(ours):.1f} ms "
      f"(min {min(ours):.1f}, max {max(ours):.1f})")
print(f"python csv+dict peer (in-process):          median {statistics.median(p[0] for p in peers):.1f} ms")
print(f"ratio peer/relgraph: {statistics.median(p[0] for p in peers) / statistics.median(ours):.2f}x")
print(f"process wall time: `lexicon lookup Russie` median {statistics.median(lookup):.1f} ms, "
      f"`--version` median {statistics.median(version):.1f} ms")
print(f"process CPU time (user+sys): `lexicon lookup Russie` median {statistics.median(lookup_cpu):.0f} ms, "
      f"`--version` median {statistics.median(version_cpu):.0f} ms")
