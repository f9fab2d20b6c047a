"""QGIS runs for the tests in this folder (helpers/qgis_boot.py)."""

from helpers.qgis_boot import boot

boot()
