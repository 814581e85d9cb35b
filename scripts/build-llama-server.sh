#!/usr/bin/env bash
# Builds llama-server (CPU) from the llama.cpp source that the node-llama-cpp npm package ships as a git
# bundle, so no network beyond the npm registry is needed. The build is cached outside the checkout
# ($BENCH_CACHE, default ~/.cache/benchharness) and reused by later runs on the same machine.
#
# One build per commit carries every target the tests need: llama-server and ggml-rpc-server with ggml's RPC
# backend (extra devices on a CPU-only machine), and llama-bench.
#
# usage: scripts/build-llama-server.sh [NODE_LLAMA_CPP_VERSION]   (prints the llama-server path last)
set -euo pipefail
version="${1:-${BENCH_NODE_LLAMA_CPP_VERSION:-3.22.1}}"
cache="${BENCH_CACHE:-$HOME/.cache/benchharness}"
home="$cache/llama.cpp/$version-rpc"
bin="$home/build/bin/llama-server"

if [[ -x "$bin" && -x "$home/build/bin/ggml-rpc-server" && -x "$home/build/bin/llama-bench" ]]; then
  echo "$bin"
  exit 0
fi

mkdir -p "$cache/npm"
tarball="$cache/npm/node-llama-cpp-$version.tgz"
if [[ ! -f "$tarball" ]]; then
  (cd "$cache/npm" && npm pack --silent "node-llama-cpp@$version" >/dev/null)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tar -xzf "$tarball" -C "$work" package/llama/gitRelease.bundle
rm -rf "$home"
mkdir -p "$home"
git -c advice.detachedHead=false clone --quiet "$work/package/llama/gitRelease.bundle" "$home/src"

echo "building llama-server from node-llama-cpp $version ($(git -C "$home/src" rev-parse --short HEAD)); this takes several minutes" >&2
cmake -S "$home/src" -B "$home/build" -DCMAKE_BUILD_TYPE=Release -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF \
  -DLLAMA_BUILD_EXAMPLES=OFF -DBUILD_SHARED_LIBS=OFF -DGGML_RPC=ON >"$home/cmake.log" 2>&1 || { tail -30 "$home/cmake.log" >&2; exit 1; }
cmake --build "$home/build" --config Release -j "$(nproc)" --target llama-server ggml-rpc-server llama-bench >"$home/build.log" 2>&1 \
  || { tail -30 "$home/build.log" >&2; exit 1; }
echo "$bin"
