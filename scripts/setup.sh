#!/usr/bin/env bash
# Sets up everything BenchHarness and its tests need on a fresh Debian 12 machine with the .NET SDK:
# system packages, podman and its API service, PostgreSQL binaries, a llama-server built from source,
# a container image of it, a synthesized MoE model, and the bench program itself. Idempotent: a second
# run reuses the cached build (~/.cache/benchharness) and does only what is missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cache="${BENCH_CACHE:-$HOME/.cache/benchharness}"
step() { printf '\n== %s\n' "$*" >&2; }

step "system packages"
need=()
command -v cmake >/dev/null || need+=(cmake)
command -v g++ >/dev/null || need+=(g++)
command -v npm >/dev/null || need+=(npm)
command -v curl >/dev/null || need+=(curl)
[[ -x /usr/lib/postgresql/15/bin/initdb ]] || need+=(postgresql-15)
/usr/bin/python3 -c 'import numpy' 2>/dev/null || need+=(python3-numpy)
# The report specs open reports in Debian's chromium (driven by Playwright through its path; nothing is downloaded).
[[ -x /usr/bin/chromium ]] || need+=(chromium)
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

step "podman (runc) and its Engine API service"
scripts/setup-podman.sh

step "llama-server from source: two real llama.cpp commits"
# node-llama-cpp 3.22.1 carries llama.cpp de3ff81 (the default build), 3.22.0 carries ae50016: two commits for
# bench ab, history and the nightly job. Each is built once per machine, into the cache folders that
# `bench build npm:node-llama-cpp@VERSION` reads, so that command finds these builds instead of rebuilding.
server="$(scripts/build-llama-server.sh 3.22.1)"
scripts/build-llama-server.sh 3.22.0 >/dev/null
mkdir -p .bench/bin .bench/models
ln -sfn "$server" .bench/bin/llama-server
"$server" --version 2>&1 | grep -m1 -i version >&2 || true

step "bench"
./bench version

# A model written before the synthesized chat template opened a think block for thinking on is written again.
current_template() { LC_ALL=C grep -aqm1 "elif enable_thinking is defined" "$1"; }

model=.bench/models/smoke-moe.gguf
if [[ ! -f "$model" ]] || ! current_template "$model"; then
  step "synthesized MoE model"
  ./bench synth-model --out "$model" --layers 4 --experts 4 --experts-used 2 --embd 128 --ff 256
fi

test_model="$cache/models/test-moe.gguf"
if [[ ! -f "$test_model" ]] || ! current_template "$test_model"; then
  step "synthesized MoE model for the integration tests"
  mkdir -p "$(dirname "$test_model")"
  ./bench synth-model --out "$test_model" --layers 8 --experts 8 --experts-used 2 --embd 256 --ff 512
fi

# Header-only models for planning the seed scenarios with bench memory / bench place (no weights: a few hundred KB).
glm_header=.bench/models/glm-5.2-header.gguf
if [[ ! -f "$glm_header" ]]; then
  step "header-only GLM-5.2-like model for the seed scenarios' memory plans"
  ./bench synth-model --shape glm-5.2 --out "$glm_header"
fi
# Seed 004's profiles (GLM-4.7-Flash Q8_0 and Q4_K_M, GPT-OSS 120B F16, Qwen3-Coder-Next UD-Q5_K_XL) and seed 000's
# orchestrator (GLM-5.1 IQ3_KS) with its Qwen3-Coder-Next Q4_0 workers: the scenarios' model_file names these.
for shape in glm-4.7-flash glm-4.7-flash-q4_k_m gpt-oss-120b qwen3-coder-next qwen3-coder-next-q4_0 glm-5.1-iq3_ks; do
  header=".bench/models/$shape-header.gguf"
  if [[ ! -f "$header" ]]; then
    step "header-only $shape-like model for the seed scenarios' memory plans"
    ./bench synth-model --shape "$shape" --out "$header"
  fi
done

if [[ -x docker/build-image.sh ]]; then
  step "container image of llama-server"
  docker/build-image.sh "$server"
fi
echo "setup complete" >&2
