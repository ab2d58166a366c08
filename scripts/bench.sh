#!/usr/bin/env bash
# Benchmarks (figures, not tests): the engine's evaluation time and the release bundle's size.
#
#   bash scripts/bench.sh            # engine timings, then the size of the current dist/
#   bash scripts/bench.sh --build    # the same, rebuilding dist/ first
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/lib/errors.sh
source scripts/lib/errors.sh
yc_strict bench
echo "== engine: cargo bench -p yc-engine --bench evaluate (target: under 20 µs per profile)"
yc_step "engine timings"
cargo bench -q -p yc-engine --bench evaluate
echo
echo "== bundle size"
yc_step "bundle size"
bash scripts/size-report.sh "$@"
