"""The one error and cancel path of the base: every failure becomes one clear message, cancel always 'Canceled.'."""

from __future__ import annotations

import pytest
from hema_steden.algorithms.base import HemaAlgorithm
from hema_steden.core import HemaCanceled, HemaInputError
from qgis.core import QgsCsException, QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

SECRET = "pw-4711"


class Failing(HemaAlgorithm):
    """An algorithm whose body raises the exception it is given (or returns {} after a cancel)."""

    def __init__(self, error: BaseException | None = None):
        super().__init__()
        self.error = error

    def name(self):
        return "failing"

    def displayName(self):
        return "Failing"

    def initAlgorithm(self, config=None):
        pass

    def createInstance(self):
        return Failing(self.error)

    def process(self, parameters, context, feedback):
        if self.error is not None:
            raise self.error
        return {}


class Subclassed(QgsProcessingException):
    """A Python subclass: QGIS would show it as a full traceback."""


CASES = [
    (HemaInputError(f"zone Z1 has no flows; host=db password={SECRET}"), "zone Z1 has no flows", "password=*****"),
    (HemaCanceled(), "Canceled.", ""),
    (RuntimeError(f"boom with password='{SECRET}'"), "Failing stopped on an unexpected error (RuntimeError: boom",
     "report this with the details from the message log"),
    (KeyError("p_GM0106"), "unexpected error (KeyError: 'p_GM0106')", "Check the inputs"),
    (MemoryError(), "Failing: out of memory", "choose fewer fields per city"),
    (PermissionError(13, "Permission denied", "/data/x.gpkg"), "cannot read or write /data/x.gpkg: Permission denied",
     "its permissions"),
    (QgsCsException("forward transform of (230000, 550000) failed"), "A coordinate transformation failed",
     "Check the CRS of every input layer"),
    (Subclassed("The service did not answer"), "The service did not answer", ""),
    (QgsProcessingException(f"Cannot connect (password={SECRET})"), "Cannot connect (password=*****", ""),
]  # fmt: skip


@pytest.mark.parametrize(("error", "problem", "fix"), CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_one_message_no_traceback_no_password(qgis_app, error, problem, fix):
    with pytest.raises(QgsProcessingException) as info:
        Failing(error).processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())
    assert type(info.value) is QgsProcessingException
    message = str(info.value)
    assert problem in message and fix in message, message
    assert SECRET not in message and "Traceback" not in message


def test_cancel_after_the_body_says_canceled(qgis_app):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match=r"^Canceled\.$"):
        Failing().processAlgorithm({}, QgsProcessingContext(), feedback)


def test_error_during_cancel_says_canceled(qgis_app):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match=r"^Canceled\.$"):
        Failing(ValueError("half-written frame")).processAlgorithm({}, QgsProcessingContext(), feedback)
