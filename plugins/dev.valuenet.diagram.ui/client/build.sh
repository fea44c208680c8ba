#!/usr/bin/env bash
# Builds the network map client into ../web/diagram.js with the machine's node and npm (called by the
# Maven build in generate-resources). npm ci runs only when package-lock.json changed since the last one.
set -euo pipefail
cd "$(dirname "$0")"
for tool in node npm; do
  if ! command -v "$tool" >/dev/null; then
    echo "dev.valuenet.diagram.ui: '$tool' is not installed, but the diagram client is built with node and npm." >&2
    echo "  Install them (Debian: apt-get install nodejs npm; .ci/run does this) and build again." >&2
    exit 1
  fi
done
if ! cmp -s package-lock.json node_modules/.valuenet-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.valuenet-lock
fi
mkdir -p ../web
node_modules/.bin/esbuild src/main.ts --bundle --minify --format=iife --target=es2019 \
  --log-level=warning --outfile=../web/diagram.js
cp node_modules/sprotty/css/sprotty.css ../web/sprotty.css
echo "dev.valuenet.diagram.ui: client built into web/diagram.js ($(wc -c < ../web/diagram.js) bytes)"
