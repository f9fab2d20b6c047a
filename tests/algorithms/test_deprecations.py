"""A DeprecationWarning raised from the plugin's own modules fails the suite (pyproject filterwarnings)."""

from __future__ import annotations

import warnings

import pytest
from qgis.core import Qgis


def test_plugin_deprecation_is_an_error():
    with pytest.raises(DeprecationWarning, match="probe"):
        warnings.warn_explicit("probe", DeprecationWarning, "probe.py", 1, module="hema_steden.probe")


def test_other_deprecations_stay_warnings():
    with pytest.warns(DeprecationWarning, match="probe"):
        warnings.warn_explicit("probe", DeprecationWarning, "probe.py", 1, module="othermodule")


@pytest.mark.skipif(Qgis.QGIS_VERSION_INT < 33400, reason="QgsRectangle.setMinimal() is deprecated from QGIS 3.34")
def test_deprecated_qgis_call_from_plugin_code_fails():
    """The QGIS bindings attribute their deprecation warnings to the calling plugin module."""
    code = compile("from qgis.core import QgsRectangle\nQgsRectangle().setMinimal()\n", "probe.py", "exec")
    with pytest.raises(DeprecationWarning, match="setMinimal"):
        exec(code, {"__name__": "hema_steden.probe"})
