"""Pure numeric core of HEMA Steden: numpy/pandas/scipy only, no QGIS import anywhere below here."""


class HemaInputError(ValueError):
    """Input that the core cannot work with; the message names the problem and the fix."""


class HemaCanceled(Exception):  # noqa: N818  (a request, not an error)
    """The caller's cancel callback asked a long core computation to stop."""
