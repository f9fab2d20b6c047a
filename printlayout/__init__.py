"""Print layouts: items, templates, export and the map-book pages."""
