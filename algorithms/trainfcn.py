"""lsm:trainfcn: train the multi-scale FCN with CBAM (Fan et al. 2025) on windows of the factor rasters."""

import os
import tempfile

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)

from ..core.errors import LsmError
from ..core.progress import SubProgress, check_canceled
from . import _fcn_io, _params
from ._compat import FIELD_ANY, TYPE_RASTER, TYPE_VECTOR, TYPE_VECTOR_ANY
from ._inventory import read_inventory
from .base import LsmAlgorithm


class TrainFcnAlgorithm(LsmAlgorithm):
    """Trains the FCN on overlapping windows with Poisson soft (or binary) labels and writes a bundle."""

    ALGORITHM_NAME = "trainfcn"
    DISPLAY_NAME = "Train FCN (multi-scale, CBAM, Poisson soft labels)"
    GROUP_ID = "models"
    REQUIRES = ("torch",)
    HELP = (
        "Trains the fully convolutional encoder-decoder of Fan et al. 2025 (National Science Review): it maps "
        "every cell of a window at once. Windows (448 cells, 20 % overlap by default) are cut from the factor "
        "rasters; their labels come from the mapped landslides as Poisson soft labels (1 on landslides, "
        "falling to 0 around them) or as the binary mask.\n\n"
        "Seeded shares of the windows are held out for the test and for choosing the best epoch (cells no "
        "training window covers); test metrics come per kind ('random', 'area') with bootstrap intervals in "
        "run records. A group field (event, region) adds leave-one-group-out validation: per group, an FCN "
        "trained on the windows away from that group's region is tested on it (fold table, mean and 95 % "
        "interval). The help link gives the network, the equation and its boundary values."
    )

    FACTORS = "FACTORS"
    LANDSLIDES = "LANDSLIDES"
    WINDOW = "WINDOW"
    OVERLAP = "OVERLAP"
    FILTERS = "FILTERS"
    DEPTH = "DEPTH"
    LABELS = "LABELS"
    BUFFER = "BUFFER"
    EPOCHS = "EPOCHS"
    BATCH_SIZE = "BATCH_SIZE"
    LEARNING_RATE = "LEARNING_RATE"
    PATIENCE = "PATIENCE"
    VALIDATION_SHARE = "VALIDATION_SHARE"
    TEST_SHARE = "TEST_SHARE"
    GROUP_FIELD = "GROUP_FIELD"
    GROUP_MARGIN = "GROUP_MARGIN"
    OUTPUT_BUNDLE = "OUTPUT_BUNDLE"
    OUTPUT_FOLDS = "OUTPUT_FOLDS"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUT_VAL_AUC = "VALIDATION_ROC_AUC"
    OUT_BEST_EPOCH = "BEST_EPOCH"
    OUT_TEST_AUC = "TEST_ROC_AUC"
    OUT_GROUP_AUC = "GROUP_ROC_AUC"
    OUT_RUN_ID = "RUN_ID"
    OUT_GROUP_RUN_ID = "GROUP_RUN_ID"
    OUT_RUN_RECORD = "RUN_RECORD"

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..core import fcn, fcn_train, poisson

        tr, add, number = self.tr, _params.add, _params.number
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, tr("Factor rasters"), TYPE_RASTER)
        add(
            self,
            p,
            tr("Continuous factor rasters on one grid; lsm:fcnpredict needs rasters of the same names."),
        )
        p = QgsProcessingParameterFeatureSource(self.LANDSLIDES, tr("Mapped landslides"), [TYPE_VECTOR_ANY])
        add(self, p, tr("Landslide polygons (burnt onto the grid) or points (one cell each)."))
        p = number(self.WINDOW, tr("Window size (cells)"), fcn.DEFAULT_WINDOW, 8, integer=True)
        add(
            self,
            p,
            tr(
                "Side of the training and prediction windows: 448 in Fan et al. 2025; smaller for small areas."
            ),
        )
        p = number(
            self.OVERLAP, tr("Window overlap (share)"), fcn.DEFAULT_OVERLAP, 0.0, 0.49, decimals=_params.SHARE
        )
        add(self, p, tr("Overlap of neighbouring windows as a share of the window (0.2 in the paper)."))
        p = number(self.FILTERS, tr("Filters of the first level (N)"), fcn.DEFAULT_FILTERS, 1, integer=True)
        add(
            self,
            p,
            tr("32 in the paper; every level multiplies them by 4. Fewer train faster on small data."),
        )
        p = number(self.DEPTH, tr("Levels below the first"), fcn.DEFAULT_DEPTH, 0, 5, integer=True)
        add(
            self,
            p,
            tr("2 in the paper (down to H/4 x W/4 x 16N); the window must be at least 4 x 2^depth cells."),
        )
        p = QgsProcessingParameterEnum(
            self.LABELS,
            tr("Labels"),
            [tr("Poisson soft labels (the paper's)"), tr("Binary landslide mask")],
            defaultValue=0,
        )
        add(
            self,
            p,
            tr(
                "Soft labels solve the Poisson (Laplace) equation around the landslides; binary is the 0/1 mask."
            ),
        )
        p = number(self.BUFFER, tr("Soft label distance (cells)"), poisson.DEFAULT_BUFFER, 1, integer=True)
        add(
            self,
            p,
            tr(
                "The soft label falls from 1 on a landslide to 0 at this distance (Dirichlet value 0 beyond)."
            ),
        )
        p = number(self.EPOCHS, tr("Maximum epochs"), fcn_train.DEFAULT_EPOCHS, 1, integer=True)
        add(self, p, tr("Most passes over the training windows."))
        p = number(self.BATCH_SIZE, tr("Batch size (windows)"), fcn_train.DEFAULT_BATCH_SIZE, 1, integer=True)
        add(self, p, tr("Windows per optimisation step."))
        p = number(
            self.LEARNING_RATE,
            tr("Learning rate (Adam)"),
            fcn_train.DEFAULT_LEARNING_RATE,
            1e-7,
            1.0,
            decimals=_params.PRECISE,
        )
        add(self, p, tr("Adam step size."))
        p = number(
            self.PATIENCE, tr("Early stopping patience (epochs)"), fcn_train.DEFAULT_PATIENCE, 1, integer=True
        )
        add(self, p, tr("Training stops after this many epochs without a better validation AUC."))
        p = number(
            self.VALIDATION_SHARE,
            tr("Validation share of the windows"),
            fcn_train.DEFAULT_VALIDATION_SHARE,
            0.0,
            0.9,
            decimals=_params.SHARE,
        )
        add(
            self, p, tr("Share of the windows held out to choose the best epoch (0: the last epoch is kept).")
        )
        p = number(
            self.TEST_SHARE,
            tr("Test share of the windows"),
            fcn_train.DEFAULT_TEST_SHARE,
            0.0,
            0.9,
            decimals=_params.SHARE,
        )
        add(
            self,
            p,
            tr(
                "Share of the windows held out for the test metrics of the run records (their cells that no "
                "training or validation window covers). 0: the metrics are on the training windows (optimistic)."
            ),
        )
        self._add_group_parameters()
        _params.add_seed(
            self, fcn_train.DEFAULT_SEED, help_text=tr("Seeds the window split, the weights and the batches.")
        )
        _params.add_device(self, help_text=tr("auto: a CUDA GPU when torch sees one, else the CPU."))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_BUNDLE, tr("FCN bundle"), tr("LSM model bundles (*.lsmodel)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_FOLDS, tr("Leave-one-group-out folds"), TYPE_VECTOR, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY, tr("Leave-one-group-out summary"), TYPE_VECTOR, optional=True
            )
        )
        _params.add_run_store(
            self,
            help_text=tr("Where the run records go; default 'lsm_runs' beside the project or the bundle."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_VAL_AUC, tr("Validation ROC-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BEST_EPOCH, tr("Best epoch")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_TEST_AUC, tr("Test ROC-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_GROUP_AUC, tr("Leave-one-group-out mean ROC-AUC")))
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, tr("Run id")))
        self.addOutput(QgsProcessingOutputString(self.OUT_GROUP_RUN_ID, tr("Leave-one-group-out run id")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RUN_RECORD, tr("Run record")))

    def _add_group_parameters(self):
        from ..core import poisson

        tr = self.tr
        p = QgsProcessingParameterField(
            self.GROUP_FIELD,
            tr("Group field for leave-one-group-out (event, region)"),
            None,
            self.LANDSLIDES,
            FIELD_ANY,
            optional=True,
        )
        _params.add(
            self,
            p,
            tr(
                "A field of the landslides naming their event or region. Given: before the final model, one "
                "FCN per group is trained on the windows that do not touch that group's region and tested on "
                "the region (test sets 'random' and 'area'); a fold table, the mean and a 95 % interval over "
                "the groups go to the run records and the tables below. Empty: no group validation."
            ),
        )
        p = _params.number(
            self.GROUP_MARGIN, tr("Group region margin (cells)"), poisson.DEFAULT_BUFFER, 0, integer=True
        )
        _params.add(
            self,
            p,
            tr(
                "A group's region is the bounding box of its landslides widened by this many cells on each side "
                "(clipped to the rasters): its cells are the group's test cells, and no training window of its "
                "fold touches it."
            ),
        )

    def _mask(self, parameters, context, grid, feedback):
        """Landslide cells (H, W) bool of the LANDSLIDES layer on *grid*."""
        from osgeo import gdal

        from ..core.samples import rasterize

        source = self.parameterAsSource(parameters, self.LANDSLIDES, context)
        if source is None:
            raise LsmError(self.tr("The landslide layer could not be opened."))
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else source.sourceCrs()
        kind, items = read_inventory(source, crs, context, feedback)
        mask = np.zeros((grid.height, grid.width), dtype=bool)
        if kind == "point":
            rows, cols = grid.rowcol(items[:, 0], items[:, 1])
            inside = grid.inside(rows, cols)
            mask[rows[inside], cols[inside]] = True
        else:
            with tempfile.TemporaryDirectory(prefix="lsm_fcn_") as folder:
                path = rasterize(items, grid, os.path.join(folder, "landslides.tif"))
                mask = gdal.Open(path).ReadAsArray().astype(bool)
        if not mask.any():
            raise LsmError(
                self.tr(
                    "No landslide of layer '{}' falls on the factor rasters: check that the layer and the rasters "
                    "cover the same area."
                ).format(source.sourceName())
            )
        return mask

    def _configure(self, parameters, context, n_factors):
        from ..core import fcn, fcn_train, poisson

        arch = fcn.FcnArchitecture(
            n_factors=n_factors,
            filters=self.parameterAsInt(parameters, self.FILTERS, context),
            depth=self.parameterAsInt(parameters, self.DEPTH, context),
            window=self.parameterAsInt(parameters, self.WINDOW, context),
            overlap=self.parameterAsDouble(parameters, self.OVERLAP, context),
        )
        fcn.check_architecture(arch)
        config = fcn_train.FcnConfig(
            epochs=self.parameterAsInt(parameters, self.EPOCHS, context),
            batch_size=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            learning_rate=self.parameterAsDouble(parameters, self.LEARNING_RATE, context),
            patience=self.parameterAsInt(parameters, self.PATIENCE, context),
            validation_share=self.parameterAsDouble(parameters, self.VALIDATION_SHARE, context),
            test_share=self.parameterAsDouble(parameters, self.TEST_SHARE, context),
            labels=poisson.LABEL_MODES[self.parameterAsEnum(parameters, self.LABELS, context)],
            buffer=self.parameterAsInt(parameters, self.BUFFER, context),
            seed=_params.seed(self, parameters, context),
            device=_params.device(self, parameters, context),
        )
        return arch, config

    def _regions(self, parameters, context, grid, feedback):
        """core.fcn_eval.GroupRegions of the GROUP_FIELD, or (field '', None) without one."""
        from ..core import fcn_eval

        field, values, boxes = _fcn_io.group_boxes(self, parameters, context, grid, feedback)
        if not field:
            return "", None
        margin = self.parameterAsInt(parameters, self.GROUP_MARGIN, context)
        regions = fcn_eval.group_regions(values, boxes, (grid.height, grid.width), margin)
        feedback.pushInfo(
            self.tr("Leave one group out over '{}': {} groups ({}).").format(
                field, len(regions.names), ", ".join(regions.names)
            )
        )
        return field, regions

    def process(self, parameters, context, feedback):
        from ..core import fcn, fcn_eval, fcn_train
        from ..core.grid import FactorReader, check_grids

        factors = self.raster_factors(self.parameterAsLayerList(parameters, self.FACTORS, context))
        grid = check_grids(factors)
        arch, config = self._configure(parameters, context, len(factors))
        device = fcn.torch_device(config.device)  # 'cuda' without a GPU fails here, before any work
        mask = self._mask(parameters, context, grid, feedback)
        group_field, regions = self._regions(parameters, context, grid, feedback)
        feedback.pushInfo(
            self.tr(
                "{} landslide cells; windows of {} cells, overlap {:g}; filters {}; {} labels; device {}."
            ).format(int(mask.sum()), arch.window, arch.overlap, arch.level_filters(), config.labels, device)
        )
        share = 0.0 if regions is None else 80.0 * len(regions.names) / (len(regions.names) + 1)
        group_results = None
        if regions is not None:
            group_results = fcn_eval.leave_one_group_out(
                factors, mask, arch, config, regions, SubProgress(feedback, 0, share), grid
            )
            _fcn_io.log_groups(self, feedback, group_results)
        check_canceled(feedback)
        model = fcn_train.train_fcn(factors, mask, arch, config, SubProgress(feedback, share, 88), grid)
        for note in model.plan.notes:
            feedback.pushWarning(note[len("WARNING: ") :])
        feedback.pushInfo(
            self.tr(
                "Validation ROC-AUC {:.3f} on {} cells of {} held-out windows not covered by a training or test "
                "window, best epoch {}."
            ).format(
                model.validation["auc"],
                model.validation["n_cells"],
                model.validation["n_windows"],
                model.best_epoch,
            )
        )
        evaluations = fcn_eval.evaluate_model(
            model, FactorReader(factors, grid), mask, device, config.seed, SubProgress(feedback, 88, 94)
        )
        _fcn_io.log_evaluations(self, feedback, evaluations, model.best_epoch)
        return self._write(
            parameters,
            context,
            feedback,
            (model, grid, mask, config, arch, device),
            evaluations,
            (group_field, regions, group_results),
        )

    def _write(self, parameters, context, feedback, run, evaluations, groups):
        """The bundle, the tables and the run records; returns the results dict."""
        model, grid, mask, config, arch, device = run
        group_field, regions, group_results = groups
        first = next(iter(evaluations))
        bundle_path = self.parameterAsFileOutput(parameters, self.OUTPUT_BUNDLE, context)
        source = self.parameterAsSource(parameters, self.LANDSLIDES, context)
        record_parameters = {
            "factors": list(model.factor_names),
            "landslides": source.sourceName(),
            **config.__dict__,
            **arch.to_dict(),
            "group_field": group_field,
            "group_margin": self.parameterAsInt(parameters, self.GROUP_MARGIN, context)
            if group_field
            else None,
            "device": str(device),
        }
        model.save(
            bundle_path,
            crs_wkt=grid.crs_wkt,
            cell_size=list(grid.cell_size),
            parameters=record_parameters,
            seed=config.seed,
            validation=dict(model.validation, test_set="validation"),
            test_set=first,
            training_metrics=evaluations[first]["metrics"],
            test_metrics_by_set={kind: e["metrics"] for kind, e in evaluations.items()},
            preprocessing="per-factor standardisation (training windows), nodata -> 0 plus a mask channel",
        )
        results = {
            self.OUTPUT_BUNDLE: bundle_path,
            self.OUT_VAL_AUC: model.validation["auc"],
            self.OUT_BEST_EPOCH: model.best_epoch,
            self.OUT_TEST_AUC: evaluations[first]["metrics"]["roc_auc"],
            self.OUT_GROUP_AUC: float("nan"),
            self.OUT_GROUP_RUN_ID: "",
        }
        meta = {
            "dataset": source.sourceName(),
            "group": None,
            "parameters": record_parameters,
            "outputs": {"bundle": bundle_path},
        }
        records = _fcn_io.main_records(model, evaluations, mask, meta)
        if group_results is not None:
            results.update(_fcn_io.group_tables(self, parameters, context, group_results))
            meta["group"] = records[0]["run_id"]  # every record of the run shares it
            for record in records:
                record["group"] = meta["group"]
            group = _fcn_io.group_records(group_results, meta, group_field, regions)
            for record in group[::-1]:
                results[self.OUT_GROUP_RUN_ID] = self.write_run_record(
                    record, parameters, context, feedback, bundle_path
                )
            results[self.OUT_GROUP_AUC] = group_results["random"].intervals()["roc_auc"]["value"]
        for record in records[::-1]:  # the reported (first) record last: RUN_RECORD names it
            results[self.OUT_RUN_ID] = self.write_run_record(
                record, parameters, context, feedback, bundle_path
            )
        results[self.OUT_RUN_RECORD] = self.last_record_path
        feedback.setProgress(100)
        return results
