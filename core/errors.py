"""Exceptions of the core: messages are meant for the analyst, not the developer."""


class LsmError(Exception):
    """Bad input or a state the user can fix; the message says what and how."""


class Canceled(LsmError):  # noqa: N818 (a cancel is not an error of the user)
    """The user cancelled the run."""

    def __init__(self, message="Cancelled by the user."):
        super().__init__(message)
