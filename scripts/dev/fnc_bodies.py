#!/usr/bin/env python3
"""Write the FNC-1 train bodies as dossier JSONL, one `{"id": "fnc-N", "text": …}` per body.

usage: scripts/dev/fnc_bodies.py OUT.jsonl [--data ../shared/data]

The ids are what the gold set, the tests and the tools below call the bodies (fnc-84 …).
"""
import argparse, csv, json, os

ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
a = ap.parse_args()
csv.field_size_limit(10**9)
seen = set()
with open(a.out, "w", encoding="utf-8") as out:
    path = os.path.join(a.data, "stance", "fnc-1", "train_bodies.csv")
    for row in csv.DictReader(open(path, encoding="utf-8")):
        if row["Body ID"] in seen:
            continue
        seen.add(row["Body ID"])
        out.write(json.dumps({"id": "fnc-" + row["Body ID"], "text": row["articleBody"]}) + "\n")
print(f"{len(seen)} bodies -> {a.out}")
