#!/bin/sh
# Remove the Small Moments app for this user. Your journal is NOT removed: it stays in
# ~/.local/share/small-moments (or your --data-dir folder), encrypted, for next time.
set -eu
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPDIR="$HOME/.local/opt/small-moments"
rm -rf "$APPDIR" "$APPDIR.new"
rm -f "$HOME/.local/bin/small-moments" "$DATA/applications/small-moments.desktop"
for dir in "$DATA"/icons/hicolor/*/apps; do
    rm -f "$dir/small-moments.png" "$dir/small-moments.svg"
done
command -v update-desktop-database >/dev/null 2>&1 && \
    update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
echo "Small Moments is removed. Your journal is still in $DATA/small-moments."
