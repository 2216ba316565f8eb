#!/usr/bin/env bash
# Runs the portal for development: migrates, creates the Demo workspace on
# the first run, starts the server, prints where everything is (the workspace
# under its current name), then the server's log, and opens the desktop app
# when a display is present. Ctrl-C stops it all.
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
LOG_FILE=$PORTAL_DATA_DIR/portal.log
DESKTOP_LOG=$PORTAL_DATA_DIR/desktop.log
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
		kill -0 "$1" 2>/dev/null || { cat "$LOG_FILE" >&2; die "the server stopped while starting (its log is above)"; }
		curl -fsS -o /dev/null "$SERVER_URL/healthz" 2>/dev/null && return 0
		sleep 0.25
	done
	cat "$LOG_FILE" >&2
	die "the server did not answer $SERVER_URL/healthz within 30 s (its log is above)"
}

# portal_json asks the owner API for the workspace as it is now.
portal_json() {
	curl -fsS -H "Authorization: Bearer $1" -H "Host: ${PORTAL_BASE_URL#*://}" \
		"$SERVER_URL/api/v1/portal" 2>/dev/null || true
}

# json_string prints the string value of "key" in the JSON on stdin that
# follows the given prefix (the first match).
json_string() {
	local raw
	raw=$(sed -n "s/.*$1\"$2\":\"\(\([^\"\\\\]\|\\\\.\)*\)\".*/\\1/p" | head -n 1)
	# JSON escapes: \uXXXX through printf, any other \x as x.
	printf '%b' "$(sed 's/\\\([^u]\)/\1/g' <<<"$raw")"
}

banner() {
	local name url
	name=$(json_string '"workspace":{"id":"[^"]*",' name <<<"$2")
	url=$(json_string '' url <<<"$2")
	cat >&2 <<-TEXT

		  Client Portal is running.
		  Portal (${name:-the} workspace): ${url:-unknown: GET /api/v1/portal failed}
		  Owner API token:         $1   (also in $TOKEN_FILE)
		  Development mailbox:     ${PORTAL_BASE_URL%/}$MAILBOX_PATH
		  API description:         ${PORTAL_BASE_URL%/}/api/v1/openapi.json
		  Data folder:             $PORTAL_DATA_DIR
		  Stop with Ctrl-C. The server's log follows (also in $LOG_FILE).

	TEXT
}

# start_desktop opens the desktop app against this server when there is a display.
start_desktop() {
	[[ -n ${DISPLAY:-} ]] || { say "no DISPLAY: not starting the desktop app"; return 0; }
	[[ -x $DESKTOP ]] || { say "no $DESKTOP: run 'make desktop' for the desktop app"; return 0; }
	say "opening the desktop app (its log is in $DESKTOP_LOG)"
	PORTAL_SERVER_URL=$PORTAL_BASE_URL PORTAL_OWNER_TOKEN=$1 "$DESKTOP" >"$DESKTOP_LOG" 2>&1 &
	DESKTOP_PID=$!
}

stop_all() {
	if [[ -n ${DESKTOP_PID:-} ]]; then kill "$DESKTOP_PID" 2>/dev/null || true; fi
	if [[ -n ${TAIL_PID:-} ]]; then kill "$TAIL_PID" 2>/dev/null || true; fi
	if [[ -n ${SERVER_PID:-} ]]; then
		kill -TERM "$SERVER_PID" 2>/dev/null || true
		wait "$SERVER_PID" 2>/dev/null || true # graceful: in-flight requests finish
	fi
}

main() {
	say "migrating the database in $PORTAL_DATA_DIR"
	"$PORTAL" migrate
	local token
	token=$(owner_token)
	say "starting the server on $SERVER_URL"
	# The log goes to a file until the banner is out, then follows it, so
	# request lines never cut the banner in two.
	"$PORTAL" serve 2>"$LOG_FILE" &
	SERVER_PID=$!
	trap stop_all EXIT
	trap 'exit 130' INT TERM
	wait_healthy "$SERVER_PID"
	banner "$token" "$(portal_json "$token")"
	start_desktop "$token"
	tail -n +1 -f --pid="$SERVER_PID" "$LOG_FILE" >&2 &
	TAIL_PID=$!
	wait "$SERVER_PID"
}

main
