#!/usr/bin/env bash
# Re-judges stored power sessions (the output folders of scripts/measure-power.sh) with the current bench's
# comparison rule and prints their power table: the raw runs outlive the rule, so a changed rule is checked against
# the same measured sessions instead of new ones. Runs are imported into a throwaway local PostgreSQL cluster.
# Sessions of one condition from several folders are pooled (a condition is its name: aa, slow0.05, ...); give
# each measurement its own BENCH_POWER_LABEL so their labels do not collide.
#
# usage: scripts/power-reevaluate.sh OUT [OUT...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(($#)) || { echo "usage: scripts/power-reevaluate.sh OUT [OUT...]" >&2; exit 2; }
work="$(mktemp -d -t bench-power-reevaluate.XXXXXX)"
chmod 755 "$work" # the local cluster runs as the postgres user when bench runs as root
export BENCH_DATA="$work/pg"
unset BENCH_DB
bench() { "$root/bench" "$@"; }
cleanup() { bench db stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
bench db start >/dev/null

for out in "$@"; do
  bench import "$out/results" > /dev/null
  # A session is a label pair <prefix>-<condition>-<k>-a / -b; a session stopped half-way has no -b side to pair.
  for session in $(jq -r '.label // empty' "$out"/results/*/run.json | sed -n 's/-a$//p' | sort -u); do
    condition="$(sed -E 's/^[^-]+-(.*)-[0-9]+$/\1/' <<< "$session")"
    bench compare --baseline "$session-a" --candidate "$session-b" --json 2> /dev/null |
      jq -r '.cases[] | select(.metric == "tg") | "\(.verdict) \(.smallest_detectable_change // "null") \(.ratio) \(.starts_baseline)"' |
      awk -v s="$session" '$4 >= 24 { print $1, $2, $3, s }' >> "$work/$condition.txt" || true
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2); else print "nan" }'; }
echo "| condition | sessions | median TG ratio B/A | per-session ratios | slower | faster | called slower | median smallest detectable change |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for file in "$work"/*.txt; do
  condition="$(basename "$file" .txt)"
  n="$(wc -l < "$file")"
  slower="$(grep -c '^slower ' "$file" || true)"
  faster="$(grep -c '^faster ' "$file" || true)"
  ratio="$(cut -d' ' -f3 "$file" | median)"
  sdc="$(cut -d' ' -f2 "$file" | grep -v null | median)"
  ratios="$(awk '{ printf "%s%.3f%s", (NR > 1 ? ", " : ""), $3, ($1 == "slower" ? "*" : "") }' "$file")"
  awk -v c="$condition" -v n="$n" -v s="$slower" -v f="$faster" -v r="$ratio" -v m="$sdc" -v list="$ratios" \
    'BEGIN { printf "| %s | %d | %.3f | %s | %d | %d | %.0f %% | %.1f %% |\n", c, n, r, list, s, f, 100 * s / n, 100 * m }'
done
