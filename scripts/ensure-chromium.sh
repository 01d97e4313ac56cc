#!/usr/bin/env bash
# End-to-end tests drive Debian's Chromium; install it when this machine does not have it yet.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Chromium not found: installing Debian's chromium package (needs root and the Debian mirrors)…" >&2
if [ "$(id -u)" -ne 0 ]; then
  echo "error: /usr/bin/chromium is missing and this user cannot install it; run: sudo apt-get install -y chromium" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version >&2
