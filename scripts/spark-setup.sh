#!/usr/bin/env bash
# spark-setup.sh — create .venv-spark (gitignored) with PySpark from PyPI, for scripts/spark_extract.py.
# Needs python3 (3.9+) and a Java 17 runtime on PATH (PySpark runs the JVM in local mode).
# Usage: scripts/spark-setup.sh   then   .venv-spark/bin/python scripts/spark_extract.py --help
set -euo pipefail
cd "$(dirname "$0")/.."
PYSPARK_VERSION=${PYSPARK_VERSION:-3.5.3}
command -v java >/dev/null || { echo "spark-setup.sh: java not found (install a Java 17 runtime)" >&2; exit 3; }
if [ ! -x .venv-spark/bin/python ]; then
  python3 -m venv .venv-spark
fi
.venv-spark/bin/pip install --quiet --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
.venv-spark/bin/python -c 'import pyspark; print("pyspark", pyspark.__version__, "in .venv-spark")'
