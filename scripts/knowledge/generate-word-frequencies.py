#!/usr/bin/env python3
"""Writes relgraph's table of common words: how often each word is written in en, fr, es and de.

The name tagger asks of every token how common its word is in the article's language: a
capitalised word that is rare in ordinary text ("Kramatorsk", "Borno") is more likely a name than
one that is common ("Forces", "Regierung", "Social"). The counts come from PyPI's `wordfreq`
(Zipf scale: 3 is once per million words, 6 once per thousand); `wordfreq` is not a dependency of
relgraph: this script is run by hand and its output committed.

    pip install wordfreq==3.1.1
    python3 scripts/knowledge/generate-word-frequencies.py

Only words with a Zipf frequency of 3 or more are kept, in four bands (3, 4, 5, 6+); rarer words
are simply absent. Words are folded as relgraph folds tokens (lowercase, no accents, ß as ss) and
stored as 32-bit FNV-1a hashes of their UTF-8 bytes, so the file holds numbers, not text.

Format (little-endian), read by `WordFrequencies` in RelGraphExtraction:
  "RGWF", UInt32 version = 1, UInt32 language count; then per language: 2 ASCII bytes (the code),
  UInt32 count N, N UInt32 hashes in ascending order, N UInt8 bands.
Output: Sources/RelGraphExtraction/Model/words.rgfreq. The same wordfreq version writes the same bytes.
"""
import os
import struct
import unicodedata

import wordfreq

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "..", "..", "Sources", "RelGraphExtraction", "Model", "words.rgfreq")
LANGUAGES = ("de", "en", "es", "fr")
MINIMUM_ZIPF = 3.0
SEPARATORS = set(" \t\n\r-'._,\u00a0\u202f\u2009\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u02bc`\u00b4")


def fold(word):
    """relgraph's folding of one token (NameFolding.fold): lowercase, no accents, ß as ss."""
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.lower().replace("ß", "ss")


def fnv1a32(text):
    value = 0x811C9DC5
    for byte in text.encode("utf-8"):
        value ^= byte
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value


def table(language):
    bands = {}
    for word in wordfreq.top_n_list(language, 400_000):
        zipf = wordfreq.zipf_frequency(word, language)
        if zipf < MINIMUM_ZIPF:
            break
        folded = fold(word)
        # One token only: the tagger asks about single tokens.
        if not folded or any(c in SEPARATORS for c in folded):
            continue
        band = min(int(zipf), 6)
        key = fnv1a32(folded)
        bands[key] = max(band, bands.get(key, 0))
    return sorted(bands.items())


def main():
    out = bytearray(b"RGWF")
    out += struct.pack("<II", 1, len(LANGUAGES))
    for language in LANGUAGES:
        rows = table(language)
        out += language.encode("ascii")
        out += struct.pack("<I", len(rows))
        out += b"".join(struct.pack("<I", key) for key, _ in rows)
        out += bytes(band for _, band in rows)
        print(f"{language}: {len(rows)} words")
    with open(OUTPUT, "wb") as handle:
        handle.write(out)
    print(f"wrote {os.path.relpath(OUTPUT)} ({len(out)} bytes)")


if __name__ == "__main__":
    main()
