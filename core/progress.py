"""Feedback helpers shared by the core (QgsProcessingFeedback-compatible method names)."""

from .errors import Canceled


class NullFeedback:
    """Feedback that records messages and never cancels; used outside QGIS and in tests."""

    def __init__(self):
        self.messages = []
        self.progress = 0.0
        self.canceled = False

    def isCanceled(self):  # noqa: N802 (mirrors QgsFeedback)
        return self.canceled

    def cancel(self):
        self.canceled = True

    def setProgress(self, value):  # noqa: N802 (mirrors QgsFeedback)
        self.progress = float(value)

    def pushInfo(self, message):  # noqa: N802
        self.messages.append(str(message))

    def pushWarning(self, message):  # noqa: N802
        self.messages.append("WARNING: " + str(message))

    def pushDebugInfo(self, message):  # noqa: N802
        self.messages.append(str(message))


def ensure_feedback(feedback):
    """Return *feedback* or a NullFeedback when None."""
    return feedback if feedback is not None else NullFeedback()


def check_canceled(feedback):
    """Raise Canceled when the user asked to stop."""
    if feedback is not None and feedback.isCanceled():
        raise Canceled()


class SubProgress:
    """Maps 0..100 of a stage onto [start, end] of the parent feedback's progress."""

    def __init__(self, feedback, start, end):
        self.parent = ensure_feedback(feedback)
        self.start = float(start)
        self.end = float(end)

    def isCanceled(self):  # noqa: N802
        return self.parent.isCanceled()

    def setProgress(self, value):  # noqa: N802
        self.parent.setProgress(self.start + (self.end - self.start) * float(value) / 100.0)

    def pushInfo(self, message):  # noqa: N802
        self.parent.pushInfo(message)

    def pushWarning(self, message):  # noqa: N802
        if hasattr(self.parent, "pushWarning"):
            self.parent.pushWarning(message)
        else:
            self.parent.pushInfo(message)

    def pushDebugInfo(self, message):  # noqa: N802
        self.parent.pushInfo(message)
