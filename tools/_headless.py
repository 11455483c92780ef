"""Set-up shared by the tools that run the plugin's algorithms in a headless QGIS (after initQgis()).

processing_runner() -> run(alg_id, parameters): processing.run with a fresh context on the project, the
`lsm` provider registered (plugin.provider.registered_provider; also run.provider)
"""

import os
import sys


def processing_runner():
    """Processing initialised with the `lsm` provider; returns run(alg_id, parameters) -> results, each
    run with a fresh QgsProcessingContext on the current project and a plain feedback."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from landslide_susceptibility.plugin.provider import registered_provider
    from processing.core.Processing import Processing
    from qgis import processing

    Processing.initialize()
    provider = registered_provider()

    def run(alg_id, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(alg_id, parameters, context=context, feedback=QgsProcessingFeedback())

    run.provider = provider
    return run
