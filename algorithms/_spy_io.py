"""The sample input and the outputs of lsm:spysampling (algorithms/spysampling.py is the adapter).

    same_crs(a, b) -> True when two QgsCoordinateReferenceSystem are the same
    check_crs(source, layer_name, grid): LsmError when the sample layer is not in the rasters' CRS
    read_samples(alg, source, layer_name, fields, parameters, context, feedback, grid)
        -> core.spy.SpySamples of the sample layer's points on the grid
    eligibility(alg, parameters, context, feedback, data, tmpdir) -> core.samples.Eligibility of the
        negatives (inventory cells + buffer, study area, spatial blocks, unlabeled pool); data = (grid,
        samples, exclusion inventory source or None, layer name, pool mask_fn or None)
    keep_pool(samples, pool, grid, layer_name, feedback) -> the samples without unlabeled cells off the
        unlabeled pool (algorithms._pool)
    run_pu(alg, parameters, context, feedback, data, samples, params, layer_name, eligible=None,
           runner=None)
        -> (result, prior paths, bundle paths, {OUTPUT, SUMMARY}): core.pu.pu_sampling with the prior
        maps and bundles written atomically, then the negatives and the summary (the raster-wide
        steps on the Dask cluster of a distributed core.dask_blocks.BlockRunner *runner*)
    NEGATIVE_KIND: the field of the negatives layer telling 'landslide', 'rn' (reliable negative) and
        'random' (a random unlabeled cell of the sample layer, test or training split)
    finish(alg, parameters, context, feedback, run, samples, params, names) -> the results dict (run
        record written, prior maps styled)
*alg* is the SpySampling instance (its parameter ids); messages are translated in its context.
"""

import os
from contextlib import ExitStack

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingUtils
from qgis.PyQt.QtCore import QCoreApplication

from ..core import pu, spy
from ..core import samples as core_samples
from ..core.errors import LsmError
from ..core.grid import atomic_path
from ._compat import make_field
from ._inventory import polygon_wkbs, read_inventory
from ._samples import NamedSource, read_labels, read_point_table, sample_fields, write_points
from ._styling import ContinuousRasterStyler, SampleLayerStyler, attach_styler, name_output, ratio_text
from .base import write_table


def same_crs(a, b):
    """True when two QgsCoordinateReferenceSystem are the same (by authority id where both have one)."""
    if a.authid() and b.authid():
        return a.authid() == b.authid()
    return a == b


def check_crs(source, layer_name, grid):
    """LsmError when the sample layer *source* is not in the CRS of the factor rasters."""
    if not (source.sourceCrs().isValid() and grid.crs_wkt):
        return
    raster_crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
    if raster_crs.isValid() and not same_crs(raster_crs, source.sourceCrs()):
        raise LsmError(
            QCoreApplication.translate(
                "SpySampling",
                "The sample layer '{}' is in {} but the factor rasters are in {}: reproject the "
                "layer (Vector > Data Management > Reproject layer) first."
            ).format(
                layer_name,
                source.sourceCrs().authid() or source.sourceCrs().description(),
                raster_crs.authid() or raster_crs.description(),
            )
        )  # fmt: skip


def read_samples(alg, source, layer_name, fields, parameters, context, feedback, grid):
    """core.spy.SpySamples of the points of a sample layer on the grid."""
    label_field = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    split_field = alg.parameterAsString(parameters, alg.SPLIT_FIELD, context) or "split"
    if split_field not in source.fields().names():
        feedback.pushInfo(
            QCoreApplication.translate(
                "SpySampling", "'{}' has no field '{}': every point is training data, no test negatives."
            ).format(layer_name, split_field)
        )
        split_field = ""
    check_crs(source, layer_name, grid)
    extra = [label_field] + ([split_field] if split_field else [])
    X, columns, xy = read_point_table(NamedSource(source, layer_name), fields, extra, feedback)
    labels, _ = read_labels(columns[label_field], layer_name, label_field, feedback)
    if split_field:
        splits = spy.parse_splits(columns[split_field], layer_name, split_field)
    else:
        splits = np.array(["train"] * len(labels))
    samples, n_outside, n_incomplete = spy.on_grid(X, labels, splits, xy, grid, layer_name)
    if n_outside:
        feedback.pushWarning(
            QCoreApplication.translate(
                "SpySampling", "{} point(s) outside the factor rasters were left out."
            ).format(n_outside)
        )
    if n_incomplete:
        feedback.pushWarning(
            QCoreApplication.translate(
                "SpySampling", "{} point(s) without a value for every factor field were left out."
            ).format(n_incomplete)
        )
    return samples


#: the negatives layer's field naming each row's kind
NEGATIVE_KIND = "negative_kind"
KIND_LANDSLIDE, KIND_RN, KIND_RANDOM = "landslide", "rn", "random"


def _tr(text):
    return QCoreApplication.translate("SpySampling", text)


def _inventory_cells(source, crs, grid, context, feedback):
    """(rows, cols) of every cell of an inventory: point cells, or every polygon cell (cell centre,
    polygons smaller than a cell by their centroid: core.samples.distinct_polygon_cells)."""
    kind, geometry = read_inventory(source, crs, context, feedback)
    if kind == "point":
        cells = core_samples.cells_from_points(geometry, grid)
        return cells.rows, cells.cols
    rows, cols, notes = core_samples.distinct_polygon_cells(geometry, grid)
    for note in notes:
        feedback.pushInfo(note)
    return rows, cols


def eligibility(alg, parameters, context, feedback, data, tmpdir):
    """core.samples.Eligibility of the negatives: off every inventory cell and sample landslide and the
    buffer around them, on the study area, in each split's own spatial blocks (BLOCK_SIZE > 0)."""
    grid, samples, inventory, layer_name, pool = data
    crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
    ls = samples.labels == 1
    rows, cols = [samples.rows[ls]], [samples.cols[ls]]
    if inventory is not None:
        r, c = _inventory_cells(inventory, crs, grid, context, feedback)
        rows.append(r)
        cols.append(c)
        feedback.pushInfo(
            _tr("Negatives avoid the {} cell(s) of the inventory '{}'.").format(
                r.size, inventory.sourceName()
            )
        )
    study = alg.parameterAsSource(parameters, alg.STUDY_AREA, context)
    mask = None
    if study is not None:
        wkbs = polygon_wkbs(study, crs, context, feedback, _tr("study area"))
        mask = core_samples.polygon_mask(wkbs, grid, tmpdir, "study area")
    block_size = alg.parameterAsDouble(parameters, alg.BLOCK_SIZE, context)
    blocks = None
    if block_size > 0:
        blocks = core_samples.blocks_from_samples(
            samples.rows, samples.cols, samples.splits, grid, block_size, layer_name
        )
    buffer = alg.parameterAsDouble(parameters, alg.BUFFER, context)
    return core_samples.negative_eligibility(
        grid, np.concatenate(rows), np.concatenate(cols), buffer, mask, blocks, pool
    )


def keep_pool(samples, pool, grid, layer_name, feedback):
    """The samples without the unlabeled cells off the unlabeled pool (*pool*: mask_fn or None)."""
    if pool is None:
        return samples
    in_pool = core_samples.mask_at(pool, samples.rows, samples.cols, grid)
    samples, dropped = spy.keep_unlabeled_in(samples, in_pool)
    if dropped:
        feedback.pushWarning(
            _tr(
                "{} unlabeled cell(s) of '{}' lie off the unlabeled pool (deformation, pool mask): left out."
            ).format(dropped, layer_name)
        )
    return samples


def run_pu(alg, parameters, context, feedback, data, samples, params, layer_name, eligible=None, runner=None):
    """core.pu.pu_sampling with the outputs written only if the whole run succeeds: (result,
    prior map paths and bundle paths per split, the negatives and summary outputs); *runner*: the
    run's core.dask_blocks.BlockRunner (its raster-wide steps on a Dask cluster when distributed)."""
    factors, fields, grid = data
    present = samples.present()
    prior_out = {
        "train": alg.parameterAsOutputLayer(parameters, alg.PRIOR_TRAIN, context),
        "test": alg.parameterAsOutputLayer(parameters, alg.PRIOR_TEST, context),
    }
    bundle_out = {
        "train": alg.parameterAsFileOutput(parameters, alg.BUNDLE_TRAIN, context),
        "test": alg.parameterAsFileOutput(parameters, alg.BUNDLE_TEST, context),
    }
    with ExitStack() as stack:
        prior_tmp, bundle_tmp = {}, {}
        for s in present:
            prior_out[s] = prior_out[s] or QgsProcessingUtils.generateTempFilename(f"prior_{s}.tif")
            prior_tmp[s] = stack.enter_context(atomic_path(prior_out[s]))
            if bundle_out[s]:
                bundle_tmp[s] = stack.enter_context(atomic_path(bundle_out[s]))
        result = pu.pu_sampling(
            factors,
            samples.X,
            samples.labels,
            samples.splits,
            samples.cells(grid),
            prior_tmp,
            params,
            bundle_tmp,
            feedback,
            bundle_extra={"source_layer": layer_name},
            eligible=eligible,
            runner=runner,
        )
        outputs = {
            alg.OUTPUT: write_negatives(
                alg,
                parameters,
                context,
                feedback,
                result,
                samples,
                fields,
                grid,
                params.categorical,
                eligible,
            ),
            alg.SUMMARY: write_summary(alg, parameters, context, result),
        }
    for s in present:
        result.outcomes[s].prior_path = prior_out[s]
        bundle_out[s] = bundle_out[s] if s in bundle_tmp else ""
        result.outcomes[s].bundle_path = bundle_out[s]
    return result, prior_out, bundle_out, outputs


def finish(alg, parameters, context, feedback, run, samples, params, names):
    """The run record, the prior maps' style and the results dict."""
    result, prior_out, bundle_out, outputs = run
    layer_name, fields = names
    present = samples.present()
    negatives = outputs[alg.OUTPUT]
    # default store beside the negatives when they are a file (the prior map may be a temporary file)
    negatives_path = str(negatives or "").split("|")[0]
    anchor = negatives_path if os.path.isabs(negatives_path) else prior_out["train"]
    record_outputs = {"negatives": negatives}
    for s in present:
        record_outputs[f"prior_{s}"] = prior_out[s]
        if bundle_out[s]:
            record_outputs[f"bundle_{s}"] = bundle_out[s]
    record = spy.spy_record(result, params, samples, layer_name, fields, record_outputs)
    run_id = alg.write_run_record(record, parameters, context, feedback, anchor)
    for s in present:
        attach_styler(context, prior_out[s], ContinuousRasterStyler(0.0, 1.0))
    attach_styler(context, negatives, SampleLayerStyler())
    method = _tr("Spy") if params.method == "spy" else "Bagging-PU"
    tag = " ".join(filter(None, (method, ratio_text(alg.parameterAsDouble(parameters, alg.RATIO, context)))))
    name_output(context, negatives, _tr("Negatives"), tag)
    has_test = "test" in present
    return {
        alg.OUTPUT: negatives,
        alg.SUMMARY: outputs[alg.SUMMARY],
        alg.PRIOR_TRAIN: prior_out["train"],
        alg.PRIOR_TEST: prior_out["test"] if has_test else None,
        alg.BUNDLE_TRAIN: bundle_out["train"],
        alg.BUNDLE_TEST: (bundle_out["test"] or None) if has_test else None,
        alg.RUN_RECORD: alg.last_record_path,
        alg.RUN_ID: run_id,
        alg.THRESHOLD_TRAIN: result.outcomes["train"].threshold,
        alg.NEGATIVES_TRAIN: result.outcomes["train"].negatives,
        alg.NEGATIVES_TEST: result.outcomes["test"].negatives if has_test else 0,
    }


def _values(values, is_cat):
    """Factor values of a row: int class codes for the categorical factors, floats otherwise."""
    return [int(round(float(v))) if c else float(v) for v, c in zip(values, is_cat)]


def _ineligible_random(samples, splits, grid, eligible):
    """{split: set of (row, col)}: the sample layer's unlabeled cells of each split in *splits* that the
    negatives' rule (*eligible*: core.samples.Eligibility, None: every cell) closes (an inventory cell,
    the buffer, off the study area or the pool, the other split's blocks): they are no 'random' row."""
    out = {}
    for split in splits:
        sel = (samples.labels == 0) & (samples.splits == split)
        rows, cols = samples.rows[sel], samples.cols[sel]
        if eligible is None or not rows.size:
            out[split] = set()
            continue
        ok = core_samples.mask_at(lambda window, s=split: eligible(window, s), rows, cols, grid)
        out[split] = set(zip(rows[~ok].tolist(), cols[~ok].tolist()))
    return out


def _random_rows_kept(rows, closed, feedback):
    """The negatives' rows without the 'random' ones on a closed cell (_ineligible_random); the log
    says how many were left out per split."""
    dropped = {}
    for item in rows:
        label, split, _values, row, col, _prior, _x, _y, kind = item
        if kind == KIND_RANDOM and (int(row), int(col)) in closed.get(split, ()):
            dropped[split] = dropped.get(split, 0) + 1
            continue
        yield item
    for split, n in dropped.items():
        feedback.pushWarning(
            _tr(
                "{} unlabeled {} cell(s) of the sample layer lie where negatives may not (an inventory cell, the "
                "exclusion buffer, off the study area or the unlabeled pool, another split's blocks): left out "
                "of the 'random' rows."
            ).format(n, split)
        )


def write_negatives(
    alg, parameters, context, feedback, result, samples, fields, grid, result_categorical=(), eligible=None
):
    """The negatives layer: landslides (when asked), reliable negatives ('rn') and, when asked, the
    sample layer's random unlabeled test (RANDOM_TEST) and training (RANDOM_TRAIN) cells ('random'),
    each row's kind in NEGATIVE_KIND. 'random' rows obey the negatives' rule (*eligible*) too."""
    include = alg.parameterAsBool(parameters, alg.INCLUDE_LANDSLIDES, context)
    random_splits = [
        split
        for split, name in (("train", alg.RANDOM_TRAIN), ("test", alg.RANDOM_TEST))
        if alg.parameterAsBool(parameters, name, context)
    ]
    closed = _ineligible_random(samples, random_splits, grid, eligible)
    is_cat = [i in set(result_categorical) for i in range(len(fields))]
    rows = (
        (x, y, [int(label), split] + _values(values, is_cat) + [int(row), int(col), float(prior), kind])
        for label, split, values, row, col, prior, x, y, kind in _random_rows_kept(
            spy.negative_rows(result, samples, grid, include, feedback, random_splits=random_splits),
            closed,
            feedback,
        )
    )
    crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
    out_fields = sample_fields(fields, prior=True, categorical=[fields[i] for i in result_categorical])
    out_fields.append(make_field(NEGATIVE_KIND, "str", 9))
    return write_points(alg, parameters, alg.OUTPUT, context, out_fields, crs, rows, feedback)


def write_summary(alg, parameters, context, result):
    """The PU summary table, or None when that output was not asked for."""
    if parameters.get(alg.SUMMARY) is None:
        return None
    rows = spy.summary_rows(result)
    return write_table(alg, parameters, alg.SUMMARY, context, spy.SUMMARY_COLUMNS, rows, required=True)
