"""The screening runs and outputs of lsm:factorscreening (algorithms/factorscreening.py is the adapter).

    samples(alg, parameters, context, feedback, fields=None) -> (X, y, names) of the sample layer or None
    with_gini(alg, feedback) -> False (with a warning) when scikit-learn is missing
    mrmr_selected(alg, parameters, context, result, feedback) -> the mRMR top-k factor list
    screen_rasters(alg, parameters, context, feedback, layers, categorical, o) -> screening of rasters (their
        passes on the Dask cluster of the SCHEDULER parameter when given)
    screen_table(alg, parameters, context, feedback, categorical, o) -> screening of the sample table
    write_outputs(alg, parameters, context, result) -> the output ids
    write_screening_table(alg, parameters, context, result), write_correlation(alg, parameters, context, result)
*alg* is the FactorScreeningAlgorithm instance (its parameter ids); messages are translated in its context."""

import os
import tempfile

import numpy as np
from qgis.core import QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication

from ..core import sampleset, screening, screening_report
from ..core.dask_blocks import BlockRunner
from ..core.dependencies import dependency_message
from ..core.errors import LsmError
from ..core.grid import atomic_path, check_grids
from ..core.progress import SubProgress
from ..core.samples import polygon_mask
from . import _params
from ._compat import parameter_as_strings
from ._inventory import RESERVED_FIELDS, polygon_wkbs
from ._samples import read_labels, read_point_table
from .base import write_table


def samples(alg, parameters, context, feedback, fields=None):
    """(X, y, names) of the sample layer, or None when no layer is given."""
    layer = alg.parameterAsVectorLayer(parameters, alg.SAMPLES, context)
    if layer is None:
        return None
    label_field = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    names = fields or parameter_as_strings(alg, parameters, alg.FIELDS, context)
    if not names:
        names = [
            f.name()
            for f in layer.fields()
            if f.isNumeric() and f.name().lower() not in RESERVED_FIELDS and f.name() != label_field
        ]
    all_fields = layer.fields().names()
    if label_field not in all_fields:
        raise LsmError(
            QCoreApplication.translate(
                "FactorScreeningAlgorithm", "Layer '{}' has no label field '{}' (its fields: {})."
            ).format(layer.name(), label_field, ", ".join(all_fields))
        )
    extra = [label_field] + (["split"] if "split" in all_fields else [])
    X, extra_values, _ = read_point_table(layer, names, extra, feedback)
    labels, _n_null = read_labels(extra_values[label_field], layer.name(), label_field, feedback)
    keep = labels >= 0
    if "split" in extra_values and alg.parameterAsBoolean(parameters, alg.TRAIN_ONLY, context):
        is_train = np.array([str(v).lower() == "train" for v in extra_values["split"]], dtype=bool)
        feedback.pushInfo(
            QCoreApplication.translate(
                "FactorScreeningAlgorithm", "Using the {} training samples of '{}'."
            ).format(int(is_train.sum()), layer.name())
        )
        keep &= is_train
    if not keep.any():
        raise LsmError(
            QCoreApplication.translate(
                "FactorScreeningAlgorithm", "Layer '{}' has no usable (labelled) sample."
            ).format(layer.name())
        )
    # the same minimum counts as the model algorithms, on the rows actually screened
    sampleset.check_classes(
        labels[keep],
        QCoreApplication.translate("FactorScreeningAlgorithm", "'{}' screening").format(layer.name()),
    )
    return X[keep], labels[keep], names


def with_gini(alg, feedback):
    """False (with a warning naming the pip line) when scikit-learn is missing: the rest still runs."""
    message = dependency_message(("sklearn",))
    if message:
        feedback.pushWarning(
            QCoreApplication.translate("FactorScreeningAlgorithm", "Gini importance left out: {}").format(
                message
            )
        )
    return not message


def mrmr_selected(alg, parameters, context, result, feedback):
    """The mRMR top-k factor list (all factors in mRMR order for k = 0), logged; [] without samples."""
    top = alg.parameterAsInt(parameters, alg.MRMR_TOP, context)
    selected = result.mrmr_top(top if top > 0 else len(result.names))
    if selected:
        feedback.pushInfo(
            QCoreApplication.translate("FactorScreeningAlgorithm", "mRMR selection order: {}").format(
                ", ".join(selected)
            )
        )
    return selected


def screen_rasters(alg, parameters, context, feedback, layers, categorical, o):
    """Screening of the factor rasters (within the mask), importance from the samples if given; the
    raster passes on the Dask cluster of the SCHEDULER parameter when one is given."""
    factors = alg.raster_factors(layers, categorical)
    grid = check_grids(factors)
    mask_source = alg.parameterAsSource(parameters, alg.MASK, context)
    # in Processing's temporary folder: the workers of a cluster read the rasterised mask there
    with tempfile.TemporaryDirectory(prefix="lsm_screen_", dir=QgsProcessingUtils.tempFolder()) as tmpdir:
        mask = None
        if mask_source is not None:
            wkbs = polygon_wkbs(
                mask_source,
                layers[0].crs(),
                context,
                feedback,
                QCoreApplication.translate("FactorScreeningAlgorithm", "mask"),
            )
            mask = polygon_mask(wkbs, grid, tmpdir, "mask")
        with BlockRunner(_params.scheduler(alg, parameters, context)) as runner:
            result = screening.screen_rasters(
                factors, SubProgress(feedback, 0, 70), mask, o["vif_t"], o["r_t"], runner
            )
            if runner.distributed:
                feedback.pushInfo(runner.describe())
            _params.log_blocks(runner, feedback)
        mask = None
    table = samples(alg, parameters, context, feedback, [f.name for f in factors])
    if table is None:
        feedback.pushInfo(
            QCoreApplication.translate(
                "FactorScreeningAlgorithm",
                "No sample layer given: importance (Gini, information gain) is left out."
            )
        )  # fmt: skip
        return result
    X, y, _ = table
    screening.add_importance(
        result,
        X,
        y,
        o["trees"],
        o["ig_classes"],
        o["seed"],
        SubProgress(feedback, 70, 95),
        with_gini(alg, feedback),
    )
    return result


def screen_table(alg, parameters, context, feedback, categorical, o):
    """Screening of the sample layer's factor fields."""
    table = samples(alg, parameters, context, feedback)
    if table is None:
        raise LsmError(
            QCoreApplication.translate(
                "FactorScreeningAlgorithm",
                "Give a sample layer (with its factor fields) or factor rasters to screen."
            )
        )  # fmt: skip
    X, y, names = table
    unknown = [c for c in categorical if c not in names]
    if unknown:
        raise LsmError(
            QCoreApplication.translate(
                "FactorScreeningAlgorithm", "Categorical factor(s) {} are not among the factor fields ({})."
            ).format(", ".join(unknown), ", ".join(names))
        )
    return screening.screen_table(
        X,
        y,
        names,
        categorical,
        o["vif_t"],
        o["r_t"],
        o["trees"],
        o["ig_classes"],
        o["seed"],
        SubProgress(feedback, 0, 95),
        with_gini(alg, feedback),
    )


def write_outputs(alg, parameters, context, result):
    """The table, the correlation matrix and the HTML report (those asked for)."""
    results = {alg.OUTPUT_TABLE: write_screening_table(alg, parameters, context, result)}
    if parameters.get(alg.CORRELATION) is not None:
        dest = write_correlation(alg, parameters, context, result)
        if dest is not None:
            results[alg.CORRELATION] = dest
    report = alg.parameterAsFileOutput(parameters, alg.REPORT, context)
    if report:
        os.makedirs(os.path.dirname(os.path.abspath(report)), exist_ok=True)
        with atomic_path(report) as tmp:
            screening_report.write_report(
                result, tmp, QCoreApplication.translate("FactorScreeningAlgorithm", "Factor screening")
            )
        results[alg.REPORT] = report
    return results


def write_screening_table(alg, parameters, context, result):
    rows = [[row[name] for name, _ in alg.TABLE_COLUMNS] for row in result.rows()]
    return write_table(alg, parameters, alg.OUTPUT_TABLE, context, alg.TABLE_COLUMNS, rows, required=True)


def write_correlation(alg, parameters, context, result):
    columns = [("factor", "str")] + [(name, "double") for name in result.names]
    # rows of categorical factors hold Cramer's V with the other categorical ones (no Pearson r)
    rows = [
        [f"{name} (Cramer's V)" if name in result.categorical else name] + list(result.correlation[i])
        for i, name in enumerate(result.names)
    ]
    return write_table(alg, parameters, alg.CORRELATION, context, columns, rows)
