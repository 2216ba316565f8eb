#!/usr/bin/env bash
# Benchmarks producing a final copy signed by 5 signers for 1, 20 and
# 200-page PDFs: the Go
# pipeline (stamps + certificate page + digital signature) beside a pdf-lib
# script doing the same stamping and page append (no digital signature) on
# the same input files. Prints the median time of RUNS runs (default 5, after
# one warm-up) and the peak memory of each process.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/scripts/fonts.sh"
(cd "$root/server" && go build -o "$work/benchseal" ./internal/pdf/benchseal)
(cd "$root/bench/pdflib" && npm ci --no-audit --no-fund --silent)
"$work/benchseal" gen -dir "$work/in"

# measure CMD...: runs CMD under /usr/bin/time; prints "<median ms> <peak MB>".
measure() {
	local line kb
	line=$(/usr/bin/time -f "%M" -o "$work/mem" "$@")
	kb=$(tail -n 1 "$work/mem")
	echo "$(echo "$line" | awk '{print $3}') $((kb / 1024))"
}

printf "%-6s | %-9s %-8s | %-9s %-8s | %s\n" pages "Go ms" "Go MB" "pdf-lib ms" "pdf-lib MB" "time Go/pdf-lib"
printf -- "-------+--------------------+----------------------+----------------\n"
for n in 1 20 200; do
	read -r go_ms go_mb < <(measure "$work/benchseal" run -dir "$work/in" -pages "$n" -runs "$runs" -fonts "$root/frontend/fonts")
	read -r js_ms js_mb < <(measure node "$root/bench/pdflib/seal.mjs" "$work/in" "$n" "$runs")
	ratio=$(awk -v a="$go_ms" -v b="$js_ms" 'BEGIN { printf "%.2f", a / b }')
	printf "%-6s | %-9s %-8s | %-10s %-9s | %s\n" "$n" "$go_ms" "$go_mb" "$js_ms" "$js_mb" "$ratio"
done

for n in 1 20 200; do
	pdfsig "$work/in/out-go-$n.pdf" 2>/dev/null | grep -q "Signature is Valid" ||
		{ echo "bench: Go output for $n pages has no valid signature" >&2; exit 1; }
	qpdf --check "$work/in/out-go-$n.pdf" >/dev/null ||
		{ echo "bench: Go output for $n pages fails qpdf --check" >&2; exit 1; }
done
echo "Go outputs: pdfsig valid, qpdf --check clean. Go includes the digital signature; pdf-lib does not sign."
