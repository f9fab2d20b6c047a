"""PostGIS down or refusing (no password anywhere) and a misbehaving boundary service (PDOK stand-in)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hema_steden.algorithms.data_boundaries import cache_dir
from hema_steden.qgis_io.dataio import DEFAULT_PG_DSN
from qgis.core import QgsApplication, QgsDataSourceUri

SECRET = "SeCrEt-9f3Q"
OUTPUTS = {k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_CITIES", "OUTPUT_ZONES", "OUTPUT_FLOWS")}


def _server_dsn(password: str) -> str:
    uri = QgsDataSourceUri(os.environ.get("HEMA_PG_DSN", DEFAULT_PG_DSN))
    return f"host={uri.host()} port={uri.port()} dbname={uri.database()} user={uri.username()} password={password}"


POSTGIS_DOWN = [
    (f"host=127.0.0.1 port=5999 dbname=hema user=hema password={SECRET}", "Cannot connect to the PostGIS server"),
    (f"host=127.0.0.1 port=5999 dbname=hema user=hema password='{SECRET} x'", "127.0.0.1:5999/hema"),
    (f"dbname=hema host=localhost port=5999 password={SECRET} user=hema", "Start the server or correct host"),
    (f"postgresql://hema:{SECRET}@127.0.0.1:5999/hema", "is neither a QGIS PostgreSQL connection nor a DSN"),
    (f"host=127.0.0.1 port=5999 user=hema password={SECRET}", "is neither a QGIS PostgreSQL connection"),
    ("WRONG_PASSWORD", "Cannot connect to the PostGIS server"),
]


@pytest.mark.parametrize(("dsn", "problem"), POSTGIS_DOWN)
def test_postgis_down_never_shows_the_password(case, dsn, problem):
    if dsn == "WRONG_PASSWORD":
        dsn = _server_dsn(SECRET)  # the running test server refuses this password
    logged: list[str] = []
    log = QgsApplication.messageLog()
    log.messageReceived.connect(lambda message, tag, level: logged.append(message))
    message = case.fails("hema:loadlayers", {"SOURCE": 3, "DATABASE": dsn, **OUTPUTS}, problem)
    log.messageReceived.disconnect()
    texts = [message, *case.feedback.log, *logged]
    assert not [t for t in texts if SECRET in t], "the password leaked"
    leaked = [p for p in case.out.parent.rglob("*") if p.is_file() and SECRET.encode() in p.read_bytes()]
    assert not leaked, leaked


# -- the boundary service ----------------------------------------------------------------------------------------
@pytest.fixture()
def service(tmp_path):
    """Start a stub answering with the bytes of payload.bin; returns (base URL, payload path)."""
    payload = tmp_path / "payload.bin"
    payload.write_bytes(b"{}")
    stub = Path(__file__).with_name("http_stub.py")
    proc = subprocess.Popen([sys.executable, str(stub), str(payload)], stdout=subprocess.PIPE, text=True)
    yield f"http://127.0.0.1:{int(proc.stdout.readline())}/cbs/gebiedsindelingen", payload
    proc.kill()
    proc.wait()


POINT = '{"type":"Point","coordinates":[233900,557270]}'
SQUARE = '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}'
ANSWERS = [
    ('["a", "b"]', "did not answer with GeoJSON", "a JSON list instead of a FeatureCollection", "service URL"),
    ('{"features": ["x", "y"]}', "did not answer with GeoJSON", "'features' is not a list", "service URL"),
    ('{"features": 5}', "did not answer with GeoJSON", "not a list of GeoJSON features", "service URL"),
    ('{"type": "FeatureCollection"}', "did not answer with GeoJSON", "'features'", "Check the year"),
    ("<html><body>Service unavailable</body></html>", "did not answer with GeoJSON", "Service unavailable",
     "Check the year and the service URL"),
    ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"GM0106",'
     f'"statnaam":"Assen"}},"geometry":{POINT}}}]}}', "with a Point geometry for", "check the service URL"),
    ('{"type":"FeatureCollection","features":[]}', "returned no gemeente boundaries for 2018", "check the year"),
    ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"naam":"x"},'
     f'"geometry":{SQUARE}}}]}}', "without the CBS fields statcode/statnaam", "check the service URL"),
    ("\xff\xfe{}", "did not answer with GeoJSON", "Check the year"),
]  # fmt: skip


@pytest.mark.parametrize(("answer", "fragments"), [(a[0], a[1:]) for a in ANSWERS])
def test_boundaries_malformed_answers(case, service, answer, fragments):
    base, payload = service
    payload.write_bytes(answer.encode("latin-1") if answer.startswith("\xff") else answer.encode())
    params = {"LEVEL": 0, "YEAR": 2018, "BASE_URL": base, "REFRESH": True, "OUTPUT": case.output()}
    case.fails("hema:downloadboundaries", params, *fragments)


def test_boundaries_hanging_server_canceled(case, service):
    base, payload = service
    payload.write_bytes(b"HANG")
    threading.Timer(1.5, case.feedback.cancel).start()  # the blocking request waits outside the event loop
    params = {"LEVEL": 0, "YEAR": 2018, "BASE_URL": base, "REFRESH": True, "OUTPUT": case.output()}
    message = case.fails("hema:downloadboundaries", params, "Canceled.")
    assert "GeoJSON" not in message


@pytest.fixture()
def damaged_cache():
    """A truncated cached download of the 2011 municipalities (removed afterwards)."""
    path = cache_dir() / "cbs_gemeente_2011.geojson"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"type": "FeatureCollection", "features": [{"type": "Feat')
    yield path
    path.unlink(missing_ok=True)


def test_boundaries_damaged_cache_offline(case, damaged_cache):
    params = {"LEVEL": 0, "YEAR": 2011, "BASE_URL": "http://127.0.0.1:9/x", "OUTPUT": case.output()}
    case.fails("hema:downloadboundaries", params, "Could not download the gemeente boundaries of 2011", "offline")
    assert any("is damaged (incomplete); downloading again" in w for w in case.feedback.warnings)


def test_boundaries_damaged_cache_downloaded_again(case, damaged_cache, service):
    case.output_expected = True
    base, payload = service
    square = "[[[230000,550000],[240000,550000],[240000,560000],[230000,550000]]]"
    payload.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"statcode":"GM0106",'
        f'"statnaam":"Assen"}},"geometry":{{"type":"Polygon","coordinates":{square}}}}}]}}'
    )
    params = {"LEVEL": 0, "YEAR": 2011, "BASE_URL": base, "OUTPUT": case.output()}
    case.warns("hema:downloadboundaries", params, "is damaged (incomplete); downloading again")
    assert damaged_cache.read_text().startswith('{"type": "FeatureCollection", "features": [{"type": "Feature", "p')
