"""QGIS side of the plugin: plugin class, Processing provider, post-processors, dock."""
