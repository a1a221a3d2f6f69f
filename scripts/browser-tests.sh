#!/usr/bin/env bash
# Browser tests: the real server on the seeds, driven in Debian's headless Chromium through
# playwright-core, with axe-core and the Nu HTML Checker (tests/browser/timeline.test.mjs).
# Installs what is missing: chromium, chromium-driver, a Java runtime and Node from apt (as
# root, after apt-get update), and the npm packages pinned in tests/browser/package-lock.json
# into tests/browser/node_modules (install scripts off: vnu-jar's would fetch a Java runtime).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "browser tests need ${missing[*]}: install them with apt-get (as root)" >&2
    exit 1
  fi
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f tests/browser/node_modules/.package-lock.json ] ||
  [ tests/browser/package-lock.json -nt tests/browser/node_modules/.package-lock.json ]; then
  (cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi

cargo build --locked --quiet --bin annals
ANNALS_BIN="${CARGO_TARGET_DIR:-target}/debug/annals" node --test tests/browser/
