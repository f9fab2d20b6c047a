"""Algorithms that build print layouts or restyle project layers stay on the main thread, as QGIS's own do."""

import pytest
from hema_steden.algorithms.base import NO_THREADING
from qgis.core import QgsApplication

MAIN_THREAD_ONLY = {"hema:mapbook", "hema:exportlayout", "hema:stylecatchments"}


@pytest.mark.parametrize("alg_id", sorted(MAIN_THREAD_ONLY))
def test_layout_and_style_algorithms_refuse_threads(plugin, alg_id):
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg.flags() & NO_THREADING
    # like native:atlaslayouttopdf (native:setlayerstyle instead restyles in prepareAlgorithm, on the main thread)
    assert QgsApplication.processingRegistry().algorithmById("native:atlaslayouttopdf").flags() & NO_THREADING


def test_pure_analysis_algorithms_may_run_in_background(plugin):
    provider = QgsApplication.processingRegistry().providerById("hema")
    threaded = {a.id() for a in provider.algorithms() if not a.flags() & NO_THREADING}
    assert {"hema:catchmentshuff", "hema:flowlines", "hema:traveltimes"} <= threaded
    assert not threaded & MAIN_THREAD_ONLY
