#!/usr/bin/env python3
"""Writes one input of a scaling class at a given size, for Benchmarks/scaling/run.sh.

    generate.py CLASS BYTES OUT_FILE

Each class is a shape of input that once made a pass superlinear (see README.md). Text is made
of invented names and template sentences, never of corpus articles. Deterministic.
"""
import json
import random
import sys

SYLLABLES = ["ka", "lo", "mi", "ra", "den", "vo", "sha", "tu", "bel", "no", "zi", "mar", "quen", "fa", "ri", "go"]


def name(number, parts=2):
    """A capitalised invented word unique to `number`."""
    word = ""
    while True:
        word += SYLLABLES[number % len(SYLLABLES)]
        number //= len(SYLLABLES)
        if number == 0:
            break
    return word.capitalize()


def fill(size, piece):
    """Repeats piece(i) until `size` bytes."""
    out, total, i = [], 0, 0
    while total < size:
        text = piece(i)
        out.append(text)
        total += len(text.encode())
        i += 1
    return "".join(out)


def sentences(size):
    rng = random.Random(7)
    verbs = ["met", "visited", "criticised", "signed an agreement with", "sent weapons to", "held talks with"]
    countries = ["France", "Germany", "Japan", "Brazil", "Kenya", "Canada", "India", "Chile"]
    def piece(i):
        a, b = rng.sample(countries, 2)
        return f"On Monday {a} {rng.choice(verbs)} {b} in the capital, officials said. "
    return fill(size, piece) + "\n"


def pair_references(size):
    # Every sentence introduces a new person, then "the two leaders" refers back.
    def piece(i):
        return (f"President {name(i)} {name(i + 7)}rov arrived in Paris. "
                f"The two leaders discussed trade for hours.\n")
    return fill(size, piece)


def html_entities(size):
    return "<html><body><p>" + fill(size, lambda i: "word&nbsp;") + "</p></body></html>\n"


def markdown_brackets(size):
    return fill(size, lambda i: "[a](")


def punctuation(size):
    rng = random.Random(11)
    marks = ".,;:!?()[]\"'-…«»"
    return fill(size, lambda i: "".join(rng.choice(marks) for _ in range(64)))


def one_line(size):
    rng = random.Random(13)
    words = ["the", "minister", "said", "talks", "would", "continue", "with", "partners", "and", "allies"]
    return fill(size, lambda i: rng.choice(words) + " ") + "\n"


def dot_runs(size):
    # Runs of dots glued to lower-case words: every dot asks whether the sentence ends.
    return fill(size, lambda i: "a" + "." * 1000 + "b ")


def words_and_marks(size):
    # A one-letter word and a mark, alternately, on one line: a token per input byte (issue #15).
    return fill(size, lambda i: "a;") + "\n"


def surname_lexicon(size):
    header = "#relgraph-lexicon 1 persons\nname\trole\tof\tstart\n"
    return header + fill(size, lambda i: f"{name(i)} Kimura\tminister\tJP\t2020\n")


def graph_json(size):
    # Each edge about 200 bytes; ids reuse a pool so the graph is connected.
    count = max(1, size // 260)
    nodes = [{"id": f"person:p{i}", "type": "person", "label": f"P {name(i)}", "aliases": [], "attributes": {}}
             for i in range(count // 2 + 2)]
    edges = [{"source": f"person:p{i // 2}", "target": f"person:p{i // 2 + 1 + i % 2}", "type": "accuse",
              "confidence": 0.5, "evidence": [{"document": "d.txt", "sentence": "Someone accused someone else.",
                                               "start": 0, "end": 29}]}
             for i in range(count)]
    return json.dumps({"nodes": nodes, "edges": edges})


CLASSES = {
    "sentences": (sentences, "txt"), "pair-references": (pair_references, "txt"),
    "html-entities": (html_entities, "html"), "markdown-brackets": (markdown_brackets, "md"),
    "punctuation": (punctuation, "txt"), "one-line": (one_line, "txt"), "dot-runs": (dot_runs, "txt"),
    "words-and-marks": (words_and_marks, "txt"),
    "surname-lexicon": (surname_lexicon, "tsv"), "graph-json": (graph_json, "json"),
}

if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--list":
        for key, (_, extension) in CLASSES.items():
            print(key, extension)
        sys.exit(0)
    kind, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, "w", encoding="utf-8") as out:
        out.write(CLASSES[kind][0](size))
