"""The prior susceptibility maps of lsm:spysampling: core.grid.predict_to_raster with the output
compressed at DEFLATE level 1 (kept as core.pu's entry point; core.pu_cluster writes the same file).

core.grid.predict_to_raster reads the next window ahead (core.grid.FactorReader: each file once per
window, all its bands at once, as C-contiguous float32 rows) and writes the previous one behind, so
the model's thread only runs the model. Where the time of the scoring step goes:
bench/bench_scale.py (scoring vs the forest's own predict_proba) and the note of issue 21.
"""

from .grid import DEFAULT_BLOCK_CELLS
from .grid import predict_to_raster as _predict_to_raster

#: DEFLATE level of the prior maps: scores barely compress (measured on a 4000^2 map: 52 MB at
#: level 1, 51 MB at the default 6, for 0.6 s of CPU instead of 1.5 s, the time the model's thread
#: loses to the writer on a busy machine)
PRIOR_ZLEVEL = 1


def predict_to_raster(
    factors,
    predict_fn,
    out_path,
    feedback=None,
    target_cells=DEFAULT_BLOCK_CELLS,
    grid=None,
    mask_fn=None,
    description="susceptibility",
):
    """core.grid.predict_to_raster at DEFLATE level PRIOR_ZLEVEL; returns (grid, n_valid)."""
    return _predict_to_raster(
        factors,
        predict_fn,
        out_path,
        feedback,
        target_cells=target_cells,
        grid=grid,
        mask_fn=mask_fn,
        description=description,
        zlevel=PRIOR_ZLEVEL,
    )
