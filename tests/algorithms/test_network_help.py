"""Every network algorithm documents itself and each of its parameters, and is visible in the modeler."""

import pytest
from qgis.core import QgsApplication, QgsProcessingAlgorithm, QgsProcessingParameterDefinition

IDS = ["flowlines", "dominantflows", "gravitylinks", "traveltimes", "cityprofile", "modeshares"]


@pytest.mark.parametrize("name", IDS)
def test_help_and_flags(plugin, name):
    alg = QgsApplication.processingRegistry().algorithmById(f"hema:{name}")
    assert alg is not None and alg.group() == "Network links" and alg.groupId() == "network"
    assert len(alg.shortHelpString()) > 200
    assert not alg.flags() & QgsProcessingAlgorithm.Flag.FlagHideFromModeler
    assert not alg.flags() & QgsProcessingAlgorithm.Flag.FlagHideFromToolbox
    for param in alg.parameterDefinitions():
        assert param.help(), f"{name}: parameter {param.name()} has no help"
        assert param.name().isupper()
        assert not param.flags() & QgsProcessingParameterDefinition.Flag.FlagHidden
    assert "OUTPUT" in [o.name() for o in alg.outputDefinitions()]
