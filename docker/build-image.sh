#!/usr/bin/env bash
# Makes a local podman image that runs llama-server, without any registry: the built binary and the shared
# libraries ldd reports, in a minimal root filesystem, imported with `podman import`. Idempotent: an
# existing image with the tag is kept unless --force is given.
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

rootfs="$(mktemp -d)"
trap 'rm -rf "$rootfs"' EXIT
mkdir -p "$rootfs/usr/local/bin" "$rootfs/tmp" "$rootfs/models" "$rootfs/etc"
chmod 1777 "$rootfs/tmp"
cp "$binary" "$rootfs/usr/local/bin/llama-server"
# Every library the binary loads, at the same path, plus the dynamic loader itself.
ldd "$binary" | awk '/=> \//{print $3} /^[[:space:]]*\/.*ld-linux/{print $1}' | while read -r lib; do
  mkdir -p "$rootfs$(dirname "$lib")"
  cp -L "$lib" "$rootfs$lib"
done
echo "root:x:0:0:root:/root:/bin/false" > "$rootfs/etc/passwd"

tar -C "$rootfs" -cf - . | podman import \
  --change 'ENTRYPOINT ["/usr/local/bin/llama-server"]' \
  --change 'WORKDIR /' \
  --message "llama-server from node-llama-cpp $version" - "$tag" >/dev/null
echo "$tag"
