"""QGIS runs for the bad-input and output-policy cases in this folder (helpers/qgis_boot.py)."""

from helpers.qgis_boot import boot

boot()
