#!/usr/bin/env bash
# What the tests need from Debian, installed with apt-get when missing (one `apt-get update`, then one
# install): Chromium for the end-to-end tests (never Playwright's own download, which needs the
# internet), nginx with its brotli_static module to serve the export, and Noto CJK so Japanese text
# renders in screenshots and axe's contrast checks. CHROME_PATH may point at another Chromium, NGINX at
# another nginx.
set -euo pipefail
missing=()
[ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
if [ -z "${NGINX:-}" ]; then
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || missing+=(libnginx-mod-http-brotli-static)
fi
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "Run as root, or: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
