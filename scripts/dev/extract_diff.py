#!/usr/bin/env python3
"""Compare two `dossier extract` outputs of the same inputs: every statement (S), event (E) and
claim (C) line that changed, per document (- old, + new), with its evidence words.

usage: scripts/dev/extract_diff.py OLD.jsonl NEW.jsonl [--counts] [--sample N --seed S]
                                   [--only S|E|C] [--doc ID]

--counts prints the totals only; --sample N picks N changed lines at random to judge by hand.
Documents are matched by their input id (`meta.id`), else by the document hash."""
import sys, random, argparse
from collections import Counter
sys.path.insert(0, __import__('os').path.dirname(__file__))
from extraction import load, lines

ap = argparse.ArgumentParser()
ap.add_argument('old'); ap.add_argument('new')
ap.add_argument('--counts', action='store_true')
ap.add_argument('--sample', type=int); ap.add_argument('--seed', type=int, default=31)
ap.add_argument('--only'); ap.add_argument('--doc')
a = ap.parse_args()
old, new = load(a.old), load(a.new)
tot = Counter(); changes = []; ndocs = 0
for k in new:
    if a.doc and k != a.doc: continue
    o = Counter(lines(old.get(k, {}))); n = Counter(lines(new[k]))
    for kind in 'SEC':
        tot[kind + ' old'] += sum(v for l, v in o.items() if l[0] == kind)
        tot[kind + ' new'] += sum(v for l, v in n.items() if l[0] == kind)
    minus = o - n; plus = n - o
    if a.only:
        minus = Counter({l: v for l, v in minus.items() if l[0] == a.only})
        plus = Counter({l: v for l, v in plus.items() if l[0] == a.only})
    if minus or plus:
        ndocs += 1
        for l in minus.elements(): changes.append((k, '-', l)); tot[l[0] + ' -'] += 1
        for l in plus.elements(): changes.append((k, '+', l)); tot[l[0] + ' +'] += 1
print('documents changed: %d' % ndocs)
for kind, name in zip('SEC', ['statements', 'events', 'claims']):
    print('%s: %d -> %d (-%d +%d)' % (name, tot[kind + ' old'], tot[kind + ' new'], tot[kind + ' -'], tot[kind + ' +']))
if a.counts: sys.exit()
if a.sample:
    random.seed(a.seed)
    picks = random.sample(changes, min(a.sample, len(changes)))
    for i, (k, sign, l) in enumerate(picks, 1):
        print('%2d %s %s %s' % (i, k, sign, l))
    sys.exit()
cur = None
for k, sign, l in changes:
    if k != cur:
        print('\n== ' + k); cur = k
    print(sign + ' ' + l)
