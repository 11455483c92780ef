"""Pure-Python core of the plugin (numpy, scikit-learn, imbalanced-learn, torch, GDAL).

Nothing here imports qgis, so it is unit-tested without QGIS and usable from a notebook.
Functions report through a *feedback* object with the QgsProcessingFeedback method names
(`isCanceled`, `setProgress`, `pushInfo`, `pushWarning`); `core.progress.NullFeedback` is the
stand-in outside QGIS. User errors are raised as `core.errors.LsmError` with a sentence an
analyst understands; the algorithms turn them into QgsProcessingException.
"""
