"""lsm:spysampling: reliable negatives by positive-unlabeled learning (spy technique or Bagging-PU).

An adapter of core.spy and core.pu: the parameters and the run here (the eligibility and PU
parameters in algorithms/_spy_params.py, the reading of the run's inputs and settings in
algorithms/_spy_run.py), reading the sample layer and writing the outputs in algorithms/_spy_io.py.
The inventory input runs lsm:buildsamples as a child algorithm and reads its sample layer.
"""

import tempfile

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..core import samples as core_samples
from ..core import spy
from ..core.dask_blocks import BlockRunner
from ..core.errors import LsmError
from . import _params, _pool, _spy_io, _spy_params, _spy_run
from ._compat import (
    FIELD_NUMERIC,
    TYPE_RASTER,
    TYPE_VECTOR,
    TYPE_VECTOR_POINT,
    TYPE_VECTOR_POLYGON,
)
from .base import LsmAlgorithm


class SpySampling(LsmAlgorithm):
    ALGORITHM_NAME = "spysampling"
    DISPLAY_NAME = "Reliable negatives (spy technique / Bagging-PU)"
    GROUP_ID = "negatives"
    REQUIRES = ("sklearn", "skops")
    HELP = (
        "Finds reliable non-landslide cells (negatives) by positive-unlabeled learning (Fu et al. 2024, IEEE "
        "JSTARS 17): the spy technique in two steps, or Bagging-PU (Mordelet & Vert 2014).\n\n"
        "Input: the sample layer of lsm:buildsamples and the factor rasters, or the landslide inventory "
        "(lsm:buildsamples is then run first). A prior model per split is mapped and classed by Jenks "
        "breaks; negatives come from its low classes (spy) or are the lowest-scored cells (Bagging-PU).\n\n"
        "Outputs: the negatives (with the landslides, for lsm:trainmodel), the prior maps and model bundles "
        "(pickles: load only trusted ones), a summary table and a run record. Details: the help link."
    )

    INPUT = "INPUT"
    INVENTORY = "INVENTORY"
    ONE_OF = (("INPUT", "INVENTORY"),)
    EXCLUSIVE = (("INPUT", "INVENTORY"),)
    UNLABELED_RATIO = "UNLABELED_RATIO"
    TRAIN_FRACTION = "TRAIN_FRACTION"
    FACTORS = "FACTORS"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    METHOD = "METHOD"
    SPY_FRACTION = "SPY_FRACTION"
    NOISE_SHARE = "NOISE_SHARE"
    N_TREES = "N_TREES"
    MAX_DEPTH = "MAX_DEPTH"
    N_CLASSES = "N_CLASSES"
    NEGATIVE_CLASSES = "NEGATIVE_CLASSES"
    RATIO = "RATIO"
    TEST_RATIO = "TEST_RATIO"
    SEED = "SEED"
    N_JOBS = "N_JOBS"
    INCLUDE_LANDSLIDES = "INCLUDE_LANDSLIDES"
    EXCLUDE_INVENTORY = "EXCLUDE_INVENTORY"
    STUDY_AREA = "STUDY_AREA"
    BUFFER = "BUFFER"
    BLOCK_SIZE = "BLOCK_SIZE"
    RANDOM_TEST = "RANDOM_TEST"
    RANDOM_TRAIN = "RANDOM_TRAIN"
    STEP1 = "STEP1"
    CATEGORICAL = "CATEGORICAL"
    DESIGN = "DESIGN"
    DEFORMATION = "DEFORMATION"
    DEFORMATION_THRESHOLD = "DEFORMATION_THRESHOLD"
    DEFORMATION_NODATA = "DEFORMATION_NODATA"
    POOL_MASK = "POOL_MASK"
    RUN_STORE = "RUN_STORE"
    OUTPUT = "OUTPUT"
    PRIOR_TRAIN = "PRIOR_TRAIN"
    PRIOR_TEST = "PRIOR_TEST"
    BUNDLE_TRAIN = "BUNDLE_TRAIN"
    BUNDLE_TEST = "BUNDLE_TEST"
    SUMMARY = "SUMMARY"
    RUN_RECORD = "RUN_RECORD"
    RUN_ID = "RUN_ID"
    THRESHOLD_TRAIN = "THRESHOLD_TRAIN"
    NEGATIVES_TRAIN = "NEGATIVES_TRAIN"
    NEGATIVES_TEST = "NEGATIVES_TEST"

    METHOD_KEYS = ("spy", "bagging")
    #: the paper design (Fu et al. 2024): 3 unlabeled per landslide for the prior, a 7:3 split, negatives
    #: at 1:200 per split (the fixed test set; the training pool of lsm:saturationtest) or the largest
    #: ratio that fits
    PAPER_UNLABELED_RATIO = 3.0
    PAPER_TRAIN_FRACTION = 0.7
    PAPER_RATIO = 200.0

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add_design()
        self._add_inputs()
        _spy_params.add_eligibility(self)
        _pool.add_pool_parameters(self, advanced=True)
        _spy_params.add_pu_parameters(self)
        tr = self.tr
        _params.add_seed(
            self, help_text=tr("Same seed and inputs give the same spies, models and negatives.")
        )
        _params.add_n_jobs(
            self, help_text=tr("Threads used to fit and apply the forests (-1: all cores)."), advanced=True
        )
        _params.add_scheduler(
            self,
            help_text=tr(
                "Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the raster-wide "
                "steps (the open-cell count, both prior maps, their Jenks breaks, the draw of the negatives and "
                "their factor values) run as block tasks on its workers, with the same outputs as a run here; "
                "with the inventory input lsm:buildsamples gets the same address. The workers read the factor "
                "rasters and the masks of the run (in the Processing temporary folder) from the same paths, and "
                "need numpy, GDAL, scikit-learn and this plugin importable as 'landslide_susceptibility'. Needs "
                "the 'distributed' package. Empty: run here."
            ),
        )
        _params.add_run_store(
            self,
            help_text=tr(
                "Folder of the run records the metrics dock reads; empty: 'lsm_runs' beside the project or "
                "the output."
            ),
            advanced=True,
        )
        self._add_outputs()

    def _add_design(self):
        p = QgsProcessingParameterEnum(
            self.DESIGN,
            self.tr("Design"),
            [
                self.tr("Custom (the values below)"),
                self.tr(
                    "Paper design (Fu et al. 2024): 3x unlabeled, 7:3 split, 1:200 or the largest that fits"
                ),
            ],
            defaultValue=0,
        )
        _params.add(
            self,
            p,
            self.tr(
                "Paper design: with the inventory input 3 unlabeled cells per landslide for the prior and a "
                "70/30 split; negatives at 1:200 per split, or the largest ratio the open cells allow (the "
                "log says which). It replaces the unlabeled ratio, train fraction, negatives per landslide and "
                "test negatives per landslide."
            ),
        )

    def _add_inputs(self):
        tr, add, number = self.tr, _params.add, _params.number
        p = QgsProcessingParameterFeatureSource(
            self.INPUT,
            tr("Sample layer (landslides and unlabeled cells)"),
            [TYPE_VECTOR_POINT],
            optional=True,
        )
        add(
            self,
            p,
            tr(
                "Points of lsm:buildsamples: label 1/0, split train/test, one field per factor. Leave empty "
                "to give the landslide inventory instead."
            ),
        )
        p = QgsProcessingParameterFeatureSource(
            self.INVENTORY,
            tr("Landslide inventory (instead of a sample layer)"),
            [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
            optional=True,
        )
        add(
            self,
            p,
            tr(
                "Landslide points or polygons (centroid cell): the samples are built from it and the factor "
                "rasters as lsm:buildsamples does. Use lsm:buildsamples first for the other polygon modes, a "
                "study area, an exclusion buffer or a spatial split."
            ),
        )
        p = number(
            self.UNLABELED_RATIO,
            tr("Unlabeled cells per landslide (inventory input)"),
            10.0,
            1.0,
            decimals=_params.RATIO,
        )
        add(
            self,
            p,
            tr(
                "With the inventory input: unlabeled cells drawn per landslide for the step classifier (default 10)."
            ),
            advanced=True,
        )
        p = number(
            self.TRAIN_FRACTION,
            tr("Train fraction (inventory input)"),
            core_samples.DEFAULT_TRAIN_FRACTION,
            0.05,
            0.95,
            decimals=_params.SHARE,
        )
        add(
            self, p, tr("With the inventory input: share of the landslides for training (default 0.7)."), True
        )
        p = QgsProcessingParameterMultipleLayers(
            self.FACTORS, tr("Factor rasters (for the prior maps)"), TYPE_RASTER
        )
        add(
            self,
            p,
            tr(
                "Single bands are named after the layer, stack bands after their descriptions; the factor "
                "fields must be among these names."
            ),
        )
        p = QgsProcessingParameterString(
            self.CATEGORICAL, tr("Categorical factors (comma separated)"), optional=True
        )
        add(
            self,
            p,
            tr(
                "Factors holding class codes (lithology, land cover): one-hot encoded in the step forests. "
                "Empty: those the sample layer declares (lsm:buildsamples writes its categorical factors as "
                "integer fields)."
            ),
        )
        p = QgsProcessingParameterField(
            self.FACTOR_FIELDS,
            tr("Factor fields (empty: every factor raster)"),
            parentLayerParameterName=self.INPUT,
            type=FIELD_NUMERIC,
            allowMultiple=True,
            optional=True,
        )
        add(
            self,
            p,
            tr("Numeric fields holding the factor values; each must have a factor raster of the same name."),
        )
        # optional with a default: QGIS 3.22 rejects a missing non-optional field parameter despite its default
        p = QgsProcessingParameterField(
            self.LABEL_FIELD, tr("Label field (1 landslide, 0 unlabeled)"), "label", self.INPUT, optional=True
        )
        add(self, p, tr("Field with 1 for landslides and 0 for unlabeled cells."))
        p = QgsProcessingParameterField(
            self.SPLIT_FIELD, tr("Split field (train/test)"), "split", self.INPUT, optional=True
        )
        add(
            self,
            p,
            tr(
                "Field with 'train' or 'test'; when the layer has no such field every point is training "
                "data and no test negatives are drawn."
            ),
        )

    def _add_outputs(self):
        tr, add = self.tr, self.addParameter
        add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Reliable negatives"), TYPE_VECTOR_POINT))
        # the secondary outputs are optional (created by default in the dialog) so that qgis_process and
        # models need not name them: qgis_process 3.22 asks for every mandatory output
        extra = {"optional": True, "createByDefault": True}
        add(QgsProcessingParameterRasterDestination(self.PRIOR_TRAIN, tr("Prior map (train)"), **extra))
        add(QgsProcessingParameterRasterDestination(self.PRIOR_TEST, tr("Prior map (test)"), **extra))
        bundles = tr("Model bundle (*.lsmodel)")
        for name, label in (
            (self.BUNDLE_TRAIN, tr("Prior model bundle (train)")),
            (self.BUNDLE_TEST, tr("Prior model bundle (test)")),
        ):
            add(QgsProcessingParameterFileDestination(name, label, bundles, **extra))
        add(QgsProcessingParameterFeatureSink(self.SUMMARY, tr("PU summary"), TYPE_VECTOR, **extra))
        self.addOutput(QgsProcessingOutputString(self.RUN_RECORD, tr("Run record file")))
        self.addOutput(QgsProcessingOutputString(self.RUN_ID, tr("Run id")))
        self.addOutput(QgsProcessingOutputNumber(self.THRESHOLD_TRAIN, tr("Spy threshold (train)")))
        self.addOutput(QgsProcessingOutputNumber(self.NEGATIVES_TRAIN, tr("Training negatives")))
        self.addOutput(QgsProcessingOutputNumber(self.NEGATIVES_TEST, tr("Test negatives")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        try:
            _spy_run.negative_classes(self, parameters, context)
        except LsmError as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    # -- run ------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ..core.grid import check_grids
        from ..core.sample_check import check_sample_values

        source, inventory = _spy_run.inputs(self, parameters, context)
        layer_name = (source or inventory).sourceName() or ("samples" if source is not None else "inventory")
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        categorical = _spy_run.categorical(self, parameters, context, feedback, source, layer_name)
        factors = self.raster_factors(layers, categorical)
        grid = check_grids(factors)
        fields, factors = _spy_run.factor_fields(self, parameters, context, factors, categorical)
        params = _spy_run.pu_params(self, parameters, context, factors, feedback)
        if source is None:
            source = _spy_run.build_samples(self, parameters, context, feedback, inventory, layer_name)
        samples = _spy_io.read_samples(self, source, layer_name, fields, parameters, context, feedback, grid)
        check_sample_values(factors, samples.rows, samples.cols, samples.X, layer_name, grid)
        for warning in spy.class_code_warnings(samples.X, fields, categorical):
            feedback.pushWarning(warning)
        exclude_source = inventory or self.parameterAsSource(parameters, self.EXCLUDE_INVENTORY, context)
        # the masks in the Processing temporary folder: a Dask cluster's workers read them there too
        with tempfile.TemporaryDirectory(prefix="lsm_spy_", dir=QgsProcessingUtils.tempFolder()) as tmpdir:
            pool = _pool.pool_mask(self, parameters, context, feedback, grid, tmpdir)
            samples = _spy_io.keep_pool(samples, pool, grid, layer_name, feedback)
            eligible = _spy_io.eligibility(
                self, parameters, context, feedback, (grid, samples, exclude_source, layer_name, pool), tmpdir
            )
            # one runner (one cluster client) for every raster-wide step of both splits
            with BlockRunner(_params.scheduler(self, parameters, context)) as runner:
                if runner.distributed:
                    feedback.pushInfo(runner.describe())
                run = _spy_io.run_pu(
                    self,
                    parameters,
                    context,
                    feedback,
                    (factors, fields, grid),
                    samples,
                    params,
                    layer_name,
                    eligible,
                    runner,
                )
                _params.log_blocks(runner, feedback)
            eligible = pool = None  # closes the study-area and pool masks before their folder goes
        return _spy_io.finish(self, parameters, context, feedback, run, samples, params, (layer_name, fields))
