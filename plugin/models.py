"""The shipped graphical models as algorithms that pass on their steps' messages.

QGIS runs a model's step with the step's exceptions caught: the step's message goes to the log and the model
then fails with "Error encountered while running <step>", which is all a caller of processing.run or a
batch log shows. `LsmModelAlgorithm` relays the feedback of its run and, when a step fails, raises the
step's own message (e.g. the spy technique's "at least 31 landslides are needed in this split") with the step
named.
"""

from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QCoreApplication, Qt


class ErrorRelay(QgsProcessingFeedback):
    """A feedback that forwards everything to *outer* and keeps the errors reported on it."""

    def __init__(self, outer):
        super().__init__(False)
        self.outer = outer
        self.errors = []
        if outer is not None:
            # direct: the model may run in a worker thread without an event loop
            outer.canceled.connect(self.cancel, Qt.ConnectionType.DirectConnection)
            self.progressChanged.connect(outer.setProgress, Qt.ConnectionType.DirectConnection)
            if outer.isCanceled():
                self.cancel()

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        if self.outer is not None:
            self.outer.reportError(error, fatalError)

    def setProgressText(self, text):  # noqa: N802
        if self.outer is not None:
            self.outer.setProgressText(text)

    def pushInfo(self, info):  # noqa: N802
        if self.outer is not None:
            self.outer.pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        if self.outer is not None:
            self.outer.pushWarning(warning)

    def pushCommandInfo(self, info):  # noqa: N802
        if self.outer is not None:
            self.outer.pushCommandInfo(info)

    def pushDebugInfo(self, info):  # noqa: N802
        if self.outer is not None:
            self.outer.pushDebugInfo(info)

    def pushConsoleInfo(self, info):  # noqa: N802
        if self.outer is not None:
            self.outer.pushConsoleInfo(info)


def step_message(errors):
    """The last error a step reported, without the model's own generic lines (None when there is none)."""
    generic = QCoreApplication.translate("QObject", "Error encountered while running %1").split("%1")[0]
    for error in reversed(errors):
        text = (error or "").strip()
        if text and not text.startswith(generic) and not text.startswith("Error encountered while running"):
            return text
    return None


class LsmModelAlgorithm(QgsProcessingModelAlgorithm):
    """A model read from a .model3 file whose failures carry the failing step's message."""

    def createInstance(self):  # noqa: N802
        instance = LsmModelAlgorithm()
        instance.loadVariant(self.toVariant())
        instance.setSourceFilePath(self.sourceFilePath())
        return instance

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        relay = ErrorRelay(feedback)
        try:
            return super().processAlgorithm(parameters, context, relay)
        except QgsProcessingException as error:
            message = step_message(relay.errors)
            if message is None or message in str(error):
                raise
            raise QgsProcessingException(f"{error}: {message}") from None
