"""Shared test helpers: QGIS start-up (qgis_boot), fixtures, layer and data builders, dock and PDF helpers."""
