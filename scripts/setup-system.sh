#!/usr/bin/env bash
# System packages claimtrail needs on Debian/Ubuntu: Python >= 3.11 with venv and headers, a C compiler
# for wheels that build from source. Installs only what is missing; needs root (or sudo) only then.
set -euo pipefail

need=()
python3 -c 'import sys; assert sys.version_info >= (3, 11)' 2>/dev/null || need+=(python3)
python3 -c 'import venv, ensurepip' 2>/dev/null || need+=(python3-venv)
command -v cc >/dev/null 2>&1 || need+=(build-essential python3-dev)

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi
echo "installing system packages: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${need[@]}"
