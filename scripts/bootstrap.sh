#!/usr/bin/env bash
# Everything a fresh Debian/Ubuntu machine with Node.js 20 needs before `pnpm demo` and
# `pnpm test`: pnpm, the workspace's dependencies (frozen lockfile), Node 22/24/26,
# Chromium and Redis. Each step is skipped when already done, so running it twice is cheap.
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

# Root writes system folders itself; anyone else goes through sudo for them.
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

PNPM_VERSION=12.4.2
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION"
  NPM_SUDO=""
  [ -w "$(npm prefix --global)/lib" ] || NPM_SUDO="$SUDO"
  $NPM_SUDO npm install --global --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION"
fi

echo "bootstrap: pnpm install --frozen-lockfile"
pnpm install --frozen-lockfile
bash scripts/install-runtimes.sh

# Debian packages: Chromium for the browser runs, openssl for the certificates that the
# TLS tests and the demo make at start (no key is ever committed), redis-server for the
# tests of token stores shared by a fleet.
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v openssl >/dev/null || missing+=(openssl)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]} from Debian's packages (about a minute)"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Ubuntu's chromium package is a snap stub that leaves no /usr/bin/chromium: say so now.
if [ ! -x "$CHROMIUM" ]; then
  echo "bootstrap: no Chromium at $CHROMIUM after installing; set CHROMIUM_PATH to a Chromium binary" >&2
  exit 1
fi
# Debian's `chromium --version` is a wrapper script that prints a harmless shell error on
# stderr; ask the package database instead, and the binary only for a Chromium of elsewhere.
chromium_version="$(dpkg-query -W -f='${Version}' chromium 2>/dev/null || true)"
[ -n "$chromium_version" ] || chromium_version="$("$CHROMIUM" --version 2>/dev/null || echo unknown)"
echo "bootstrap: ready ($(node --version), pnpm $(pnpm --version), Chromium $chromium_version, $(redis-server --version | cut -d' ' -f1-3))"
