"""Prints words/s of both systems on the same corpus and their ratio, by wall and by CPU time."""
import json
import pathlib
import statistics
import sys

corpus, times_file, spacy_file, graph_file = map(pathlib.Path, sys.argv[1:5])
words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
runs = [tuple(map(float, line.split())) for line in times_file.read_text().splitlines() if line.strip()]
wall = statistics.median(r[0] for r in runs)
cpu = statistics.median(r[1] for r in runs)
spacy = json.loads(spacy_file.read_text())
graph = json.loads(graph_file.read_text())
print(f"corpus: {size / 1_000_000:.2f} MB, {words} words (whitespace-separated), {len(list(corpus.glob('*.txt')))} files")
print(f"relgraph extract, median of {len(runs)} runs: wall {wall:.2f} s, CPU {cpu:.2f} s "
      f"-> {words / wall:,.0f} words/s wall, {words / cpu:,.0f} words/s CPU "
      f"[{len(graph['nodes'])} nodes, {len(graph['edges'])} edges; start-up and lexicon load included]")
print(f"spaCy {spacy['spacy']} fr_core_news_sm, 1 run: wall {spacy['seconds']:.2f} s, CPU {spacy['cpu_seconds']:.2f} s "
      f"-> {words / spacy['seconds']:,.0f} words/s wall, {words / spacy['cpu_seconds']:,.0f} words/s CPU "
      f"[model load {spacy['load_seconds']:.2f} s not counted]")
print(f"ratio: relgraph/spaCy = {spacy['seconds'] / wall:.1f}x by wall time, {spacy['cpu_seconds'] / cpu:.1f}x by CPU time")
