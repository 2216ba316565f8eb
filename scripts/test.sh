#!/usr/bin/env bash
# Vets and tests every module of the workspace, then builds the desktop app.
# Runs everything even after a failure, prints go test's summary lines, and
# exits non-zero if anything failed.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cd "$ROOT"
export PORTAL_TEST_DATABASE_URL=${PORTAL_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
export PORTAL_CHROMIUM=${PORTAL_CHROMIUM:-/usr/bin/chromium}
export PORTAL_STRIPE_MOCK=${PORTAL_STRIPE_MOCK:-$ROOT/build/tools/stripe-mock}
"$ROOT/scripts/deps-tools.sh" # the payment tests need Stripe's simulator
APP_TAGS=${APP_TAGS:-desktop,production,webkit2_41}
TEST_TIMEOUT=${TEST_TIMEOUT:-12m}
ARTIFACTS=$ROOT/build/test-output
MODULES=(./server/... ./shared/... ./frontend/... ./testkit/...)

failed=()

# step runs one command, recording its name when it fails.
step() {
	local name=$1
	shift
	say "$name"
	"$@" || failed+=("$name")
}

# has_go reports whether a module folder holds any Go file yet.
has_go() { [[ -n $(find "$1" -name '*.go' -not -path '*/node_modules/*' -print -quit) ]]; }

# app_tests vets and tests the app module, writing the names of the steps
# that fail to the file $1.
app_tests() {
	failed=()
	step "go vet (app, -tags $APP_TAGS)" go vet -tags "$APP_TAGS" ./app/...
	step "go test (app, -tags $APP_TAGS)" go test -count=1 -timeout "$TEST_TIMEOUT" -tags "$APP_TAGS" \
		-artifacts -outputdir "$ARTIFACTS" ./app/...
	printf '%s\n' "${failed[@]}" >"$1"
}

rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS"
start=$SECONDS
# The app's tests mostly wait on browsers and servers, so they run beside the
# other modules' tests; their output goes to a file, printed once they end.
app_pid=
if has_go app; then
	say "app tests run alongside; their output follows the other modules' tests"
	app_tests "$ARTIFACTS/app-failed.txt" >"$ARTIFACTS/app-test.log" 2>&1 &
	app_pid=$!
else
	say "app/ has no Go code yet: no app tests, no desktop build"
fi
step "go vet" go vet "${MODULES[@]}"
step "go test" go test -count=1 -timeout "$TEST_TIMEOUT" -artifacts -outputdir "$ARTIFACTS" "${MODULES[@]}"
if [[ -n $app_pid ]]; then
	wait "$app_pid" || failed+=("app tests")
	say "app tests (kept in build/test-output/app-test.log):"
	cat "$ARTIFACTS/app-test.log"
	if [[ -f $ARTIFACTS/app-failed.txt ]]; then
		while read -r name; do
			if [[ -n $name ]]; then failed+=("$name"); fi
		done <"$ARTIFACTS/app-failed.txt"
	fi
	step "desktop build" make --no-print-directory desktop
fi

say "done in $((SECONDS - start)) s; screenshots and other test output under build/test-output/"
if ((${#failed[@]} > 0)); then
	die "failed: $(IFS=,; echo "${failed[*]}")"
fi
say "all steps passed"
