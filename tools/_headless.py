"""Set-up shared by the tools that run the plugin's algorithms in a headless QGIS (after initQgis()).

lsm_provider() -> the `lsm` provider of the Processing registry, registered on first use
processing_runner() -> run(alg_id, parameters): processing.run with a fresh context on the project
"""

import os
import sys


def lsm_provider():
    """The `lsm` provider in the Processing registry, registered on first use (keep it referenced)."""
    from landslide_susceptibility.plugin.provider import LsmProvider
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("lsm")
    if provider is None:
        provider = LsmProvider()
        registry.addProvider(provider)
    return provider


def processing_runner():
    """Processing initialised with the `lsm` provider; returns run(alg_id, parameters) -> results, each
    run with a fresh QgsProcessingContext on the current project and a plain feedback."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing
    from qgis import processing

    Processing.initialize()
    provider = lsm_provider()

    def run(alg_id, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg_id, parameters, context=context, feedback=QgsProcessingFeedback())

    run.provider = provider
    return run
