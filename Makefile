# Convenience wrappers; the README's two commands are `bash scripts/run.sh` and `bash scripts/test.sh`.
.PHONY: run test test-qgis340 ci lint format package data
run:
	bash scripts/run.sh
test:
	bash scripts/test.sh
test-qgis340:
	bash scripts/qgis340.sh
ci:
	bash .ci/run
lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .
format:
	.venv/bin/ruff format . && .venv/bin/ruff check --fix .
package:
	/usr/bin/python3 scripts/build_package.py
data:
	.venv/bin/python scripts/build_data.py
