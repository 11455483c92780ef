"""Scale: GDAL cache budget, one-band reads of pixel-interleaved stacks, and the raster-wide steps
(lsm:jenksclassify, lsm:ratecurves, lsm:frequencyratio) on a local Dask cluster of 2 workers giving
exactly the results of the local run."""

import os

import numpy as np
import pytest
from landslide_susceptibility.core import classing, gdal_cache
from landslide_susceptibility.core import frequency_ratio as fr
from landslide_susceptibility.core.dask_blocks import BlockRunner
from landslide_susceptibility.core.grid import (
    Factor,
    FactorReader,
    band_factors,
    one_band_reads,
    pixel_interleaved,
)
from landslide_susceptibility.core.ratecurves import rate_curves
from landslide_susceptibility.core.samples import RasterMask
from osgeo import gdal, osr


def write_stack(path, arrays, interleave="PIXEL", block=64, nodata=-9999.0):
    h, w = arrays[0].shape
    options = [f"INTERLEAVE={interleave}", "COMPRESS=DEFLATE"]
    if block:
        options += ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}"]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(arrays), gdal.GDT_Float32, options)
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9000000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds.SetProjection(srs.ExportToWkt())
    for b, a in enumerate(arrays, start=1):
        band = ds.GetRasterBand(b)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.SetDescription(f"f{b}")
        band.WriteArray(a)
    ds = None
    return str(path)


def stack_arrays(shape=(600, 620), seed=0):
    """Three bands: continuous (many distinct values: the histogram path of Jenks), skewed, and
    quantised; a nodata strip in band 1 and a NaN in band 2."""
    rng = np.random.default_rng(seed)
    a = rng.beta(0.6, 2.5, shape).astype(np.float32)
    b = rng.lognormal(0, 1.5, shape).astype(np.float32)
    c = (np.round(rng.beta(2, 2, shape) * 40) / 40).astype(np.float32)
    a[:, :30] = -9999.0
    b[10, 10] = np.nan
    return [a, b, c]


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    return write_stack(tmp_path_factory.mktemp("scale") / "stack.tif", stack_arrays())


# -- GDAL cache budget ---------------------------------------------------------------------------


def test_cache_budget_caps_and_restores():
    before = gdal.GetCacheMax()
    gdal.SetCacheMax(512 * 1024 * 1024)
    try:
        with gdal_cache.gdal_cache_budget(64) as budget:
            assert budget == 64 * 1024 * 1024 == gdal.GetCacheMax()
            with gdal_cache.gdal_cache_budget(128):
                assert gdal.GetCacheMax() == 64 * 1024 * 1024  # a smaller cap is never raised
            assert gdal.GetCacheMax() == 64 * 1024 * 1024  # the inner budget did not restore early
        assert gdal.GetCacheMax() == 512 * 1024 * 1024
        with pytest.raises(RuntimeError):
            with gdal_cache.gdal_cache_budget(32):
                raise RuntimeError("boom")
        assert gdal.GetCacheMax() == 512 * 1024 * 1024
        used, cap = gdal_cache.cache_stats()
        assert cap == 512 * 1024 * 1024 and used >= 0
    finally:
        gdal.SetCacheMax(before)


# -- one-band reads ------------------------------------------------------------------------------


def test_pixel_interleaved_detection(tmp_path, stack):
    arrays = stack_arrays((40, 40))
    assert pixel_interleaved(stack)
    assert not pixel_interleaved(write_stack(tmp_path / "band.tif", arrays, interleave="BAND"))
    assert not pixel_interleaved(write_stack(tmp_path / "one.tif", arrays[:1]))


def test_one_band_copies_read_the_same_values_and_are_removed(stack):
    factors = band_factors(stack)
    original = FactorReader(factors)
    with one_band_reads(factors) as copies:
        assert [f.name for f in copies] == [f.name for f in factors]
        assert all(f.band == 1 and f.path != stack for f in copies)
        folder = os.path.dirname(copies[0].path)
        copied = FactorReader(copies)
        assert copied.windows() == original.windows()
        for window in original.windows():
            X0, v0 = original.read_window(window)
            X1, v1 = copied.read_window(window)
            np.testing.assert_array_equal(X0, X1)
            np.testing.assert_array_equal(v0, v1)
    assert not os.path.exists(folder)


def test_one_band_reads_leave_single_band_files_alone(tmp_path):
    path = write_stack(tmp_path / "one.tif", stack_arrays((40, 40))[:1])
    factors = [Factor("one", path, 1)]
    with one_band_reads(factors) as same:
        assert same == factors


def test_classing_through_the_one_band_copy_equals_the_stack(tmp_path, stack):
    direct = classing.compute_breaks(stack, 2, "jenks", 5)
    counts_direct = classing.write_classes(stack, 2, direct.breaks, tmp_path / "a.tif")
    with classing.band_reads(stack, 2) as read:
        assert read != (stack, 2)
        copied = classing.compute_breaks(stack, 2, "jenks", 5, read=read)
        counts_copied = classing.write_classes(*read, copied.breaks, tmp_path / "b.tif")
    np.testing.assert_array_equal(direct.breaks, copied.breaks)
    assert direct.gvf == copied.gvf and direct.notes == copied.notes
    np.testing.assert_array_equal(counts_direct, counts_copied)
    np.testing.assert_array_equal(
        gdal.Open(str(tmp_path / "a.tif")).ReadAsArray(), gdal.Open(str(tmp_path / "b.tif")).ReadAsArray()
    )


def test_nodata_marker_note_kept_without_its_own_pass(tmp_path):
    a = stack_arrays((50, 50))[0]  # -9999 strip, declared nodata below: none
    path = write_stack(tmp_path / "untagged.tif", [a, a], nodata=None)
    with classing.band_reads(path, 1) as read:
        result = classing.compute_breaks(path, 1, "equal", 3, read=read)
    assert result.notes[0].startswith("WARNING") and "-9999" in result.notes[0]


# -- Dask: same results as here ------------------------------------------------------------------


def test_jenks_classes_on_the_cluster_equal_the_local_run(dask_cluster, stack, tmp_path):
    local = classing.classify_raster(stack, 2, "jenks", 5, tmp_path / "local.tif")
    distinct_local = classing.DistinctCounter()
    classing.write_classes(stack, 3, local[0].breaks, tmp_path / "l3.tif", distinct=distinct_local)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = classing.classify_raster(stack, 2, "jenks", 5, tmp_path / "dask.tif", runner=runner)
        distinct_remote = classing.DistinctCounter()
        classing.write_classes(
            stack, 3, local[0].breaks, tmp_path / "d3.tif", distinct=distinct_remote, runner=runner
        )
    assert "histogram" in remote[0].notes[-1]  # the refinement path: histograms merged on the client
    np.testing.assert_array_equal(local[0].breaks, remote[0].breaks)
    assert local[0].gvf == remote[0].gvf and local[0].sse == remote[0].sse
    np.testing.assert_array_equal(local[1], remote[1])
    np.testing.assert_array_equal(
        gdal.Open(str(tmp_path / "local.tif")).ReadAsArray(),
        gdal.Open(str(tmp_path / "dask.tif")).ReadAsArray(),
    )
    assert distinct_local.count == distinct_remote.count == 41
    # blocks as tasks: both workers ran some
    assert len(runner.tasks_per_worker) == 2 and min(runner.tasks_per_worker.values()) > 0


@pytest.mark.parametrize("method", ["equal", "quantile"])
def test_other_methods_on_the_cluster(dask_cluster, stack, method):
    local = classing.compute_breaks(stack, 1, method, 4)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = classing.compute_breaks(stack, 1, method, 4, runner=runner)
    np.testing.assert_array_equal(local.breaks, remote.breaks)
    assert local.gvf == remote.gvf


def test_a_raster_written_again_at_the_same_path_is_read_anew_on_the_cluster(dask_cluster, tmp_path):
    """Workers keep open datasets between tasks; a file changed since is opened again."""
    path = tmp_path / "again.tif"
    first, second = stack_arrays(seed=1), stack_arrays(seed=2)
    second[1] = second[1] * 3.0
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        write_stack(path, first)
        local_before = classing.compute_breaks(str(path), 2, "jenks", 5).breaks
        before = classing.compute_breaks(str(path), 2, "jenks", 5, runner=runner).breaks
        write_stack(path, second)
        after = classing.compute_breaks(str(path), 2, "jenks", 5, runner=runner).breaks
    np.testing.assert_array_equal(before, local_before)
    np.testing.assert_array_equal(after, classing.compute_breaks(str(path), 2, "jenks", 5).breaks)
    assert not np.array_equal(before, after)


def test_worker_cache_rebuilds_when_the_file_changes(tmp_path):
    from landslide_susceptibility.core.dask_blocks import worker_cached

    path = tmp_path / "f.txt"
    path.write_text("a")
    built = []

    def factory():
        built.append(path.read_text())
        return built[-1]

    key = ("test-cache", str(path))
    assert worker_cached(key, factory, (str(path),)) == "a"
    assert worker_cached(key, factory, (str(path),)) == "a" and len(built) == 1
    path.write_text("bb")
    assert worker_cached(key, factory, (str(path),)) == "bb" and len(built) == 2


def test_rate_curves_on_the_cluster_equal_the_local_run(dask_cluster, stack, tmp_path):
    rng = np.random.default_rng(3)
    sets = {"test": (rng.integers(0, 600, 300), rng.integers(0, 620, 300))}
    mask = write_stack(
        tmp_path / "mask.tif", [(rng.random((600, 620)) > 0.2).astype(np.float32)], nodata=None
    )
    local = rate_curves(stack, sets, mask=mask, band=2, block_cells=20000)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = rate_curves(stack, sets, mask=mask, band=2, block_cells=20000, runner=runner)
    a, b = local.curves["test"], remote.curves["test"]
    assert a.auc == b.auc and local.n_area_cells == remote.n_area_cells > 0
    np.testing.assert_array_equal(a.area_share, b.area_share)
    np.testing.assert_array_equal(a.landslide_share, b.landslide_share)
    assert sum(runner.tasks_per_worker.values()) > 1


@pytest.mark.parametrize("masked", [False, True], ids=["whole grid", "study area raster"])
def test_frequency_ratio_on_the_cluster_equals_the_local_run(dask_cluster, tmp_path, masked):
    arrays = stack_arrays()
    arrays[2] = arrays[2] * 40  # class codes 0..40: a categorical factor
    factors = band_factors(write_stack(tmp_path / "fr.tif", arrays), categorical=("f3",))
    rng = np.random.default_rng(4)
    rows, cols = rng.integers(0, 600, 400), rng.integers(0, 620, 400)
    mask = None
    if masked:  # an open raster (a study area): it travels to the workers as its path
        study = (rng.random((600, 620)) > 0.3).astype(np.float32)
        mask = RasterMask(write_stack(tmp_path / "study.tif", [study], nodata=None))
    local = fr.frequency_ratio(factors, rows, cols, "jenks", 5, mask)
    # the same factors as separate single-band files (no one-band copies): the same classes
    singles = [
        Factor(f.name, write_stack(tmp_path / f"{f.name}.tif", [arrays[i]]), 1, f.categorical)
        for i, f in enumerate(factors)
    ]
    separate = fr.frequency_ratio(singles, rows, cols, "jenks", 5, mask)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = fr.frequency_ratio(factors, rows, cols, "jenks", 5, mask, runner=runner)
    for a, b, c in zip(local, remote, separate):
        assert a.name == b.name == c.name
        for got in (b, c):
            if a.categorical:
                np.testing.assert_array_equal(a.levels, got.levels)
            else:
                np.testing.assert_array_equal(a.edges, got.edges)
            np.testing.assert_array_equal(a.cells, got.cells)
            np.testing.assert_array_equal(a.landslide_cells, got.landslide_cells)
    assert len(runner.tasks_per_worker) == 2
    assert sum(a.cells.sum() for a in local) < (0.8 if masked else 1.01) * 600 * 620 * len(local)
    mask = None  # its raster closed before the folder goes


def test_no_copies_without_the_disk_space(monkeypatch, stack):
    from landslide_susceptibility.core import grid as grid_module
    from landslide_susceptibility.core.progress import NullFeedback

    monkeypatch.setattr(grid_module, "SCRATCH_RESERVE", 1 << 62)
    feedback = NullFeedback()
    factors = band_factors(stack)
    with one_band_reads(factors, feedback=feedback) as same:
        assert same == factors
    assert "Not enough free space" in feedback.messages[0]
