#!/usr/bin/env bash
# Every evaluation that scores extraction, with one dossier binary, into one file to diff
# against another build's: gold claims/events/statements (both halves), the attribution fixtures
# and PolNeAR dev, event coding, veracity.
# usage: scripts/dev/evals.sh BIN OUT [DATA]   (BIN target/release/dossier of some checkout;
# the evaluations run in that checkout; DATA the shared data folder, default ../shared/data
# beside the checkout)
set -u
BIN=$(readlink -f "$1"); OUT=$(readlink -f "$2")
ROOT=$(dirname "$(dirname "$(dirname "$BIN")")")
D=$(readlink -f "${3:-$ROOT/../shared/data}")
export DOSSIER_SHARED_DATA=$D
cd "$ROOT" || exit 1
{
echo "### $BIN ($(git -C "$ROOT" log --oneline -1)) $(date -u +%H:%M)"
echo "## eval claims"; "$BIN" eval claims --data $D 2>&1
echo "## eval attribution (fixtures)"; "$BIN" eval attribution 2>&1 | tail -8
echo "## eval attribution PolNeAR dev"; "$BIN" eval attribution --polnear $D/attribution/polnear --split dev 2>&1 | tail -15
echo "## eval events"; "$BIN" eval events --data $D/event-coding 2>&1 | tail -40
echo "## eval veracity"; "$BIN" eval veracity --data $D/stance/emergent 2>&1
} > "$OUT"
echo "wrote $OUT"
