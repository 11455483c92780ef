"""QGIS side of the plugin: plugin class, Processing provider, dock (layer post-processors: algorithms._styling)."""
