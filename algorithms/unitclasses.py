"""lsm:unitclasses: exact Jenks classes of unit values, the class table and rate curves by unit area."""

import csv

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..core.classing import default_labels
from ..core.errors import LsmError
from ..core.grid import atomic_path
from ..core.jenks import classify
from ..core.units import unit_class_table, unit_jenks, unit_rate_curve
from . import _params
from ._compat import FIELD_NUMERIC, TYPE_VECTOR_POLYGON
from ._samples import source_name
from ._styling import attach_styler
from ._units import GraduatedVectorStyler, read_units, unit_columns, write_units
from .base import LsmAlgorithm, write_table

WEIGHTS = ("unit", "area")
TABLE_COLUMNS = [
    ("class", "int"),
    ("label", "str"),
    ("lower", "double"),
    ("upper", "double"),
    ("units", "int"),
    ("area", "double"),
    ("area_pct", "double"),
    ("landslides", "double"),
    ("landslide_pct", "double"),
]


class UnitClassesAlgorithm(LsmAlgorithm):
    """Jenks classes of a unit field (unit- or area-weighted), class table, success/prediction rate by area."""

    ALGORITHM_NAME = "unitclasses"
    DISPLAY_NAME = "Unit classes and rate curves"
    GROUP_ID = "maps"
    HELP = (
        "Exact Jenks natural breaks of a numeric field of mapping units (a susceptibility from "
        "lsm:predictunits), each unit weighing 1 or its area; a class field (1 = lowest), a class table (units, "
        "area %, landslide %) and, with landslide fields, success- and prediction-rate curves by unit area "
        "(units ranked by the value: cumulative landslide share against cumulative area share) with their AUC."
    )

    UNITS = "UNITS"
    FIELD = "FIELD"
    N_CLASSES = "N_CLASSES"
    WEIGHT = "WEIGHT"
    LANDSLIDE_FIELD = "LANDSLIDE_FIELD"
    TEST_FIELD = "TEST_FIELD"
    CLASS_FIELD = "CLASS_FIELD"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_CURVES = "OUTPUT_CURVES"
    OUT_GVF = "GVF"
    OUT_SUCCESS = "SUCCESS_AUC"
    OUT_PREDICTION = "PREDICTION_AUC"

    def initAlgorithm(self, config=None):  # noqa: N802
        add = _params.add
        add(
            self,
            QgsProcessingParameterFeatureSource(self.UNITS, self.tr("Mapping units"), [TYPE_VECTOR_POLYGON]),
            self.tr("Polygons with the value to classify (lsm:predictunits output)."),
        )
        add(
            self,
            # optional with a default: qgis_process (3.22) asks for every mandatory field parameter
            QgsProcessingParameterField(
                self.FIELD, self.tr("Value field"), "susceptibility", self.UNITS, FIELD_NUMERIC, optional=True
            ),
            self.tr(
                "The field to classify; higher values rank first in the rate curves. NULL units stay unclassed."
            ),
        )
        add(
            self,
            _params.number(
                self.N_CLASSES, self.tr("Number of classes"), 5, minimum=2, maximum=20, integer=True
            ),
            self.tr("Jenks classes (2 to 20)."),
        )
        add(
            self,
            QgsProcessingParameterEnum(
                self.WEIGHT,
                self.tr("Weight of a unit"),
                [self.tr("one per unit"), self.tr("its area")],
                defaultValue=0,
            ),
            self.tr("Each unit counts once in the Jenks fit, or in proportion to its area (a weighted fit)."),
        )
        for name, label, what in (
            (
                self.LANDSLIDE_FIELD,
                "Landslide field (training)",
                "success-rate curve and the class table's landslide %",
            ),
            (self.TEST_FIELD, "Landslide field (test)", "prediction-rate curve"),
        ):
            add(
                self,
                QgsProcessingParameterField(
                    name, self.tr(label), None, self.UNITS, FIELD_NUMERIC, optional=True
                ),
                self.tr("Landslides per unit (count, 0/1 presence or landslide area) for the {}.").format(
                    self.tr(what)
                ),
            )
        add(
            self,
            QgsProcessingParameterString(self.CLASS_FIELD, self.tr("Class field"), "class"),
            self.tr("Name of the class field written on the units."),
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Classed units")))
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_TABLE, self.tr("Class table"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CURVES, self.tr("Rate curves (CSV)"), self.tr("CSV files (*.csv)"), optional=True
            )
        )
        for key, label in (
            (self.OUT_GVF, "Goodness of variance fit"),
            (self.OUT_SUCCESS, "Success-rate AUC"),
            (self.OUT_PREDICTION, "Prediction-rate AUC"),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.UNITS, context)
        if source is None:
            raise LsmError(self.tr("The unit layer could not be opened."))
        name = source_name(self, parameters, self.UNITS, context)
        field = self.parameterAsString(parameters, self.FIELD, context) or "susceptibility"
        k = self.parameterAsInt(parameters, self.N_CLASSES, context)
        by_area = WEIGHTS[self.parameterAsEnum(parameters, self.WEIGHT, context)] == "area"
        ls_field = self.parameterAsString(parameters, self.LANDSLIDE_FIELD, context)
        test_field = self.parameterAsString(parameters, self.TEST_FIELD, context)
        units = read_units(source, name, feedback)
        wanted = [field] + [f for f in (ls_field, test_field) if f]
        values = unit_columns(source, name, wanted, units)
        for landslide_field in wanted[1:]:
            self._check_counts(values[landslide_field], landslide_field)
        scores = values[field]
        result = unit_jenks(scores, k, weights=units.areas if by_area else None)
        classes = np.where(np.isfinite(scores), classify(scores, result.breaks), 0)
        feedback.pushInfo(
            self.tr("Jenks breaks of '{}' ({}-weighted): {}; GVF {:.4f}.").format(
                field, WEIGHTS[by_area], ", ".join(f"{b:.6g}" for b in result.breaks), result.gvf
            )
        )
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context).strip() or "class"
        dest = write_units(
            self, parameters, self.OUTPUT, context, source, units, [(class_field, "int", classes)], feedback
        )
        labels = default_labels(k)
        attach_styler(context, dest, GraduatedVectorStyler(class_field, np.arange(k + 1) + 0.5, labels))
        landslides = values[ls_field] if ls_field else None
        results = {self.OUTPUT: dest, self.OUT_GVF: result.gvf}
        rows = unit_class_table(classes, k, units.areas, landslides)
        results[self.OUTPUT_TABLE] = self._table(parameters, context, rows, labels, result.breaks)
        results.update(
            self._curves(parameters, context, feedback, scores, units.areas, values, ls_field, test_field)
        )
        return results

    def _table(self, parameters, context, rows, labels, breaks):
        table = [
            [
                r["class"],
                labels[j],
                breaks[j],
                breaks[j + 1],
                r["units"],
                r["area"],
                r["area_pct"],
                r["landslides"],
                r["landslide_pct"],
            ]
            for j, r in enumerate(rows)
        ]
        return write_table(self, parameters, self.OUTPUT_TABLE, context, TABLE_COLUMNS, table)

    def _curves(self, parameters, context, feedback, scores, areas, values, ls_field, test_field):
        curves = {}
        for set_name, fld in (
            ("success", ls_field),
            ("prediction", test_field),
        ):
            if fld:
                curves[set_name] = unit_rate_curve(
                    scores, areas, values[fld], name=f"landslide field '{fld}'"
                )
                feedback.pushInfo(
                    self.tr("{}-rate curve by unit area: AUC {:.4f}.").format(
                        set_name.capitalize(), curves[set_name].auc
                    )
                )
        out = {self.OUT_SUCCESS: None, self.OUT_PREDICTION: None, self.OUTPUT_CURVES: None}
        if "success" in curves:
            out[self.OUT_SUCCESS] = curves["success"].auc
        if "prediction" in curves:
            out[self.OUT_PREDICTION] = curves["prediction"].auc
        path = self.parameterAsFileOutput(parameters, self.OUTPUT_CURVES, context)
        if path and curves:
            with atomic_path(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["curve", "area_share", "landslide_share"])
                for set_name, curve in curves.items():
                    writer.writerows(
                        [set_name, float(x), float(y)]
                        for x, y in zip(curve.area_share, curve.landslide_share)
                    )
            out[self.OUTPUT_CURVES] = path
        return out

    def _check_counts(self, values, field):
        bad = values[np.isfinite(values) & (values < 0)]
        if bad.size:
            raise LsmError(
                self.tr(
                    "The landslide field '{}' holds negative values ({}): give counts, 0/1 or areas."
                ).format(field, ", ".join(f"{v:g}" for v in np.unique(bad)[:5]))
            )
