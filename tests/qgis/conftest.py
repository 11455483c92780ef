"""QGIS tier: pytest-qgis provides qgis_app / qgis_processing; the provider is registered once."""

import pytest


@pytest.fixture(scope="session")
def lsm_provider(qgis_app, qgis_processing):
    """The `lsm` provider registered in the Processing registry (as the plugin does)."""
    from landslide_susceptibility.plugin.provider import LsmProvider
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("lsm")
    if provider is None:
        provider = LsmProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture()
def run_alg(lsm_provider):
    """Run `lsm:<name>` through processing.run with a fresh context; returns the results dict."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(alg_id, parameters, feedback=None):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg_id, parameters, context=context, feedback=feedback or QgsProcessingFeedback())

    return _run
