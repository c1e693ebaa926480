#!/usr/bin/env python3
"""Which tables and indexes a SQLite store's write transactions dirty (issue 19).

Usage: copy a store's WAL and then its file while it is being written (e.g. during
`dossier bench --grow`), then
    scripts/wal-pages.py COPY.db COPY.db-wal
prints, per table or index, the WAL frames per commit (pages each write transaction wrote)
and the distinct pages over the whole WAL (what the next checkpoint writes back). Pages past
the end of the copied file are shown as `(new)`. Needs the `sqlite3` shell (dbstat).
"""
import collections
import struct
import subprocess
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    db, wal = sys.argv[1], sys.argv[2]
    names = {}
    out = subprocess.run(["sqlite3", db, "select pageno, name from dbstat"],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        page, name = line.split("|", 1)
        names[int(page)] = name
    data = open(wal, "rb").read()
    if len(data) < 32:
        sys.exit("empty WAL")
    _, _, page_size, _, salt1, salt2, _, _ = struct.unpack(">8I", data[:32])
    frames, commits, off = [], 0, 32
    while off + 24 + page_size <= len(data):
        page, size, s1, s2 = struct.unpack(">4I", data[off:off + 16])
        if (s1, s2) != (salt1, salt2):
            break  # frames of an earlier generation of the WAL
        frames.append(page)
        commits += size != 0
        off += 24 + page_size
    per = collections.Counter(names.get(p, "(new)") for p in frames)
    distinct = collections.Counter(names.get(p, "(new)") for p in set(frames))
    print(f"page size {page_size}, {len(frames)} frames, {commits} commits")
    print(f"{'table or index':40}{'frames/commit':>14}{'distinct':>10}")
    for name, n in per.most_common():
        print(f"{name:40}{n / max(commits, 1):14.1f}{distinct[name]:10}")


if __name__ == "__main__":
    main()
