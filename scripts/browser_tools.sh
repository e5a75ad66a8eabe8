#!/usr/bin/env bash
# Installs what Tests/Browser/test_site.py needs, when missing: Debian's Chromium
# and the Playwright Python package (which drives that Chromium; no browser download).
# Quiet and quick when both are already there.
set -euo pipefail

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  echo "browser_tools: installing chromium" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

if ! python3 -c "import playwright" 2>/dev/null; then
  echo "browser_tools: installing playwright (Python)" >&2
  python3 -m pip install --quiet playwright
fi
