#!/usr/bin/env bash
# Builds the tools the tests run into build/tools/ from the Go module proxy,
# once per pinned version: stripe-mock, Stripe's API simulator, which the
# payment tests start on a free loopback port (PORTAL_STRIPE_MOCK names it).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STRIPE_MOCK_VERSION=v0.203.0
tools=$ROOT/build/tools
stamp=$tools/.stripe-mock.version

if [[ -x $tools/stripe-mock && $(cat "$stamp" 2>/dev/null) == "$STRIPE_MOCK_VERSION" ]]; then
	exit 0
fi
command -v go >/dev/null || die "go is missing; install Go first"
say "go install github.com/stripe/stripe-mock@$STRIPE_MOCK_VERSION into build/tools/"
mkdir -p "$tools"
# Outside the workspace: the tool's own go.mod decides its dependencies.
(cd "$tools" && GOWORK=off GOBIN=$tools GOFLAGS=-buildvcs=false go install "github.com/stripe/stripe-mock@$STRIPE_MOCK_VERSION")
echo "$STRIPE_MOCK_VERSION" >"$stamp"
