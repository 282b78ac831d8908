#!/usr/bin/env python3
"""Synthetic news corpus for relgraph's store benchmarks.

Writes N short articles (English and French, some Markdown and HTML) built from sentence templates
and the actors of relgraph's own lexicon files (countries, capitals, persons, organizations), so the
extractor meets names it knows. Deterministic for a given --seed. Any size:

    Benchmarks/store/generate_corpus.py 10000 /tmp/corpus --seed 7
"""
import argparse
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "Sources", "RelGraphKnowledge", "Data")

# {a}/{b}: actors (person or country); {p}: a capital; {o}: an organization. One relation each.
TEMPLATES = {
    "en": [
        "{a} met {b} in {p} on {day}.",
        "{a} accused {b} of violating the ceasefire.",
        "{a} imposed new sanctions on {b}.",
        "{a} sent weapons and ammunition to {b}.",
        "{a} visited {p} for talks with {b}.",
        "{a} and {b} signed a cooperation agreement.",
        "{a} condemned the strikes launched by {b}.",
        "{a} joined {o} last year.",
    ],
    "fr": [
        "{a} a rencontré {b} à {p} {day_fr}.",
        "{a} a accusé {b} de violer le cessez-le-feu.",
        "{a} a imposé de nouvelles sanctions à {b}.",
        "{a} a livré des armes et des munitions à {b}.",
        "{a} s'est rendu à {p} pour des entretiens avec {b}.",
        "{a} et {b} ont signé un accord de coopération.",
        "{a} a condamné les frappes lancées par {b}.",
        "{a} a rejoint {o} l'an dernier.",
    ],
}
FILLER = {
    "en": "Officials gave no further details. Markets reacted calmly to the news.",
    "fr": "Les responsables n'ont donné aucun autre détail. Les marchés ont réagi calmement.",
}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]


def rows(name):
    """The rows of a relgraph lexicon TSV as dicts (comment lines skipped)."""
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def lexicon():
    countries = {lang: [r[lang].split("|")[0] for r in rows("countries.tsv") if r.get(lang)] for lang in ("en", "fr")}
    capitals = {lang: [(r.get(lang) or r["en"]).split("|")[0] for r in rows("capitals.tsv")
                       if r.get("en") not in (None, "", "-")]
                for lang in ("en", "fr")}
    persons = sorted({r["name"] for r in rows("persons.tsv") if r.get("name")})
    organizations = {lang: [(r.get(lang) or r["label"]).split("|")[0] for r in rows("organizations.tsv")]
                     for lang in ("en", "fr")}
    for lang in ("en", "fr"):
        if not (countries[lang] and capitals[lang] and organizations[lang]):
            raise SystemExit(f"lexicon data missing under {DATA}")
    return countries, capitals, persons, organizations


def article(rng, lang, countries, capitals, persons, organizations, sentences):
    body = []
    for _ in range(sentences):
        actors = persons + countries[lang][:60]  # well-known states mostly: the first 60 by code
        a, b = rng.sample(actors, 2)
        template = rng.choice(TEMPLATES[lang])
        body.append(template.format(a=a, b=b, p=rng.choice(capitals[lang]), o=rng.choice(organizations[lang]),
                                    day=rng.choice(DAYS), day_fr=rng.choice(DAYS_FR)))
        if rng.random() < 0.3:
            body.append(FILLER[lang])
    return body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="number of articles")
    parser.add_argument("out", help="output folder (created)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sentences", type=int, default=12, help="relation sentences per article")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    countries, capitals, persons, organizations = lexicon()
    for index in range(args.count):
        lang = "fr" if index % 2 else "en"
        body = article(rng, lang, countries, capitals, persons, organizations, args.sentences)
        kind = index % 10  # 80 % plain text, 10 % Markdown, 10 % HTML
        folder = os.path.join(args.out, f"{index // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        title = f"Dispatch {index}"
        if kind == 8:
            name, text = f"a{index:06d}.{lang}.md", f"# {title}\n\n" + " ".join(body) + "\n"
        elif kind == 9:
            paragraphs = "".join(f"<p>{s.replace('&', '&amp;')}</p>" for s in body)
            name, text = f"a{index:06d}.{lang}.html", f"<html><head><title>{title}</title></head><body>{paragraphs}</body></html>\n"
        else:
            name, text = f"a{index:06d}.{lang}.txt", title + "\n\n" + " ".join(body) + "\n"
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(text)


if __name__ == "__main__":
    main()
