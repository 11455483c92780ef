"""The sample reading, configuration and run record parameters of lsm:trainlsnet (algorithms/trainlsnet.py is the adapter).

    sample_layer(alg, parameters, context) -> (layer, label field, split field or '')
    on_grid(alg, layer, label_field, split_field, grid, context, feedback)
        -> (rows, cols, labels, raw split values or None, negative kinds) of the labelled samples on the grid
    patches(alg, layer, fields, factors, grid, patch_size, context, feedback)
        -> (patches, labels, splits or None, negative kinds) of the usable samples
    training_pool(labels, kinds, indices, feedback) -> indices, training negatives of one kind
        (core.sampleset.training_pool's rule: the reliable negatives when both kinds are present)
    categorical(alg, parameters, context, names) -> the categorical factor names, checked
    categories(train_patches, names, categorical, feedback) -> per factor its classes ([] continuous)
    config(alg, parameters, context) -> the LSNet training configuration
    padding(alg, parameters, context) -> the padding mode
    fusion(alg, parameters, context) -> the fusion mode
    record_parameters(alg, parameters, context, layer, fields, factors, splits, config, device)
        -> the 'parameters' of the run record and the bundle manifest
*alg* is the TrainLsnetAlgorithm instance (its parameter ids); messages are translated in its context."""

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..core import sampleset
from ..core.errors import LsmError
from ..core.progress import SubProgress
from . import _params
from ._inventory import parse_names
from ._samples import cells_on_grid, read_labels, read_point_table


def sample_layer(alg, parameters, context):
    """(layer, label field, split field or '')."""
    layer = alg.parameterAsVectorLayer(parameters, alg.SAMPLES, context)
    if layer is None or not layer.isValid():
        raise LsmError(
            QCoreApplication.translate("TrainLsnetAlgorithm", "The sample layer could not be opened.")
        )
    label_field = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    split_field = alg.parameterAsString(parameters, alg.SPLIT_FIELD, context)
    if not split_field and "split" in layer.fields().names():
        split_field = "split"
    return layer, label_field, split_field


def on_grid(alg, layer, label_field, split_field, grid, context, feedback):
    """(rows, cols, labels, raw split values or None, negative kinds) of the labelled samples on the
    grid (the NULL-label rows are dropped and counted in the log). The kinds come from the
    'negative_kind' field, else core.sampleset.default_kind of the layer's fields."""
    names = layer.fields().names()
    kind_field = sampleset.NEGATIVE_KIND_FIELD if sampleset.NEGATIVE_KIND_FIELD in names else ""
    extra_fields = (
        [label_field] + ([split_field] if split_field else []) + ([kind_field] if kind_field else [])
    )
    _, extra, xy = read_point_table(layer, [], extra_fields, feedback)
    labels, _ = read_labels(extra[label_field], layer.name(), label_field, feedback)
    if kind_field:
        kinds = sampleset.parse_negative_kinds(extra[kind_field], layer.name())
    else:
        kinds = np.full(labels.size, sampleset.default_kind(names), dtype=object)
    rows, cols = cells_on_grid(xy, layer.crs(), grid, context)
    keep = labels >= 0
    inside = grid.inside(rows, cols)
    if not (inside & keep).any():
        raise LsmError(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm",
                "No sample of layer '{}' falls on the factor rasters: check that the layer and the rasters "
                "cover the same area (CRS {} vs the rasters')."
            ).format(layer.name(), layer.crs().authid())
        )  # fmt: skip
    if not inside[keep].all():
        feedback.pushWarning(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm",
                "{} sample(s) of '{}' fall outside the factor rasters and are left out."
            ).format(int((~inside & keep).sum()), layer.name())
        )  # fmt: skip
    keep &= inside
    raw_splits = extra[split_field][keep] if split_field else None
    return rows[keep], cols[keep], labels[keep], raw_splits, kinds[keep]


def patches(alg, layer, fields, factors, grid, patch_size, context, feedback):
    """(patches, labels, splits or None, negative kinds) of the usable samples."""
    from ..core import lsnet
    from ..core.grid import FactorReader

    label_field, split_field = fields
    rows, cols, labels, raw_splits, kinds = on_grid(
        alg, layer, label_field, split_field, grid, context, feedback
    )
    patches = lsnet.extract_patches(
        FactorReader(factors, grid), rows, cols, patch_size, SubProgress(feedback, 0, 10)
    )
    splits = lsnet.parse_splits(raw_splits, layer.name(), split_field) if split_field else None
    kinds = kinds[lsnet.centre_valid(patches)]
    patches, labels, splits, n_nodata = lsnet.usable_samples(
        patches, labels, splits, layer.name(), label_field
    )
    if n_nodata:
        feedback.pushWarning(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm", "{} sample(s) lie on nodata cells of a factor and are left out."
            ).format(n_nodata)
        )
    return patches, labels, splits, kinds


def training_pool(labels, kinds, indices, feedback):
    """(train, validation, test) indices whose training and validation negatives follow
    core.sampleset.training_pool (the reliable negatives when both kinds are present); the test
    indices are kept whole (their kinds are evaluated apart)."""
    train_idx, val_idx, test_idx = indices
    samples = sampleset.Samples(X=np.empty((labels.size, 0)), y=labels, factors=[], kind=kinds)
    fit_idx = np.concatenate([train_idx, val_idx])
    pool, note = sampleset.training_pool(samples, fit_idx)
    if not note:
        return indices
    feedback.pushInfo(note)
    keep = set(pool.tolist())
    kept = [np.array([i for i in idx if labels[i] == 1 or i in keep], dtype=np.int64) for idx in indices[:2]]
    return kept[0], kept[1], test_idx


def categorical(alg, parameters, context, names):
    """The CATEGORICAL factor names, each one of *names* (LsmError naming the unknown ones)."""
    chosen = parse_names(alg.parameterAsString(parameters, alg.CATEGORICAL, context))
    unknown = [n for n in chosen if n not in names]
    if unknown:
        raise LsmError(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm",
                "Categorical factor(s) {} are not among the factor rasters ({}): give the names of the layers "
                "(or stack band descriptions) that hold class codes."
            ).format(", ".join(unknown), ", ".join(names))
        )  # fmt: skip
    return chosen


def categories(train_patches, names, categorical, feedback):
    """Per factor the classes a categorical factor has in the training patches ([] for a continuous
    one), logged."""
    from ..core import lsnet

    out = []
    for j, name in enumerate(names):
        if name not in categorical:
            out.append([])
            continue
        classes = lsnet.find_categories(train_patches[:, j], name)
        feedback.pushInfo(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm", "Categorical factor '{}': {} one-hot channels for classes {}."
            ).format(name, len(classes), ", ".join(f"{c:g}" for c in classes))
        )
        out.append(classes)
    return out


def config(alg, parameters, context):
    from ..core import lsnet

    config = lsnet.TrainConfig(
        epochs=alg.parameterAsInt(parameters, alg.EPOCHS, context),
        batch_size=alg.parameterAsInt(parameters, alg.BATCH_SIZE, context),
        learning_rate=alg.parameterAsDouble(parameters, alg.LEARNING_RATE, context),
        patience=alg.parameterAsInt(parameters, alg.PATIENCE, context),
        augment=alg.parameterAsBoolean(parameters, alg.AUGMENT, context),
        balancing=lsnet.BALANCING[alg.parameterAsEnum(parameters, alg.BALANCING, context)],
        seed=_params.seed(alg, parameters, context),
        device=_params.device(alg, parameters, context),
    )
    if lsnet.SCHEDULES[alg.parameterAsEnum(parameters, alg.SCHEDULE, context)] == "paper":
        config = lsnet.paper_schedule(config)
    return config


def padding(alg, parameters, context):
    from ..core import lsnet

    return lsnet.PADDINGS[alg.parameterAsEnum(parameters, alg.PADDING, context)]


def fusion(alg, parameters, context):
    from ..core import lsnet

    return lsnet.FUSIONS[alg.parameterAsEnum(parameters, alg.FUSION, context)]


def record_parameters(alg, parameters, context, layer, fields, factors, splits, config, device):
    """The 'parameters' of the run record and the bundle manifest."""
    label_field, split_field = fields
    test_share = alg.parameterAsDouble(parameters, alg.TEST_SHARE, context)
    return {
        "factors": [f.name for f in factors],
        "samples": layer.name(),
        "label_field": label_field,
        "split_field": split_field or "",
        "test_share": test_share if splits is None else None,
        "validation_share": alg.parameterAsDouble(parameters, alg.VALIDATION_SHARE, context),
        "patch_size": alg.parameterAsInt(parameters, alg.PATCH_SIZE, context),
        "width": alg.parameterAsInt(parameters, alg.WIDTH, context),
        "padding": padding(alg, parameters, context),
        "fusion": fusion(alg, parameters, context),
        "categorical": parse_names(alg.parameterAsString(parameters, alg.CATEGORICAL, context)),
        "schedule": alg.parameterAsEnum(parameters, alg.SCHEDULE, context) and "paper" or "early_stopping",
        "epochs": config.epochs,
        "batch_size": config.batch_size,
        "learning_rate": config.learning_rate,
        "patience": config.patience,
        "augment": config.augment,
        "balancing": config.balancing,
        "seed": config.seed,
        "device": str(device),
    }
