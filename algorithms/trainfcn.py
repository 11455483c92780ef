"""lsm:trainfcn: train the multi-scale FCN with CBAM (Fan et al. 2025) on windows of the factor rasters."""

import os
import tempfile

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
)

from ..core.errors import LsmError
from ..core.progress import SubProgress
from . import _params
from ._compat import TYPE_RASTER, TYPE_VECTOR_ANY
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
        "A seeded share of the windows is held out; the validation AUC is computed on the cells of those "
        "windows that no training window covers, and the best epoch is kept. The help link gives the network, "
        "the equation and its boundary values."
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
    OUTPUT_BUNDLE = "OUTPUT_BUNDLE"
    OUT_VAL_AUC = "VALIDATION_ROC_AUC"
    OUT_BEST_EPOCH = "BEST_EPOCH"

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
        _params.add_seed(
            self, fcn_train.DEFAULT_SEED, help_text=tr("Seeds the window split, the weights and the batches.")
        )
        _params.add_device(self, help_text=tr("auto: a CUDA GPU when torch sees one, else the CPU."))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_BUNDLE, tr("FCN bundle"), tr("LSM model bundles (*.lsmodel)")
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_VAL_AUC, tr("Validation ROC-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BEST_EPOCH, tr("Best epoch")))

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

    def process(self, parameters, context, feedback):
        from ..core import fcn, fcn_train, poisson
        from ..core.grid import check_grids

        factors = self.raster_factors(self.parameterAsLayerList(parameters, self.FACTORS, context))
        grid = check_grids(factors)
        arch = fcn.FcnArchitecture(
            n_factors=len(factors),
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
            labels=poisson.LABEL_MODES[self.parameterAsEnum(parameters, self.LABELS, context)],
            buffer=self.parameterAsInt(parameters, self.BUFFER, context),
            seed=_params.seed(self, parameters, context),
            device=_params.device(self, parameters, context),
        )
        mask = self._mask(parameters, context, grid, feedback)
        feedback.pushInfo(
            self.tr(
                "{} landslide cells; windows of {} cells, overlap {:g}; filters {}; {} labels; device {}."
            ).format(
                int(mask.sum()),
                arch.window,
                arch.overlap,
                arch.level_filters(),
                config.labels,
                fcn.torch_device(config.device),
            )
        )
        model = fcn_train.train_fcn(factors, mask, arch, config, SubProgress(feedback, 0, 95), grid)
        validation = dict(model.validation, test_set="area")
        feedback.pushInfo(
            self.tr(
                "Validation ROC-AUC {:.3f} on {} cells of {} held-out windows not covered by a training window "
                "(every valid cell there: test set 'area'), best epoch {}."
            ).format(validation["auc"], validation["n_cells"], validation["n_windows"], model.best_epoch)
        )
        bundle_path = self.parameterAsFileOutput(parameters, self.OUTPUT_BUNDLE, context)
        model.save(
            bundle_path,
            crs_wkt=grid.crs_wkt,
            cell_size=list(grid.cell_size),
            parameters={**config.__dict__, **arch.to_dict()},
            seed=config.seed,
            validation=validation,
            preprocessing="per-factor standardisation (training windows), nodata -> 0 plus a mask channel",
        )
        feedback.setProgress(100)
        return {
            self.OUTPUT_BUNDLE: bundle_path,
            self.OUT_VAL_AUC: validation["auc"],
            self.OUT_BEST_EPOCH: model.best_epoch,
        }
