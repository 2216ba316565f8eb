#!/usr/bin/env bash
# Copies the minified browser builds of the npm packages into static/vendor/,
# which the frontend module embeds. Idempotent: a file is rewritten only when
# its content differs, so a second run changes nothing.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
src=node_modules
dst=static/vendor

if [[ ! -d $src ]]; then
	echo "vendor: $PWD/$src is missing; run 'npm ci' in frontend/ (or 'make deps')" >&2
	exit 1
fi
mkdir -p "$dst"

# source path (under node_modules) -> file name under static/vendor
files=(
	"htmx.org/dist/htmx.min.js:htmx.min.js"
	"htmx-ext-sse/dist/sse.min.js:sse.js"
	"pdfjs-dist/build/pdf.min.mjs:pdf.min.mjs"
	"pdfjs-dist/build/pdf.worker.min.mjs:pdf.worker.min.mjs"
	"signature_pad/dist/signature_pad.umd.min.js:signature_pad.umd.min.js"
	"axe-core/axe.min.js:axe.min.js"
)

changed=0
for pair in "${files[@]}"; do
	from=$src/${pair%%:*}
	to=$dst/${pair##*:}
	if [[ ! -f $from ]]; then
		echo "vendor: $from not found; is the pinned version in package.json installed?" >&2
		exit 1
	fi
	if ! cmp -s "$from" "$to"; then
		cp "$from" "$to.tmp"
		mv "$to.tmp" "$to"
		changed=$((changed + 1))
	fi
done
if ((changed > 0)); then
	echo "vendor: updated $changed of ${#files[@]} files in frontend/$dst" >&2
fi
