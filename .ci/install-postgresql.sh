#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs Debian's PostgreSQL server when it is missing, for the contest-ledger JDBC tests.
# The tests start their own server (initdb + pg_ctl on a loopback port in a temporary data
# directory, as the postgres user when run as root); the package's own cluster is not used.
# CI runs this as root on a fresh Debian machine; elsewhere it uses sudo.
set -euo pipefail

if compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
  echo "install-postgresql: found $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
else
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql

if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
  echo "install-postgresql: postgresql installed but no initdb under /usr/lib/postgresql/*/bin" >&2
  exit 1
fi
if ! id postgres > /dev/null 2>&1; then
  echo "install-postgresql: the package did not create the postgres user" >&2
  exit 1
fi
echo "install-postgresql: installed $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
