"""Every number parameter of every algorithm: text, NaN, ±infinity, fractions and out-of-range values refused.

Each case runs processing.run with otherwise valid parameters (checked to pass checkParameterValues) and
expects the message that names the parameter (label and NAME), the value, the cause and the accepted range.
"""

from __future__ import annotations

import pytest
from hema_steden.algorithms.provider import algorithm_classes
from inputs import valid
from qgis.core import QgsApplication, QgsProcessingParameterNumber

UNBOUNDED = 1e300


def _number_cases() -> list[tuple[str, str, object, str]]:
    """(algorithm id, parameter, bad value, expected cause) for every number parameter."""
    cases = []
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm()
        for d in alg.parameterDefinitions():
            if not isinstance(d, QgsProcessingParameterNumber):
                continue
            aid = f"hema:{alg.name()}"
            integer = d.dataType() == QgsProcessingParameterNumber.Type.Integer
            cases += [
                (aid, d.name(), "abc", "which is not a number"),
                (aid, d.name(), "nan", "which is not a finite number"),
                (aid, d.name(), float("nan"), "which is not a finite number"),
                (aid, d.name(), "inf", "which is not a finite number"),
                (aid, d.name(), float("-inf"), "which is not a finite number"),
            ]
            if d.minimum() > -UNBOUNDED:
                cases.append((aid, d.name(), d.minimum() - (1 if integer else 0.5), "outside its range"))
            if d.maximum() < UNBOUNDED:
                cases.append((aid, d.name(), d.maximum() + (1 if integer else 0.5), "outside its range"))
            if integer:
                cases.append((aid, d.name(), d.minimum() + 0.5 if d.minimum() > -UNBOUNDED else 2.5, "not a whole"))
            else:
                cases.append((aid, d.name(), "1,5", "use a point as decimal separator"))
    return cases


CASES = _number_cases()


def _range_text(d: QgsProcessingParameterNumber) -> str:
    lo, hi = d.minimum(), d.maximum()
    if lo > -UNBOUNDED and hi < UNBOUNDED:
        return f"from {lo:g} to {hi:g}"
    if lo > -UNBOUNDED:
        return f"of at least {lo:g}"
    return f"of at most {hi:g}" if hi < UNBOUNDED else "a finite number"


@pytest.mark.parametrize(("alg_id", "name", "value", "cause"), CASES, ids=[f"{a}-{n}-{v!r}" for a, n, v, _ in CASES])
def test_bad_number_refused(case, alg_id, name, value, cause):
    params = valid(case, alg_id)
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    ok, message = alg.checkParameterValues(params, case.context)
    assert ok, f"the valid parameters of {alg_id} are refused: {message}"
    d = alg.parameterDefinition(name)
    shown = f"{value:g}" if isinstance(value, float) and cause == "outside its range" else str(value)
    case.fails(
        alg_id,
        {**params, name: value},
        f"Parameter {d.description()} ({name}) is ",
        shown.replace("'", ""),
        cause,
        "enter a",
        _range_text(d),
    )


def test_catalogue_covers_every_number_parameter(plugin):
    registered = {
        (alg.id(), d.name())
        for alg in QgsApplication.processingRegistry().providerById("hema").algorithms()
        for d in alg.parameterDefinitions()
        if isinstance(d, QgsProcessingParameterNumber)
    }
    covered = {(a, n) for a, n, _, _ in CASES}
    assert registered == covered and len(covered) >= 44
    assert len(CASES) >= 300
