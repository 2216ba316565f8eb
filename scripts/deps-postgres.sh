#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and lets the user
# postgres in without a password, as the tests expect
# (PORTAL_TEST_DATABASE_URL). Reuses a running server; otherwise starts
# Debian's cluster, installing it first if needed; as a last resort starts a
# throwaway cluster in a temporary folder.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

URL=${PORTAL_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
HBA_LINE="host all postgres 127.0.0.1/32 trust"

answers() { pg_isready -q -h 127.0.0.1 -p 5432; }
can_login() { psql "$URL" -Atqc 'select 1' >/dev/null 2>&1; }

# newest_version prints the newest installed PostgreSQL major version.
newest_version() { find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1; }

# trust_postgres puts the trust line at the top of a Debian cluster's
# pg_hba.conf unless an equivalent line is there.
trust_postgres() {
	local hba=/etc/postgresql/$1/main/pg_hba.conf
	[[ -f $hba ]] || return 1
	if ! grep -Eq '^host\s+all\s+(all|postgres)\s+127\.0\.0\.1/32\s+trust' "$hba"; then
		say "allowing user postgres from 127.0.0.1 without a password in $hba"
		as_root sed -i "1i $HBA_LINE" "$hba"
	fi
}

# wait_ready waits up to 30 s for the server to answer.
wait_ready() {
	for _ in $(seq 60); do answers && return 0; sleep 0.5; done
	return 1
}

# start_debian_cluster creates (if needed) and starts cluster <ver>/main on 5432.
start_debian_cluster() {
	local ver=$1
	if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main"' | grep -q .; then
		as_root pg_createcluster "$ver" main -p 5432
	fi
	trust_postgres "$ver"
	as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
	as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main reload || true
	wait_ready
}

# start_throwaway_cluster runs initdb with trust auth in a temporary folder.
start_throwaway_cluster() {
	local bin dir
	bin=/usr/lib/postgresql/$(newest_version)/bin
	dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
	chown postgres "$dir" 2>/dev/null || true
	say "starting a throwaway PostgreSQL in $dir"
	runuser -u postgres -- "$bin/initdb" -A trust -U postgres -D "$dir/data" >/dev/null
	runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start \
		-o "-p 5432 -c listen_addresses=127.0.0.1 -k $dir"
}

main() {
	if ! command -v pg_isready >/dev/null || ! command -v psql >/dev/null; then
		apt_install postgresql-client
	fi
	if answers; then
		can_login && return 0
		local ver
		ver=$(newest_version)
		if [[ -n $ver ]] && trust_postgres "$ver"; then
			as_root pg_ctlcluster --skip-systemctl-redirect "$ver" main reload || true
			can_login && return 0
		fi
		die "PostgreSQL on 127.0.0.1:5432 refuses $URL; allow user postgres from 127.0.0.1 (trust) or set PORTAL_TEST_DATABASE_URL"
	fi
	installed postgresql || apt_install postgresql
	start_debian_cluster "$(newest_version)" || start_throwaway_cluster
	can_login || die "PostgreSQL started but $URL cannot log in"
	say "PostgreSQL answers on 127.0.0.1:5432"
}

main
