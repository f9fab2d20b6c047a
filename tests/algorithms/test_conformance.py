"""Every registered HEMA algorithm behaves like QGIS's own: metadata, help, flags, translation, no state on self."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap

import pytest
from helpers.bundled_runs import (
    MINIMAL_RUNS,
    NOT_RUN_ON_BUNDLED,
    bundled_inputs,
    registered_ids,
    registered_runs,
    write_observed_catchments,
)
from hema_steden.algorithms.base import HemaAlgorithm
from hema_steden.algorithms.provider import algorithm_classes
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

CLASSES = algorithm_classes()
HIDDEN = (
    QgsProcessingAlgorithm.Flag.FlagHideFromModeler
    | QgsProcessingAlgorithm.Flag.FlagHideFromToolbox
    | QgsProcessingAlgorithm.Flag.FlagDeprecated
)
MARK = "\u27e6"


def _ids(cls) -> str:
    return cls.__name__


def _instance(cls) -> HemaAlgorithm:
    alg = cls()
    alg.initAlgorithm()
    return alg


@pytest.mark.parametrize("cls", CLASSES, ids=_ids)
def test_metadata_help_and_flags(cls, plugin):
    alg = _instance(cls)
    assert issubclass(cls, HemaAlgorithm)
    assert re.fullmatch(r"[a-z][a-z0-9]*", alg.name()), alg.name()
    for text in (alg.displayName(), alg.group(), alg.groupId(), alg.shortHelpString()):
        assert text and text.strip(), (alg.name(), text)
    assert alg.displayName() != alg.name()
    assert not alg.flags() & HIDDEN, int(alg.flags())
    assert alg.flags() & QgsProcessingAlgorithm.Flag.FlagSupportsBatch
    assert alg.flags() & QgsProcessingAlgorithm.Flag.FlagCanCancel
    assert not alg.icon().isNull()
    assert alg.outputDefinitions(), f"{alg.name()} declares no outputs"
    assert alg.parameterDefinitions()
    for param in alg.parameterDefinitions():
        assert re.fullmatch(r"[A-Z][A-Z0-9_]*", param.name()), param.name()
        assert param.description().strip(), param.name()
        assert param.help().strip(), f"{alg.name()}.{param.name()} has no help"
        assert not param.flags() & QgsProcessingParameterDefinition.Flag.FlagHidden, param.name()
    registered = QgsApplication.processingRegistry().algorithmById(f"hema:{alg.name()}")
    assert registered is not None and type(registered) is cls
    fresh = registered.createInstance()
    assert type(fresh) is cls and fresh is not registered


@pytest.fixture()
def marking_translator(qgis_app):
    """A translator that marks every string of the plugin's translation context."""

    class Marker(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return MARK + source if context == "HemaSteden" else ""

        def isEmpty(self):
            return False

    marker = Marker()
    QCoreApplication.installTranslator(marker)
    yield
    QCoreApplication.removeTranslator(marker)


@pytest.mark.parametrize("cls", CLASSES, ids=_ids)
def test_user_texts_go_through_tr(cls, marking_translator):
    alg = _instance(cls)
    texts = {"displayName": alg.displayName(), "group": alg.group(), "shortHelpString": alg.shortHelpString()}
    for param in alg.parameterDefinitions():
        texts[f"{param.name()} description"] = param.description()
        texts[f"{param.name()} help"] = param.help()
    for output in alg.outputDefinitions():
        texts[f"{output.name()} output"] = output.description()
    untranslated = {k: v for k, v in texts.items() if MARK not in v}
    assert not untranslated, f"not passed through tr(): {untranslated}"


def _self_assignments(cls) -> list[str]:
    """'Class.method: target' for every attribute set on self outside __init__ in the plugin's classes of cls."""
    found = []
    for klass in cls.__mro__:
        if not klass.__module__.startswith("hema_steden."):
            continue
        for func in ast.walk(ast.parse(textwrap.dedent(inspect.getsource(klass)))):
            if not isinstance(func, ast.FunctionDef) or func.name == "__init__":
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.Assign):
                    targets = node.targets
                elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                    targets = [node.target]
                elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "setattr":
                    targets = [ast.Attribute(value=node.args[0], attr="?")]
                else:
                    continue
                found += [f"{klass.__name__}.{func.name}: self.{a}" for t in targets for a in _self_targets(t)]
    return found


def _self_targets(target: ast.AST) -> list[str]:
    """Attributes of self that an assignment target writes to (self.x = ..., self.x[k] = ..., a, self.y = ...)."""
    if isinstance(target, (ast.Tuple, ast.List)):
        return [a for elt in target.elts for a in _self_targets(elt)]
    if isinstance(target, (ast.Starred, ast.Subscript)):
        return _self_targets(target.value)
    if isinstance(target, ast.Attribute):
        return [target.attr] if getattr(target.value, "id", "") == "self" else _self_targets(target.value)
    return []


@pytest.mark.parametrize("cls", CLASSES, ids=_ids)
def test_no_attributes_set_on_self(cls):
    assert not _self_assignments(cls), "algorithms must keep no state on self (run in threads, copied per run)"


def test_every_algorithm_has_a_bundled_run_or_a_reason():
    missing = registered_ids() - set(MINIMAL_RUNS) - set(NOT_RUN_ON_BUNDLED)
    assert not missing, f"add a minimal bundled run to tests/bundled_runs.py for {sorted(missing)}"


@pytest.fixture(scope="module")
def observed(tmp_path_factory, plugin):
    """An observed catchment layer of the bundled data (GeoPackage path)."""
    return write_observed_catchments(tmp_path_factory.mktemp("observed"), QgsProcessingContext(), None)


@pytest.mark.parametrize("alg_id", registered_runs())
def test_process_algorithm_keeps_no_state(alg_id, observed, project):
    """The instance Processing creates runs processAlgorithm twice, unchanged and with the same results."""
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    before = dict(vars(alg))
    counts = []
    for _ in range(2):
        context = QgsProcessingContext()
        context.setProject(project)
        params = MINIMAL_RUNS[alg_id]({**bundled_inputs(), "catchments": observed}, "memory:")
        results = alg.processAlgorithm(params, context, QgsProcessingFeedback())
        assert results, alg_id
        layers = [context.getMapLayer(v) for v in results.values() if isinstance(v, str)]
        counts.append(sorted(layer.featureCount() for layer in layers if layer is not None))
    assert dict(vars(alg)) == before
    assert counts[0] == counts[1]


def test_state_check_sees_every_assignment_form():
    code = "def f(self):\n self.a = 1\n b, self.c = 1, 2\n self.d[k] = 3\n self.e += 1\n out[self.KEY] = 4\n"
    func = ast.parse(code).body[0]
    targets = [t for node in func.body for t in getattr(node, "targets", [getattr(node, "target", None)])]
    assert [a for t in targets for a in _self_targets(t)] == ["a", "c", "d", "e"]
