#!/usr/bin/env bash
# All of Annals' tests, from a fresh clone: formatting, lints, unit and integration tests,
# benchmarks compiled and run once, and — when ../shared is beside the repository — the
# evaluations against the TempEval-3 corpora and the seed's gold timeline, with ratchets.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --locked --all-targets -- -D warnings
echo "== cargo test"
cargo test --locked
echo "== cargo bench -- --test (benchmarks compile and check their results)" && cargo bench --locked -- --test
# The fuzz targets run with nightly (`cargo +nightly fuzz run`, see BENCHMARKS.md); here they
# are only type-checked, with the stable toolchain, so an API change cannot leave them broken.
echo "== fuzz targets compile" && cargo check --locked --manifest-path fuzz/Cargo.toml --bins
echo "== browser tests" && bash scripts/browser-tests.sh
echo "== evaluations"
bash scripts/evaluate.sh
