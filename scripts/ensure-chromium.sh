#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium. Install it when it is missing (never Playwright's
# own download, which needs the internet). CHROME_PATH may point at another Chromium.
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
echo "Chromium not found at $chrome; installing Debian's chromium package…"
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or: sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
"$chrome" --version
