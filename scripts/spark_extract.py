#!/usr/bin/env python3
"""Run `dossier extract` over a directory of JSONL shards with PySpark, then `dossier merge`.

`dossier extract` is a pure JSONL -> JSONL filter (one extraction record per input document,
in input order), so Spark maps it over the shards with `RDD.pipe`: each partition's lines go to
one `dossier extract --input-format jsonl -` process on stdin, and its stdout lines are the
partition's output. The records are written as part files (`saveAsTextFile`), which
`dossier merge OUT --db DB` folds into a store; claim keys are deterministic, so the store ends
up with the same claims and statuses as one `dossier ingest` of all the shards.

Setup (once):  scripts/spark-setup.sh          # creates .venv-spark with PySpark from PyPI
Run:           .venv-spark/bin/python scripts/spark_extract.py SHARDS_DIR OUT_DIR \
                   --dossier target/release/dossier --db news.db

Local mode by default (--master local[N]); on a cluster pass --master and make sure the
dossier binary exists at the same path on every executor (or ship it with --files).
"""

import argparse
import glob
import os
import shlex
import shutil
import subprocess
import sys
import time


def find_dossier(explicit):
    """The dossier binary: --dossier, else on PATH, else the workspace's release/debug build."""
    if explicit:
        path = shutil.which(explicit) or explicit
        if not os.path.isfile(path):
            sys.exit(f"spark_extract.py: {explicit}: no such dossier binary")
        return os.path.abspath(path)
    on_path = shutil.which("dossier")
    if on_path:
        return on_path
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for profile in ("release", "debug"):
        candidate = os.path.join(root, "target", profile, "dossier")
        if os.path.isfile(candidate):
            return candidate
    sys.exit("spark_extract.py: no dossier binary (pass --dossier PATH or build it: cargo build --release)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shards", help="directory of JSONL shards (*.jsonl, also in subdirectories)")
    ap.add_argument("out", help="output directory for the extraction part files (must not exist, see --overwrite)")
    ap.add_argument("--dossier", help="path of the dossier binary (default: on PATH, else target/{release,debug}/dossier)")
    ap.add_argument("--master", default="local[2]", help="Spark master (default: local[2])")
    ap.add_argument("--partitions", type=int, default=0,
                    help="repartition the input into N partitions (default: one per shard/input split)")
    ap.add_argument("--db", help="after extraction, `dossier merge` the part files into this store (SQLite path or postgres:// URL)")
    ap.add_argument("--overwrite", action="store_true", help="remove OUT first if it exists")
    ap.add_argument("--tolerate-rejects", action="store_true",
                    help="do not fail a task when dossier extract exits 1 because some input lines were rejected "
                         "(they are reported on the executors' stderr as file:line)")
    args = ap.parse_args()

    dossier = find_dossier(args.dossier)
    shards = sorted(glob.glob(os.path.join(args.shards, "**", "*.jsonl"), recursive=True))
    if not shards:
        sys.exit(f"spark_extract.py: {args.shards}: no *.jsonl shards")
    if os.path.exists(args.out):
        if not args.overwrite:
            sys.exit(f"spark_extract.py: {args.out} exists (pass --overwrite to replace it)")
        shutil.rmtree(args.out)

    if args.master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from pyspark import SparkConf, SparkContext  # imported late: --help works without Spark

    conf = (SparkConf().setMaster(args.master).setAppName("dossier-extract")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    started = time.time()
    try:
        lines = sc.textFile(",".join(os.path.abspath(s) for s in shards))
        lines = lines.filter(lambda line: line.strip() != "")
        if args.partitions > 0:
            lines = lines.repartition(args.partitions)
        # One extraction thread per pipe process: Spark runs one process per core already.
        command = f"{shlex.quote(dossier)} extract --input-format jsonl -j 1 -"
        records = lines.pipe(command, checkCode=not args.tolerate_rejects)
        records.saveAsTextFile(os.path.abspath(args.out))
    finally:
        sc.stop()
    extract_secs = time.time() - started

    n = 0
    for part in sorted(glob.glob(os.path.join(args.out, "part-*"))):
        with open(part, "rb") as f:
            n += sum(1 for line in f if line.strip())
    print(f"spark_extract.py: {len(shards)} shards -> {n} extraction records in {args.out} "
          f"in {extract_secs:.1f} s ({args.master})", file=sys.stderr)

    if args.db:
        started = time.time()
        merged = subprocess.run([dossier, "merge", args.out, "--db", args.db])
        print(f"spark_extract.py: dossier merge took {time.time() - started:.1f} s", file=sys.stderr)
        return merged.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
