#!/usr/bin/env python3
"""Pick N FNC-1 train bodies to read as an analyst would: none that a test, the gold set or a
document of the repo names (so none anyone tuned on), none listed in the USED files (bodies
already read), geopolitical ones only (four or more words of news about states and force).

usage: scripts/dev/pick_unseen.py BODIES.jsonl N SEED [USED.txt …]
(BODIES.jsonl from fnc_bodies.py; prints the ids, one per line)"""
import json, os, re, sys, random, subprocess
bodies, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
root = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
used = set()
grep = subprocess.run(['grep', '-rhoE', r'fnc[-_ ]?(1[-_ ]?train[-_ ]?)?[0-9]{1,4}\b'] + [os.path.join(root, p) for p in ['crates', 'tests', 'data', 'README.md', 'ARCHITECTURE.md', 'BENCHMARKS.md']], capture_output=True, text=True).stdout
used |= set(re.findall(r'([0-9]+)\b', grep))
for f in [os.path.join(root, 'tests/fixtures/gold', s) for s in ('tune.jsonl', 'heldout.jsonl')]:
    for l in open(f):
        r = json.loads(l)
        if r['source'].startswith('fnc'): used.add(r['id'])
for f in sys.argv[4:]:
    used |= {l.strip().replace('fnc-', '') for l in open(f) if l.strip() and not l.startswith('#')}
GEO = re.compile(r'\b(government|military|minister|president|forces|troops|officials?|militants?|Islamic State|ISIS|ISIL|rebels?|army|Russia|Ukraine|Syria|Iraq|Iran|Israel|Korea|China|Pentagon|Kremlin|embassy|sanctions|attack|killed|war)\b')
cands = []
for l in open(bodies):
    r = json.loads(l)
    bid = r['id'].replace('fnc-', '')
    if bid in used or len(r['text']) < 400: continue
    if len(GEO.findall(r['text'])) >= 4: cands.append(r['id'])
random.seed(seed)
picks = random.sample(sorted(cands), n)
print(len(cands), 'candidates', file=sys.stderr)
print('\n'.join(picks))
