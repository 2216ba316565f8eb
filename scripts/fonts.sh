#!/usr/bin/env bash
# Puts the TrueType fonts that sealed PDFs need into frontend/fonts/vendor/:
# WenQuanYi Micro Hei (Latin, Greek, Cyrillic and CJK in one TrueType font,
# from the Debian package fonts-wqy-microhei). The script-style font for typed
# signatures (Dancing Script, OFL) is committed in frontend/fonts/.
# Safe to run again: it does nothing when the font is already there.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/frontend/fonts/vendor"
font=wqy-microhei.ttc
system=/usr/share/fonts/truetype/wqy/$font

mkdir -p "$dest"
if [ -s "$dest/$font" ]; then
	exit 0
fi
if [ ! -s "$system" ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	(cd "$tmp" && apt-get download fonts-wqy-microhei >/dev/null 2>&1) ||
		{ apt-get update -qq && (cd "$tmp" && apt-get download fonts-wqy-microhei); }
	dpkg-deb -x "$tmp"/fonts-wqy-microhei_*.deb "$tmp/x"
	system="$tmp/x/usr/share/fonts/truetype/wqy/$font"
fi
cp "$system" "$dest/$font"
echo "fonts: installed $font into frontend/fonts/vendor" >&2
