#!/usr/bin/env bash
# Installs the extra Node.js majors (22, 24, 26) the conformance runners use, from the npm
# registry, into runtimes/: a folder outside the pnpm workspace, so their `node` binaries
# never shadow the Node that pnpm scripts run with. Does nothing when they are in place (the
# folder is the cache). Run on demand by the conformance run and by the bootstrap, never by
# `pnpm install`; a failure exits non-zero, and the runtimes that needed it fail.
set -euo pipefail
cd "$(dirname "$0")/../runtimes"
if node -e '
  const want = require("./package-lock.json").packages;
  for (const [path, { version }] of Object.entries(want)) {
    if (!path) continue;
    try { if (require(`./${path}/package.json`).version !== version) process.exit(1); } catch { process.exit(1); }
  }' 2>/dev/null; then
  exit 0
fi
echo "install-runtimes: installing Node.js 22, 24 and 26 into runtimes/ (npm ci, about 20 s, once)"
if ! npm ci --no-audit --no-fund --loglevel=error; then
  echo "install-runtimes: npm ci in runtimes/ failed: Node 22/24/26 are not installed" >&2
  exit 1
fi
