#!/usr/bin/env bash
# The real server as an operator runs it, on each database: its memory when
# idle, then a signed-in client's dashboard from 256 connections for
# LOAD_SECONDS (default 30), then its memory again. Prints the lines that
# benchtable reads ("load …" and "rss …").
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$ROOT"
LOAD_SECONDS=${LOAD_SECONDS:-30}
work=$(mktemp -d)
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS portal_bench" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

(cd server && go build -o "$work/portal" ./cmd/portal && go build -o "$work/benchtable" ./internal/benchtable)

# rss_mb PID prints the resident memory of a process in MB.
rss_mb() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# free_port prints a loopback port nobody listens on.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# measure LABEL DATABASE_URL runs one server and prints its figures.
measure() {
	local label=$1 port pid token
	port=$(free_port)
	mkdir -p "$work/$label"
	export PORTAL_DATA_DIR=$work/$label PORTAL_ADDR=127.0.0.1:$port PORTAL_BASE_URL=http://localhost:$port \
		PORTAL_DATABASE_URL=$2
	token=$("$work/portal" setup --workspace Bench --email owner@bench.test 2>/dev/null)
	"$work/portal" serve 2>"$work/$label.log" &
	pid=$!
	pids+=("$pid")
	for _ in $(seq 120); do
		curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
		sleep 0.25
	done
	sleep 5
	echo "rss idle-$label MB=$(rss_mb "$pid")"
	"$work/benchtable" load -server "127.0.0.1:$port" -token "$token" -conns 256 -for "${LOAD_SECONDS}s" -label "dashboard-$label"
	echo "rss loaded-$label MB=$(rss_mb "$pid")"
	kill "$pid"
	wait "$pid" 2>/dev/null || true
}

measure sqlite ""
psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS portal_bench" -c "CREATE DATABASE portal_bench" >/dev/null 2>&1
measure postgres "postgres://postgres@127.0.0.1:5432/portal_bench?sslmode=disable"
