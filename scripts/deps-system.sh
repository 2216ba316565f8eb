#!/usr/bin/env bash
# Installs the Debian packages the build and the tests need, only those that
# are missing: a quick no-op when everything is there.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

packages=(
	chromium # browser tests (chromedp)
	poppler-utils # pdfsig, pdftotext, pdfinfo in PDF tests
	qpdf # PDF structure checks
	fonts-dejavu-core # DejaVu Sans, the Arabic font of generated PDFs (scripts/fonts.sh embeds it)
	xvfb xauth xdotool imagemagick # desktop app under a virtual display, screenshots
	libgtk-3-dev libwebkit2gtk-4.1-dev pkg-config # desktop app (Wails, webkit2_41)
	libnotify-bin # the desktop app's notifications (notify-send)
	gnome-keyring dbus # the desktop app keeps the owner's token in the OS keyring (tested on a private D-Bus)
	ca-certificates
)

missing=()
for p in "${packages[@]}"; do
	installed "$p" || missing+=("$p")
done
command -v java >/dev/null || missing+=(default-jre-headless) # HTML checker (vnu.jar)
command -v npm >/dev/null || missing+=(nodejs npm)
command -v curl >/dev/null || missing+=(curl)

if ((${#missing[@]} == 0)); then
	exit 0
fi
apt_install "${missing[@]}"
