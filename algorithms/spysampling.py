"""lsm:spysampling: reliable negatives by positive-unlabeled learning (spy technique or Bagging-PU).

An adapter of core.spy and core.pu: the parameters and the run here, reading the sample layer and
writing the outputs in algorithms/_spy_io.py. The inventory input runs lsm:buildsamples as a child
algorithm and reads its sample layer.
"""

import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
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

from ..core import pu, spy
from ..core import samples as core_samples
from ..core.errors import LsmError
from . import _params, _pool, _spy_io
from ._compat import (
    FIELD_NUMERIC,
    TYPE_RASTER,
    TYPE_VECTOR,
    TYPE_VECTOR_POINT,
    TYPE_VECTOR_POLYGON,
    parameter_as_strings,
)
from ._inventory import parse_names
from ._samples import declared_categorical
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
    SEED = "SEED"
    N_JOBS = "N_JOBS"
    INCLUDE_LANDSLIDES = "INCLUDE_LANDSLIDES"
    EXCLUDE_INVENTORY = "EXCLUDE_INVENTORY"
    STUDY_AREA = "STUDY_AREA"
    BUFFER = "BUFFER"
    BLOCK_SIZE = "BLOCK_SIZE"
    RANDOM_TEST = "RANDOM_TEST"
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
        self._add_eligibility()
        _pool.add_pool_parameters(self, advanced=True)
        self._add_pu_parameters()
        tr = self.tr
        _params.add_seed(
            self, help_text=tr("Same seed and inputs give the same spies, models and negatives.")
        )
        _params.add_n_jobs(
            self, help_text=tr("Threads used to fit and apply the forests (-1: all cores)."), advanced=True
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
                "log says which). It replaces the unlabeled ratio, train fraction and negatives per landslide."
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

    def _add_eligibility(self):
        """Where negatives may fall: the same rule as lsm:buildsamples' unlabeled cells."""
        tr, add, number = self.tr, _params.add, _params.number
        p = QgsProcessingParameterFeatureSource(
            self.EXCLUDE_INVENTORY,
            tr("Landslide inventory to keep negatives off (with a sample layer)"),
            [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
            optional=True,
        )
        add(
            self,
            p,
            tr(
                "With a sample layer: the inventory it was built from. No negative falls on any of its cells "
                "(every cell of a polygon, whatever the polygon mode) or within the buffer. With the inventory "
                "input that inventory is used."
            ),
        )
        p = QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, tr("Study area"), [TYPE_VECTOR_POLYGON], optional=True
        )
        add(self, p, tr("Negatives only inside these polygons (default: every valid cell)."))
        p = number(
            self.BUFFER,
            tr("Exclusion buffer around landslides (map units)"),
            0.0,
            0.0,
            decimals=_params.DISTANCE,
        )
        add(
            self,
            p,
            tr(
                "No negative within this distance of a landslide cell (inventory and sample landslides), in "
                "the rasters' CRS units."
            ),
        )
        p = number(
            self.BLOCK_SIZE,
            tr("Spatial split block size (0: random split)"),
            0.0,
            0.0,
            decimals=_params.DISTANCE,
        )
        add(
            self,
            p,
            tr(
                "The block size of lsm:buildsamples' spatial split: each split's negatives stay in the blocks "
                "of its own sample points (blocks without a sample point give none). 0: a random split."
            ),
            advanced=True,
        )
        p = QgsProcessingParameterBoolean(
            self.RANDOM_TEST, tr("Keep the random test cells (negative_kind 'random')"), True
        )
        add(
            self,
            p,
            tr(
                "Also write the sample layer's unlabeled test cells, marked negative_kind = 'random' (the "
                "reliable negatives are 'rn'), so the test split can be scored on both."
            ),
        )

    def _add_pu_parameters(self):
        tr, add, number = self.tr, _params.add, _params.number
        p = QgsProcessingParameterEnum(
            self.METHOD,
            tr("PU method"),
            [tr("Spy technique, two steps (Fu et al. 2024)"), tr("Bagging-PU (Mordelet & Vert 2014)")],
            defaultValue=0,
        )
        add(self, p, tr("How the prior model is found."))
        p = QgsProcessingParameterEnum(
            self.STEP1,
            tr("Step-1 classifier (spy technique)"),
            [
                tr("Balanced random forest, out-of-bag scores (default)"),
                tr("Plain random forest, in-sample scores (Fu et al. 2024)"),
            ],
            defaultValue=0,
        )
        add(
            self,
            p,
            tr(
                "Out-of-bag scores never come from a tree that saw the cell, so spies are not learnt as "
                "negatives; the paper's plain forest scores its own training cells."
            ),
            advanced=True,
        )
        p = number(self.SPY_FRACTION, tr("Spy fraction"), pu.SPY_FRACTION, 0.01, 0.9, decimals=_params.SHARE)
        add(
            self, p, tr("Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024).")
        )
        p = number(
            self.NOISE_SHARE,
            tr("Spy noise share (spies allowed below the threshold)"),
            pu.SPY_NOISE,
            0.0,
            0.5,
            decimals=_params.SHARE,
        )
        add(
            self,
            p,
            tr(
                "The threshold is the lowest spy score once this share of the lowest-scored spies is "
                "discarded as noise (0.05, after Liu et al. 2002)."
            ),
            advanced=True,
        )
        p = number(self.N_TREES, tr("Trees of the step classifier"), pu.N_TREES, 1, 5000, integer=True)
        add(self, p, tr("Random forest size (each tree sees a balanced bootstrap)."))
        p = number(self.MAX_DEPTH, tr("Maximum tree depth (0: unlimited)"), 0, 0, 200, integer=True)
        add(self, p, tr("Depth limit of the trees; 0 grows them fully as in Breiman's random forest."), True)
        p = number(
            self.N_CLASSES, tr("Jenks classes of the prior map"), pu.JENKS_CLASSES, 2, 10, integer=True
        )
        add(
            self,
            p,
            tr(
                "Classes of the exact Jenks classification of the prior map (5: very low ... very high, "
                "Fu et al. 2024)."
            ),
            advanced=True,
        )
        p = QgsProcessingParameterString(
            self.NEGATIVE_CLASSES,
            tr("Prior classes giving negatives (comma separated)"),
            ",".join(str(c) for c in pu.NEGATIVE_CLASSES),
        )
        add(
            self,
            p,
            tr("Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024)."),
        )
        p = number(
            self.RATIO, tr("Negatives per landslide"), pu.NEGATIVE_RATIO, 0.01, 100000, decimals=_params.RATIO
        )
        add(self, p, tr("Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200)."))
        p = QgsProcessingParameterBoolean(
            self.INCLUDE_LANDSLIDES, tr("Copy the landslides into the output (label 1)"), True
        )
        add(
            self,
            p,
            tr("Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly."),
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
            self._negative_classes(parameters, context)
        except LsmError as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def _negative_classes(self, parameters, context):
        return spy.parse_negative_classes(
            self.parameterAsString(parameters, self.NEGATIVE_CLASSES, context),
            self.parameterAsInt(parameters, self.N_CLASSES, context),
        )

    # -- run ------------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        from ..core.grid import check_grids
        from ..core.sample_check import check_sample_values

        source, inventory = self._inputs(parameters, context)
        layer_name = (source or inventory).sourceName() or ("samples" if source is not None else "inventory")
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        categorical = self._categorical(parameters, context, feedback, source, layer_name)
        factors = self.raster_factors(layers, categorical)
        grid = check_grids(factors)
        fields, factors = self._factor_fields(parameters, context, factors, categorical)
        params = self._pu_params(parameters, context, factors, feedback)
        if source is None:
            source = self._build_samples(parameters, context, feedback, inventory, layer_name)
        samples = _spy_io.read_samples(self, source, layer_name, fields, parameters, context, feedback, grid)
        check_sample_values(factors, samples.rows, samples.cols, samples.X, layer_name, grid)
        for warning in spy.class_code_warnings(samples.X, fields, categorical):
            feedback.pushWarning(warning)
        exclude_source = inventory or self.parameterAsSource(parameters, self.EXCLUDE_INVENTORY, context)
        with tempfile.TemporaryDirectory(prefix="lsm_spy_") as tmpdir:
            pool = _pool.pool_mask(self, parameters, context, feedback, grid, tmpdir)
            samples = _spy_io.keep_pool(samples, pool, grid, layer_name, feedback)
            eligible = _spy_io.eligibility(
                self, parameters, context, feedback, (grid, samples, exclude_source, layer_name, pool), tmpdir
            )
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
            )
            eligible = pool = None  # closes the study-area and pool masks before their folder goes
        return _spy_io.finish(self, parameters, context, feedback, run, samples, params, (layer_name, fields))

    def _inputs(self, parameters, context):
        """(sample source or None, inventory source or None): exactly one of them."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        inventory = self.parameterAsSource(parameters, self.INVENTORY, context)
        if source is None and inventory is None:
            raise LsmError(
                self.tr(
                    "Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer "
                    "could not be read and no inventory was given."
                )
            )
        if source is not None and inventory is not None:
            raise LsmError(
                self.tr(
                    "Give either a sample layer or a landslide inventory, not both: with a sample layer the "
                    "inventory is not used."
                )
            )
        return source, inventory

    def _categorical(self, parameters, context, feedback, source, layer_name):
        """The categorical factor names: the CATEGORICAL parameter, else those the sample layer declares
        (its integer factor fields: algorithms._samples.declared_categorical)."""
        names = parse_names(self.parameterAsString(parameters, self.CATEGORICAL, context))
        if names or source is None:
            return names
        names = declared_categorical(source)
        if names:
            feedback.pushInfo(
                self.tr("Categorical factors declared by '{}': {}").format(layer_name, ", ".join(names))
            )
        return names

    def _factor_fields(self, parameters, context, factors, categorical=()):
        """(factor field names, their factors in that order)."""
        by_name = {f.name: f for f in factors}
        fields = parameter_as_strings(self, parameters, self.FACTOR_FIELDS, context) or [
            f.name for f in factors
        ]
        missing = [f for f in fields if f not in by_name]
        if missing:
            raise LsmError(
                self.tr(
                    "Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, "
                    "or name the layers/band descriptions as the fields."
                ).format(", ".join(missing), ", ".join(by_name))
            )
        stray = [c for c in categorical if c not in by_name]
        if stray:
            raise LsmError(
                self.tr("Categorical factor(s) {} are not among the factor rasters ({}).").format(
                    ", ".join(stray), ", ".join(by_name)
                )
            )
        return fields, [by_name[f] for f in fields]

    def _paper_design(self, parameters, context):
        return self.parameterAsEnum(parameters, self.DESIGN, context) == 1

    def _pu_params(self, parameters, context, factors, feedback):
        from ..core.parallel import resolve_n_jobs

        paper = self._paper_design(parameters, context)
        ratio = self.PAPER_RATIO if paper else self.parameterAsDouble(parameters, self.RATIO, context)
        if paper:
            feedback.pushInfo(
                self.tr(
                    "Paper design (Fu et al. 2024): {:g} unlabeled cells per landslide for the prior (inventory "
                    "input), a {:g}/{:g} split, negatives at 1:{:g} per split or the largest ratio the open cells "
                    "allow (core.negatives.check_feasible's bound)."
                ).format(
                    self.PAPER_UNLABELED_RATIO,
                    100 * self.PAPER_TRAIN_FRACTION,
                    100 * (1 - self.PAPER_TRAIN_FRACTION),
                    self.PAPER_RATIO,
                )
            )

        params = pu.PuParams(
            method=self.METHOD_KEYS[self.parameterAsEnum(parameters, self.METHOD, context)],
            spy_fraction=self.parameterAsDouble(parameters, self.SPY_FRACTION, context),
            noise_share=self.parameterAsDouble(parameters, self.NOISE_SHARE, context),
            n_trees=self.parameterAsInt(parameters, self.N_TREES, context),
            max_depth=self.parameterAsInt(parameters, self.MAX_DEPTH, context),
            n_classes=self.parameterAsInt(parameters, self.N_CLASSES, context),
            negative_classes=self._negative_classes(parameters, context),
            ratio=ratio,
            seed=_params.seed(self, parameters, context),
            n_jobs=resolve_n_jobs(_params.n_jobs(self, parameters, context)),
            step1=pu.STEP1_CLASSIFIERS[self.parameterAsEnum(parameters, self.STEP1, context)],
            categorical=tuple(i for i, f in enumerate(factors) if f.categorical),
            fit_ratio=paper,
        )
        params.check()
        return params

    def _build_samples(self, parameters, context, feedback, inventory, layer_name):
        """The sample layer of lsm:buildsamples run on the inventory (points, or polygon centroids; the
        study area, buffer and spatial blocks of this run), as a feature source."""
        from qgis import processing

        paper = self._paper_design(parameters, context)
        child = {
            "FACTORS": parameters[self.FACTORS],
            "CATEGORICAL": self.parameterAsString(parameters, self.CATEGORICAL, context),
            "INVENTORY": parameters[self.INVENTORY],
            "RATIO": self.PAPER_UNLABELED_RATIO
            if paper
            else self.parameterAsDouble(parameters, self.UNLABELED_RATIO, context),
            "TRAIN_FRACTION": self.PAPER_TRAIN_FRACTION
            if paper
            else self.parameterAsDouble(parameters, self.TRAIN_FRACTION, context),
            "SEED": _params.seed(self, parameters, context),
            "BUFFER": self.parameterAsDouble(parameters, self.BUFFER, context),
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
            **_pool.child_parameters(self, parameters, context),
        }
        if parameters.get(self.STUDY_AREA) is not None:
            child["STUDY_AREA"] = parameters[self.STUDY_AREA]
        block_size = self.parameterAsDouble(parameters, self.BLOCK_SIZE, context)
        if block_size > 0:
            child.update(SPLIT_MODE=1, BLOCK_SIZE=block_size)
        built = processing.run(
            "lsm:buildsamples",
            child,
            context=context,
            feedback=feedback,
            is_child_algorithm=True,
        )
        layer = QgsProcessingUtils.mapLayerFromString(built["OUTPUT"], context)
        if layer is None:
            raise LsmError(self.tr("The samples built from '{}' could not be read.").format(layer_name))
        feedback.pushInfo(self.tr("Samples built from '{}': {}").format(layer_name, built["SUMMARY"]))
        return QgsProcessingFeatureSource(layer, context)
