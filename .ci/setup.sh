#!/usr/bin/env bash
# Idempotent set-up on Debian/Ubuntu with Python 3.11: espeak-ng (for the synthetic corpus),
# a virtualenv in .venv, and the pinned requirements. Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: espeak-ng (the synthetic corpus); chromium, chromium-driver and a Korean font
# (the demo apps' browser tests). Only missing ones are installed.
apt_packages="espeak-ng chromium chromium-driver fonts-nanum"
missing=$(for p in $apt_packages; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing" $missing "(Debian packages)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

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
