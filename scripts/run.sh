#!/usr/bin/env bash
# Runs the portal for development: migrates, creates the Demo workspace on
# the first run, starts the server, prints where everything is, and opens the
# desktop app when a display is present. Ctrl-C stops it all.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$ROOT"
PORTAL=${PORTAL_BIN:-$ROOT/build/bin/portal}
DESKTOP=$ROOT/build/bin/portal-desktop
export PORTAL_DATA_DIR=${PORTAL_DATA_DIR:-$ROOT/data}
export PORTAL_ADDR=${PORTAL_ADDR:-127.0.0.1:8080}
export PORTAL_BASE_URL=${PORTAL_BASE_URL:-http://localhost:8080}
TOKEN_FILE=$PORTAL_DATA_DIR/owner-token
SERVER_URL="http://$PORTAL_ADDR"
MAILBOX_PATH=/dev/mailbox

[[ -x $PORTAL ]] || die "$PORTAL is missing; run 'make build'"
mkdir -p "$PORTAL_DATA_DIR"

# owner_token prints the Demo owner's token, creating the workspace once.
owner_token() {
	if [[ ! -s $TOKEN_FILE ]]; then
		say "first run: creating the Demo workspace"
		local token
		token=$("$PORTAL" setup --workspace Demo --email owner@demo.test)
		(umask 077 && printf '%s\n' "$token" >"$TOKEN_FILE")
	fi
	chmod 600 "$TOKEN_FILE"
	head -n 1 "$TOKEN_FILE"
}

# wait_healthy waits up to 30 s for the server, failing if it exits first.
wait_healthy() {
	for _ in $(seq 120); do
		kill -0 "$1" 2>/dev/null || die "the server stopped while starting (see its log above)"
		curl -fsS -o /dev/null "$SERVER_URL/healthz" 2>/dev/null && return 0
		sleep 0.25
	done
	die "the server did not answer $SERVER_URL/healthz within 30 s"
}

# portal_url asks the owner API for the workspace's portal URL.
portal_url() {
	curl -fsS -H "Authorization: Bearer $1" -H "Host: ${PORTAL_BASE_URL#*://}" \
		"$SERVER_URL/api/v1/portal" 2>/dev/null |
		grep -o '"url": *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'
}

banner() {
	cat >&2 <<-TEXT

		  Client Portal is running.
		  Portal (Demo workspace): ${2:-unknown: GET /api/v1/portal failed}
		  Owner API token:         $1   (also in $TOKEN_FILE)
		  Development mailbox:     ${PORTAL_BASE_URL%/}$MAILBOX_PATH
		  Data folder:             $PORTAL_DATA_DIR
		  Stop with Ctrl-C.

	TEXT
}

# start_desktop opens the desktop app against this server when there is a display.
start_desktop() {
	[[ -n ${DISPLAY:-} ]] || { say "no DISPLAY: not starting the desktop app"; return 0; }
	[[ -x $DESKTOP ]] || { say "no $DESKTOP: run 'make desktop' for the desktop app"; return 0; }
	PORTAL_SERVER_URL=$PORTAL_BASE_URL PORTAL_OWNER_TOKEN=$1 "$DESKTOP" &
	DESKTOP_PID=$!
}

stop_all() {
	if [[ -n ${DESKTOP_PID:-} ]]; then kill "$DESKTOP_PID" 2>/dev/null || true; fi
	if [[ -n ${SERVER_PID:-} ]]; then
		kill -TERM "$SERVER_PID" 2>/dev/null || true
		wait "$SERVER_PID" 2>/dev/null || true # graceful: in-flight requests finish
	fi
}

main() {
	"$PORTAL" migrate
	local token
	token=$(owner_token)
	"$PORTAL" serve &
	SERVER_PID=$!
	trap stop_all EXIT
	trap 'exit 130' INT TERM
	wait_healthy "$SERVER_PID"
	banner "$token" "$(portal_url "$token")"
	start_desktop "$token"
	wait "$SERVER_PID"
}

main
