"""core.fr_passes: the class passes of every factor of lsm:frequencyratio in lock step (one read of
the stack per pass), errors and cancel reaching every factor's thread without a hang."""

import threading

import numpy as np
import pytest
from landslide_susceptibility.core import fr_passes
from landslide_susceptibility.core import frequency_ratio as fr
from landslide_susceptibility.core import grid as grid_module
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import band_factors, check_grids
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal

SHAPE = (300, 310)


def _stack(path, arrays):
    h, w = arrays[0].shape
    options = ["INTERLEAVE=PIXEL", "TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(arrays), gdal.GDT_Float32, options)
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9500000.0, 0.0, -10.0))
    for b, a in enumerate(arrays, start=1):
        band = ds.GetRasterBand(b)
        band.SetNoDataValue(-9999.0)
        band.SetDescription(f"f{b}")
        band.WriteArray(a)
    ds = None
    return str(path)


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    rng = np.random.default_rng(11)
    arrays = [rng.gamma(2.0, 1.0 + j, SHAPE).astype(np.float32) for j in range(5)]
    arrays.append(rng.integers(1, 6, SHAPE).astype(np.float32))  # class codes
    return _stack(tmp_path_factory.mktemp("frpasses") / "stack.tif", arrays)


def _landslides():
    rng = np.random.default_rng(5)
    return rng.integers(0, SHAPE[0], 200), rng.integers(0, SHAPE[1], 200)


class _CountingReader(grid_module.FactorReader):
    reads = 0

    def read_window(self, window):
        type(self).reads += 1
        return super().read_window(window)


@pytest.mark.parametrize("method", ["jenks", "quantile", "equal"])
def test_every_pass_reads_the_stack_once_for_all_factors(stack, monkeypatch, method):
    factors = band_factors(stack, categorical=("f6",))
    grid = check_grids(factors)
    n_windows = len(grid_module.FactorReader(factors, grid).windows())
    monkeypatch.setattr(fr_passes, "FactorReader", _CountingReader)
    monkeypatch.setattr(fr, "FactorReader", _CountingReader)
    _CountingReader.reads = 0
    feedback = NullFeedback()
    rows, cols = _landslides()
    classes = fr._frequency_ratio(factors, grid, rows, cols, method, 5, None, feedback, None)
    message = next(m for m in feedback.messages if "pass(es) over the stack" in m)
    passes = int(message.split()[5])
    # Jenks: summary, histogram, refinement at most; quantiles: summary, histogram, edges' bins and
    # two for the GVF; the categorical factor takes part in the first only
    assert 2 <= passes <= (5 if method == "quantile" else 4)
    # the class areas come from what the passes saw (Jenks, quantiles, categories); equal intervals
    # need one more pass over the grid for them; the landslide cells' values: one more read
    extra = 1 if method == "equal" else 0
    assert ("counted in one more" in message) == (method == "equal")
    landslide_reads = len(np.unique(rows // (grid_module.DEFAULT_BLOCK_CELLS // SHAPE[1])))
    assert _CountingReader.reads == (passes + extra) * n_windows + landslide_reads  # not passes x factors
    # the same classes and cells as the one-read scan path
    scan = fr.frequency_ratio(factors, rows, cols, method, 5)
    for a, b in zip(classes, scan):
        if a.categorical:
            np.testing.assert_array_equal(a.levels, b.levels)
        else:
            np.testing.assert_array_equal(a.edges, b.edges)
        np.testing.assert_array_equal(a.cells, b.cells)
        np.testing.assert_array_equal(a.landslide_cells, b.landslide_cells)


def test_a_factor_error_is_raised_in_factor_order_and_the_others_finish(stack, tmp_path):
    rng = np.random.default_rng(2)
    flat = np.full(SHAPE, 3.0, dtype=np.float32)  # zero variance: an LsmError for this factor
    many = rng.integers(0, 500, SHAPE).astype(np.float32)  # too many categories
    path = _stack(tmp_path / "bad.tif", [rng.random(SHAPE).astype(np.float32), flat, many])
    factors = band_factors(path, categorical=("f3",))
    grid = check_grids(factors)
    rows, cols = _landslides()
    with pytest.raises(LsmError, match="Factor 'f2': .*1 distinct value"):
        fr._frequency_ratio(factors, grid, rows, cols, "jenks", 5, None, NullFeedback(), None)
    with pytest.raises(LsmError, match="f3"):
        fr._frequency_ratio(factors[2:], grid, rows, cols, "jenks", 5, None, NullFeedback(), None)


class _CancelAfter(NullFeedback):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.calls = 0

    def isCanceled(self):  # noqa: N802
        self.calls += 1
        return self.calls > self.n


@pytest.mark.parametrize("after", [0, 1, 2])  # 3 calls at least: 2 lock-step passes, 1 area pass
def test_cancel_at_any_point_stops_every_thread(stack, after):
    factors = band_factors(stack, categorical=("f6",))
    grid = check_grids(factors)
    rows, cols = _landslides()
    before = threading.active_count()
    with pytest.raises(Canceled):
        fr._frequency_ratio(factors, grid, rows, cols, "jenks", 5, None, _CancelAfter(after), None)
    assert threading.active_count() == before  # the factors' threads have ended


def test_a_factor_that_stops_reading_does_not_block_the_pass(stack):
    factors = band_factors(stack)[:3]
    grid = check_grids(factors)

    def work(j, chunks):
        total = 0
        for part in fr.jenks_module.chunk_parts(chunks, _size):
            total += part
            if j == 0:
                break  # stops after the first block; the pass goes on for the others
        return total

    results, passes = fr_passes.run_together(factors, grid, None, None, NullFeedback(), work)
    assert passes == 1
    assert results[0] < results[1] == results[2] == SHAPE[0] * SHAPE[1]


def _size(values, _weights):
    return values.size
