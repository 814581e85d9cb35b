#!/usr/bin/env bash
# Installs podman with the runc runtime (crun fails on this kernel's hybrid cgroups) and starts its
# Docker-compatible Engine API service on a unix socket. Idempotent.
#
# usage: scripts/setup-podman.sh   (prints the socket path last)
set -euo pipefail
# The standard rootful socket path, where `bench run` looks first after DOCKER_HOST.
socket="${BENCH_PODMAN_SOCKET:-/run/podman/podman.sock}"

if ! command -v podman >/dev/null || ! command -v runc >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman runc uidmap >/dev/null
fi

conf=/etc/containers/containers.conf
if ! grep -q 'runtime = "runc"' "$conf" 2>/dev/null; then
  mkdir -p /etc/containers
  cat >"$conf" <<'CONF'
[containers]
default_ulimits = []

[engine]
runtime = "runc"
CONF
fi

if ! curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null 2>&1; then
  mkdir -p "$(dirname "$socket")"
  rm -f "$socket"
  setsid podman system service --time=0 "unix://$socket" >/dev/null 2>&1 < /dev/null &
  for _ in $(seq 1 100); do
    curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fsS --unix-socket "$socket" http://d/_ping >/dev/null || { echo "podman API service did not start on $socket" >&2; exit 1; }
fi
echo "$socket"
