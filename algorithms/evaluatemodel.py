"""lsm:evaluatemodel: test metrics, ROC and PR curves of a model bundle or a susceptibility raster."""

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingException,
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

from ..core import training
from ..core.bundle import EXTENSION, data_hash
from ..core.metrics import METRIC_KEYS
from ..core.runrecord import new_record, write_record
from .base import LsmAlgorithm, write_table
from .trainmodel import (
    add_run_store_parameter,
    add_sample_parameters,
    json_parameters,
    read_samples,
    run_store,
)

#: default decision threshold on the landslide probability
DEFAULT_THRESHOLD = 0.5


class EvaluateModelAlgorithm(LsmAlgorithm):
    """Evaluates a bundle on test samples, or a susceptibility raster at test points."""

    ALGORITHM_NAME = "evaluatemodel"
    DISPLAY_NAME = "Evaluate susceptibility model"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn",)
    HELP = (
        "Evaluates a model on test samples: either a model bundle (lsm:trainmodel, lsm:spysampling) applied to "
        "the samples' factor fields (named as the bundle's factors), or a susceptibility raster sampled at the "
        "test points (points outside the raster or on nodata are left out and counted).\n\n"
        "When the samples have a split field, only its 'test' rows are used (lsm:buildsamples keeps them apart "
        "from training, Fu et al. 2024 III.G); otherwise every row is a test row.\n\n"
        "Metrics (Fu et al. 2024 Table III, plus F1 and Cohen's kappa): overall accuracy, precision, "
        "sensitivity (recall), specificity, balanced accuracy, G-mean, F1, kappa at the chosen threshold "
        "(default 0.5) and at the threshold that maximises the G-mean on these samples (both reported; the "
        "latter is optimistic, as it is chosen on the test set), with the confusion matrices; ROC-AUC and "
        "PR-AUC (average precision), which need no threshold.\n\n"
        "Outputs: the metrics table, the ROC curve (fpr, tpr, threshold) and precision-recall curve (recall, "
        "precision, threshold) as tables, a PNG of both curves, and a run record (JSON) for the metrics dock.\n\n"
        "Bundles hold pickled Python objects: open only bundles from sources you trust."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    BUNDLE = "BUNDLE"
    RASTER = "RASTER"
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
        self.addParameter(
            QgsProcessingParameterBand(
                self.RASTER_BAND, self.tr("Raster band"), 1, self.RASTER, optional=True
            )
        )
        p = QgsProcessingParameterNumber(
            self.THRESHOLD,
            self.tr("Threshold (landslide when score >= threshold)"),
            QgsProcessingParameterNumber.Double,
            DEFAULT_THRESHOLD,
        )
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterString(
                self.MODEL_NAME, self.tr("Run name (for the run record)"), optional=True
            )
        )
        add_run_store_parameter(self)
        self.addParameter(
            QgsProcessingParameterBoolean(self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_METRICS, self.tr("Metrics"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ROC, self.tr("ROC curve"), QgsProcessing.TypeVector, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PR, self.tr("Precision-recall curve"), QgsProcessing.TypeVector, optional=True
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

    def checkParameterValues(self, parameters, context):  # noqa: N802
        has_bundle = bool(self.parameterAsFile(parameters, self.BUNDLE, context))
        has_raster = self.parameterAsRasterLayer(parameters, self.RASTER, context) is not None
        if has_bundle == has_raster:
            return False, self.tr("Give either a model bundle or a susceptibility raster (one of the two).")
        return super().checkParameterValues(parameters, context)

    def run(self, parameters, context, feedback):
        bundle_path = self.parameterAsFile(parameters, self.BUNDLE, context)
        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        if bool(bundle_path) == (raster is not None):
            raise QgsProcessingException(
                self.tr("Give either a model bundle or a susceptibility raster (one of the two).")
            )
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        if bundle_path:
            y, scores, layer_name, what, model_type, extra = self._bundle_scores(
                bundle_path, parameters, context, feedback
            )
        else:
            y, scores, layer_name, what, model_type, extra = self._raster_scores(
                raster, parameters, context, feedback
            )
        training.check_classes(y, "test", minimum=1)
        feedback.setProgress(60)
        evaluation = training.evaluate_scores(y, scores, threshold)
        feedback.pushInfo(
            self.tr("{} on {} test landslides and {} negatives of '{}':").format(
                what, evaluation["n_positive"], evaluation["n_negative"], layer_name
            )
        )
        for key, label, at_threshold, at_best in training.metrics_rows(evaluation):
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
        results = {
            self.OUT_AUC: evaluation["metrics"]["roc_auc"],
            self.OUT_PR_AUC: evaluation["metrics"]["pr_auc"],
            self.OUT_BA: evaluation["metrics"]["balanced_accuracy"],
            self.OUT_BEST: evaluation["best_threshold"],
            self.OUT_RECORD: "",
            self.OUT_RUN_ID: "",
        }
        metric_rows = [
            (key, label, float(a), float(b)) for key, label, a, b in training.metrics_rows(evaluation)
        ]
        dest = write_table(
            self,
            parameters,
            self.OUTPUT_METRICS,
            context,
            [("metric", "str"), ("label", "str"), ("at_threshold", "double"), ("at_best", "double")],
            metric_rows,
        )
        if dest is not None:
            results[self.OUTPUT_METRICS] = dest
        roc, pr = training.curve_tables(y, scores)
        dest = write_table(
            self,
            parameters,
            self.OUTPUT_ROC,
            context,
            [("fpr", "double"), ("tpr", "double"), ("threshold", "double")],
            roc,
        )
        if dest is not None:
            results[self.OUTPUT_ROC] = dest
        dest = write_table(
            self,
            parameters,
            self.OUTPUT_PR,
            context,
            [("recall", "double"), ("precision", "double"), ("threshold", "double")],
            pr,
        )
        if dest is not None:
            results[self.OUTPUT_PR] = dest
        feedback.setProgress(80)
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        if plot_path:
            training.plot_curves(evaluation, plot_path, title=f"{what} - {layer_name}")
            results[self.OUTPUT_PLOT] = plot_path
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            name = self.parameterAsString(parameters, self.MODEL_NAME, context).strip()
            fields = dict(extra)
            fields["outputs"] = dict(fields.get("outputs") or {})
            if plot_path:
                fields["outputs"]["plot"] = plot_path
            if name:
                fields["name"] = name
            record = new_record(
                "lsm:evaluatemodel",
                model_type=model_type,
                dataset=layer_name,
                parameters=json_parameters(self, parameters, context),
                data_hashes={"test": data_hash(np.asarray(scores, dtype=float), np.asarray(y))},
                **training.record_fields(evaluation),
                **fields,
            )
            record["summary"] = dict(
                record.get("summary") or {},
                n_test_positive=evaluation["n_positive"],
                n_test_negative=evaluation["n_negative"],
                metric_keys=list(METRIC_KEYS),
            )
            store = run_store(self, parameters, context, plot_path or bundle_path or None)
            results[self.OUT_RECORD] = write_record(store, record)
            results[self.OUT_RUN_ID] = record["run_id"]
            feedback.pushInfo(self.tr("Run record: {}").format(results[self.OUT_RECORD]))
        feedback.setProgress(100)
        return results

    def _test_rows(self, samples, feedback):
        if samples.split is not None and (samples.split == "test").any():
            rows = np.flatnonzero(samples.split == "test")
            feedback.pushInfo(self.tr("Using the {} 'test' rows of the split field.").format(rows.size))
            return rows
        return np.arange(samples.y.size)

    def _bundle_scores(self, path, parameters, context, feedback):
        from ..core.bundle import load_bundle

        bundle = load_bundle(path)
        if bundle.kind != "sklearn":
            raise QgsProcessingException(
                self.tr(
                    "Model bundle '{}' is a '{}' model, which needs its factor rasters: map it (lsm:lsnetpredict) "
                    "and evaluate the map with the raster input."
                ).format(path, bundle.kind)
            )
        for warning in bundle.version_warnings():
            feedback.pushWarning(warning)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The samples layer could not be opened."))
        names = source.fields().names()
        missing = [f for f in bundle.factors if f not in names]
        if missing:
            raise QgsProcessingException(
                self.tr(
                    "The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). "
                    "Evaluate with samples that carry the bundle's factors ({})."
                ).format(", ".join(missing), ", ".join(names), ", ".join(bundle.factors))
            )
        categorical = list(bundle.manifest.get("categorical", {}))
        samples, layer_name, _crs = read_samples(
            self, parameters, context, feedback, bundle.factors, categorical
        )
        rows = self._test_rows(samples, feedback)
        scores = bundle.predict_proba(samples.X[rows])
        extra = {"outputs": {"bundle": path}, "ratio": bundle.manifest.get("ratio")}
        what = self.tr("Model {}").format(bundle.model_type)
        return samples.y[rows], scores, layer_name, what, bundle.model_type, extra

    def _raster_scores(self, raster, parameters, context, feedback):
        from ..core.grid import Factor, FactorReader, grid_of

        band = self.parameterAsInt(parameters, self.RASTER_BAND, context) or 1
        path = raster.source().split("|")[0]
        if band > raster.bandCount():
            raise QgsProcessingException(
                self.tr("Band {} does not exist in '{}' ({} band(s)).").format(
                    band, raster.name(), raster.bandCount()
                )
            )
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.tr("The samples layer could not be opened."))
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label"
        samples, layer_name, _crs = self._points_only(parameters, context, feedback, label_field)
        rows = self._test_rows(samples, feedback)
        xy = samples.xy[rows].copy()
        transform = QgsCoordinateTransform(source.sourceCrs(), raster.crs(), context.transformContext())
        if not transform.isShortCircuited():
            from qgis.core import QgsPointXY

            for i, (x, y) in enumerate(xy):
                if np.isfinite(x):
                    point = transform.transform(QgsPointXY(x, y))
                    xy[i] = (point.x(), point.y())
        grid = grid_of(path)
        r, c = grid.rowcol(xy[:, 0], xy[:, 1])
        inside = grid.inside(r, c) & np.isfinite(xy).all(axis=1)
        values = np.full(rows.size, np.nan)
        if inside.any():
            reader = FactorReader([Factor(raster.name(), path, band)], grid)
            values[inside] = reader.read_cells(r[inside], c[inside])[:, 0]
        ok = np.isfinite(values)
        outside = int((~inside).sum())
        nodata = int((inside & ~ok).sum())
        if outside or nodata:
            feedback.pushWarning(
                self.tr("{} test point(s) fall outside raster '{}' and {} on nodata: left out.").format(
                    outside, raster.name(), nodata
                )
            )
        if not ok.any():
            raise QgsProcessingException(
                self.tr(
                    "No test point of '{}' falls on a value of raster '{}': check that they cover the same area."
                ).format(layer_name, raster.name())
            )
        extra = {"outputs": {"raster": path}}
        what = self.tr("Raster {}").format(raster.name())
        return samples.y[rows][ok], values[ok], layer_name, what, "", extra

    def _points_only(self, parameters, context, feedback, label_field):
        """Samples with labels, split and xy but no factor (a zero column as a stand-in matrix)."""
        from .base import read_point_table
        from .trainmodel import _NamedSource, source_name

        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = source_name(self, parameters, self.INPUT, context)
        split_field = self.parameterAsString(parameters, self.SPLIT_FIELD, context)
        extra = [label_field]
        if split_field and split_field in source.fields().names():
            extra.append(split_field)
        elif split_field and split_field != "split":
            raise QgsProcessingException(
                self.tr("Layer '{}' has no split field '{}'.").format(name, split_field)
            )
        else:
            split_field = ""
        _X, columns, xy = read_point_table(_NamedSource(source, name), [], extra, feedback)
        labels = training.parse_labels(columns[label_field], name, label_field)
        split = training.parse_split(columns[split_field]) if split_field else None
        keep = labels >= 0
        if (~keep).any():
            feedback.pushWarning(
                self.tr("{} point(s) without a label were left out.").format(int((~keep).sum()))
            )
        samples = training.Samples(
            X=np.zeros((int(keep.sum()), 0)),
            y=labels[keep],
            factors=[],
            split=None if split is None else split[keep],
            xy=xy[keep],
        )
        return samples, name, ""
