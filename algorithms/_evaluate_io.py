"""The scores, records and tables of lsm:evaluatemodel (algorithms/evaluatemodel.py is the adapter).

    run_records(alg, parameters, context, sets, model_type, layer_name, extra) -> the linked run records
    write_tables(alg, parameters, context, sets) -> the table output ids
    bundle_scores(alg, path, parameters, context, feedback) -> scores of a model bundle on the samples
    raster_scores(alg, raster, parameters, context, feedback) -> scores read from a susceptibility raster
    points_only(alg, parameters, context, feedback, label_field) -> samples with labels, split and xy
        but no factor (a zero column as a stand-in matrix)
*alg* is the EvaluateModelAlgorithm instance (its parameter ids); messages are translated in its context."""

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..core import metrics as lsm_metrics
from ..core import records, sampleset
from ..core.bundle import data_hash
from ..core.errors import LsmError
from . import _params
from ._evaluation import check_tabular, interval_columns
from ._samples import (
    NamedSource,
    cells_on_grid,
    check_factor_fields,
    read_labels,
    read_point_table,
    read_samples,
    source_name,
    split_field_of,
)
from .base import json_parameters, write_table


def run_records(alg, parameters, context, sets, model_type, layer_name, extra):
    """One lsm:evaluatemodel record per test-set kind (linked, the reported kind first)."""
    name = alg.parameterAsString(parameters, alg.MODEL_NAME, context).strip()
    built = [
        records.evaluation_record(
            model_type,
            layer_name,
            json_parameters(alg, parameters, context),
            data_hash(np.asarray(e["scores"], dtype=float), np.asarray(e["y"])),
            e,
            extra["outputs"],
            name=f"{name} [{kind}]" if name and len(sets) > 1 else name,
            ratio=extra.get("ratio"),
            test_set=kind,
            warnings=e["warnings"],
        )
        for kind, e in sets.items()
    ]
    return records.link_test_sets(built)


def write_tables(alg, parameters, context, sets):
    """The metrics, ROC and PR table sinks that were asked for (rows of every test-set kind, with
    the 95 % interval of each metric): {parameter: destination id}."""
    metric_rows, roc_rows, pr_rows = [], [], []
    for kind, evaluation in sets.items():
        for key, label, a, b in lsm_metrics.metrics_rows(evaluation):
            low, high = interval_columns(evaluation["intervals"], key)
            metric_rows.append((key, label, float(a), float(b), kind, low, high))
        roc, pr = lsm_metrics.curve_tables(evaluation["y"], evaluation["scores"])
        roc_rows += [row + (kind,) for row in roc]
        pr_rows += [row + (kind,) for row in pr]
    tables = (
        (
            alg.OUTPUT_METRICS,
            [
                ("metric", "str"),
                ("label", "str"),
                ("at_threshold", "double"),
                ("at_best", "double"),
                ("test_set", "str"),
                ("low", "double"),
                ("high", "double"),
            ],
            metric_rows,
        ),
        (
            alg.OUTPUT_ROC,
            [("fpr", "double"), ("tpr", "double"), ("threshold", "double"), ("test_set", "str")],
            roc_rows,
        ),
        (
            alg.OUTPUT_PR,
            [("recall", "double"), ("precision", "double"), ("threshold", "double"), ("test_set", "str")],
            pr_rows,
        ),
    )
    written = {}
    for name, columns, rows in tables:
        dest = write_table(alg, parameters, name, context, columns, rows)
        if dest is not None:
            written[name] = dest
    return written


def bundle_scores(alg, path, parameters, context, feedback):
    from ..core.bundle import load_bundle

    bundle = load_bundle(path, trust=_params.trust(alg, parameters, context), feedback=feedback)
    refusal = QCoreApplication.translate(
        "EvaluateModelAlgorithm",
        "Model bundle '{}' is a '{}' model, which needs its factor rasters: map it (lsm:lsnetpredict) "
        "and evaluate the map with the raster input."
    )  # fmt: skip
    check_tabular(bundle, path, feedback, refusal)
    missing = QCoreApplication.translate(
        "EvaluateModelAlgorithm",
        "The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). "
        "Evaluate with samples that carry the bundle's factors ({})."
    )  # fmt: skip
    check_factor_fields(alg, parameters, context, bundle.factors, missing)
    categorical = list(bundle.manifest.get("categorical", {}))
    samples, layer_name, _crs = read_samples(alg, parameters, context, feedback, bundle.factors, categorical)
    rows = alg._test_rows(samples, feedback)
    scores = bundle.predict_proba(samples.X[rows])
    extra = {
        "outputs": {"bundle": path},
        "ratio": bundle.manifest.get("ratio"),
        "kinds": sampleset.negative_kinds(samples)[rows],
    }
    what = QCoreApplication.translate("EvaluateModelAlgorithm", "Model {}").format(bundle.model_type)
    return samples.y[rows], scores, layer_name, what, bundle.model_type, extra


def raster_scores(alg, raster, parameters, context, feedback):
    from ..core.grid import Factor, FactorReader, grid_of

    band = alg.parameterAsInt(parameters, alg.RASTER_BAND, context) or 1
    path = raster.source().split("|")[0]
    if band > raster.bandCount():
        raise LsmError(
            QCoreApplication.translate(
                "EvaluateModelAlgorithm", "Band {} does not exist in '{}' ({} band(s))."
            ).format(band, raster.name(), raster.bandCount())
        )
    source = alg.parameterAsSource(parameters, alg.INPUT, context)
    if source is None:
        raise LsmError(
            QCoreApplication.translate("EvaluateModelAlgorithm", "The samples layer could not be opened.")
        )
    label_field = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    samples, layer_name, _crs = points_only(alg, parameters, context, feedback, label_field)
    rows = alg._test_rows(samples, feedback)
    grid = grid_of(path)
    r, c = cells_on_grid(samples.xy[rows], source.sourceCrs(), grid, context)
    inside = grid.inside(r, c)
    values = np.full(rows.size, np.nan)
    if inside.any():
        reader = FactorReader([Factor(raster.name(), path, band)], grid)
        values[inside] = reader.read_cells(r[inside], c[inside])[:, 0]
    ok = np.isfinite(values)
    outside = int((~inside).sum())
    nodata = int((inside & ~ok).sum())
    if outside or nodata:
        feedback.pushWarning(
            QCoreApplication.translate(
                "EvaluateModelAlgorithm",
                "{} test point(s) fall outside raster '{}' and {} on nodata: left out."
            ).format(outside, raster.name(), nodata)
        )  # fmt: skip
    if not ok.any():
        raise LsmError(
            QCoreApplication.translate(
                "EvaluateModelAlgorithm",
                "No test point of '{}' falls on a value of raster '{}': check that they cover the same area."
            ).format(layer_name, raster.name())
        )  # fmt: skip
    extra = {"outputs": {"raster": path}, "kinds": sampleset.negative_kinds(samples)[rows][ok]}
    what = QCoreApplication.translate("EvaluateModelAlgorithm", "Raster {}").format(raster.name())
    return samples.y[rows][ok], values[ok], layer_name, what, "", extra


def points_only(alg, parameters, context, feedback, label_field):
    """Samples with labels, split and xy but no factor (a zero column as a stand-in matrix)."""
    source = alg.parameterAsSource(parameters, alg.INPUT, context)
    name = source_name(alg, parameters, alg.INPUT, context)
    split_field = split_field_of(alg, parameters, context, source, name)
    names = source.fields().names()
    kind_field = sampleset.NEGATIVE_KIND_FIELD if sampleset.NEGATIVE_KIND_FIELD in names else ""
    extra = [label_field] + [f for f in (split_field, kind_field) if f]
    _X, columns, xy = read_point_table(NamedSource(source, name), [], extra, feedback)
    labels, _n_null = read_labels(columns[label_field], name, label_field, feedback)
    split = sampleset.parse_split(columns[split_field]) if split_field else None
    if kind_field:
        kinds = sampleset.parse_negative_kinds(columns[kind_field], name)
    else:
        kinds = np.full(labels.size, sampleset.default_kind(names), dtype=object)
    keep = labels >= 0
    samples = sampleset.Samples(
        X=np.zeros((int(keep.sum()), 0)),
        y=labels[keep],
        factors=[],
        split=None if split is None else split[keep],
        xy=xy[keep],
        kind=kinds[keep],
    )
    return samples, name, ""
