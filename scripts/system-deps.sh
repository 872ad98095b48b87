#!/bin/sh
# Make sure the system tools and libraries Fieldbrief needs are present, installing them when we can.
#   scripts/system-deps.sh run    Qt's shared libraries (window and offscreen platforms)
#   scripts/system-deps.sh test   the above, plus poppler-utils, qpdf, Xvfb, desktop-file-utils and the PostgreSQL
#                                 server (the tests start a throwaway one) for the tests
# On Debian/Ubuntu as root (or with password-less sudo) missing packages are installed with apt-get;
# anywhere else the script names what is missing and stops.
set -eu
mode=${1:-test}
venv=${VENV:-.venv}

qt_packages="libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libxrender1 libxi6"
test_packages="poppler-utils qpdf xvfb desktop-file-utils"

missing=""
qt_dir=$(ls -d "$venv"/lib/python3*/site-packages/PySide6/Qt 2>/dev/null | head -n 1 || true)
if [ -n "$qt_dir" ] && command -v ldd >/dev/null 2>&1; then
  for lib in "$qt_dir"/lib/libQt6Core.so.6 "$qt_dir"/lib/libQt6Gui.so.6 "$qt_dir"/lib/libQt6Widgets.so.6 \
             "$qt_dir"/lib/libQt6Svg.so.6 "$qt_dir"/lib/libQt6PrintSupport.so.6 \
             "$qt_dir"/plugins/platforms/libqoffscreen.so "$qt_dir"/plugins/platforms/libqxcb.so \
             "$qt_dir"/lib/libQt6XcbQpa.so.6; do
    [ -e "$lib" ] || continue
    if ldd "$lib" 2>/dev/null | grep -q "not found"; then
      missing="$qt_packages"
      break
    fi
  done
fi
if [ "$mode" = test ]; then
  for tool in pdftotext:poppler-utils pdftoppm:poppler-utils pdffonts:poppler-utils qpdf:qpdf Xvfb:xvfb \
              desktop-file-validate:desktop-file-utils; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing="$missing ${tool#*:}"
  done
  # Debian keeps the server's programs out of the PATH, in /usr/lib/postgresql/VERSION/bin
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing="$missing postgresql"
fi
[ -z "$(echo $missing)" ] && exit 0

packages=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="none"; fi
  if [ "$sudo" != none ]; then
    echo "Installing system packages: $packages"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $packages >/dev/null
    exit 0
  fi
fi
echo "Fieldbrief needs these system packages, which are missing: $packages" >&2
echo "Install them with your package manager (Debian/Ubuntu: sudo apt-get install $packages), then run make again." >&2
exit 1
