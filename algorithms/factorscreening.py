"""lsm:factorscreening: multicollinearity (VIF, TOL, Pearson) elimination and factor importance."""

import os
import tempfile

import numpy as np
from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import sampleset, screening, screening_report
from ..core.dependencies import dependency_message
from ..core.errors import LsmError
from ..core.grid import atomic_path, check_grids
from ..core.progress import SubProgress
from ..core.samples import polygon_mask
from . import _params
from ._compat import (
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    TYPE_RASTER,
    TYPE_VECTOR,
    TYPE_VECTOR_POLYGON,
    parameter_as_strings,
)
from ._inventory import RESERVED_FIELDS, parse_names, polygon_wkbs
from ._samples import read_labels, read_point_table
from .base import LsmAlgorithm, write_table


class FactorScreeningAlgorithm(LsmAlgorithm):
    """VIF/TOL/Pearson screening with iterative elimination, RF Gini importance and information gain."""

    ALGORITHM_NAME = "factorscreening"
    DISPLAY_NAME = "Factor screening (VIF, correlation, importance)"
    GROUP_ID = "factors"
    HELP = (
        "Screens conditioning factors for multicollinearity and ranks them before any model is trained: exact "
        "VIF and TOL of every factor (GVIF^(1/df) for categorical ones), the Pearson correlation matrix, and "
        "iterative elimination (highest VIF above the threshold first, then the more collinear member of each "
        "pair with |r| above the threshold).\n\n"
        "With labelled samples: random-forest Gini importance and information gain. Input: a sample layer and "
        "its factor fields (training samples by default), or factor rasters (optionally within a mask).\n\n"
        "Outputs: the factor table, the correlation matrix, the kept factors (comma separated) and an HTML "
        "report with charts."
    )
    REQUIRES = ()

    SAMPLES = "SAMPLES"
    FIELDS = "FACTOR_FIELDS"
    LABEL_FIELD = "LABEL_FIELD"
    TRAIN_ONLY = "TRAIN_ONLY"
    RASTERS = "RASTERS"
    ONE_OF = (("SAMPLES", "RASTERS"),)
    MASK = "MASK"
    CATEGORICAL = "CATEGORICAL"
    VIF_THRESHOLD = "VIF_THRESHOLD"
    R_THRESHOLD = "R_THRESHOLD"
    TREES = "TREES"
    IG_CLASSES = "IG_CLASSES"
    SEED = "SEED"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    CORRELATION = "CORRELATION"
    REPORT = "REPORT"
    OUT_KEPT = "KEPT_FACTORS"
    OUT_REMOVED = "REMOVED_FACTORS"
    MRMR_TOP = "MRMR_TOP"
    OUT_SELECTED = "MRMR_SELECTED"

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterVectorLayer(
            self.SAMPLES, self.tr("Sample layer"), [TYPE_VECTOR], optional=True
        )
        p.setHelp(self.tr("Samples with factor fields and a label (e.g. from lsm:buildsamples)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.FIELDS,
            self.tr("Factor fields"),
            parentLayerParameterName=self.SAMPLES,
            type=FIELD_NUMERIC,
            allowMultiple=True,
            optional=True,
        )
        p.setHelp(self.tr("Default: every numeric field but label, row, col, prior and fid."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.LABEL_FIELD,
            self.tr("Label field (1 landslide, 0 other)"),
            "label",
            parentLayerParameterName=self.SAMPLES,
            optional=True,
        )
        p.setHelp(self.tr("Field holding 1 for landslides and 0 for the other samples (default 'label')."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.TRAIN_ONLY, self.tr("Use only the training samples (split = 'train')"), True
        )
        p.setHelp(
            self.tr(
                "Keeps the test samples out of the screening; ignored when the layer has no 'split' field."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(
            self.RASTERS,
            self.tr("Factor rasters (instead of samples)"),
            TYPE_RASTER,
            optional=True,
        )
        p.setHelp(self.tr("VIF and correlation over all valid cells, streamed block by block."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MASK,
            self.tr("Mask (study area) for the rasters"),
            [TYPE_VECTOR_POLYGON],
            optional=True,
        )
        p.setHelp(self.tr("Only cells inside these polygons count in raster mode."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.CATEGORICAL, self.tr("Categorical factors (comma separated)"), optional=True
        )
        p.setHelp(self.tr("Factors holding class codes: one-hot blocks with a generalised VIF."))
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.VIF_THRESHOLD,
                self.tr("VIF threshold"),
                NUMBER_DOUBLE,
                screening.DEFAULT_VIF_THRESHOLD,
                minValue=1.0,
            ),
            _params.RATIO,
        )
        p.setHelp(
            self.tr(
                "Factors are removed while their VIF exceeds it (10: Zhang et al. 2022, Fan et al. 2025)."
            )
        )
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.R_THRESHOLD,
                self.tr("|Pearson r| threshold"),
                NUMBER_DOUBLE,
                screening.DEFAULT_R_THRESHOLD,
                minValue=0.0,
                maxValue=1.0,
            ),
            _params.THRESHOLD,
        )
        p.setHelp(self.tr("Pairs above it lose the member with the higher VIF (0.6: Zhang et al. 2022)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TREES,
            self.tr("Random-forest trees (Gini importance)"),
            NUMBER_INTEGER,
            screening.DEFAULT_TREES,
            minValue=10,
        )
        p.setHelp(
            self.tr(
                "Trees of the random forest whose mean decrease in impurity ranks the factors (default 200)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.IG_CLASSES,
            self.tr("Classes for the information gain"),
            NUMBER_INTEGER,
            screening.DEFAULT_IG_CLASSES,
            minValue=2,
            maxValue=32,
        )
        p.setHelp(self.tr("Jenks natural-breaks classes of each continuous factor."))
        self.addParameter(p)
        _params.add(
            self,
            _params.number(
                self.MRMR_TOP, self.tr("Keep the top k factors by mRMR (0 = all)"), 0, 0, integer=True
            ),
            self.tr(
                "With a sample layer: the k best factors of the mRMR ranking (relevance I(f; y) minus the mean "
                "redundancy with the factors already selected) are written as the selected factor list."
            ),
        )
        _params.add_seed(self, help_text=self.tr("Seed of the random forest."))
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Factor screening table"), TYPE_VECTOR
        )
        p.setHelp(
            self.tr(
                "One row per factor: VIF, TOL, GVIF, max |r| and partner, Gini, information gain, kept/removed and why."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.CORRELATION, self.tr("Correlation matrix"), TYPE_VECTOR, optional=True
        )
        p.setHelp(self.tr("The factor correlation matrix, one row per factor."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.REPORT, self.tr("HTML report"), self.tr("HTML files (*.html)"), optional=True
        )
        p.setHelp(self.tr("Self-contained HTML with the table, the elimination order and the charts."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputString(self.OUT_KEPT, self.tr("Kept factors (comma separated)")))
        self.addOutput(
            QgsProcessingOutputString(self.OUT_REMOVED, self.tr("Removed factors (comma separated)"))
        )
        self.addOutput(
            QgsProcessingOutputString(
                self.OUT_SELECTED, self.tr("Factors selected by mRMR (comma separated, selection order)")
            )
        )

    def _samples(self, parameters, context, feedback, fields=None):
        """(X, y, names) of the sample layer, or None when no layer is given."""
        layer = self.parameterAsVectorLayer(parameters, self.SAMPLES, context)
        if layer is None:
            return None
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label"
        names = fields or parameter_as_strings(self, parameters, self.FIELDS, context)
        if not names:
            names = [
                f.name()
                for f in layer.fields()
                if f.isNumeric() and f.name().lower() not in RESERVED_FIELDS and f.name() != label_field
            ]
        all_fields = layer.fields().names()
        if label_field not in all_fields:
            raise LsmError(
                self.tr("Layer '{}' has no label field '{}' (its fields: {}).").format(
                    layer.name(), label_field, ", ".join(all_fields)
                )
            )
        extra = [label_field] + (["split"] if "split" in all_fields else [])
        X, extra_values, _ = read_point_table(layer, names, extra, feedback)
        labels, _n_null = read_labels(extra_values[label_field], layer.name(), label_field, feedback)
        keep = labels >= 0
        if "split" in extra_values and self.parameterAsBoolean(parameters, self.TRAIN_ONLY, context):
            is_train = np.array([str(v).lower() == "train" for v in extra_values["split"]], dtype=bool)
            feedback.pushInfo(
                self.tr("Using the {} training samples of '{}'.").format(int(is_train.sum()), layer.name())
            )
            keep &= is_train
        if not keep.any():
            raise LsmError(self.tr("Layer '{}' has no usable (labelled) sample.").format(layer.name()))
        # the same minimum counts as the model algorithms, on the rows actually screened
        sampleset.check_classes(labels[keep], self.tr("'{}' screening").format(layer.name()))
        return X[keep], labels[keep], names

    def _with_gini(self, feedback):
        """False (with a warning naming the pip line) when scikit-learn is missing: the rest still runs."""
        message = dependency_message(("sklearn",))
        if message:
            feedback.pushWarning(self.tr("Gini importance left out: {}").format(message))
        return not message

    def process(self, parameters, context, feedback):
        categorical = parse_names(self.parameterAsString(parameters, self.CATEGORICAL, context))
        options = {
            "vif_t": self.parameterAsDouble(parameters, self.VIF_THRESHOLD, context),
            "r_t": self.parameterAsDouble(parameters, self.R_THRESHOLD, context),
            "trees": self.parameterAsInt(parameters, self.TREES, context),
            "ig_classes": self.parameterAsInt(parameters, self.IG_CLASSES, context),
            "seed": _params.seed(self, parameters, context),
        }
        layers = self.parameterAsLayerList(parameters, self.RASTERS, context)
        if layers:
            result = self._screen_rasters(parameters, context, feedback, layers, categorical, options)
        else:
            result = self._screen_table(parameters, context, feedback, categorical, options)
        for note in result.notes:
            feedback.pushInfo(note)
        for row in result.rows():
            is_cat = row["categorical"]
            feedback.pushInfo(
                "{:<20} VIF {:>10}  TOL {:>8}  {} {:.3f} ({})  {} {}".format(
                    row["factor"],
                    screening.format_vif(row["vif"]),
                    "{:.4f}".format(row["tol"]),
                    "max Cramer's V" if is_cat else "max|r|",
                    row["max_cramers_v"] if is_cat else row["max_abs_r"],
                    row["v_partner"] if is_cat else row["partner"],
                    row["status"],
                    row["reason"],
                )
            )
        results = {
            self.OUT_KEPT: ",".join(result.kept),
            self.OUT_REMOVED: ",".join(s.factor for s in result.steps),
            self.OUT_SELECTED: ",".join(self._mrmr_selected(parameters, context, result, feedback)),
        }
        results.update(self._write_outputs(parameters, context, result))
        feedback.pushInfo(self.tr("Kept factors: {}").format(", ".join(result.kept)))
        feedback.setProgress(100)
        return results

    def _mrmr_selected(self, parameters, context, result, feedback):
        """The mRMR top-k factor list (all factors in mRMR order for k = 0), logged; [] without samples."""
        top = self.parameterAsInt(parameters, self.MRMR_TOP, context)
        selected = result.mrmr_top(top if top > 0 else len(result.names))
        if selected:
            feedback.pushInfo(self.tr("mRMR selection order: {}").format(", ".join(selected)))
        return selected

    def _screen_rasters(self, parameters, context, feedback, layers, categorical, o):
        """Screening of the factor rasters (within the mask), importance from the samples if given."""
        factors = self.raster_factors(layers, categorical)
        grid = check_grids(factors)
        mask_source = self.parameterAsSource(parameters, self.MASK, context)
        with tempfile.TemporaryDirectory(prefix="lsm_screen_") as tmpdir:
            mask = None
            if mask_source is not None:
                wkbs = polygon_wkbs(mask_source, layers[0].crs(), context, feedback, self.tr("mask"))
                mask = polygon_mask(wkbs, grid, tmpdir, "mask")
            result = screening.screen_rasters(
                factors, SubProgress(feedback, 0, 70), mask, o["vif_t"], o["r_t"]
            )
            mask = None
        table = self._samples(parameters, context, feedback, [f.name for f in factors])
        if table is None:
            feedback.pushInfo(
                self.tr("No sample layer given: importance (Gini, information gain) is left out.")
            )
            return result
        X, y, _ = table
        screening.add_importance(
            result,
            X,
            y,
            o["trees"],
            o["ig_classes"],
            o["seed"],
            SubProgress(feedback, 70, 95),
            self._with_gini(feedback),
        )
        return result

    def _screen_table(self, parameters, context, feedback, categorical, o):
        """Screening of the sample layer's factor fields."""
        table = self._samples(parameters, context, feedback)
        if table is None:
            raise LsmError(
                self.tr("Give a sample layer (with its factor fields) or factor rasters to screen.")
            )
        X, y, names = table
        unknown = [c for c in categorical if c not in names]
        if unknown:
            raise LsmError(
                self.tr("Categorical factor(s) {} are not among the factor fields ({}).").format(
                    ", ".join(unknown), ", ".join(names)
                )
            )
        return screening.screen_table(
            X,
            y,
            names,
            categorical,
            o["vif_t"],
            o["r_t"],
            o["trees"],
            o["ig_classes"],
            o["seed"],
            SubProgress(feedback, 0, 95),
            self._with_gini(feedback),
        )

    def _write_outputs(self, parameters, context, result):
        """The table, the correlation matrix and the HTML report (those asked for)."""
        results = {self.OUTPUT_TABLE: self._write_table(parameters, context, result)}
        if parameters.get(self.CORRELATION) is not None:
            dest = self._write_correlation(parameters, context, result)
            if dest is not None:
                results[self.CORRELATION] = dest
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
            with atomic_path(report) as tmp:
                screening_report.write_report(result, tmp, self.tr("Factor screening"))
            results[self.REPORT] = report
        return results

    #: columns of the screening table
    TABLE_COLUMNS = (
        ("factor", "str"),
        ("categorical", "int"),
        ("vif", "double"),
        ("tol", "double"),
        ("gvif", "double"),
        ("df", "int"),
        ("max_abs_r", "double"),
        ("partner", "str"),
        ("max_cramers_v", "double"),
        ("v_partner", "str"),
        ("gini", "double"),
        ("info_gain", "double"),
        ("mrmr_rank", "int"),
        ("mrmr_score", "double"),
        ("status", "str"),
        ("reason", "str"),
    )

    def _write_table(self, parameters, context, result):
        rows = [[row[name] for name, _ in self.TABLE_COLUMNS] for row in result.rows()]
        return write_table(
            self, parameters, self.OUTPUT_TABLE, context, self.TABLE_COLUMNS, rows, required=True
        )

    def _write_correlation(self, parameters, context, result):
        columns = [("factor", "str")] + [(name, "double") for name in result.names]
        # rows of categorical factors hold Cramer's V with the other categorical ones (no Pearson r)
        rows = [
            [f"{name} (Cramer's V)" if name in result.categorical else name] + list(result.correlation[i])
            for i, name in enumerate(result.names)
        ]
        return write_table(self, parameters, self.CORRELATION, context, columns, rows)
