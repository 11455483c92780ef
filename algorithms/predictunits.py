"""lsm:predictunits: a model bundle applied to the attribute factors of mapping units (core.units)."""

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ..core.bundle import EXTENSION, load_bundle
from ..core.errors import LsmError
from ..core.units import match_unit_fields, predict_units
from . import _params
from ._compat import TYPE_VECTOR_POLYGON
from ._evaluation import check_tabular
from ._samples import source_name
from ._styling import attach_styler
from ._units import GraduatedVectorStyler, read_unit_table, write_units
from .base import LsmAlgorithm

#: class edges of the graduated style of the probability field
STYLE_EDGES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


class PredictUnitsAlgorithm(LsmAlgorithm):
    """Susceptibility (and the spread over the model's members) on every mapping unit."""

    ALGORITHM_NAME = "predictunits"
    DISPLAY_NAME = "Predict susceptibility on units"
    GROUP_ID = "maps"
    HELP = (
        "Applies a model bundle (any model type of lsm:trainmodel) to a polygon layer of mapping units: a "
        "susceptibility field (landslide probability) on every unit and, for models with members (forests, "
        "ensembles), an uncertainty field (standard deviation over the members). The model's factors are "
        "matched to unit fields by name: '<factor>', else '<factor>_mean' (lsm:unitfactors' names). Units of "
        "another area with the same fields take the model as they are (transfer). Units with a missing factor "
        "value get NULL."
    )
    REQUIRES = ("sklearn",)

    UNITS = "UNITS"
    BUNDLE = "BUNDLE"
    FIELD = "FIELD"
    UNCERTAINTY_FIELD = "UNCERTAINTY_FIELD"
    OUTPUT = "OUTPUT"
    OUT_UNITS = "N_PREDICTED"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_trust(self)
        add = _params.add
        add(
            self,
            QgsProcessingParameterFeatureSource(self.UNITS, self.tr("Mapping units"), [TYPE_VECTOR_POLYGON]),
            self.tr(
                "Polygons with a numeric field per model factor (lsm:unitfactors output, or any unit layer)."
            ),
        )
        add(
            self,
            QgsProcessingParameterFile(self.BUNDLE, self.tr("Model bundle"), extension=EXTENSION.lstrip(".")),
            self.tr("A model bundle of lsm:trainmodel (trusted files only)."),
        )
        add(
            self,
            QgsProcessingParameterString(self.FIELD, self.tr("Susceptibility field"), "susceptibility"),
            self.tr("Name of the field receiving the landslide probability (overwritten when it exists)."),
        )
        add(
            self,
            QgsProcessingParameterString(
                self.UNCERTAINTY_FIELD, self.tr("Uncertainty field"), "uncertainty", optional=True
            ),
            self.tr(
                "Field of the standard deviation over the model's members; empty or a model without members: none."
            ),
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Units with susceptibility"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_UNITS, self.tr("Units predicted")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.UNITS, context)
        if source is None:
            raise LsmError(self.tr("The unit layer could not be opened."))
        name = source_name(self, parameters, self.UNITS, context)
        field = self.parameterAsString(parameters, self.FIELD, context).strip() or "susceptibility"
        spread_field = self.parameterAsString(parameters, self.UNCERTAINTY_FIELD, context).strip()
        bundle = self._bundle(parameters, context, feedback)
        fields = match_unit_fields(bundle.factors, source.fields().names(), name)
        feedback.pushInfo(
            self.tr("Model factors -> unit fields: {}").format(
                ", ".join(f"{a} -> {b}" for a, b in zip(bundle.factors, fields))
            )
        )
        units, values = read_unit_table(source, name, fields, feedback)
        X = np.column_stack([values[f] for f in fields])
        probability, spread, complete = predict_units(bundle.model, X, with_spread=bool(spread_field))
        self._log(feedback, name, complete, spread)
        columns = [(field, "double", probability)]
        if spread is not None:
            columns.append((spread_field, "double", spread))
        dest = write_units(self, parameters, self.OUTPUT, context, source, units, columns, feedback)
        attach_styler(context, dest, GraduatedVectorStyler(field, STYLE_EDGES))
        return {self.OUTPUT: dest, self.OUT_UNITS: int(complete.sum())}

    def _bundle(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.BUNDLE, context)
        if not path:
            raise LsmError(self.tr("Choose a model bundle (.lsmodel)."))
        bundle = load_bundle(path, trust=_params.trust(self, parameters, context), feedback=feedback)
        refusal = self.tr(
            "Model bundle '{}' is a '{}' model, which needs factor rasters: map it with lsm:lsnetpredict "
            "and take the units' statistics of the map with lsm:unitfactors."
        )
        check_tabular(bundle, path, feedback, refusal)
        return bundle

    def _log(self, feedback, name, complete, spread):
        feedback.pushInfo(self.tr("'{}': {} unit(s) predicted.").format(name, int(complete.sum())))
        missing = int((~complete).sum())
        if missing:
            feedback.pushWarning(
                self.tr("{} unit(s) of '{}' lack a factor value: their susceptibility is NULL.").format(
                    missing, name
                )
            )
        if not complete.any():
            raise LsmError(
                self.tr("No unit of '{}' has every factor value: nothing to predict.").format(name)
            )
        if spread is None:
            feedback.pushInfo(self.tr("The model has no members: no uncertainty field."))
