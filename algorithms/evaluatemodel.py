"""lsm:evaluatemodel: test metrics, ROC and PR curves of a model bundle or a susceptibility raster.

The parameters and the run here; the scores, records and tables in algorithms/_evaluate_io.py.
"""

import numpy as np
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import fitting, sampleset
from ..core import metrics as lsm_metrics
from ..core.bundle import EXTENSION
from ..core.errors import LsmError
from ..core.intervals import evaluate_with_intervals
from . import _evaluate_io, _params
from ._compat import NUMBER_DOUBLE, TYPE_VECTOR
from ._evaluation import log_intervals
from ._samples import (
    add_sample_parameters,
)
from .base import LsmAlgorithm

#: default decision threshold on the landslide probability
DEFAULT_THRESHOLD = 0.5


class EvaluateModelAlgorithm(LsmAlgorithm):
    """Evaluates a bundle on test samples, or a susceptibility raster at test points."""

    ALGORITHM_NAME = "evaluatemodel"
    DISPLAY_NAME = "Evaluate susceptibility model"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn", "skops")
    HELP = (
        "Evaluates a model on test samples: a model bundle applied to the samples' factor fields (named as "
        "the bundle's factors), or a susceptibility raster sampled at the test points. Only the 'test' rows "
        "of the split field are used when there is one.\n\n"
        "Metrics: overall accuracy, precision, sensitivity, specificity, balanced accuracy, G-mean, F1 and "
        "kappa at the threshold and at the G-mean-best threshold (optimistic: chosen on the test set), "
        "ROC-AUC and PR-AUC. Outputs: the metrics table, ROC and PR curve tables, a PNG of both curves and a "
        "run record for the metrics dock.\n\n"
        "Bundles hold pickled Python objects: open only bundles from sources you trust."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    SAMPLE_LAYERS = (("INPUT", "LABEL_FIELD"),)
    SPLIT_FIELD = "SPLIT_FIELD"
    BUNDLE = "BUNDLE"
    RASTER = "RASTER"
    ONE_OF = (("BUNDLE", "RASTER"),)
    EXCLUSIVE = (("BUNDLE", "RASTER"),)
    RASTER_BAND = "RASTER_BAND"
    THRESHOLD = "THRESHOLD"
    MODEL_NAME = "MODEL_NAME"
    RUN_STORE = "RUN_STORE"
    WRITE_RECORD = "WRITE_RECORD"
    OUTPUT_METRICS = "OUTPUT_METRICS"
    OUTPUT_ROC = "OUTPUT_ROC"
    OUTPUT_PR = "OUTPUT_PR"
    OUTPUT_PLOT = "OUTPUT_PLOT"
    OUT_RECORD = "RUN_RECORD"
    OUT_RUN_ID = "RUN_ID"
    OUT_AUC = "ROC_AUC"
    OUT_PR_AUC = "PR_AUC"
    OUT_BA = "BALANCED_ACCURACY"
    OUT_BEST = "BEST_THRESHOLD"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_trust(self)
        add_sample_parameters(self, factors=False)
        p = QgsProcessingParameterFile(
            self.BUNDLE,
            self.tr("Model bundle"),
            extension=EXTENSION.lstrip("."),
            optional=True,
        )
        p.setHelp(
            self.tr("A model bundle; the samples need a field per factor of the bundle. Trusted files only.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Susceptibility raster"), optional=True)
        p.setHelp(self.tr("Instead of a bundle: a susceptibility raster (e.g. lsm:predictraster's output)."))
        self.addParameter(p)
        p = QgsProcessingParameterBand(
            self.RASTER_BAND, self.tr("Raster band"), 1, self.RASTER, optional=True
        )
        p.setHelp(self.tr("Band of the susceptibility raster holding the scores (default 1)."))
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Threshold (landslide when score >= threshold)"),
                NUMBER_DOUBLE,
                DEFAULT_THRESHOLD,
            ),
            _params.THRESHOLD,
        )
        p.setHelp(
            self.tr("Scores at or above it count as landslide for the threshold metrics (default 0.5).")
        )
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.MODEL_NAME, self.tr("Run name (for the run record)"), optional=True
        )
        p.setHelp(self.tr("Name of the run in the metrics dock; empty: the model type and the run id."))
        self.addParameter(p)
        _params.add_run_store(self)
        p = QgsProcessingParameterBoolean(self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True)
        p.setHelp(
            self.tr("Write the metrics and curves as a run record into the run store for the metrics dock.")
        )
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_METRICS, self.tr("Metrics"), TYPE_VECTOR)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ROC, self.tr("ROC curve"), TYPE_VECTOR, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PR, self.tr("Precision-recall curve"), TYPE_VECTOR, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PLOT,
                self.tr("ROC and PR curves (PNG)"),
                self.tr("PNG files (*.png)"),
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, self.tr("Run id")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_AUC, self.tr("ROC-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_PR_AUC, self.tr("PR-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BA, self.tr("Balanced accuracy at the threshold")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BEST, self.tr("G-mean-best threshold")))

    def process(self, parameters, context, feedback):
        bundle_path = self.parameterAsFile(parameters, self.BUNDLE, context)
        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        if bool(bundle_path) == (raster is not None):
            raise LsmError(self.tr("Give either a model bundle or a susceptibility raster (one of the two)."))
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        if bundle_path:
            y, scores, layer_name, what, model_type, extra = _evaluate_io.bundle_scores(
                self, bundle_path, parameters, context, feedback
            )
        else:
            y, scores, layer_name, what, model_type, extra = _evaluate_io.raster_scores(
                self, raster, parameters, context, feedback
            )
        sampleset.check_classes(y, "test", minimum=1)
        feedback.setProgress(60)
        sets = self._evaluate_sets(y, scores, extra.pop("kinds"), threshold, feedback, (what, layer_name))
        kind, evaluation = next(iter(sets.items()))
        results = {
            self.OUT_AUC: evaluation["metrics"]["roc_auc"],
            self.OUT_PR_AUC: evaluation["metrics"]["pr_auc"],
            self.OUT_BA: evaluation["metrics"]["balanced_accuracy"],
            self.OUT_BEST: evaluation["best_threshold"],
            self.OUT_RECORD: "",
            self.OUT_RUN_ID: "",
        }
        results.update(_evaluate_io.write_tables(self, parameters, context, sets))
        feedback.setProgress(80)
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        if plot_path:
            fitting.plot_curves(evaluation, plot_path, title=f"{what} - {layer_name} [{kind}]")
            results[self.OUTPUT_PLOT] = plot_path
            extra["outputs"]["plot"] = plot_path
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            run_records = _evaluate_io.run_records(
                self, parameters, context, sets, model_type, layer_name, extra
            )
            for record in run_records[::-1]:  # the reported (first) record last: RUN_RECORD names it
                results[self.OUT_RUN_ID] = self.write_run_record(
                    record, parameters, context, feedback, plot_path or extra["outputs"].get("bundle") or None
                )
            results[self.OUT_RECORD] = self.last_record_path
        feedback.setProgress(100)
        return results

    def _evaluate_sets(self, y, scores, kinds, threshold, feedback, names):
        """{test-set kind: evaluation with intervals, warnings, y and scores}, 'random' first, each
        logged; the warnings (a small test split) and the 'rn' note in words."""
        what, layer_name = names
        warnings = sampleset.split_warnings(int((y == 1).sum()))
        sets = {}
        for kind in sampleset.NEGATIVE_KINDS:
            keep = (y == 1) | (kinds == kind)
            if not (y[keep] == 0).any():
                continue
            evaluation = evaluate_with_intervals(y[keep], scores[keep], threshold, feedback=feedback)
            evaluation.update(warnings=list(warnings), y=y[keep], scores=scores[keep])
            sets[kind] = evaluation
            self._log(feedback, evaluation, f"{what} [{kind}]", layer_name)
            log_intervals(self, feedback, evaluation["intervals"])
        if "rn" in sets:
            feedback.pushInfo(sampleset.RN_NOTE)
        for warning in warnings:
            feedback.pushWarning(warning)
        return sets

    def _log(self, feedback, evaluation, what, layer_name):
        feedback.pushInfo(
            self.tr("{} on {} test landslides and {} negatives of '{}':").format(
                what, evaluation["n_positive"], evaluation["n_negative"], layer_name
            )
        )
        for key, label, at_threshold, at_best in lsm_metrics.metrics_rows(evaluation):
            feedback.pushInfo(
                "  {:<12} {:>10.4f} {:>10.4f}".format(label, float(at_threshold), float(at_best))
                if key not in ("tp", "fp", "tn", "fn")
                else "  {:<12} {:>10d} {:>10d}".format(label, int(at_threshold), int(at_best))
            )
        feedback.pushInfo(
            self.tr("(columns: threshold {:.3f}, G-mean-best threshold {:.3f})").format(
                evaluation["threshold"], evaluation["best_threshold"]
            )
        )

    def _test_rows(self, samples, feedback):
        if samples.split is not None and (samples.split == "test").any():
            rows = np.flatnonzero(samples.split == "test")
            feedback.pushInfo(self.tr("Using the {} 'test' rows of the split field.").format(rows.size))
            return rows
        return np.arange(samples.y.size)
