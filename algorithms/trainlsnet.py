"""lsm:trainlsnet: train LSNet, a CNN on factor patches (Zhang et al. 2022), on the user's samples.

The parameters and the run here; the sample reading, configuration and record parameters in algorithms/_lsnet_run.py.
"""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import LsmError
from ..core.progress import SubProgress, check_canceled
from . import _lsnet_io, _lsnet_run, _params
from ._compat import FIELD_ANY, FIELD_STRING, TYPE_RASTER, TYPE_VECTOR, TYPE_VECTOR_POINT
from .base import LsmAlgorithm


class TrainLsnetAlgorithm(LsmAlgorithm):
    """Trains the LSNet patch CNN and writes a bundle, training curves and a run record."""

    ALGORITHM_NAME = "trainlsnet"
    DISPLAY_NAME = "Train LSNet (CNN on factor patches)"
    GROUP_ID = "models"
    REQUIRES = ("torch",)
    HELP = (
        "Trains LSNet (Zhang et al. 2022, Geoscience Letters 9:26), a convolutional network that reads a "
        "square patch of the factor rasters around a cell and gives the landslide probability of that cell.\n\n"
        "Samples: points with a 0/1 label field; a split field ('train'/'test') keeps the test samples for the "
        "final metrics, else a seeded test share is held out. Test metrics come per negative kind ('random', "
        "'rn') with bootstrap intervals. Categorical factors enter one-hot; early or late fusion.\n\n"
        "Outputs: an LSNet bundle for lsm:lsnetpredict, the training curves (table and PNG) and run records. "
        "The help link gives the architecture, training and nodata details."
    )

    FACTORS = "FACTORS"
    CATEGORICAL = "CATEGORICAL"
    SAMPLES = "SAMPLES"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    TEST_SHARE = "TEST_SHARE"
    VALIDATION_SHARE = "VALIDATION_SHARE"
    PATCH_SIZE = "PATCH_SIZE"
    WIDTH = "WIDTH"
    PADDING = "PADDING"
    FUSION = "FUSION"
    SCHEDULE = "SCHEDULE"
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

        self._add_sample_parameters(lsnet)
        self._add_training_parameters(lsnet)
        tr = self.tr
        _params.add_seed(
            self,
            lsnet.DEFAULT_SEED,
            help_text=tr("Seeds the splits, the weights, the batches and the augmentation."),
        )
        _params.add_device(self, help_text=tr("auto: a CUDA GPU when torch sees one, else the CPU."))
        bundles, pngs = tr("LSM model bundles (*.lsmodel)"), tr("PNG images (*.png)")
        self.addParameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_BUNDLE, tr("LSNet bundle"), bundles)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_CURVES, tr("Training curves"), TYPE_VECTOR, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CURVES_PNG, tr("Training curves (PNG)"), pngs, optional=True, createByDefault=True
            )
        )
        _params.add_run_store(
            self,
            help_text=tr("Where the run record goes; default 'lsm_runs' beside the project or the bundle."),
        )
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, tr("Run id")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RUN_RECORD, tr("Run record")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_TEST_AUC, tr("Test ROC-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BEST_EPOCH, tr("Best epoch")))

    def _add_sample_parameters(self, lsnet):
        tr, add, number = self.tr, _params.add, _params.number
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, tr("Factor rasters"), TYPE_RASTER)
        add(
            self,
            p,
            tr(
                "Continuous factor rasters on one grid (single bands named after the layer, stack bands after "
                "their descriptions). lsm:lsnetpredict needs rasters of the same names."
            ),
        )
        p = QgsProcessingParameterString(
            self.CATEGORICAL, tr("Categorical factors (comma separated)"), optional=True
        )
        add(
            self,
            p,
            tr(
                "Names of factor rasters holding class codes (lithology, land cover): each enters as one-hot "
                "channels, one per class found in the training patches (at most 50 whole-number classes). The "
                "classes are stored in the bundle; lsm:lsnetpredict gives a class it has not seen all-zero "
                "channels and warns."
            ),
        )
        p = QgsProcessingParameterVectorLayer(self.SAMPLES, tr("Samples (points)"), [TYPE_VECTOR_POINT])
        add(self, p, tr("Landslides and non-landslides as points with a 0/1 label field."))
        p = QgsProcessingParameterField(
            self.LABEL_FIELD,
            tr("Label field (1 = landslide, 0 = not)"),
            "label",
            self.SAMPLES,
            FIELD_ANY,
            optional=True,
        )
        add(
            self,
            p,
            tr(
                "'label' in lsm:buildsamples output (the default when left empty); 'lslpts' in the bundled "
                "points_350.gpkg."
            ),
        )
        p = QgsProcessingParameterField(
            self.SPLIT_FIELD,
            tr("Split field ('train' / 'test')"),
            None,
            self.SAMPLES,
            FIELD_STRING,
            optional=True,
        )
        add(
            self,
            p,
            tr(
                "Field with 'train' or 'test' (and optionally 'validation') per sample. Empty: the field "
                "'split' when the layer has one, else a seeded test share is held out."
            ),
        )
        p = number(
            self.TEST_SHARE,
            tr("Test share (when there is no split field)"),
            lsnet.DEFAULT_TEST_SHARE,
            0.0,
            0.9,
            decimals=_params.SHARE,
        )
        add(self, p, tr("Share of each class kept for testing when the samples have no split field (70/30)."))
        p = number(
            self.VALIDATION_SHARE,
            tr("Validation share for early stopping"),
            lsnet.DEFAULT_VALIDATION_SHARE,
            0.0,
            0.9,
            decimals=_params.SHARE,
        )
        add(
            self,
            p,
            tr("Share of the training samples held out to choose the best epoch (0: no early stopping)."),
        )

    def _add_training_parameters(self, lsnet):
        tr, add, number = self.tr, _params.add, _params.number
        p = number(
            self.PATCH_SIZE,
            tr("Patch size (cells)"),
            lsnet.DEFAULT_PATCH_SIZE,
            lsnet.MIN_PATCH_SIZE,
            integer=True,
        )
        add(
            self,
            p,
            tr(
                "Side of the square patch around each cell (the cell at index size // 2). 224 (the default) is "
                "Zhang et al. 2022's, which also tested 96, 128, 196 and 256; for small areas or quick runs "
                "use a smaller one such as 33. Any size from 9 up that fits the rasters."
            ),
        )
        p = number(
            self.WIDTH,
            tr("Network width (feature maps of the first block)"),
            lsnet.DEFAULT_WIDTH,
            1,
            integer=True,
        )
        add(
            self,
            p,
            tr(
                "64 is the paper's network (64-128-128-256-256 feature maps, 1024-256-128 dense units); every "
                "layer scales with it. Smaller widths train and map faster on small data."
            ),
        )
        p = QgsProcessingParameterEnum(
            self.PADDING,
            tr("Convolution padding"),
            [tr("Zero-padded (the paper's)"), tr("Unpadded (fast dense mapping)")],
            defaultValue=0,
        )
        add(
            self,
            p,
            tr(
                "Zero-padded convolutions keep the map size, so every patch gets the paper's five blocks; the "
                "map is then computed patch by patch (exact, slower). Unpadded convolutions drop blocks that do "
                "not fit the patch but map through a dense twin many times faster."
            ),
        )
        p = QgsProcessingParameterEnum(
            self.FUSION,
            tr("Factor fusion"),
            [tr("Early: factors stacked as input channels"), tr("Late: one branch per factor (the paper's)")],
            defaultValue=0,
        )
        add(
            self,
            p,
            tr(
                "Early (the default): one network reads all factors as channels. Late: each factor gets its "
                "own convolutional branch of the feature maps above, concatenated before the dense layers, "
                "as Zhang et al. 2022 fuse the channels at the end; it costs about one network per factor "
                "(lower the width to compensate)."
            ),
        )
        p = QgsProcessingParameterEnum(
            self.SCHEDULE,
            tr("Training schedule"),
            [tr("Early stopping (the settings below)"), tr("Paper: 600 epochs, lr 1e-4, no early stopping")],
            defaultValue=0,
        )
        add(
            self,
            p,
            tr(
                "Paper: Zhang et al. 2022's schedule, overriding epochs, learning rate, patience, augmentation "
                "(off) and balancing (none); batch size, seed and device are kept."
            ),
        )
        p = number(self.EPOCHS, tr("Maximum epochs"), lsnet.DEFAULT_EPOCHS, 1, integer=True)
        add(
            self, p, tr("Most passes over the training samples; early stopping usually ends training sooner.")
        )
        p = number(self.BATCH_SIZE, tr("Batch size"), lsnet.DEFAULT_BATCH_SIZE, 2, integer=True)
        add(self, p, tr("Patches per optimisation step (32 by default); larger batches need more memory."))
        p = number(
            self.LEARNING_RATE,
            tr("Learning rate (Adam)"),
            lsnet.DEFAULT_LEARNING_RATE,
            1e-7,
            1.0,
            decimals=_params.PRECISE,
        )
        add(self, p, tr("1e-4 in Zhang et al. 2022."))
        p = number(
            self.PATIENCE, tr("Early stopping patience (epochs)"), lsnet.DEFAULT_PATIENCE, 1, integer=True
        )
        add(self, p, tr("Training stops after this many epochs without a better validation AUC."))
        p = QgsProcessingParameterBoolean(self.AUGMENT, tr("Augment by flips and 90-degree rotations"), True)
        add(
            self,
            p,
            tr(
                "Each training patch is turned by one of the 8 flips/rotations at random. Turn it off for "
                "direction-dependent factors such as aspect or northness."
            ),
        )
        p = QgsProcessingParameterEnum(
            self.BALANCING,
            tr("Class balancing"),
            [tr("Class weights (inverse frequency)"), tr("Balanced sampling"), tr("None")],
            defaultValue=0,
        )
        add(
            self,
            p,
            tr(
                "Class weights: the loss of each class weighted by its inverse frequency. Balanced sampling: "
                "batches drawn with both classes equally likely. None: neither."
            ),
        )

    # -- samples ---------------------------------------------------------------------------------

    # -- run ---------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ..core import lsnet
        from ..core.grid import check_grids

        factors = self.raster_factors(self.parameterAsLayerList(parameters, self.FACTORS, context))
        grid = check_grids(factors)
        layer, label_field, split_field = _lsnet_run.sample_layer(self, parameters, context)
        patch_size = self.parameterAsInt(parameters, self.PATCH_SIZE, context)
        config = _lsnet_run.config(self, parameters, context)
        device = lsnet.resolve_device(config.device)
        if patch_size > min(grid.width, grid.height):
            raise LsmError(
                self.tr(
                    "The patch size {} is larger than the factor rasters ({} x {} cells): choose a smaller "
                    "patch, e.g. {}."
                ).format(patch_size, grid.width, grid.height, lsnet.SMALL_PATCH_SIZE)
            )
        names = [f.name for f in factors]
        categorical = _lsnet_run.categorical(self, parameters, context, names)
        fields = (label_field, split_field)
        patches, labels, splits, kinds = _lsnet_run.patches(
            self, layer, fields, factors, grid, patch_size, context, feedback
        )
        indices = lsnet.split_indices(
            labels,
            splits,
            self.parameterAsDouble(parameters, self.TEST_SHARE, context),
            self.parameterAsDouble(parameters, self.VALIDATION_SHARE, context),
            config.seed,
        )
        indices = _lsnet_run.training_pool(labels, kinds, indices, feedback)
        train_idx, val_idx, test_idx = indices
        categories = _lsnet_run.categories(patches[train_idx], names, categorical, feedback)
        arch = lsnet.plan_architecture(
            len(factors),
            patch_size,
            self.parameterAsInt(parameters, self.WIDTH, context),
            padding=_lsnet_run.padding(self, parameters, context),
            fusion=_lsnet_run.fusion(self, parameters, context),
            categories=categories,
        )
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
        feedback.pushInfo(self.tr("Fusion {}, {} input channels; device: {}").format(
            arch.fusion, arch.in_channels, device
        ))  # fmt: skip
        check_canceled(feedback)
        model = lsnet.LsnetModel.train(
            patches, labels, train_idx, val_idx, arch, names, config, SubProgress(feedback, 10, 90)
        )
        evaluation = _lsnet_io.evaluate(self, model, patches, (labels, kinds), indices, device, feedback)
        feedback.setProgress(92)
        record_parameters = _lsnet_run.record_parameters(
            self, parameters, context, layer, fields, factors, splits, config, device
        )
        data = (patches, labels, indices)
        return _lsnet_io.write_outputs(
            self, parameters, context, feedback, model, data, record_parameters, grid, evaluation
        )
