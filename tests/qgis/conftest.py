"""QGIS tier: pytest-qgis provides qgis_app / qgis_processing; the provider is registered once."""

import pytest


@pytest.fixture(scope="session")
def lsm_provider(qgis_app, qgis_processing):
    """The `lsm` provider registered in the Processing registry (as the plugin does)."""
    from landslide_susceptibility.plugin.provider import registered_provider

    yield registered_provider()


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


@pytest.fixture()
def log_feedback(qgis_app):
    """A fresh QgsProcessingFeedback that keeps what an algorithm logs: `infos` (pushInfo texts) and
    `lines` (the same with each pushWarning text as "WARNING <text>", in order)."""
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos = []
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append("WARNING " + warning)

    return Log()


@pytest.fixture()
def run_and_load(lsm_provider):
    """Run `lsm:<name>` as QGIS runs it (QgsProcessingAlgorithm.run on a clone, the algorithm deleted
    before loading), its OUTPUT set to load on completion as *layer_name*; returns the raster layer
    loaded from OUTPUT (owned by the project) after the output's post-processor has styled it."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProject,
        QgsRasterLayer,
    )

    def _run(alg_id, parameters, layer_name):
        alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        out = parameters["OUTPUT"]
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        context.addLayerToLoadOnCompletion(
            out, QgsProcessingContext.LayerDetails(layer_name, QgsProject.instance(), "OUTPUT")
        )
        feedback = QgsProcessingFeedback()
        results, ok = alg.run(parameters, context, feedback)
        assert ok and results["OUTPUT"] == out
        del alg
        styler = context.layerToLoadOnCompletionDetails(out).postProcessor()
        assert styler is not None
        layer = QgsRasterLayer(out, layer_name)
        QgsProject.instance().addMapLayer(layer, False)  # QGIS owns and frees it (see above)
        styler.postProcessLayer(layer, context, feedback)
        return layer

    return _run
