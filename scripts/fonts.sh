#!/usr/bin/env bash
# Puts the TrueType fonts that generated PDFs need into frontend/fonts/vendor/,
# where the server embeds them:
#   - WenQuanYi Micro Hei (Latin, Greek, Cyrillic and CJK in one TrueType font,
#     from the Debian package fonts-wqy-microhei), for Japanese and Chinese;
#   - DejaVu Sans (from fonts-dejavu-core), whose Arabic Presentation Forms
#     draw the shaped Arabic of certificates and invoices.
# pdfcpu embeds only the glyphs a PDF uses, so their size stays out of the PDFs.
# The script-style font for typed signatures (Dancing Script, OFL) is committed
# in frontend/fonts/. Safe to run again: it does nothing when the fonts are there.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dest="$root/frontend/fonts/vendor"
mkdir -p "$dest"

# vendor_font PACKAGE PATH: copies PATH (a file of the Debian package) into
# vendor/, from the installed package or else from its downloaded .deb.
vendor_font() {
	local package=$1 system=$2 font tmp
	font=$(basename "$system")
	if [ -s "$dest/$font" ]; then
		return 0
	fi
	if [ ! -s "$system" ]; then
		tmp=$(mktemp -d)
		(cd "$tmp" && apt-get download "$package" >/dev/null 2>&1) ||
			{ apt-get update -qq && (cd "$tmp" && apt-get download "$package"); }
		dpkg-deb -x "$tmp/${package}"_*.deb "$tmp/x"
		cp "$tmp/x$system" "$dest/$font"
		rm -rf "$tmp"
	else
		cp "$system" "$dest/$font"
	fi
	echo "fonts: installed $font into frontend/fonts/vendor" >&2
}

vendor_font fonts-wqy-microhei /usr/share/fonts/truetype/wqy/wqy-microhei.ttc
vendor_font fonts-dejavu-core /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
