#!/usr/bin/env bash
# Runs the Go benchmarks of the server module, the desktop app idle CPU (and the pdf-lib comparison when
# scripts/bench-pdf.sh exists), printing and saving the output to
# bench/results.txt.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$ROOT"
OUT=$ROOT/bench/results.txt
BENCHTIME=${BENCHTIME:-1s}
mkdir -p "$(dirname "$OUT")"

{
	echo "# go test -bench over ./server/... ($(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(go version | cut -d' ' -f3))"
	(cd server && go test -run='^$' -bench=. -benchmem -benchtime="$BENCHTIME" -count=1 ./...)
	echo
	echo "# desktop app idle CPU under Xvfb (PORTAL_IDLE_SECONDS, default 60)"
	go test -tags "${APP_TAGS:-desktop,production,webkit2_41}" -run='^$' -bench=DesktopIdleCPU -benchtime=1x -count=1 ./app/internal/windowtest/
	if [[ -x scripts/bench-pdf.sh || -f scripts/bench-pdf.sh ]]; then
		echo
		echo "# scripts/bench-pdf.sh"
		bash scripts/bench-pdf.sh
	fi
} 2>&1 | tee "$OUT"
say "results saved to bench/results.txt"
