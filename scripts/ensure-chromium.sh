#!/usr/bin/env bash
# Installs the system Chromium that the dashboard browser tests drive (Microsoft.Playwright with
# ExecutablePath=/usr/bin/chromium). Idempotent: does nothing when it is already there.
set -euo pipefail

if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
/usr/bin/chromium --version
