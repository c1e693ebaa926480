"""Reading `dossier extract` output: one document per input id, and each statement, event and
claim as one readable line (what extract_diff.py compares and show_doc.py prints)."""
import json

def load(path):
    docs = {}
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line:
            continue
        r = json.loads(line)
        key = (r.get('document', {}).get('meta') or {}).get('id') or r['document']['id']
        docs[key] = r
    return docs

def who(x):
    if not x:
        return '-'
    s = x.get('name') or x.get('id') or '?'
    m = x.get('mention')
    if m and m.get('text') and m['text'] != s:
        s += ' [' + m['text'] + ']'
    return s

def stmt_line(s):
    via = ''.join(' via ' + who(v) for v in s.get('via') or [])
    return 'S %s | %s | %s %s %s%s | %s' % (
        who(s.get('speaker')), (s.get('cue') or {}).get('text', '-'), s.get('mode'), s.get('stance'),
        s.get('sourcing'), via, (s.get('content') or {}).get('text', '').replace('\n', ' '))

def event_line(e):
    a = e.get('action') or {}
    return 'E %s -> %s | %s %s %s | obj=%s %s | %s' % (
        who(e.get('source')), who(e.get('target')), a.get('verb'), a.get('cameo'), a.get('plover'),
        e.get('object'), e.get('modality'), (e.get('evidence') or {}).get('text', '').replace('\n', ' '))

def claim_line(c):
    return 'C %s | %s | obj=%s | tgt=%s | %s %s | %s' % (
        who(c.get('subject')), c.get('predicate'), c.get('object'), who(c.get('target')),
        c.get('polarity'), c.get('stance'), (c.get('evidence') or {}).get('text', '').replace('\n', ' '))

def lines(r):
    out = [stmt_line(s) for s in r.get('statements', [])]
    out += [event_line(e) for e in r.get('events', [])]
    out += [claim_line(c) for c in r.get('claims', [])]
    return out
