# shellcheck shell=bash
# Shared helpers for the scripts the Makefile calls. Source it; do not run it.

# ROOT is the repository root.
export ROOT
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="$PATH:/usr/local/go/bin"

# say prints a progress line on stderr, prefixed with the calling script.
say() { printf '%s: %s\n' "$(basename "$0" .sh)" "$*" >&2; }

# die prints an error on stderr and exits 1.
die() { say "error: $*"; exit 1; }

# as_root runs a command as root, through sudo when not root already.
as_root() {
	if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# installed reports whether a Debian package is fully installed.
installed() {
	[[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

APT_UPDATED=${APT_UPDATED:-}

# apt_install installs Debian packages, waiting for another apt or dpkg run
# to release its lock, and refreshes the package lists once per run.
apt_install() {
	local apt=(env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=900)
	if [[ -z $APT_UPDATED ]]; then
		say "apt-get update"
		# Another apt run (holding the lists lock) makes update fail: wait and retry.
		local try
		for try in $(seq 60); do
			as_root "${apt[@]}" update -qq && break
			((try < 60)) || die "apt-get update kept failing"
			say "apt-get update failed (another apt running?); retrying in 5 s"
			sleep 5
		done
		APT_UPDATED=1
	fi
	say "apt-get install $*"
	as_root "${apt[@]}" install -y -qq "$@"
}
