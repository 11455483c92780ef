"""lsm:trainlsnet: train LSNet, a CNN on factor patches (Zhang et al. 2022), on the user's samples."""

import os

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.errors import LsmError
from ..core.progress import SubProgress, check_canceled
from .base import LsmAlgorithm, read_point_table

#: fewest samples of each class LSNet trains on
MIN_PER_CLASS = 10


class TrainLsnetAlgorithm(LsmAlgorithm):
    """Trains the LSNet patch CNN and writes a bundle, training curves and a run record."""

    ALGORITHM_NAME = "trainlsnet"
    DISPLAY_NAME = "Train LSNet (CNN on factor patches)"
    GROUP_ID = "models"
    REQUIRES = ("torch",)
    HELP = (
        "Trains LSNet (Zhang et al. 2022, Geoscience Letters 9:26): a convolutional network that reads a "
        "square patch of the factor rasters around a cell and gives the landslide probability of that "
        "cell. Architecture after the paper's Table 6, scaled to the patch: a 5x5 first convolution, then "
        "3x3 convolutions, each with batch norm, ReLU and 2x2 max pooling (64, 128, 128, 256, 256 feature "
        "maps at width 64), then fully connected layers 1024, 256, 128 and 2 with softmax; the network "
        "width scales every layer. Convolutions are unpadded, and blocks are added while they fit the "
        "patch (33 cells: three blocks; 224 cells, the paper's: all five).\n\n"
        "Samples: points with a 0/1 label field (1 = landslide), e.g. the output of lsm:buildsamples or "
        "lsm:spysampling, or any point layer such as the bundled points_350.gpkg (label field 'lslpts'). "
        "Points are placed on the factors' grid by their coordinates (reprojected when the layer's CRS "
        "differs). With a split field ('train'/'test', optionally 'validation') the test samples are only "
        "used for the final metrics; without one, a seeded, stratified test share is held out. Early "
        "stopping watches the validation AUC on a seeded share of the training samples (or the "
        "'validation' samples) and keeps the weights of the best epoch.\n\n"
        "Nodata: factors are standardised with the mean and standard deviation of the training patches "
        "(stored in the bundle). Nodata cells inside a patch and cells beyond the raster edge are filled "
        "with 0 (the training mean) and flagged in an extra mask channel, so the network sees where data "
        "is missing. Samples whose own cell is nodata are dropped (and counted in the log).\n\n"
        "Training: Adam with learning rate 1e-4 (the paper's), cross-entropy loss weighted by inverse class "
        "frequency (or balanced sampling, or neither), augmentation by flips and 90-degree rotations, "
        "dropout 0.5 on the dense layers, batch norm. Seeds make runs repeatable on one machine. Device "
        "'auto' uses a CUDA GPU when torch sees one.\n\n"
        "Outputs: an LSNet bundle (.lsmodel: weights, architecture, factor names, normalisation, patch "
        "size, library versions) for lsm:lsnetpredict; the training curves (loss and validation AUC per "
        "epoch) as a table and a PNG; a run record with the test metrics in the run store."
    )

    FACTORS = "FACTORS"
    SAMPLES = "SAMPLES"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    TEST_SHARE = "TEST_SHARE"
    VALIDATION_SHARE = "VALIDATION_SHARE"
    PATCH_SIZE = "PATCH_SIZE"
    WIDTH = "WIDTH"
    EPOCHS = "EPOCHS"
    BATCH_SIZE = "BATCH_SIZE"
    LEARNING_RATE = "LEARNING_RATE"
    PATIENCE = "PATIENCE"
    AUGMENT = "AUGMENT"
    BALANCING = "BALANCING"
    SEED = "SEED"
    DEVICE = "DEVICE"
    OUTPUT_BUNDLE = "OUTPUT_BUNDLE"
    OUTPUT_CURVES = "OUTPUT_CURVES"
    OUTPUT_CURVES_PNG = "OUTPUT_CURVES_PNG"
    RUN_STORE = "RUN_STORE"
    OUT_RUN_ID = "RUN_ID"
    OUT_RUN_RECORD = "RUN_RECORD"
    OUT_TEST_AUC = "TEST_ROC_AUC"
    OUT_BEST_EPOCH = "BEST_EPOCH"

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..core import lsnet

        p = QgsProcessingParameterMultipleLayers(
            self.FACTORS, self.tr("Factor rasters"), QgsProcessing.TypeRaster
        )
        p.setHelp(
            self.tr(
                "Continuous factor rasters on one grid (single bands named after the layer, stack bands after "
                "their descriptions). lsm:lsnetpredict needs rasters of the same names."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(
            self.SAMPLES, self.tr("Samples (points)"), [QgsProcessing.TypeVectorPoint]
        )
        p.setHelp(self.tr("Landslides and non-landslides as points with a 0/1 label field."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.LABEL_FIELD,
            self.tr("Label field (1 = landslide, 0 = not)"),
            "label",
            self.SAMPLES,
            QgsProcessingParameterField.Any,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "'label' in lsm:buildsamples output (the default when left empty); 'lslpts' in the bundled "
                "points_350.gpkg."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.SPLIT_FIELD,
            self.tr("Split field ('train' / 'test')"),
            None,
            self.SAMPLES,
            QgsProcessingParameterField.String,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Field with 'train' or 'test' (and optionally 'validation') per sample. Empty: the field "
                "'split' when the layer has one, else a seeded test share is held out."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TEST_SHARE,
            self.tr("Test share (when there is no split field)"),
            QgsProcessingParameterNumber.Double,
            lsnet.DEFAULT_TEST_SHARE,
            minValue=0.0,
            maxValue=0.9,
        )
        p.setHelp(
            self.tr("Share of each class kept for testing when the samples have no split field (70/30).")
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.VALIDATION_SHARE,
            self.tr("Validation share for early stopping"),
            QgsProcessingParameterNumber.Double,
            lsnet.DEFAULT_VALIDATION_SHARE,
            minValue=0.0,
            maxValue=0.9,
        )
        p.setHelp(
            self.tr("Share of the training samples held out to choose the best epoch (0: no early stopping).")
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.PATCH_SIZE,
            self.tr("Patch size (cells, odd)"),
            QgsProcessingParameterNumber.Integer,
            lsnet.DEFAULT_PATCH_SIZE,
            minValue=lsnet.MIN_PATCH_SIZE,
        )
        p.setHelp(
            self.tr(
                "Side of the square patch around each cell. Zhang et al. 2022 used 224 cells of 30 m; 33 cells "
                "(the default) cover about 330 m on 10 m data. Any odd size from 9 up."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.WIDTH,
            self.tr("Network width (feature maps of the first block)"),
            QgsProcessingParameterNumber.Integer,
            lsnet.DEFAULT_WIDTH,
            minValue=1,
        )
        p.setHelp(
            self.tr(
                "64 is the paper's network (64-128-128-256-256 feature maps, 1024-256-128 dense units); every "
                "layer scales with it. Smaller widths train and map faster on small data."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.EPOCHS,
            self.tr("Maximum epochs"),
            QgsProcessingParameterNumber.Integer,
            lsnet.DEFAULT_EPOCHS,
            minValue=1,
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.BATCH_SIZE,
            self.tr("Batch size"),
            QgsProcessingParameterNumber.Integer,
            lsnet.DEFAULT_BATCH_SIZE,
            minValue=2,
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.LEARNING_RATE,
            self.tr("Learning rate (Adam)"),
            QgsProcessingParameterNumber.Double,
            lsnet.DEFAULT_LEARNING_RATE,
            minValue=1e-7,
            maxValue=1.0,
        )
        p.setHelp(self.tr("1e-4 in Zhang et al. 2022."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.PATIENCE,
            self.tr("Early stopping patience (epochs)"),
            QgsProcessingParameterNumber.Integer,
            lsnet.DEFAULT_PATIENCE,
            minValue=1,
        )
        p.setHelp(self.tr("Training stops after this many epochs without a better validation AUC."))
        self.addParameter(p)
        p = QgsProcessingParameterBoolean(
            self.AUGMENT, self.tr("Augment by flips and 90-degree rotations"), True
        )
        p.setHelp(
            self.tr(
                "Each training patch is turned by one of the 8 flips/rotations at random. Turn it off for "
                "direction-dependent factors such as aspect or northness."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.BALANCING,
            self.tr("Class balancing"),
            [self.tr("Class weights (inverse frequency)"), self.tr("Balanced sampling"), self.tr("None")],
            defaultValue=0,
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer, lsnet.DEFAULT_SEED
        )
        p.setHelp(self.tr("Seeds the splits, the weights, the batches and the augmentation."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(self.DEVICE, self.tr("Device"), list(lsnet.DEVICES), defaultValue=0)
        p.setHelp(self.tr("auto: a CUDA GPU when torch sees one, else the CPU."))
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_BUNDLE, self.tr("LSNet bundle"), self.tr("LSM model bundles (*.lsmodel)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CURVES, self.tr("Training curves"), QgsProcessing.TypeVector, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CURVES_PNG,
                self.tr("Training curves (PNG)"),
                self.tr("PNG images (*.png)"),
                optional=True,
                createByDefault=True,
            )
        )
        p = QgsProcessingParameterFile(
            self.RUN_STORE, self.tr("Run store folder"), QgsProcessingParameterFile.Folder, optional=True
        )
        p.setHelp(self.tr("Where the run record goes; default 'lsm_runs' beside the project or the bundle."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, self.tr("Run id")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RUN_RECORD, self.tr("Run record")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_TEST_AUC, self.tr("Test ROC-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BEST_EPOCH, self.tr("Best epoch")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        patch = self.parameterAsInt(parameters, self.PATCH_SIZE, context)
        if patch % 2 == 0:
            return False, self.tr(
                "The patch size must be odd (the cell sits in its centre); {} is even."
            ).format(patch)
        return super().checkParameterValues(parameters, context)

    # -- samples ---------------------------------------------------------------------------------

    def _sample_cells(self, layer, grid, context, xy):
        """Rows and columns of the sample points on *grid* (reprojected when needed)."""
        target = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else layer.crs()
        if layer.crs().isValid() and target.isValid() and layer.crs() != target:
            transform = QgsCoordinateTransform(layer.crs(), target, context.transformContext())
            moved = np.full_like(xy, np.nan)
            for i, (x, y) in enumerate(xy):
                if np.isfinite(x) and np.isfinite(y):
                    point = transform.transform(QgsPointXY(float(x), float(y)))
                    moved[i] = (point.x(), point.y())
            xy = moved
        finite = np.isfinite(xy).all(axis=1)
        rows = np.full(len(xy), -1, dtype=np.int64)
        cols = np.full(len(xy), -1, dtype=np.int64)
        if finite.any():
            rows[finite], cols[finite] = grid.rowcol(xy[finite, 0], xy[finite, 1])
        return rows, cols

    def _labels(self, layer, field, raw):
        labels = np.full(len(raw), -1, dtype=np.int64)
        for i, value in enumerate(raw):
            try:
                labels[i] = int(value) if value is not None else -1
            except (TypeError, ValueError):
                labels[i] = -1
        bad = ~np.isin(labels, (0, 1))
        if bad.any():
            raise LsmError(
                self.tr(
                    "Field '{}' of layer '{}' holds {} value(s) other than 0 and 1 (or NULL): the label must be 1 "
                    "for landslides and 0 for non-landslides."
                ).format(field, layer.name(), int(bad.sum()))
            )
        return labels

    def _splits(self, layer, field, raw):
        """'train' / 'test' / 'validation' per sample from the split field values."""
        names = {
            "train": "train",
            "training": "train",
            "test": "test",
            "testing": "test",
            "validation": "validation",
            "val": "validation",
        }
        out = np.empty(len(raw), dtype=object)
        unknown = set()
        for i, value in enumerate(raw):
            key = str(value).strip().lower() if value is not None else ""
            if key not in names:
                unknown.add(str(value))
            out[i] = names.get(key)
        if unknown:
            raise LsmError(
                self.tr(
                    "Field '{}' of layer '{}' holds value(s) {} besides 'train', 'test' and 'validation': fix "
                    "them or leave the split field empty to hold out a random test share."
                ).format(field, layer.name(), ", ".join(sorted(unknown)[:5]))
            )
        return out

    # -- run ---------------------------------------------------------------------------------------

    def run(self, parameters, context, feedback):
        import torch

        from ..core import lsnet
        from ..core.bundle import data_hash
        from ..core.grid import FactorReader, check_grids
        from ..core.metrics import evaluate
        from ..core.runrecord import new_record, write_record

        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        factors = self.raster_factors(layers)
        grid = check_grids(factors)
        layer = self.parameterAsVectorLayer(parameters, self.SAMPLES, context)
        if layer is None or not layer.isValid():
            raise LsmError(self.tr("The sample layer could not be opened."))
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label"
        split_field = self.parameterAsString(parameters, self.SPLIT_FIELD, context)
        if not split_field and "split" in layer.fields().names():
            split_field = "split"
        patch_size = self.parameterAsInt(parameters, self.PATCH_SIZE, context)
        width = self.parameterAsInt(parameters, self.WIDTH, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        test_share = self.parameterAsDouble(parameters, self.TEST_SHARE, context)
        val_share = self.parameterAsDouble(parameters, self.VALIDATION_SHARE, context)
        config = lsnet.TrainConfig(
            epochs=self.parameterAsInt(parameters, self.EPOCHS, context),
            batch_size=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            learning_rate=self.parameterAsDouble(parameters, self.LEARNING_RATE, context),
            patience=self.parameterAsInt(parameters, self.PATIENCE, context),
            augment=self.parameterAsBoolean(parameters, self.AUGMENT, context),
            balancing=lsnet.BALANCING[self.parameterAsEnum(parameters, self.BALANCING, context)],
            seed=seed,
            device=lsnet.DEVICES[self.parameterAsEnum(parameters, self.DEVICE, context)],
        )
        device = lsnet.resolve_device(config.device)
        arch = lsnet.plan_architecture(len(factors), patch_size, width)
        bundle_path = self.parameterAsFileOutput(parameters, self.OUTPUT_BUNDLE, context)
        png_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CURVES_PNG, context)

        # samples -> cells -> patches
        extra_fields = [label_field] + ([split_field] if split_field else [])
        _, extra, xy = read_point_table(layer, [], extra_fields, feedback)
        labels = self._labels(layer, label_field, extra[label_field])
        rows, cols = self._sample_cells(layer, grid, context, xy)
        inside = grid.inside(rows, cols)
        if not inside.any():
            raise LsmError(
                self.tr(
                    "No sample of layer '{}' falls on the factor rasters: check that the layer and the rasters "
                    "cover the same area (CRS {} vs the rasters')."
                ).format(layer.name(), layer.crs().authid())
            )
        if not inside.all():
            feedback.pushWarning(
                self.tr("{} sample(s) of '{}' fall outside the factor rasters and are left out.").format(
                    int((~inside).sum()), layer.name()
                )
            )
        reader = FactorReader(factors, grid)
        patch_feedback = SubProgress(feedback, 0, 10)
        patches = lsnet.extract_patches(reader, rows[inside], cols[inside], patch_size, patch_feedback)
        labels = labels[inside]
        splits = self._splits(layer, split_field, extra[split_field][inside]) if split_field else None
        half = patch_size // 2
        centre_ok = np.isfinite(patches[:, :, half, half]).all(axis=1)
        if not centre_ok.all():
            feedback.pushWarning(
                self.tr("{} sample(s) lie on nodata cells of a factor and are left out.").format(
                    int((~centre_ok).sum())
                )
            )
            patches, labels = patches[centre_ok], labels[centre_ok]
            splits = splits[centre_ok] if splits is not None else None
        for cls, what in ((1, self.tr("landslides")), (0, self.tr("non-landslides"))):
            if int((labels == cls).sum()) < MIN_PER_CLASS:
                raise LsmError(
                    self.tr(
                        "Layer '{}' has {} usable {} (label {} in '{}'); LSNet needs at least {} of each class. "
                        "Add samples (lsm:buildsamples, lsm:spysampling) or check the label field."
                    ).format(layer.name(), int((labels == cls).sum()), what, cls, label_field, MIN_PER_CLASS)
                )

        # splits: test, then validation from the training part
        if splits is not None:
            test_idx = np.flatnonzero(splits == "test")
            given_val = np.flatnonzero(splits == "validation")
            fit_idx = np.flatnonzero(splits == "train")
        else:
            fit_idx, test_idx = lsnet.split_validation(labels, test_share, seed)
            given_val = np.array([], dtype=np.int64)
        if given_val.size:
            train_idx, val_idx = fit_idx, given_val
        else:
            sub_train, sub_val = lsnet.split_validation(labels[fit_idx], val_share, seed + 1)
            train_idx, val_idx = fit_idx[sub_train], fit_idx[sub_val]
        feedback.pushInfo(
            self.tr(
                "{} training, {} validation and {} test samples; patch {} cells, {} blocks {}, dense {}."
            ).format(
                train_idx.size,
                val_idx.size,
                test_idx.size,
                patch_size,
                len(arch.feature_maps),
                list(arch.feature_maps),
                list(arch.dense_units),
            )
        )
        feedback.pushInfo(self.tr("Device: {}").format(device))
        check_canceled(feedback)

        model = lsnet.LsnetModel.train(
            patches,
            labels,
            train_idx,
            val_idx,
            arch,
            [f.name for f in factors],
            config,
            SubProgress(feedback, 10, 90),
        )

        # test metrics
        evaluation = None
        test_labels = labels[test_idx]
        if test_idx.size and test_labels.min() != test_labels.max():
            scores = model.predict_patches(patches[test_idx], device=device)
            evaluation = evaluate(test_labels, scores)
            feedback.pushInfo(
                self.tr("Test ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {}).").format(
                    evaluation["metrics"]["roc_auc"], evaluation["metrics"]["g_mean"], model.best_epoch
                )
            )
        elif test_idx.size:
            feedback.pushWarning(self.tr("The test samples hold one class only: no test metrics."))
        feedback.setProgress(92)

        parameters_record = {
            "factors": [f.name for f in factors],
            "samples": layer.name(),
            "label_field": label_field,
            "split_field": split_field or "",
            "test_share": test_share if splits is None else None,
            "validation_share": val_share,
            "patch_size": patch_size,
            "width": width,
            "epochs": config.epochs,
            "batch_size": config.batch_size,
            "learning_rate": config.learning_rate,
            "patience": config.patience,
            "augment": config.augment,
            "balancing": config.balancing,
            "seed": seed,
            "device": str(device),
        }
        hashes = {
            "train": data_hash(patches[train_idx], labels[train_idx]),
            "validation": data_hash(patches[val_idx], labels[val_idx]),
        }
        if test_idx.size:
            hashes["test"] = data_hash(patches[test_idx], labels[test_idx])
        test_metrics = evaluation["metrics"] if evaluation else {}
        model.save(
            bundle_path,
            crs_wkt=grid.crs_wkt,
            cell_size=list(grid.cell_size),
            parameters=parameters_record,
            seed=seed,
            data_hash=hashes["train"],
            training_metrics=test_metrics,
            history=model.history,
            best_epoch=model.best_epoch,
            preprocessing="per-factor standardisation (training patches), nodata -> 0 plus a mask channel",
        )
        results = {self.OUTPUT_BUNDLE: bundle_path, self.OUT_BEST_EPOCH: model.best_epoch}

        if png_path:
            lsnet.plot_history(
                model.history,
                png_path,
                title=self.tr("LSNet training ({})").format(layer.name()),
                best_epoch=model.best_epoch,
            )
            results[self.OUTPUT_CURVES_PNG] = png_path
        curves_id = self._write_curves(parameters, context, model.history)
        if curves_id is not None:
            results[self.OUTPUT_CURVES] = curves_id
        feedback.setProgress(96)

        store = self.parameterAsString(parameters, self.RUN_STORE, context) or self.default_run_store(
            context, bundle_path
        )
        outputs = {"bundle": bundle_path}
        if png_path:
            outputs["curves_png"] = png_path
        if curves_id is not None and os.path.isfile(str(curves_id).split("|")[0]):
            outputs["curves"] = curves_id  # a file the dock can load (not a temporary layer)
        fit_labels = labels[np.concatenate([train_idx, val_idx])]
        record_fields = {
            "model_type": "lsnet",
            # negatives per positive the network was fitted on (as lsm:trainmodel records it)
            "ratio": float((fit_labels == 0).sum()) / max(1, int((fit_labels == 1).sum())),
            "dataset": layer.name(),
            "parameters": parameters_record,
            "data_hashes": hashes,
            "outputs": outputs,
            "summary": {
                "n_train": int(train_idx.size),
                "n_validation": int(val_idx.size),
                "n_test": int(test_idx.size),
                "epochs_run": len(model.history),
                "best_epoch": model.best_epoch,
                "architecture": arch.to_dict(),
                "history": model.history,
                "torch": torch.__version__,
            },
        }
        if evaluation:
            record_fields.update(
                metrics=evaluation["metrics"],
                threshold=evaluation["threshold"],
                metrics_best=evaluation["metrics_best"],
                best_threshold=evaluation["best_threshold"],
                confusion=evaluation["confusion"],
                curves=evaluation["curves"],
            )
        record = new_record("lsm:trainlsnet", **record_fields)
        record_path = write_record(store, record)
        feedback.pushInfo(self.tr("Run record: {}").format(record_path))
        results.update(
            {
                self.OUT_RUN_ID: record["run_id"],
                self.OUT_RUN_RECORD: record_path,
                self.OUT_TEST_AUC: test_metrics.get("roc_auc", float("nan"))
                if test_metrics
                else float("nan"),
            }
        )
        feedback.setProgress(100)
        return results

    def _write_curves(self, parameters, context, history):
        """The training curves as a table (no geometry); None when the output is not wanted."""
        fields = QgsFields()
        fields.append(QgsField("epoch", QVariant.Int))
        for name in ("train_loss", "val_loss", "val_auc", "seconds"):
            fields.append(QgsField(name, QVariant.Double))
        sink, dest_id = self.parameterAsSink(
            parameters,
            self.OUTPUT_CURVES,
            context,
            fields,
            QgsWkbTypes.NoGeometry,
            QgsCoordinateReferenceSystem(),
        )
        if sink is None:
            return None
        for entry in history:
            feature = QgsFeature(fields)
            feature.setAttributes(
                [
                    int(entry["epoch"]),
                    *[
                        float(entry[k]) if np.isfinite(entry[k]) else None
                        for k in ("train_loss", "val_loss", "val_auc", "seconds")
                    ],
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return dest_id
