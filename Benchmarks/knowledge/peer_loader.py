"""Peer for the lexicon load benchmark: the same Data/*.tsv files read by Python's csv module
into a dict from folded form to entries, the core of what Lexicon.load does (without demonym
inflection, ambiguity marking or validation, so it does somewhat less work)."""
import csv
import os
import sys
import unicodedata

SEPARATORS = str.maketrans({c: " " for c in "-'._,\u2019\u2018\u2010\u2011\u2013\u2014\u00a0`"})


def fold(text):
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.translate(SEPARATORS).split())


def load(folder):
    index = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".tsv") or name.startswith("triggers"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            header = handle.readline().split()
            rows = csv.reader((line for line in handle if line.strip() and not line.startswith("#")),
                              delimiter="\t", quoting=csv.QUOTE_NONE)
            columns = next(rows)
            for row in rows:
                for column, cell in zip(columns, row):
                    for form in cell.split("|"):
                        if form:
                            index.setdefault(fold(form), []).append((header[2], row[0], column))
    return index


if __name__ == "__main__":
    print(len(load(sys.argv[1])))
