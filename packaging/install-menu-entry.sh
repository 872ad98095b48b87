#!/bin/sh
# Put Fieldbrief in your desktop's applications menu (for you only): run it from the unpacked folder, where it
# stays. It writes ~/.local/share/applications/fieldbrief.desktop and the icon; delete those two to undo.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/fieldbrief.png" "$data/icons/hicolor/256x256/apps/fieldbrief.png"
sed "s|^Exec=fieldbrief|Exec=\"$here/fieldbrief\"|" "$here/fieldbrief.desktop" > "$data/applications/fieldbrief.desktop"
echo "Fieldbrief is in the applications menu (it starts $here/fieldbrief)."
