"""Case runner of the bad-input catalogue: inputs written as files, each case checked for its exact outcome.

Every case runs an algorithm through the toolbox API (processing.run) on input files in a folder of its own and
then checks three things besides the message: every input file is byte-identical to before, the output folder is
empty (no partial output) and no temporary file or folder was left behind.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import processing
import pytest
from hema_steden.paths import DEFAULT_GPKG
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
)


def checksums(folder: Path) -> dict[str, str]:
    """sha256 of every file below folder, by relative path (new files such as -wal/-shm journals show up too)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class Recorder(QgsProcessingFeedback):
    """Feedback that keeps the warnings and the log of a run."""

    def __init__(self):
        super().__init__()
        self.warnings: list[str] = []
        self.log: list[str] = []

    def pushWarning(self, text):
        self.warnings.append(text)
        self.log.append(text)

    def pushInfo(self, text):
        self.log.append(text)

    def reportError(self, text, fatal=False):
        self.warnings.append(text)
        self.log.append(text)


class Case:
    """One bad-input case: an input folder, an output folder and a temp folder, all checked after the run."""

    def __init__(self, root: Path, context):
        self.inputs = root / "in"
        self.out = root / "out"
        self.tmp = root / "tmp"
        for folder in (self.inputs, self.out, self.tmp):
            folder.mkdir()
        self.context = context
        self.feedback = Recorder()
        self.before: dict[str, str] | None = None
        self.output_expected = False

    # -- inputs -------------------------------------------------------------------------------------------
    def bundled(self, table: str) -> str:
        """A layer of a copy of the bundled HEMA GeoPackage (zones, steden, flows, provinces)."""
        path = self.inputs / "hema.gpkg"
        if not path.exists():
            # SQLite's backup: a consistent rollback-journal copy even while another test holds the bundled file
            # open in WAL mode (a plain copy would then carry the WAL header and grow -wal/-shm journals)
            source = sqlite3.connect(f"file:{DEFAULT_GPKG}?mode=ro", uri=True)
            copy = sqlite3.connect(path)
            with copy:
                source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
            copy.close()
            source.close()
        return f"{path}|layername={table}"

    def gpkg(self, name: str, uri: str, rows, file: str = "inputs.gpkg") -> str:
        """Write rows [(attributes..., wkt or None)] of a memory layer uri into a GeoPackage table; its source."""
        layer = QgsVectorLayer(uri, name, "memory")
        feats = []
        for row in rows:
            feat = QgsFeature(layer.fields())
            *attrs, wkt = row
            feat.setAttributes(list(attrs))
            if wkt:
                feat.setGeometry(QgsGeometry.fromWkt(wkt))
            feats.append(feat)
        layer.dataProvider().addFeatures(feats)
        path = self.inputs / file
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if path.exists():
            options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
        error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
        assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
        return f"{path}|layername={name}"

    def table(self, name: str, rows, fields="origin:string,destination:string,value:double") -> str:
        """A table without geometry in the inputs GeoPackage."""
        uri = "None?" + "&".join("field=" + f for f in fields.split(","))
        return self.gpkg(name, uri, [(*r, None) for r in rows])

    def text(self, name: str, content: str | bytes) -> str:
        """A text (or binary) input file."""
        path = self.inputs / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    def output(self, name: str = "result.gpkg") -> str:
        """A file output in the (checked) output folder."""
        return str(self.out / name)

    # -- running --------------------------------------------------------------------------------------------
    def run(self, alg: str, params: dict):
        """Run the algorithm; returns its results (inputs are hashed before the first run, checked after the test)."""
        if self.before is None:
            self.before = checksums(self.inputs)
        return processing.run(alg, params, context=self.context, feedback=self.feedback)

    def fails(self, alg: str, params: dict, *fragments: str) -> str:
        """Run and expect a QgsProcessingException whose message holds every fragment (plain text, in order)."""
        with pytest.raises(QgsProcessingException) as info:
            self.run(alg, params)
        message = str(info.value)
        assert "Traceback" not in message and 'File "' not in message, message
        pattern = ".*".join(re.escape(f) for f in fragments)
        assert re.search(pattern, message, re.DOTALL), f"{fragments} not in:\n{message}"
        return message

    def warns(self, alg: str, params: dict, *fragments: str):
        """Run and expect success with a warning holding every fragment; returns the results."""
        results = self.run(alg, params)
        pattern = ".*".join(re.escape(f) for f in fragments)
        assert any(re.search(pattern, w, re.DOTALL) for w in self.feedback.warnings), self.feedback.warnings
        return results
