#!/usr/bin/env bash
# Installs podman with the runc runtime and the configuration this machine kind needs (crun fails on its
# hybrid cgroups; the default ulimits cannot be raised here). Idempotent: safe to run on every set-up.
set -euo pipefail
conf=/etc/containers/containers.conf
sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)

if ! command -v podman >/dev/null || ! command -v runc >/dev/null; then
  "${sudo_cmd[@]}" apt-get install -y podman runc uidmap >/dev/null
fi

wanted='[containers]
default_ulimits = []

[engine]
runtime = "runc"'
if [[ ! -f "$conf" ]] || [[ "$(cat "$conf")" != "$wanted" ]]; then
  "${sudo_cmd[@]}" mkdir -p "$(dirname "$conf")"
  printf '%s\n' "$wanted" | "${sudo_cmd[@]}" tee "$conf" >/dev/null
fi
podman --version
