"""hema:comparecities and hema:importindicators under qgis_process, in English and in Dutch (locale override)."""

from __future__ import annotations

import json

import pytest
from helpers.qgisprocess import enable_plugin, linked_profile, qgis_process


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    root = linked_profile(tmp_path_factory.mktemp("qgis-process-indicators"))
    enable_plugin(root)
    return root


def _dutch(profile):
    ini = profile / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    text = ini.read_text(encoding="utf-8") if ini.exists() else ""
    ini.write_text(text + "\n[locale]\noverrideFlag=true\nuserLocale=nl_NL\n", encoding="utf-8")


def test_import_then_compare_with_qgis_process(profile, tmp_path):
    csv = tmp_path / "own.csv"
    csv.write_text(
        "code;indicator;waarde;jaar;thema\nGM0106;tevredenheid;7,4;2022;wonen\nGM0114;tevredenheid;7,1;2022;wonen\n"
    )
    table = tmp_path / "own.gpkg"
    done = qgis_process(profile, "--json", "run", "hema:importindicators", "--", f"INPUT={csv}", f"OUTPUT={table}")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["results"]["ROW_COUNT"] == 2
    out = tmp_path / "cmp.gpkg"
    done = qgis_process(
        profile,
        "--json",
        "run",
        "hema:comparecities",
        "--",
        "CITY_CODES=GM0106,GM0114,GM0014",
        "THEMES=1",
        f"INDICATORS={table}",
        "LANGUAGE=1",
        f"OUTPUT={out}",
        f"CHARTS={tmp_path / 'charts'}",
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    results = json.loads(done.stdout)["results"]
    assert results["ROWS"] > 0 and out.is_file() and (tmp_path / "charts" / "comparison_wonen.png").is_file()


def test_help_in_dutch(profile):
    _dutch(profile)
    done = qgis_process(profile, "help", "hema:comparecities")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Steden vergelijken op indicatoren (Quickscan)" in done.stdout
    done = qgis_process(profile, "help", "hema:importindicators")
    assert "Indicatortabel importeren" in done.stdout and "Indicatorbestand (CSV)" in done.stdout
