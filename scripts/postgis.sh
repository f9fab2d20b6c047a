#!/usr/bin/env bash
# Start the local PostgreSQL cluster on port 5432 (made for the newest installed version when there is none: 15 on
# Debian 12, 17 on Debian 13) and make the test database with PostGIS (idempotent).
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
PG=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
[ -n "$PG" ] || { echo "postgis.sh: PostgreSQL is not installed (run scripts/bootstrap.sh)" >&2; exit 1; }
CLUSTER=$(pg_lsclusters -h 2>/dev/null | awk '$3 == 5432 {print $1, $2; exit}')
if [ -z "$CLUSTER" ]; then
  if pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -qx "$PG main"; then
    # made by the package on another port because 5432 was taken at install time: move it to 5432
    $SUDO pg_ctlcluster "$PG" main stop 2>/dev/null || true
    $SUDO pg_conftool "$PG" main set port 5432
  else
    $SUDO pg_createcluster -p 5432 "$PG" main >/dev/null
  fi
  CLUSTER="$PG main"
fi
$SUDO pg_ctlcluster $CLUSTER start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
pg_isready -h 127.0.0.1 -p 5432
psql_admin() { $SUDO -u postgres psql -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ "$(id -u)" = 0 ]; then psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $(printf '%q ' "$@")"; }; fi
psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname='hema'" | grep -q 1 \
  || psql_admin -c "CREATE ROLE hema LOGIN PASSWORD 'hema' SUPERUSER"
psql_admin -c "SELECT 1 FROM pg_database WHERE datname='hema_test'" | grep -q 1 \
  || psql_admin -c "CREATE DATABASE hema_test OWNER hema"
psql_admin -d hema_test -c "CREATE EXTENSION IF NOT EXISTS postgis"
echo "PostGIS ready: host=127.0.0.1 dbname=hema_test user=hema"
