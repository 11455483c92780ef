"""The reading of lsm:spysampling's parameters for a run (algorithms/spysampling.py is the adapter).

    negative_classes(alg, parameters, context) -> the susceptibility classes negatives come from
    inputs(alg, parameters, context) -> (sample source or None, inventory source or None)
    categorical(alg, parameters, context, feedback, source, layer_name) -> categorical factor names
    factor_fields(alg, parameters, context, factors, categorical=()) -> (field names, their factors)
    paper_design(alg, parameters, context) -> True for the paper design
    pu_params(alg, parameters, context, factors, feedback) -> checked core.pu.PuParams
    build_samples(alg, parameters, context, feedback, inventory, layer_name) -> the sample layer of
        lsm:buildsamples run on the inventory (with this run's Dask scheduler), as a feature source
*alg* is the SpySampling instance (its parameter ids); messages are translated in its context."""

from qgis.core import QgsProcessing, QgsProcessingFeatureSource, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication

from ..core import pu, spy
from ..core.errors import LsmError
from . import _params, _pool
from ._compat import parameter_as_strings
from ._inventory import parse_names
from ._samples import declared_categorical


def negative_classes(alg, parameters, context):
    return spy.parse_negative_classes(
        alg.parameterAsString(parameters, alg.NEGATIVE_CLASSES, context),
        alg.parameterAsInt(parameters, alg.N_CLASSES, context),
    )


def inputs(alg, parameters, context):
    """(sample source or None, inventory source or None): exactly one of them."""
    source = alg.parameterAsSource(parameters, alg.INPUT, context)
    inventory = alg.parameterAsSource(parameters, alg.INVENTORY, context)
    if source is None and inventory is None:
        raise LsmError(
            QCoreApplication.translate(
                "SpySampling",
                "Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer "
                "could not be read and no inventory was given."
            )
        )  # fmt: skip
    if source is not None and inventory is not None:
        raise LsmError(
            QCoreApplication.translate(
                "SpySampling",
                "Give either a sample layer or a landslide inventory, not both: with a sample layer the "
                "inventory is not used."
            )
        )  # fmt: skip
    return source, inventory


def categorical(alg, parameters, context, feedback, source, layer_name):
    """The categorical factor names: the CATEGORICAL parameter, else those the sample layer declares
    (its integer factor fields: algorithms._samples.declared_categorical)."""
    names = parse_names(alg.parameterAsString(parameters, alg.CATEGORICAL, context))
    if names or source is None:
        return names
    names = declared_categorical(source)
    if names:
        feedback.pushInfo(
            QCoreApplication.translate("SpySampling", "Categorical factors declared by '{}': {}").format(
                layer_name, ", ".join(names)
            )
        )
    return names


def factor_fields(alg, parameters, context, factors, categorical=()):
    """(factor field names, their factors in that order)."""
    by_name = {f.name: f for f in factors}
    fields = parameter_as_strings(alg, parameters, alg.FACTOR_FIELDS, context) or [f.name for f in factors]
    missing = [f for f in fields if f not in by_name]
    if missing:
        raise LsmError(
            QCoreApplication.translate(
                "SpySampling",
                "Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, "
                "or name the layers/band descriptions as the fields."
            ).format(", ".join(missing), ", ".join(by_name))
        )  # fmt: skip
    stray = [c for c in categorical if c not in by_name]
    if stray:
        raise LsmError(
            QCoreApplication.translate(
                "SpySampling", "Categorical factor(s) {} are not among the factor rasters ({})."
            ).format(", ".join(stray), ", ".join(by_name))
        )
    return fields, [by_name[f] for f in fields]


def paper_design(alg, parameters, context):
    return alg.parameterAsEnum(parameters, alg.DESIGN, context) == 1


def pu_params(alg, parameters, context, factors, feedback):
    from ..core.parallel import resolve_n_jobs

    paper = paper_design(alg, parameters, context)
    ratio = alg.PAPER_RATIO if paper else alg.parameterAsDouble(parameters, alg.RATIO, context)
    if paper:
        feedback.pushInfo(
            QCoreApplication.translate(
                "SpySampling",
                "Paper design (Fu et al. 2024): {:g} unlabeled cells per landslide for the prior (inventory "
                "input), a {:g}/{:g} split, negatives at 1:{:g} per split or the largest ratio the open cells "
                "allow (core.negatives.check_feasible's bound)."
            ).format(
                alg.PAPER_UNLABELED_RATIO,
                100 * alg.PAPER_TRAIN_FRACTION,
                100 * (1 - alg.PAPER_TRAIN_FRACTION),
                alg.PAPER_RATIO,
            )
        )  # fmt: skip

    params = pu.PuParams(
        method=alg.METHOD_KEYS[alg.parameterAsEnum(parameters, alg.METHOD, context)],
        spy_fraction=alg.parameterAsDouble(parameters, alg.SPY_FRACTION, context),
        noise_share=alg.parameterAsDouble(parameters, alg.NOISE_SHARE, context),
        n_trees=alg.parameterAsInt(parameters, alg.N_TREES, context),
        max_depth=alg.parameterAsInt(parameters, alg.MAX_DEPTH, context),
        n_classes=alg.parameterAsInt(parameters, alg.N_CLASSES, context),
        negative_classes=negative_classes(alg, parameters, context),
        ratio=ratio,
        seed=_params.seed(alg, parameters, context),
        n_jobs=resolve_n_jobs(_params.n_jobs(alg, parameters, context)),
        step1=pu.STEP1_CLASSIFIERS[alg.parameterAsEnum(parameters, alg.STEP1, context)],
        categorical=tuple(i for i, f in enumerate(factors) if f.categorical),
        fit_ratio=paper,
        test_ratio=None if paper else (alg.parameterAsDouble(parameters, alg.TEST_RATIO, context) or None),
    )
    params.check()
    return params


def build_samples(alg, parameters, context, feedback, inventory, layer_name):
    """The sample layer of lsm:buildsamples run on the inventory (points, or polygon centroids; the
    study area, buffer and spatial blocks of this run), as a feature source."""
    from qgis import processing

    paper = paper_design(alg, parameters, context)
    child = {
        "FACTORS": parameters[alg.FACTORS],
        "CATEGORICAL": alg.parameterAsString(parameters, alg.CATEGORICAL, context),
        "INVENTORY": parameters[alg.INVENTORY],
        "RATIO": alg.PAPER_UNLABELED_RATIO
        if paper
        else alg.parameterAsDouble(parameters, alg.UNLABELED_RATIO, context),
        "TRAIN_FRACTION": alg.PAPER_TRAIN_FRACTION
        if paper
        else alg.parameterAsDouble(parameters, alg.TRAIN_FRACTION, context),
        "SEED": _params.seed(alg, parameters, context),
        "BUFFER": alg.parameterAsDouble(parameters, alg.BUFFER, context),
        # the same Dask cluster for the child's raster passes (empty: here)
        _params.SCHEDULER: _params.scheduler(alg, parameters, context) or "",
        "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        **_pool.child_parameters(alg, parameters, context),
    }
    if parameters.get(alg.STUDY_AREA) is not None:
        child["STUDY_AREA"] = parameters[alg.STUDY_AREA]
    block_size = alg.parameterAsDouble(parameters, alg.BLOCK_SIZE, context)
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
        raise LsmError(
            QCoreApplication.translate(
                "SpySampling", "The samples built from '{}' could not be read."
            ).format(layer_name)
        )
    feedback.pushInfo(
        QCoreApplication.translate("SpySampling", "Samples built from '{}': {}").format(
            layer_name, built["SUMMARY"]
        )
    )
    return QgsProcessingFeatureSource(layer, context)
