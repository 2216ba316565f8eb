#!/usr/bin/env bash
# Runs the Go benchmarks of the server module, the desktop app idle CPU, the
# pdf-lib comparison and the real server under load, printing and saving the
# output to bench/results.txt, then prints the table of figures and goals
# (also saved, to bench/goals.md).
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
	echo
	echo "# scripts/bench-pdf.sh"
	bash scripts/bench-pdf.sh
	echo
	echo "# scripts/bench-server.sh (the portal binary; 256 connections for ${LOAD_SECONDS:-30} s)"
	bash scripts/bench-server.sh
} 2>&1 | tee "$OUT"
say "results saved to bench/results.txt"

{
	echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(go version | cut -d' ' -f3):"
	echo
	(cd server && go run ./internal/benchtable table "$OUT")
} | tee "$ROOT/bench/goals.md"
say "the table of goals is in bench/goals.md"
