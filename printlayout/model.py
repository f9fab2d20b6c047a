"""The Graphical Modeler model 'HEMA map book': load layers → map book PDF and the city atlas."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterEnum,
)
from qgis.PyQt.QtCore import QPointF, QSizeF

from ..paths import MODELS_DIR
from .templates import template_path

MODEL_PATH = MODELS_DIR / "hema_mapbook.model3"


# Modeler layout: inputs on top, one row per step going down and to the right, each output beside its step.
BOX = QSizeF(200.0, 50.0)  # every component box, as drawn by the modeler (position = the box's centre)
POSITIONS = {"LANGUAGE": QPointF(470.0, 60.0), "load": QPointF(150.0, 180.0), "mapbook": QPointF(470.0, 300.0)}
POSITIONS["atlas"] = QPointF(790.0, 420.0)
OUTPUT_OFFSET = QPointF(0.0, 90.0)


def _child(alg_id: str, child_id: str, description: str) -> QgsProcessingModelChildAlgorithm:
    child = QgsProcessingModelChildAlgorithm(alg_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(POSITIONS[child_id])
    child.setSize(BOX)
    return child


def _from_child(child_id: str, output: str) -> list:
    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def _static(value) -> list:
    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def with_defaults(child: QgsProcessingModelChildAlgorithm) -> QgsProcessingModelChildAlgorithm:
    """Set each unset input to its default, as the modeler dialog does: QGIS validates unset inputs as missing."""
    for definition in child.algorithm().parameterDefinitions():
        name, default = definition.name(), definition.defaultValue()
        if not definition.isDestination() and name not in child.parameterSources() and default is not None:
            child.addParameterSources(name, _static(default))
    return child


def output_parameter(model: QgsProcessingModelAlgorithm, child_id: str, output: str) -> str:
    """The model parameter (and result key) of a child's model output, in QGIS 3.22 naming or newer QGIS's.

    'child:output' in QGIS 3.22 and in models saved by it; models made on newer QGIS name the parameter after the
    output and tag it with its child in the metadata.
    """
    for definition in model.destinationParameterDefinitions():
        meta = definition.metadata()
        if meta.get("_modelChildId") == child_id and meta.get("_modelChildOutputName") == output:
            return definition.name()
    return f"{child_id}:{output}"


def _model_output(child, name: str, child_output: str, description: str) -> None:
    out = QgsProcessingModelOutput(name, description)
    out.setChildOutputName(child_output)
    out.setChildId(child.childId())
    out.setPosition(child.position() + OUTPUT_OFFSET)
    out.setSize(BOX)
    child.setModelOutputs({name: out})


def build_model() -> QgsProcessingModelAlgorithm:
    """Model: hema:loadlayers (bundled data) → hema:mapbook (PDF) and hema:exportlayout (city fact-sheet atlas)."""
    model = QgsProcessingModelAlgorithm("HEMA kaartenboek", "HEMA Steden", "hema")
    model.setHelpContent(
        {
            "ALG_DESC": "Loads the HEMA layers and makes the map book 'Perspectief op Drentse steden' "
            "plus the city fact-sheet atlas of the four HEMA cities."
        }
    )
    lang = QgsProcessingParameterEnum("LANGUAGE", "Map text language", ["Nederlands", "English"], defaultValue=0)
    component = QgsProcessingModelParameter("LANGUAGE")
    component.setPosition(POSITIONS["LANGUAGE"])
    component.setSize(BOX)
    model.addModelParameter(lang, component)

    load = _child("hema:loadlayers", "load", "Load HEMA layers")
    load.addParameterSources("SOURCE", _static(0))
    model.addChildAlgorithm(with_defaults(load))

    book = _child("hema:mapbook", "mapbook", "Map book")
    for param, output in (
        ("CITIES", "OUTPUT_CITIES"),
        ("ZONES", "OUTPUT_ZONES"),
        ("FLOWS", "OUTPUT_FLOWS"),
        ("PROVINCES", "OUTPUT_PROVINCES"),
    ):
        book.addParameterSources(param, _from_child("load", output))
    book.addParameterSources("LANGUAGE", [QgsProcessingModelChildParameterSource.fromModelParameter("LANGUAGE")])
    book.addParameterSources("OVERWRITE", _static(False))
    book.setDependencies([])
    _model_output(book, "MAPBOOK", "OUTPUT", "Map book (PDF)")
    model.addChildAlgorithm(with_defaults(book))

    atlas = _child("hema:exportlayout", "atlas", "City fact sheets (atlas)")
    atlas.addParameterSources("TEMPLATE", _static(template_path("hema_stadsblad").name))
    atlas.addParameterSources("COVERAGE", _from_child("load", "OUTPUT_CITIES"))
    atlas.addParameterSources("FILTER", _static("\"role\" = 'hema'"))
    atlas.addParameterSources(
        "LAYERS",
        _from_child("load", "OUTPUT_CITIES")
        + _from_child("load", "OUTPUT_ZONES")
        + _from_child("mapbook", "KEY_FIGURES"),
    )
    atlas.addParameterSources("CHART_DIR", _from_child("mapbook", "CHART_DIR"))
    atlas.addParameterSources("FORMAT", _static(0))
    atlas.addParameterSources("DPI", _static(150))
    atlas.addParameterSources("LANGUAGE", [QgsProcessingModelChildParameterSource.fromModelParameter("LANGUAGE")])
    atlas.addParameterSources("OVERWRITE", _static(False))
    _model_output(atlas, "ATLAS", "OUTPUT", "City atlas (PDF)")
    model.addChildAlgorithm(with_defaults(atlas))
    model.updateDestinationParameters()
    return model


def save_model(path=MODEL_PATH) -> None:
    """Write the model to resources/models."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not build_model().toFile(str(path)):
        raise OSError(f"could not write {path}")
