#!/usr/bin/env bash
# The whole test suite: install what is missing, start PostGIS, ruff lint + format check, pytest on real QGIS.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/postgis.sh
export HEMA_PG_DSN="${HEMA_PG_DSN:-host=127.0.0.1 port=5432 dbname=hema_test user=hema password=hema}"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
