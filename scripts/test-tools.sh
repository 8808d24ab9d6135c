#!/usr/bin/env bash
# Installs what the browser tests need: Chromium and CJK fonts (Debian packages) and the npm packages in
# package-lock.json. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# $CHROMIUM may name another Chromium-based browser (the tests use it instead of /usr/bin/chromium)
browser="${CHROMIUM:-chromium}"
if ! command -v "$browser" >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium and fonts-noto-cjk"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "error: the browser tests need Debian's chromium and fonts-noto-cjk; install them (as root: apt-get install chromium fonts-noto-cjk)" >&2
    exit 1
  fi
fi

if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
