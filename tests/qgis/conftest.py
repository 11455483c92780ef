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


def _hand_layers_to_project(value):
    """Give layer objects made by a test to the project, so QGIS owns and frees them.

    PyQGIS keeps an exception raised out of processAlgorithm alive with its frames, and through them
    the parameters of processing.run; a Python-owned layer reachable from there is destroyed during
    interpreter shutdown, after QGIS has exited, which crashes the process. Project layers are freed
    by QGIS itself (as in the application, where layers come from the project)."""
    from qgis.core import QgsMapLayer, QgsProject

    if isinstance(value, QgsMapLayer):
        project = QgsProject.instance()
        if project.mapLayer(value.id()) is None:
            project.addMapLayer(value, False)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _hand_layers_to_project(item)


@pytest.fixture()
def run_alg(lsm_provider):
    """Run `lsm:<name>` through processing.run with a fresh context; returns the results dict."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(alg_id, parameters, feedback=None):
        for value in parameters.values():
            _hand_layers_to_project(value)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(
            alg_id, parameters, context=context, feedback=feedback or QgsProcessingFeedback()
        )

    return _run
