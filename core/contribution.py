"""Factor contribution maps: the SHAP value of chosen factors at every cell, streamed block by block.

Why a module of its own: a susceptibility map says how likely a cell is; a contribution map says
which factor pushes it up or down there (issue 19). Like core.predict, nothing holds a whole raster:
blocks aligned to the factor rasters' own layout are read with GDAL (the next one while this one is
explained), only cells where every factor has a value (inside the mask, categorical values known at
training) are explained, and each block is written into a multi-band Float32 GeoTIFF (one band per
chosen factor, the band description its name, nodata FLOAT_NODATA) under a temporary name that
replaces the target only on success (core.grid.atomic_path): an error or cancel leaves nothing.

Explainers (core.explain.make_explainer, made once for the whole map): the exact TreeExplainer for
forests and LightGBM (forests: probability, LightGBM: log-odds); every other model a sampled
permutation explainer whose background is *n_background* valid cells drawn with the seed from a few
random rows of the grid (approximate and slow: thousands of model calls per cell). The dataset's
metadata holds SHAP_BASE_VALUE, SHAP_SCALE and SHAP_METHOD: base value + sum of the bands of every
factor = the model output of the cell (the largest deviation over the map is in the summary).

API:
  contribution_map(bundle, factors, out_path, selected=None, mask=None, block_cells=..., n_background=100,
      seed=None, max_evals=None, feedback=None) -> ContributionSummary
  explain_block(explainer, X, valid, categories, feedback=None)
      -> (values (cells, n_factors) or None, explained cells, n_unknown, additivity error, base value)
"""

from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .explain import make_explainer
from .grid import FLOAT_NODATA, FactorReader, atomic_path, check_grids, create_geotiff
from .parallel import imap_ahead
from .predict import (
    _categories,
    bounded_gdal_cache,
    bundle_grid_warnings,
    gdal_cache_bytes,
    match_factors,
    open_bundles,
)
from .predict_models import _read_block
from .progress import SubProgress, check_canceled, ensure_feedback

#: background cells of the sampled explainer and the grid rows they are drawn from
DEFAULT_BACKGROUND = 100
BACKGROUND_ROWS = 64
#: default cells per block (smaller than predictraster's: SHAP costs far more per cell)
DEFAULT_CONTRIBUTION_BLOCK = 65536


@dataclass
class ContributionSummary:
    """What a contribution map run did."""

    factors: list
    bands: list
    method: str = ""
    scale: str = ""
    base_value: float = float("nan")
    n_valid: int = 0
    n_unknown_categories: int = 0
    n_blocks: int = 0
    max_additivity_error: float = 0.0
    #: largest |SHAP value| of each band (symmetric colour ramps)
    max_abs: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


def _known(X, valid, categories):
    """*valid* and-ed with 'every categorical value was seen at training'; (ok, n_unknown)."""
    n_unknown = 0
    for column, known in categories.items():
        ok = np.isin(X[:, column], known)
        n_unknown += int((valid & ~ok).sum())
        valid = valid & ok
    return valid, n_unknown


def explain_block(explainer, X, valid, categories, feedback=None):
    """(SHAP values (cells, n_factors) with NaN off the explained cells or None when none,
    explained cells, unknown-category cells, largest additivity error, base value) of one block."""
    ok, n_unknown = _known(X, valid, categories)
    if not ok.any():
        return None, ok, n_unknown, 0.0, float("nan")
    explanation = explainer.explain(np.asarray(X[ok], dtype=np.float64), feedback)
    values = np.full((X.shape[0], len(explainer.factors)), np.nan)
    values[ok] = explanation.values
    return values, ok, n_unknown, explanation.max_additivity_error, float(np.mean(explanation.base))


def _background(reader, grid, mask, categories, n, seed):
    """*n* valid cells (float64 rows) drawn with *seed* from BACKGROUND_ROWS random grid rows."""
    rng = np.random.default_rng(seed)
    rows = np.sort(rng.choice(grid.height, size=min(grid.height, BACKGROUND_ROWS), replace=False))
    pooled = []
    for row in rows:
        X, valid = _read_block(reader, grid, (0, int(row), grid.width, 1), mask)
        if X is not None:
            ok, _ = _known(X, valid, categories)
            pooled.append(X[ok])
    pooled = np.vstack(pooled) if pooled else np.zeros((0, len(reader.factors)))
    if pooled.shape[0] == 0:
        raise LsmError(
            "No valid cell was found for the background of the sampled explainer: check the factors' "
            "nodata and the mask."
        )
    take = rng.choice(pooled.shape[0], size=min(int(n), pooled.shape[0]), replace=False)
    return pooled[np.sort(take)].astype(np.float64)


def _selected(names, selected):
    if not selected:
        return list(names)
    unknown = [s for s in selected if s not in names]
    if unknown:
        raise LsmError(
            "Factor(s) {} are not factors of the model bundle (its factors: {}): choose among them.".format(
                ", ".join(unknown), ", ".join(names)
            )
        )
    return [n for n in names if n in set(selected)]


def contribution_map(
    bundle,
    factors,
    out_path,
    selected=None,
    mask=None,
    block_cells=DEFAULT_CONTRIBUTION_BLOCK,
    n_background=DEFAULT_BACKGROUND,
    seed=None,
    max_evals=None,
    feedback=None,
):
    """Write the SHAP values of the *selected* factors (all when empty) of *bundle* (a path or
    Bundle) over *factors* (core.grid.Factor, named as in the bundle) into *out_path*."""
    feedback = ensure_feedback(feedback)
    bundle = open_bundles([bundle])[0]
    ordered, _columns, extra = match_factors([bundle], factors)
    grid = check_grids(ordered)
    names = [f.name for f in ordered]
    bands = _selected(names, selected)
    summary = ContributionSummary(factors=names, bands=bands, max_abs=[0.0] * len(bands))
    summary.warnings.extend(bundle_grid_warnings(bundle, grid))
    if extra:
        summary.warnings.append(
            "Raster(s) {} are not used by the model and were ignored.".format(", ".join(extra))
        )
    categories = _categories([bundle], names)
    reader = FactorReader(ordered, grid)
    background = None
    if _needs_background(bundle.model, names):
        background = _background(reader, grid, mask, categories, n_background, seed)
    explainer = make_explainer(bundle.model, names, background, seed, max_evals)
    summary.method, summary.scale = explainer.method, explainer.scale
    with bounded_gdal_cache(gdal_cache_bytes(ordered, block_cells)):
        _stream(explainer, ordered, grid, reader, out_path, mask, categories, block_cells, feedback, summary)
    if summary.n_unknown_categories:
        summary.warnings.append(
            f"{summary.n_unknown_categories} cell(s) have categorical factor values not seen at training; "
            "they are nodata in the maps."
        )
    return summary


def _needs_background(model, names):
    """True when the model is no tree model shap explains exactly (make_explainer without background fails)."""
    from .explain import _column_groups, _split, _tree_kind

    transforms, final = _split(model)
    kind = _tree_kind(final)
    return not (kind and _column_groups(transforms, len(names)) is not None)


def _stream(explainer, ordered, grid, reader, out_path, mask, categories, block_cells, feedback, summary):
    windows = reader.windows(block_cells)
    summary.n_blocks = len(windows)
    prefetch = FactorReader(ordered, grid)
    band_index = [summary.factors.index(name) for name in summary.bands]
    with atomic_path(out_path) as tmp:
        ds = create_geotiff(tmp, grid, bands=len(band_index), descriptions=summary.bands)
        try:
            with imap_ahead(lambda w: _read_block(prefetch, grid, w, mask), windows) as blocks:
                for i, (window, (X, valid)) in enumerate(zip(windows, blocks)):
                    check_canceled(feedback)
                    progress = SubProgress(feedback, 100.0 * i / len(windows), 100.0 * (i + 1) / len(windows))
                    values = _explain_window(explainer, X, valid, categories, progress, summary)
                    _write_block(ds, window, values, band_index, summary)
                    feedback.setProgress(100.0 * (i + 1) / len(windows))
            if summary.n_valid == 0:
                raise LsmError(
                    "No cell has a value in every factor{}: the contribution maps would be empty.".format(
                        " inside the mask" if mask is not None else ""
                    )
                )
            ds.SetMetadataItem("SHAP_BASE_VALUE", repr(summary.base_value))
            ds.SetMetadataItem("SHAP_SCALE", summary.scale)
            ds.SetMetadataItem("SHAP_METHOD", summary.method)
            ds.FlushCache()
        finally:
            ds = None


def _explain_window(explainer, X, valid, categories, feedback, summary):
    """SHAP values of a window's cells (None when none is explained), counted into *summary*.

    Kept apart from the writing: the frames that run the model and shap never hold the output dataset
    (a frame kept alive by a library, e.g. through a stored exception, would keep the GeoTIFF open
    and unflushed after the run)."""
    if X is None:
        return None
    values, ok, n_unknown, error, base = explain_block(explainer, X, valid, categories, feedback)
    if ok.any():
        summary.base_value = base
    summary.n_unknown_categories += n_unknown
    summary.n_valid += int(ok.sum())
    if not np.isfinite(error):
        raise LsmError(
            "The explainer gave non-finite SHAP values (NaN or infinite): the model's output is not finite "
            "on some cells of the factor rasters."
        )
    summary.max_additivity_error = max(summary.max_additivity_error, error)
    return values


def _write_block(ds, window, values, band_index, summary):
    xoff, yoff, xs, ys = window
    for b, j in enumerate(band_index, start=1):
        out = np.full(xs * ys, FLOAT_NODATA, dtype=np.float32)
        if values is not None:
            column = values[:, j]
            finite = np.isfinite(column)
            out[finite] = column[finite]
            if finite.any():
                summary.max_abs[b - 1] = max(summary.max_abs[b - 1], float(np.abs(column[finite]).max()))
        ds.GetRasterBand(b).WriteArray(out.reshape(ys, xs), xoff, yoff)
