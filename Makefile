# Client Portal: `make run` to try it, `make test` for the whole suite.
# Every target installs what it lacks first, and is quick when nothing is missing.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build
MAKEFLAGS += --no-builtin-rules

export PATH := $(PATH):/usr/local/go/bin
export PORTAL_TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable
export PORTAL_CHROMIUM ?= /usr/bin/chromium
export PORTAL_STRIPE_MOCK ?= $(CURDIR)/build/tools/stripe-mock

BIN := build/bin
APP_TAGS := desktop,production,webkit2_41

.PHONY: help deps deps-system deps-postgres deps-frontend deps-tools build desktop deb run test bench i18n clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

deps: deps-system deps-postgres deps-frontend deps-tools ## install what is missing: Debian packages, PostgreSQL, npm packages, test tools

deps-system: ## Debian packages (apt, only those missing)
	@scripts/deps-system.sh

deps-postgres: deps-system ## a PostgreSQL answering on 127.0.0.1:5432 (trust for user postgres)
	@scripts/deps-postgres.sh

deps-frontend: ## npm ci when package-lock.json changed, then vendor the browser files
	@scripts/deps-frontend.sh

deps-tools: ## test tools built from the Go module proxy into build/tools (Stripe's API simulator)
	@scripts/deps-tools.sh

build: deps-frontend ## the portal server: build/bin/portal
	@echo "make: building the server (the first time takes a few minutes: Go fetches and compiles every module; later builds take seconds)…" >&2
	go build -trimpath -o $(BIN)/portal ./server/cmd/portal

desktop: deps-frontend ## the desktop app: build/bin/portal-desktop
	@echo "make: building the desktop app (the first time takes a few minutes; later builds take seconds)…" >&2
	go build -tags $(APP_TAGS) -trimpath -ldflags "-w -s" -o $(BIN)/portal-desktop ./app

deb: desktop ## the desktop app as a Debian package: build/bin/portal-desktop_<version>_amd64.deb
	GOWORK=off go run -C build/package .

run: deps-system deps-frontend build $(if $(DISPLAY),desktop) ## migrate, create the Demo workspace once, serve (and open the desktop app)
	@scripts/run.sh

test: deps ## vet and test every module (SQLite, PostgreSQL, Chromium), then build the desktop app
	@scripts/test.sh

bench: deps ## benchmarks of the server module, saved to bench/results.txt
	@scripts/bench.sh

i18n: ## add the message ids the templates and code use to every catalogue (frontend/locales), marked TODO for translation
	go run ./server/cmd/i18n-extract

clean: ## remove build and test output (keeps data/, node_modules and vendored files)
	rm -rf $(BIN) build/test-output
