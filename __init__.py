"""QGIS entry point of the Landslide Susceptibility plugin."""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Return the plugin instance; imports lazily so QGIS starts fast."""
    from .plugin.plugin import LandslideSusceptibilityPlugin

    return LandslideSusceptibilityPlugin(iface)
