#!/usr/bin/env sh
# Short cargo-fuzz run of every reader target (issue 12). For CI:
#   scripts/fuzz-smoke.sh            # 20 s per target
#   FUZZ_SECONDS=300 scripts/fuzz-smoke.sh
# Skips (exit 0, with a message) when the nightly toolchain or cargo-fuzz is absent; the
# stable fallback is the proptest suites (PROPTEST_CASES=20000 cargo test -p dossier-ingest
# --test props_readers; cargo test -p dossier-core --test props_extract).
set -eu
cd "$(dirname "$0")/../fuzz"
secs="${FUZZ_SECONDS:-20}"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "SKIP fuzz-smoke: no nightly toolchain (rustup toolchain install nightly)"
    exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    echo "SKIP fuzz-smoke: cargo-fuzz not installed (cargo install cargo-fuzz --locked)"
    exit 0
fi
status=0
for target in html warc jsonl; do
    echo "== fuzz $target for ${secs}s"
    # Seeds are read from corpus/$target; new inputs go to a scratch corpus, not the repo.
    scratch="$(mktemp -d)"
    if ! cargo +nightly fuzz run "$target" "$scratch" "corpus/$target" -- \
        -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 -timeout=20; then
        echo "FAIL fuzz $target: see fuzz/artifacts/$target/"
        status=1
    fi
    rm -rf "$scratch"
done
exit $status
