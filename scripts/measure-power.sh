#!/usr/bin/env bash
# Measures the power of `bench ab` at its default rounds with a real server-side slowdown of known size: a CPU
# quota on the candidate server's process group. Runs AA A/A sessions (no quota on either side) and SLOW
# sessions for each quota (B's server capped at (1 - s) of one CPU; that slows its TG by more than s, so
# the table reports the ratio each condition really measured), interleaved so that a change of the machine over the hours weighs on every condition alike,
# and rewrites the power table after every session (so a stopped measurement still leaves its table): the median
# TG ratio the sessions measured (the slowdown the quota really gave), how often each condition was called slower /
# faster, and the median smallest detectable change the sessions reported.
# 20 + 10 + 10 sessions of 24 rounds take about two hours here with the defaults below.
#
# usage: scripts/measure-power.sh [AA (20)] [SLOW (10)] [ROUNDS (bench ab's default)] [SLOWDOWNS ("0.02 0.07")]
#        With the 10 ms period, quotas of 98 %, 97.5 %, 95 %, 93 % and 90 % slowed TG here by about 5 %, 6 %, 8-10 %,
#        11 % and 14-15 %: a quota costs more than its share, as the server's other threads spend the same quota.
#        The defaults aim at about 5 % and 10 %; the table's ratio column is what they really gave.
# env:   BENCH_LLAMA_SERVER (the llama-server binary), BENCH_POWER_MODEL (a GGUF; default the test MoE model),
#        BENCH_POWER_OUT (folder for the sessions' results and JSON; default a new temporary folder),
#        BENCH_POWER_REPEATS (5), BENCH_POWER_WARMUP (1), BENCH_POWER_TOKENS (64): the work of one server start;
#        the start is the unit that varies, so a few requests per start are enough,
#        BENCH_POWER_LABEL (power): the sessions' label prefix (<prefix>-<condition>-<k>-a / -b),
#        BENCH_POWER_PERIOD_US (10000): the quota's accounting period. CFS grants (1 - s) x period of CPU per period,
#        so a request much shorter than a few periods (64 tokens take ~0.2 s here) escapes most of a 100 ms
#        period's throttling; a 10 ms period makes the slowdown hold for short requests too.
#        BENCH_POWER_SERVER_CPUS: pin both sides' servers to these CPUs (taskset list, e.g. 1), so that other work
#        on the machine is kept off the measured core; BENCH_POWER_HARNESS_CPUS: the same for bench itself.
#
# The quota uses cgroup v2 (cpu.max) when /sys/fs/cgroup is a unified hierarchy, else cgroup v1's cpu controller
# (cpu.cfs_quota_us); both need write access to the cgroup tree (root, or a delegated subtree).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
aa="${1:-20}" slow="${2:-10}" rounds="${3:-}" slowdowns="${4:-0.02 0.07}"
server="${BENCH_LLAMA_SERVER:-$root/.bench/bin/llama-server}"
model="${BENCH_POWER_MODEL:-/root/.cache/benchharness/models/test-moe.gguf}"
out="${BENCH_POWER_OUT:-$(mktemp -d -t bench-power.XXXXXX)}"
period="${BENCH_POWER_PERIOD_US:-10000}"
repeats="${BENCH_POWER_REPEATS:-5}" warmup="${BENCH_POWER_WARMUP:-1}" tokens="${BENCH_POWER_TOKENS:-64}"
pin_server=() pin_harness=()
[[ -n "${BENCH_POWER_SERVER_CPUS:-}" ]] && pin_server=(taskset -c "$BENCH_POWER_SERVER_CPUS")
[[ -n "${BENCH_POWER_HARNESS_CPUS:-}" ]] && pin_harness=(taskset -c "$BENCH_POWER_HARNESS_CPUS")
[[ -x "$server" ]] || { echo "measure-power: no llama-server at $server (set BENCH_LLAMA_SERVER)" >&2; exit 2; }
[[ -f "$model" ]] || { echo "measure-power: no model at $model (set BENCH_POWER_MODEL)" >&2; exit 2; }
mkdir -p "$out"

if [[ -f /sys/fs/cgroup/cgroup.controllers ]]; then
  cgroot=/sys/fs/cgroup
  echo "+cpu" > "$cgroot/cgroup.subtree_control" 2>/dev/null || true
  set_quota() { if [[ "$2" == max ]]; then echo "max $period" > "$1/cpu.max"; else echo "$2 $period" > "$1/cpu.max"; fi; }
else
  cgroot=/sys/fs/cgroup/cpu
  set_quota() { echo "$period" > "$1/cpu.cfs_period_us"; if [[ "$2" == max ]]; then echo -1 > "$1/cpu.cfs_quota_us"; else echo "$2" > "$1/cpu.cfs_quota_us"; fi; }
fi

# One cgroup and one wrapper per quota; the wrapper moves itself into the cgroup and becomes llama-server, so
# only the server is capped (not the harness) and both sides start the same way.
groups=()
cleanup() { for g in "${groups[@]}"; do rmdir "$g" 2>/dev/null || true; done; }
trap cleanup EXIT
wrapper() { # name quota; sets $made (not in a subshell, so cleanup sees the cgroup)
  local name="$1" quota="$2" group="$cgroot/bench-power-$1-$$"
  mkdir -p "$group" && groups+=("$group")
  set_quota "$group" "$quota"
  printf '#!/usr/bin/env bash\necho $$ > %q/cgroup.procs\nexec %s %q "$@"\n' "$group" "${pin_server[*]:-}" "$server" > "$out/server-$name"
  chmod +x "$out/server-$name"
  made="$out/server-$name"
}

cat > "$out/power.yaml" <<EOF
name: power
server:
  engine: process
  binary: "$server"
  model: "$model"
  host: 127.0.0.1
  port: auto
  startup_timeout: 1m
  args: ["-c", "1024", "-t", "1", "-np", "1", "--load-mode", "none"]
variants:
  - name: default
prompts:
  - name: fixed
    messages:
      - role: user
        content: Write a few words.
    max_tokens: $tokens
sampling: {temperature: 0.0, ignore_eos: true, grammar: "root ::= [a-z ]+"}
repeats: $repeats
warmup: $warmup
stream: false
EOF

wrapper full max
full="$made"
session() { # condition index candidate-binary
  local args=(ab "$out/power.yaml" --a "$full" --b "$3" --label "${BENCH_POWER_LABEL:-power}-$1-$2" --results "$out/results" --no-db --json)
  [[ -n "$rounds" ]] && args+=(--rounds "$rounds")
  "${pin_harness[@]}" "$root/bench" "${args[@]}" < /dev/null > "$out/power-$1-$2.json" 2> "$out/power-$1-$2.log" || true
  jq -r '.cases[] | select(.metric == "tg") | "\(.verdict) \(.smallest_detectable_change // "null") \(.ratio)"' "$out/power-$1-$2.json"
}

summarise() { # condition sessions-file
  local n slower faster median ratio
  n="$(wc -l < "$2")"
  slower="$(grep -c '^slower ' "$2" || true)"
  faster="$(grep -c '^faster ' "$2" || true)"
  median="$(cut -d' ' -f2 "$2" | median_of)"
  ratio="$(cut -d' ' -f3 "$2" | median_of)"
  awk -v c="$1" -v n="$n" -v s="$slower" -v f="$faster" -v m="$median" -v r="$ratio" \
    'BEGIN { printf "| %s | %d | %s | %d | %d | %.0f %% | %s |\n", c, n, r == "nan" ? "-" : sprintf("%.3f", r), s, f, n ? 100 * s / n : 0, m == "nan" ? "-" : sprintf("%.1f %%", 100 * m) }'
}

# The median of the numbers on stdin ("null" lines skipped), or nan when there are none.
median_of() {
  { grep -v null || true; } | sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2); else print "nan" }'
}

# Every session of every condition gets a due point (k - 0.5) / count on one time line; running them in that
# order interleaves the conditions evenly (A/A, 10 %, A/A, 5 %, ...).
conditions=("aa $aa full")
for s in $slowdowns; do
  wrapper "slow$s" "$(awk -v s="$s" -v p="$period" 'BEGIN { printf "%d", (1 - s) * p }')"
  conditions+=("slow$s $slow $made")
done
schedule="$(for c in "${conditions[@]}"; do
  read -r name count _ <<< "$c"
  for ((k = 1; k <= count; k++)); do awk -v k="$k" -v n="$count" -v c="$name" 'BEGIN { printf "%.6f %s %d\n", (k - 0.5) / n, c, k }'; done
done | sort -g -k1,1 -k2,2)"

label() { # condition
  if [[ "$1" == aa ]]; then echo "A/A"; return; fi
  # The quota's name is not the slowdown it gives (see docs/compare.md): the table's ratio column is its real size.
  awk -v s="${1#slow}" 'BEGIN { printf "CPU quota %g %%", 100 * (1 - s) }'
}
write_table() {
  {
    echo "| condition | sessions | median TG ratio B/A | slower | faster | called slower | median smallest detectable change |"
    echo "| --- | --- | --- | --- | --- | --- | --- |"
    for c in "${conditions[@]}"; do
      read -r name _ _ <<< "$c"
      if [[ -s "$out/$name.txt" ]]; then summarise "$(label "$name")" "$out/$name.txt"; fi
    done
  } > "$out/table.md"
}

total="$(wc -l <<< "$schedule")" i=0
while read -r _ name k; do
  i=$((i + 1))
  binary="$full"
  for c in "${conditions[@]}"; do
    read -r cname _ cbinary <<< "$c"
    if [[ "$cname" == "$name" && "$name" != aa ]]; then binary="$cbinary"; fi
  done
  echo "session $i of $total: $(label "$name") #$k ($(date -u +%H:%M:%S))" >&2
  session "$name" "$k" "$binary" | tee -a "$out/$name.txt" >&2
  write_table
done <<< "$schedule"

echo "results: $out"
cat "$out/table.md"
