"""Fixtures of the bad-input catalogue (see badcase.py); QGIS runs for these tests (helpers/qgis_boot.py)."""

from __future__ import annotations

from helpers.qgis_boot import boot

boot()

import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from badcase import Case, checksums  # noqa: E402


@pytest.fixture()
def case(tmp_path, context, monkeypatch):
    """A bad-input case; after the test: inputs byte-identical, no output written, no temp leftovers."""
    c = Case(tmp_path, context)
    monkeypatch.setattr(tempfile, "tempdir", str(c.tmp))
    yield c
    if c.before is not None:
        context.project().clear()
        assert checksums(c.inputs) == c.before, "an input file changed (or a journal file appeared)"
    assert not any(c.tmp.iterdir()), f"temporary leftovers: {list(c.tmp.iterdir())}"
    if not c.output_expected:
        assert not any(c.out.iterdir()), f"partial output left: {list(c.out.iterdir())}"
