#!/usr/bin/env bash
# Makes a local podman image that runs llama-server, without any registry: the built binaries and the shared
# libraries ldd reports, in a minimal root filesystem, built with docker/llama.cpp/Containerfile.cpu (the recipe
# `bench build --image` uses too). Idempotent: an existing image with the tag is kept unless --force is given.
#
# usage: docker/build-image.sh [--force] [LLAMA_SERVER] [TAG]
#   LLAMA_SERVER  default: $BENCH_CACHE/llama.cpp/<version>/build/bin/llama-server (version 3.22.1)
#   TAG           default: localhost/benchharness/llama-server:<version>   (printed last)
set -euo pipefail
force=0
if [[ "${1:-}" == "--force" ]]; then force=1; shift; fi
version="${BENCH_NODE_LLAMA_CPP_VERSION:-3.22.1}"
cache="${BENCH_CACHE:-$HOME/.cache/benchharness}"
binary="${1:-$cache/llama.cpp/$version-rpc/build/bin/llama-server}"
tag="${2:-localhost/benchharness/llama-server:$version}"

if [[ $force == 0 ]] && podman image exists "$tag"; then
  echo "$tag"
  exit 0
fi
[[ -x "$binary" ]] || { echo "build-image: no llama-server at $binary (run scripts/build-llama-server.sh)" >&2; exit 1; }

context="$(mktemp -d)"
trap 'rm -rf "$context"' EXIT
rootfs="$context/rootfs"
mkdir -p "$rootfs/usr/local/bin" "$rootfs/tmp" "$rootfs/models" "$rootfs/etc"
chmod 1777 "$rootfs/tmp"
bindir="$(dirname "$binary")"
for tool in llama-server ggml-rpc-server llama-bench; do
  [[ -x "$bindir/$tool" ]] || continue
  cp "$bindir/$tool" "$rootfs/usr/local/bin/$tool"
  # Every library the binary loads, at the same path, plus the dynamic loader itself.
  ldd "$bindir/$tool" | awk '/=> \//{print $3} /^[[:space:]]*\/.*ld-linux/{print $1}' | while read -r lib; do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done
done
echo "root:x:0:0:root:/root:/bin/false" > "$rootfs/etc/passwd"
cp "$(dirname "${BASH_SOURCE[0]}")/llama.cpp/Containerfile.cpu" "$context/Containerfile"

podman build --quiet --label "org.opencontainers.image.description=llama-server from node-llama-cpp $version" \
  -f "$context/Containerfile" -t "$tag" "$context" >/dev/null
echo "$tag"
