#!/usr/bin/env bash
# Makes the README's report screenshot from a real run: bench run of the smoke scenario (no database) against the
# set-up's llama-server and model, then its report.html drawn by headless chromium into docs/images/.
# Needs scripts/setup.sh to have run (the server, the model and chromium).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="${1:-docs/images/report-smoke.png}"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

./bench run scenarios/smoke.yaml --no-db --results "$results" --label readme-screenshot >/dev/null
report="$(ls "$results"/*/report.html)"
# --no-sandbox: chromium's sandbox does not start as root. The page itself allows no request (its CSP).
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1800 \
  --screenshot="$root/$out" "file://$report" 2>/dev/null
echo "$out (from $report)"
