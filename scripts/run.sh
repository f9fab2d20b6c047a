#!/usr/bin/env bash
# The main job: the map book PDF from the bundled data, headless. Output folder: $1 (default ./output);
# more arguments go to scripts/hema_main.py (--overwrite, --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
exec /usr/bin/python3 scripts/hema_main.py "${1:-output}" "${@:2}"
