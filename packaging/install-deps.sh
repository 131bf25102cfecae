#!/usr/bin/env bash
# Installs the Debian 12 packages Greenlight needs to build, test and run.
# Idempotent: only packages that are missing are installed; sudo is used only when not root.
set -euo pipefail

# package  why
PACKAGES=(
  "build-essential:C++20 compiler (GCC 12) and make"
  "cmake:build system (3.25)"
  "pkg-config:finds md4c, libcrypto and SQLite"
  "qt6-base-dev:Qt 6 Core, Gui, Widgets, Sql, Network, Test"
  "qt6-base-dev-tools:moc, rcc and uic for Qt 6"
  "libqt6sql6-sqlite:Qt's SQLite driver (the workspace file)"
  "qt6-tools-dev:Qt6LinguistTools CMake package (translations)"
  "qt6-tools-dev-tools:Qt 6 developer tools"
  "qt6-l10n-tools:lupdate and lrelease"
  "qt6-translations-l10n:Qt's own translations for the user's locale"
  "qt6-svg-dev:renders the SVG application icon"
  "qt6-charts-dev:Qt Charts draws the per-gate completion chart in the PDF decision record"
  "libqt6opengl6-dev:Qt6OpenGL CMake package, which Qt Charts' CMake package requires (Debian does not pull it in)"
  "libgl-dev:OpenGL headers that Qt6Gui's CMake package requires"
  "libvulkan-dev:Vulkan headers that Qt6Gui's CMake package looks for"
  "libmd4c-dev:md4c, the Markdown parser for checklist import"
  "libsqlite3-dev:SQLite C API (raw baseline in benchmarks)"
  "sqlite3:sqlite3 shell, used by tests to inspect and damage files"
  "libssl-dev:OpenSSL libcrypto for SHA-256"
  "libarchive-dev:libarchive writes the evidence bundle (zip)"
  "libsodium-dev:libsodium signs sign-offs (Ed25519) and protects private keys (Argon2id)"
  "poppler-utils:pdftotext, pdfinfo and pdftoppm read exported PDFs back in the tests"
  "xvfb:virtual X server for screenshots (xvfb-run)"
  "xauth:needed by xvfb-run"
  "fonts-dejavu-core:a font for offscreen rendering"
  "desktop-file-utils:desktop-file-validate checks the .desktop file in the tests"
  "appstream:appstreamcli validates the AppStream metainfo in the tests"
  "dpkg-dev:dpkg-shlibdeps computes the Debian package's Depends (make package)"
  "file:CPack's Debian generator uses it to find the binaries to scan"
  "groff-base:groff renders the man page in the tests, to catch mistakes in it"
)

missing=()
for entry in "${PACKAGES[@]}"; do
  pkg=${entry%%:*}
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
    echo "install-deps: will install $pkg (${entry#*:})"
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: not root and no sudo; please install: ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${missing[*]}"
