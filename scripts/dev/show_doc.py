#!/usr/bin/env python3
"""Print one document's extraction as readable lines: actors, then statements, events, claims.

usage: scripts/dev/show_doc.py OUT.jsonl ID [--text INPUT.jsonl]   (--text prints the body first)"""
import sys, json, os
sys.path.insert(0, os.path.dirname(__file__))
from extraction import load, stmt_line, event_line, claim_line
out, doc = sys.argv[1], sys.argv[2]
if '--text' in sys.argv:
    src = sys.argv[sys.argv.index('--text') + 1]
    for l in open(src, encoding='utf-8'):
        r = json.loads(l)
        if r.get('id') == doc:
            print(r['text']); print('-' * 80)
r = load(out).get(doc)
if not r: sys.exit('no document ' + doc)
print('ACTORS: ' + '; '.join('%s (%s) x%d' % (a['name'], a['id'], len(a.get('mentions', []))) for a in r['actors']))
for s in r['statements']: print(s['id'], stmt_line(s))
for e in r['events']: print(e['id'], event_line(e))
for c in r['claims']: print(c['key'][:6], claim_line(c))
