"""Do the factor rasters give a sample layer's factor values at its cells?

check_sample_values(factors, rows, cols, values, layer_name, grid=None, rtol=1e-5, atol=1e-6)
    Reads the factors (core.grid.Factor, in the order of *values*' columns) at the samples' cells
    (row, col of the factors' grid) and raises LsmError naming the factor(s), how many samples
    differ and one example when a stored value is not the raster's (within the float tolerance of
    a Float32 round trip), or when a cell is outside the grid. A NULL stored value is skipped; a
    stored value on a raster nodata cell counts as a difference. Used before a prior map is built
    from rasters other than those the sample layer was built from (a constant raster, another
    resolution, the factors in another order).
"""

import numpy as np

from .errors import LsmError
from .grid import FactorReader


def _outside(rows, cols, grid):
    return (rows < 0) | (cols < 0) | (rows >= grid.height) | (cols >= grid.width)


def check_sample_values(factors, rows, cols, values, layer_name, grid=None, rtol=1e-5, atol=1e-6):
    """See the module docstring."""
    reader = FactorReader(factors, grid)
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    values = np.asarray(values, dtype=np.float64).reshape(rows.size, len(reader.factors))
    outside = _outside(rows, cols, reader.grid)
    if outside.any():
        raise LsmError(
            "{} sample(s) of '{}' have a row/col outside the factor rasters' grid ({} x {} cells): the "
            "factor rasters are not those the sample layer was built from. Use the same rasters as in "
            "lsm:buildsamples, or build the samples again.".format(
                int(outside.sum()), layer_name, reader.grid.height, reader.grid.width
            )
        )
    raster = reader.read_cells(rows, cols)
    stored = np.isfinite(values)
    same = np.isclose(raster, values, rtol=rtol, atol=atol) & np.isfinite(raster)
    differs = stored & ~same
    bad = [j for j in range(values.shape[1]) if differs[:, j].any()]
    if not bad:
        return
    j = bad[0]
    i = int(np.flatnonzero(differs[:, j])[0])
    raise LsmError(
        "The factor rasters do not give the values stored in '{}': they differ for {}; e.g. '{}' at row {}, "
        "col {}: {:g} in the layer, {} in the raster. Use the factor rasters the sample layer was built "
        "from (same files, same order of names), or build the samples again with lsm:buildsamples.".format(
            layer_name,
            ", ".join(
                f"'{reader.factors[k].name}' at {int(differs[:, k].sum())} of {rows.size} samples"
                for k in bad
            ),
            reader.factors[j].name,
            int(rows[i]),
            int(cols[i]),
            values[i, j],
            "nodata" if not np.isfinite(raster[i, j]) else f"{raster[i, j]:g}",
        )
    )
