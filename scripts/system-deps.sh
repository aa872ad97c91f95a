#!/usr/bin/env bash
# Install the Debian packages the test suite drives for real, when they are missing.
# Runs apt-get only as root; otherwise says what to install (the tests then fail under CI=true).
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]; }
have dovecot  || need+=(dovecot-imapd)
have tmux     || need+=(tmux)
have chromium || need+=(chromium)
have openssl  || need+=(openssl)

[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "system-deps: missing ${need[*]}; install with: sudo apt-get install -y ${need[*]}" >&2
    exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
