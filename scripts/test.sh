#!/usr/bin/env bash
# Every test and the style check: installs what the tests need that a fresh Debian machine lacks
# (Chromium and ChromeDriver for the browser tests, nginx and openssl for the test of the
# deployment example), with apt-get and sudo when not root, then runs `mvn -B verify`.
# Usage: scripts/test.sh [more Maven arguments, e.g. -Dtest=MainTest]
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v openssl >/dev/null || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing what the tests need: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = "0" ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q "${missing[@]}"
fi
mvn -B verify "$@"
