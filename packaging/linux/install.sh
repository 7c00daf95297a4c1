#!/bin/sh
# Install Small Moments for this user only; no root needed. Run it from the unpacked
# bundle folder:   ./install.sh
# It puts the app in ~/.local/opt/small-moments, a launcher in ~/.local/bin, and the
# menu entry and icons in ~/.local/share. Your journal is never touched: it lives in
# ~/.local/share/small-moments and stays there when you update or uninstall the app.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APPDIR="$HOME/.local/opt/small-moments"
BINDIR="$HOME/.local/bin"

if [ ! -x "$HERE/small-moments" ]; then
    echo "Run this script from the unpacked Small Moments folder." >&2
    exit 1
fi
mkdir -p "$HOME/.local/opt" "$BINDIR" "$DATA/applications"
if [ "$HERE" != "$APPDIR" ]; then
    rm -rf "$APPDIR.new"
    cp -R "$HERE" "$APPDIR.new"
    rm -rf "$APPDIR"
    mv "$APPDIR.new" "$APPDIR"
fi
ln -sf "$APPDIR/small-moments" "$BINDIR/small-moments"
sed "s|^Exec=.*|Exec=\"$APPDIR/small-moments\" %U|" "$APPDIR/share/small-moments.desktop" \
    > "$DATA/applications/small-moments.desktop"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$APPDIR/share/icons/small-moments-$size.png" \
       "$DATA/icons/hicolor/${size}x${size}/apps/small-moments.png"
done
mkdir -p "$DATA/icons/hicolor/scalable/apps"
cp "$APPDIR/share/icons/small-moments.svg" "$DATA/icons/hicolor/scalable/apps/small-moments.svg"
command -v update-desktop-database >/dev/null 2>&1 && \
    update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && \
    gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
echo "Small Moments is installed. Open it from your applications menu,"
echo "or run: $BINDIR/small-moments"
case ":${PATH:-}:" in
    *":$BINDIR:"*) ;;
    *) echo "Note: $BINDIR is not on your PATH, so typing small-moments in a terminal"
       echo "will not find it yet. The menu entry works. To fix it, add this line to ~/.profile"
       echo "and log in again:  export PATH=\"\$HOME/.local/bin:\$PATH\"" ;;
esac
MISSING=""
for lib in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
           libxcb-keysyms.so.1:libxcb-keysyms1; do
    if [ ! -e "$APPDIR/_internal/${lib%%:*}" ] && \
       ! /sbin/ldconfig -p 2>/dev/null | grep -q "${lib%%:*}"; then
        MISSING="$MISSING ${lib#*:}"
    fi
done
if [ -n "$MISSING" ]; then
    echo "The app needs a few X11 libraries this computer does not have yet. Install them with:"
    echo "    sudo apt install$MISSING"
fi
