"""QGIS layers <-> data frames: field types, sources (GeoPackage, folder, PostGIS), layer tree."""
