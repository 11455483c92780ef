"""lsm:factorscreening: multicollinearity (VIF, TOL, Pearson) elimination and factor importance.

The parameters and the run here; the screening runs and outputs in algorithms/_screening_io.py.
"""

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

from ..core import screening
from . import _params, _screening_io
from ._compat import (
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    TYPE_RASTER,
    TYPE_VECTOR,
    TYPE_VECTOR_POLYGON,
)
from ._inventory import parse_names
from .base import LsmAlgorithm


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
        _params.add_scheduler(
            self,
            self.tr(
                "Raster mode: address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786); the "
                "passes over the factor rasters (classes of categorical factors, the covariance) run as one task "
                "per block on its workers, which read the rasters and the rasterised mask from the same paths "
                "(readable there), with numpy, GDAL and this plugin importable as 'landslide_susceptibility'; "
                "the result is the same as a run here. Needs the 'distributed' package. Empty: run here."
            ),
        )
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
            result = _screening_io.screen_rasters(
                self, parameters, context, feedback, layers, categorical, options
            )
        else:
            result = _screening_io.screen_table(self, parameters, context, feedback, categorical, options)
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
            self.OUT_SELECTED: ",".join(
                _screening_io.mrmr_selected(self, parameters, context, result, feedback)
            ),
        }
        results.update(_screening_io.write_outputs(self, parameters, context, result))
        feedback.pushInfo(self.tr("Kept factors: {}").format(", ".join(result.kept)))
        feedback.setProgress(100)
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
