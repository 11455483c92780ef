"""The sample reading, configuration and run record parameters of lsm:trainlsnet (algorithms/trainlsnet.py is the adapter).

    sample_layer(alg, parameters, context) -> (layer, label field, split field or '')
    on_grid(alg, layer, label_field, split_field, grid, context, feedback)
        -> (rows, cols, labels, raw split values or None) of the labelled samples on the grid
    patches(alg, layer, fields, factors, grid, patch_size, context, feedback)
        -> (patches, labels, splits or None) of the usable samples
    config(alg, parameters, context) -> the LSNet training configuration
    padding(alg, parameters, context) -> the padding mode
    record_parameters(alg, parameters, context, layer, fields, factors, splits, config, device)
        -> the 'parameters' of the run record and the bundle manifest
*alg* is the TrainLsnetAlgorithm instance (its parameter ids); messages are translated in its context."""

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from ..core.progress import SubProgress
from . import _params
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
    """(rows, cols, labels, raw split values or None) of the labelled samples on the grid (the
    NULL-label rows are dropped and counted in the log)."""
    extra_fields = [label_field] + ([split_field] if split_field else [])
    _, extra, xy = read_point_table(layer, [], extra_fields, feedback)
    labels, _ = read_labels(extra[label_field], layer.name(), label_field, feedback)
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
    return rows[keep], cols[keep], labels[keep], raw_splits


def patches(alg, layer, fields, factors, grid, patch_size, context, feedback):
    """(patches, labels, splits or None) of the usable samples."""
    from ..core import lsnet
    from ..core.grid import FactorReader

    label_field, split_field = fields
    rows, cols, labels, raw_splits = on_grid(alg, layer, label_field, split_field, grid, context, feedback)
    patches = lsnet.extract_patches(
        FactorReader(factors, grid), rows, cols, patch_size, SubProgress(feedback, 0, 10)
    )
    splits = lsnet.parse_splits(raw_splits, layer.name(), split_field) if split_field else None
    patches, labels, splits, n_nodata = lsnet.usable_samples(
        patches, labels, splits, layer.name(), label_field
    )
    if n_nodata:
        feedback.pushWarning(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm", "{} sample(s) lie on nodata cells of a factor and are left out."
            ).format(n_nodata)
        )
    return patches, labels, splits


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
