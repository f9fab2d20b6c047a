"""hema:downloadboundaries — municipality or province boundaries of a year from PDOK (CBS gebiedsindelingen)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsBlockingNetworkRequest,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsJsonUtils,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QUrl, QUrlQuery
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..qgis_io import outputs
from ..qgis_io.dataio import guard_output
from ..qgis_io.frames import field_type
from .base import HemaAlgorithm

PDOK_URL = "https://service.pdok.nl/cbs/gebiedsindelingen"
URL_ENV = "HEMA_PDOK_URL"
LEVELS = ("gemeente", "provincie")
PAGE_SIZE = 1000


class ServiceAnswerError(QgsProcessingException):
    """The service answered, but not with the expected GeoJSON (not an offline problem)."""


def feature_list(page) -> list[dict]:
    """The features of a GeoJSON FeatureCollection; TypeError/KeyError for any other JSON."""
    if not isinstance(page, dict):
        raise TypeError(f"a JSON {type(page).__name__} instead of a FeatureCollection object")
    features = page["features"]
    if not isinstance(features, list) or not all(isinstance(f, dict) for f in features):
        raise TypeError("'features' is not a list of GeoJSON features")
    return features


def read_cache(path: Path) -> list[dict] | None:
    """The features of a cached download, or None when the file is damaged (truncated, not GeoJSON)."""
    try:
        return feature_list(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def cache_dir() -> Path:
    """The download cache in the user's QGIS profile: <profile>/hema_steden/cache."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "hema_steden" / "cache"


def wfs_url(base: str, year: int, level: str, start: int) -> QUrl:
    """GetFeature URL of PDOK's CBS gebiedsindelingen WFS for a year and level, as GeoJSON in EPSG:28992."""
    url = QUrl(f"{base.rstrip('/')}/{year}/wfs/v1_0")
    query = QUrlQuery()
    for key, value in (
        ("service", "WFS"),
        ("version", "2.0.0"),
        ("request", "GetFeature"),
        ("typeNames", f"gebiedsindelingen:{level}_gegeneraliseerd"),
        ("outputFormat", "application/json"),
        ("srsName", "EPSG:28992"),
        ("count", str(PAGE_SIZE)),
        ("startIndex", str(start)),
    ):
        query.addQueryItem(key, value)
    url.setQuery(query)
    return url


class DownloadBoundaries(HemaAlgorithm):
    """Download CBS municipality or province boundaries from PDOK, cached in the QGIS profile."""

    LEVEL = "LEVEL"
    YEAR = "YEAR"
    BASE_URL = "BASE_URL"
    REFRESH = "REFRESH"
    OVERWRITE = "OVERWRITE"
    OUTPUT = "OUTPUT"

    def name(self) -> str:
        return "downloadboundaries"

    def displayName(self) -> str:
        return self.tr("Download municipality or province boundaries (PDOK)")

    def shortHelpString(self) -> str:
        return self.tr(
            "Downloads the generalised CBS boundaries of Dutch municipalities (gemeenten) or provinces of a "
            "year from PDOK's 'CBS gebiedsindelingen' WFS (service.pdok.nl/cbs/gebiedsindelingen/<year>/wfs/v1_0, "
            "GeoJSON in EPSG:28992, through the QGIS network settings and proxy).\n\n"
            "Downloads are cached in the QGIS profile folder (hema_steden/cache); later runs read the cache "
            "unless 'Download again' is ticked. Without a connection a cached copy is used, otherwise the "
            "algorithm stops with a message.\n\n"
            "Output: polygons with code (GMxxxx / PVxx), name, year and source, ready as HEMA zones. "
            "The service URL can be changed (advanced parameter or environment variable HEMA_PDOK_URL).\n"
            "Source: Kadaster / Centraal Bureau voor de Statistiek, CC BY 4.0."
        )

    def initAlgorithm(self, config=None) -> None:
        self.add(
            QgsProcessingParameterEnum(
                self.LEVEL, self.tr("Boundaries"), [self.tr("Municipalities"), self.tr("Provinces")], defaultValue=0
            ),
            self.tr("Municipalities (gemeenten) or provinces."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.YEAR,
                self.tr("Year"),
                QgsProcessingParameterNumber.Type.Integer,
                defaultValue=2023,
                minValue=1995,
                maxValue=2100,
            ),
            self.tr("Year of the municipal division (1 January)."),
        )
        self.add(
            QgsProcessingParameterString(
                self.BASE_URL, self.tr("Service URL"), defaultValue=os.environ.get(URL_ENV, PDOK_URL)
            ),
            self.tr("Base URL of the CBS gebiedsindelingen service; <year>/wfs/v1_0 is appended."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.REFRESH, self.tr("Download again (ignore the cache)"), False),
            self.tr("Download even when a cached copy exists."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.OVERWRITE, self.tr("Overwrite existing output"), False),
            self.tr("Replace an existing output file or table."),
        )
        self.add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Boundaries"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("The boundaries as polygons in EPSG:28992."),
        )

    def _get(self, url: QUrl, feedback) -> bytes:
        request = QgsBlockingNetworkRequest()
        error = request.get(QNetworkRequest(url), True, feedback)
        self.check_canceled(feedback)  # a cancel during a hanging request is a cancel, not a service error
        if error != QgsBlockingNetworkRequest.ErrorCode.NoError:
            raise QgsProcessingException(request.errorMessage())
        data = bytes(request.reply().content())
        if not data:
            raise QgsProcessingException(
                self.tr(
                    "{} sent an empty answer or did not answer in time; try again later, or raise the network "
                    "timeout in Settings > Options > Network."
                ).format(url.host())
            )
        return data

    def _download(self, base: str, year: int, level: str, feedback) -> list[dict]:
        features: list[dict] = []
        start = 0
        while True:
            self.check_canceled(feedback)
            url = wfs_url(base, year, level, start)
            feedback.pushInfo(self.tr("Downloading {}").format(url.toString()))
            data = self._get(url, feedback)
            try:
                batch = feature_list(json.loads(data.decode("utf-8")))
            except (ValueError, KeyError, TypeError) as exc:
                raise ServiceAnswerError(
                    self.tr(
                        "The service did not answer with GeoJSON ({}): {}. Check the year and the service URL."
                    ).format(exc, data[:200].decode("utf-8", "replace"))
                ) from exc
            features += batch
            if len(batch) < PAGE_SIZE:
                return features
            start += PAGE_SIZE

    def _load(self, base, year, level, refresh, feedback) -> list[dict]:
        cached = cache_dir() / f"cbs_{level}_{year}.geojson"
        if cached.exists() and not refresh:
            features = read_cache(cached)
            if features is not None:
                feedback.pushInfo(self.tr("Using the cached copy {}").format(cached))
                return features
            feedback.pushWarning(
                self.tr("The cached copy {} is damaged (incomplete); downloading again.").format(cached)
            )
        try:
            features = self._download(base, year, level, feedback)
        except ServiceAnswerError:
            raise
        except QgsProcessingException as exc:
            if feedback.isCanceled():
                raise
            features = read_cache(cached) if cached.exists() else None
            if features is not None:
                feedback.reportError(self.tr("Download failed ({}); using the cached copy {}.").format(exc, cached))
                return features
            raise QgsProcessingException(
                self.tr(
                    "Could not download the {} boundaries of {} from {} ({}). Are you offline? Check the internet "
                    "connection or the proxy in Settings > Options > Network, or load boundaries from a file."
                ).format(level, year, base, exc)
            ) from exc
        self._check_answer(features, level, year)
        cached.parent.mkdir(parents=True, exist_ok=True)
        outputs.write_text(cached, json.dumps({"type": "FeatureCollection", "features": features}), outputs.verify_json)
        return features

    def _check_answer(self, features: list[dict], level: str, year: int) -> None:
        """Refuse an empty answer, one without the CBS fields and one with other than polygon geometries."""
        if not features:
            raise QgsProcessingException(
                self.tr("The service returned no {} boundaries for {}; check the year.").format(level, year)
            )
        if not any("statcode" in (f.get("properties") or {}) for f in features[:10]):
            raise QgsProcessingException(
                self.tr(
                    "The service answered without the CBS fields statcode/statnaam (first fields: {}); "
                    "check the service URL."
                ).format(", ".join(list((features[0].get("properties") or {}).keys())[:8]) or "-")
            )
        for n, feature in enumerate(features):
            kind = (feature.get("geometry") or {}).get("type") if isinstance(feature.get("geometry"), dict) else None
            if kind not in ("Polygon", "MultiPolygon"):
                raise QgsProcessingException(
                    self.tr(
                        "The service answered with a {} geometry for {} where boundaries must be polygons; check "
                        "the service URL (it must serve municipality or province areas)."
                    ).format(kind or "missing", (feature.get("properties") or {}).get("statcode", n + 1))
                )

    @staticmethod
    def _lonlat_transform(features, context) -> QgsCoordinateTransform | None:
        """A WGS84 -> RD transform when the service ignored srsName and answered in longitude/latitude."""
        extent = QgsRectangle()
        for feature in features[:20]:
            extent.combineExtentWith(feature.geometry().boundingBox())
        if extent.isEmpty() or not QgsRectangle(-180, -90, 180, 90).contains(extent):
            return None
        return QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            QgsCoordinateReferenceSystem("EPSG:28992"),
            context.transformContext(),
        )

    def process(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(2, feedback)
        level = LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        year = self.parameterAsInt(parameters, self.YEAR, context)
        base = self.parameterAsString(parameters, self.BASE_URL, context) or PDOK_URL
        guard_output(
            self, parameters, self.OUTPUT, context, self.parameterAsBoolean(parameters, self.OVERWRITE, context)
        )
        features = self._load(base, year, level, self.parameterAsBoolean(parameters, self.REFRESH, context), steps)
        steps.setCurrentStep(1)
        fields = QgsFields()
        for name, kind in (("code", "string"), ("name", "string"), ("year", "int"), ("source", "string")):
            fields.append(QgsField(name, field_type(kind)))
        sink, dest_id = self.open_sink(
            parameters,
            self.OUTPUT,
            context,
            fields,
            QgsWkbTypes.Type.MultiPolygon,
            QgsCoordinateReferenceSystem("EPSG:28992"),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        try:
            self._write(sink, fields, features, year, context, feedback, steps)
        except BaseException:
            if hasattr(sink, "abort"):  # a file output: its temporary file goes, the target stays as it was
                sink.abort()
            raise
        self.finish_sink(sink, len(features))
        feedback.pushInfo(self.tr("{} {} boundaries of {}").format(len(features), level, year))
        return {self.OUTPUT: dest_id}

    def _write(self, sink, fields, features, year, context, feedback, steps) -> None:
        """Write the boundary features (converted to MultiPolygon in EPSG:28992) to the sink."""
        source = self.tr("Kadaster / Centraal Bureau voor de Statistiek, {} (PDOK, CC BY 4.0)").format(year)
        collection = json.dumps({"type": "FeatureCollection", "features": features})
        parsed = QgsJsonUtils.stringToFeatureList(collection, QgsFields())
        transform = self._lonlat_transform(parsed, context)
        for n, (raw, feature) in enumerate(zip(features, parsed)):
            self.check_canceled(feedback)
            props = raw.get("properties") or {}
            out = QgsFeature(fields)
            out.setAttributes([props.get("statcode"), props.get("statnaam"), year, source])
            geometry = feature.geometry()
            geometry.convertToMultiType()
            if transform is not None:
                geometry.transform(transform)
            out.setGeometry(geometry)
            if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
                if hasattr(sink, "error"):
                    raise sink.error(sink.lastError())
                raise QgsProcessingException(self.tr("Could not write the boundaries: {}").format(sink.lastError()))
            steps.setProgress(100.0 * n / len(features))
