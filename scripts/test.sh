#!/usr/bin/env bash
# The test command: sets everything up (scripts/setup.sh), checks formatting, then runs every unit and
# integration test against the real llama-server, podman and PostgreSQL, and prints one closing line
# `tests: N passed, N failed, N skipped`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/setup.sh

cache="${BENCH_CACHE:-$HOME/.cache/benchharness}"
export BENCH_LLAMA_SERVER="${BENCH_LLAMA_SERVER:-$root/.bench/bin/llama-server}"
export BENCH_LLAMA_SRC="${BENCH_LLAMA_SRC:-$(dirname "$(dirname "$(dirname "$(readlink -f "$BENCH_LLAMA_SERVER")")")")/src}"

printf '\n== format\n' >&2
dotnet format BenchHarness.sln --verify-no-changes

printf '\n== tests\n' >&2
results="$root/artifacts/test-results"
rm -rf "$results"
status=0
dotnet test BenchHarness.sln --logger "trx" --results-directory "$results" || status=$?

# One closing line summed over every test project's TRX report.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get total) - $(get executed)))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
if ((passed == 0)); then
  echo "no test ran" >&2
  exit 1
fi
exit "$status"
