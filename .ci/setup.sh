#!/usr/bin/env bash
# Idempotent set-up on Debian/Ubuntu with Python 3.11: espeak-ng (for the synthetic corpus),
# a virtualenv in .venv, and the pinned requirements. Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {  # apt_install CMD PACKAGE...
  local cmd=$1; shift
  command -v "$cmd" >/dev/null 2>&1 && return 0
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing $* (Debian packages)"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
apt_install espeak-ng espeak-ng

PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv

# Reinstall only when requirements.txt or pyproject.toml changed since the last successful install.
stamp=.venv/.requirements.sha256
want=$(cat requirements.txt pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -r requirements.txt
  .venv/bin/python -m pip install -q --no-deps -e .
  echo "$want" > "$stamp"
fi
