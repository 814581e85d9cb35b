#!/usr/bin/env bash
# Measures whether the harness slows the server it measures: the same streaming request sent alternately by the
# harness's run machinery (resource sampling on) and by plain curl to one llama-server, ROUNDS times; prints each
# round and the median ratio of the server's own TG (harness / curl) and the harness's CPU time per request.
# Run it on a quiet machine after scripts/setup.sh.
#
# usage: scripts/measure-harness-overhead.sh [ROUNDS]   (default 40)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export BENCH_LLAMA_SERVER="${BENCH_LLAMA_SERVER:-$root/.bench/bin/llama-server}"
export BENCH_MEASURE=1 BENCH_MEASURE_ROUNDS="${1:-40}"
dotnet test "$root/tests/BenchHarness.IntegrationTests" --filter "FullyQualifiedName~HarnessOverheadSpecs" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "round [0-9]+:|median ratio|Passed|Failed" 
