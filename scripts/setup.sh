#!/usr/bin/env bash
# Makes a fresh machine ready to build and test: system packages (Chromium for the PDFs, poppler-utils for the
# PDF tests, Java for the W3C Nu Html Checker the tests run), npm dependencies, compiled TypeScript. Cheap to
# run again: each step is skipped when done.
set -euo pipefail
cd "$(dirname "$0")/.."

have_browser() {
  [ -n "${PUPPETEER_EXECUTABLE_PATH:-}" ] && [ -x "${PUPPETEER_EXECUTABLE_PATH}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable; do command -v "$b" >/dev/null 2>&1 && return 0; done
  return 1
}

# The Nu Html Checker (npm vnu-jar) needs Java 17 or later.
have_java() {
  command -v java >/dev/null 2>&1 || return 1
  local major
  major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  [ -n "$major" ] && [ "$major" -ge 17 ]
}

missing=()
have_browser || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
have_java || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup: installing ${missing[*]} (apt-get)"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} (a Chromium or Chrome browser, poppler-utils, Java 17 or later)," >&2
    echo "       or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary." >&2
    exit 1
  fi
fi

# npm dependencies: reinstall only when package-lock.json changed since the last install.
stamp=node_modules/.setup-lock-hash
hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
  echo "setup: installing npm dependencies"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$hash" > "$stamp"
fi


