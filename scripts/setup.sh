#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Lingxi needs.
# Idempotent: packages already present are left alone. Works as root or through sudo.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libxkbcommon-dev qt6-svg-dev
  qt6-translations-l10n
  libqcustomplot-dev libqcustomplot2.1-qt6
  libssl-dev libsqlite3-dev sqlite3
  libhyperscan-dev libicu-dev libopencc-dev opencc
  libtorch-dev libopenblas0-openmp
  clang llvm libclang-rt-14-dev
  xvfb xauth imagemagick fonts-noto-cjk fonts-dejavu-core
)

if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "setup: run as root or install sudo" >&2
  exit 1
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${#missing[@]} package(s): ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all ${#PACKAGES[@]} packages already installed"
fi
