#!/usr/bin/env bash
# Installs the pinned npm packages of frontend/ (only when node_modules is
# missing or package-lock.json changed since the last install), then vendors
# their browser files into frontend/static/vendor/ and the PDF fonts into
# frontend/fonts/vendor/.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$ROOT/frontend"
stamp=node_modules/.portal-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)

if [[ ! -d node_modules || $(cat "$stamp" 2>/dev/null) != "$want" ]]; then
	command -v npm >/dev/null || die "npm is missing; run 'make deps' (installs Debian's npm)"
	say "npm ci in frontend/"
	# --ignore-scripts: no package may download anything at install time
	# (vnu-jar's would fetch a Java runtime; Debian's java is used instead).
	npm ci --ignore-scripts --omit=optional --no-audit --no-fund --loglevel=error
	echo "$want" >"$stamp"
fi

bash scripts/vendor.sh
if [[ -x $ROOT/scripts/fonts.sh ]]; then
	"$ROOT/scripts/fonts.sh"
fi
