"""Sample building (core.samples): Ecuador values, disjoint PU pools, polygons, grids, errors."""

import numpy as np
import pytest
from landslide_susceptibility.core import cellkeys, samples
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor, check_grids
from osgeo import gdal, ogr

NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def _inventory(sample_dir):
    ds = ogr.Open(str(sample_dir / "landslides.gpkg"))
    xy, values = [], []
    for feature in ds.GetLayer():
        g = feature.GetGeometryRef()
        xy.append((g.GetX(), g.GetY()))
        values.append([feature[n] for n in NAMES])
    return np.array(xy), np.array(values)


@pytest.fixture(scope="module")
def ecuador(factor_paths, sample_dir):
    factors = [Factor(n, factor_paths[n]) for n in NAMES]
    grid = check_grids(factors)
    xy, values = _inventory(sample_dir)
    return factors, grid, xy, values


def test_ecuador_reproduces_stored_values_and_keeps_pools_disjoint(ecuador):
    factors, grid, xy, stored = ecuador
    cells = samples.cells_from_points(xy, grid)
    table = samples.build_samples(factors, cells, grid, ratio=3.0, buffer=15.0, seed=11)
    c = table.counts
    assert c["train_landslides"] == 122 and c["test_landslides"] == 53  # round(0.7 * 175)
    assert c["train_unlabeled"] == 366 and c["test_unlabeled"] == 159  # 3 per landslide, same ratio per set
    assert c["dropped_landslide_cells"] == 0
    positive = table.label == 1
    row, col = grid.rowcol(xy[:, 0], xy[:, 1])
    index = {(r, cc): i for i, (r, cc) in enumerate(zip(table.rows, table.cols))}
    got = table.X[[index[(r, cc)] for r, cc in zip(row, col)]]
    # float32 raster values against the values stored with the points (elev stored to 3 decimals)
    np.testing.assert_allclose(got, stored, rtol=1e-4, atol=1e-4)
    assert positive[[index[(r, cc)] for r, cc in zip(row, col)]].all()
    cell_ids = table.rows * grid.width + table.cols
    train, test = set(cell_ids[table.split == "train"]), set(cell_ids[table.split == "test"])
    assert len(train) + len(test) == cell_ids.size  # no repetition within a set either
    assert not train & test
    # no unlabeled cell within 15 m (centre to centre) of a landslide cell
    unl_r, unl_c = table.rows[~positive], table.cols[~positive]
    d2 = (unl_r[:, None] - row[None, :]) ** 2 + (unl_c[:, None] - col[None, :]) ** 2
    assert d2.min() * 100.0 > 15.0**2
    # unlabeled values are the raster values at their cells
    direct = np.column_stack([gdal.Open(f.path).ReadAsArray()[unl_r, unl_c] for f in factors])
    np.testing.assert_array_equal(table.X[~positive], direct.astype(np.float64))
    # points at cell centres
    x, y = grid.xy(table.rows, table.cols)
    np.testing.assert_allclose(table.x, x)
    np.testing.assert_allclose(table.y, y)


def test_draw_is_the_smallest_keys_of_each_pool_whatever_the_blocks(ecuador):
    factors, grid, xy, _ = ecuador
    cells = samples.cells_from_points(xy, grid)
    a = samples.build_samples(factors, cells, grid, n_unlabeled=200, seed=5, target_cells=7000)
    b = samples.build_samples(factors, cells, grid, n_unlabeled=200, seed=5)
    np.testing.assert_array_equal(a.rows, b.rows)
    np.testing.assert_array_equal(a.cols, b.cols)
    np.testing.assert_array_equal(a.split, b.split)
    # brute force over the whole grid: valid cells not on a landslide, pool by hash, smallest keys
    stack = np.stack([gdal.Open(f.path).ReadAsArray() for f in factors])
    valid = np.isfinite(stack).all(axis=0).ravel()
    ids = np.arange(grid.n_cells)
    row, col = grid.rowcol(xy[:, 0], xy[:, 1])
    valid[row * grid.width + col] = False
    candidates = ids[valid]
    seeds = samples.draw_seeds(5)
    keys = cellkeys.cell_keys(candidates, seeds.key)
    to_train = cellkeys.unit_uniform(candidates, seeds.pool) < 0.7
    n_train = a.counts["train_unlabeled"]
    expected_train = candidates[to_train][np.argsort(keys[to_train])[:n_train]]
    got_train = (a.rows * grid.width + a.cols)[(a.label == 0) & (a.split == "train")]
    np.testing.assert_array_equal(got_train, expected_train)
    assert n_train + a.counts["test_unlabeled"] == 200
    # another seed draws other cells
    c = samples.build_samples(factors, cells, grid, n_unlabeled=200, seed=6)
    assert set(c.rows * grid.width + c.cols) != set(a.rows * grid.width + a.cols)


def test_spatial_split_blocks_are_disjoint(ecuador):
    factors, grid, xy, _ = ecuador
    cells = samples.cells_from_points(xy, grid)
    table = samples.build_samples(factors, cells, grid, split_mode="spatial", block_size=400.0, seed=2)
    blocks = (table.rows // 40) * 1000 + table.cols // 40
    for block in np.unique(blocks):
        assert np.unique(table.split[blocks == block]).size == 1
    test_share = table.counts["test_landslides"] / 175
    assert 0.3 <= test_share < 0.5  # whole blocks: at least the asked 30 %


def _synthetic(tmp_path, h=30, w=40):
    gt = (1000.0, 10.0, 0.0, 5000.0, 0.0, -10.0)
    rng = np.random.default_rng(0)
    paths = {}
    dem = np.add.outer(np.arange(h) * 2.0, np.arange(w) * 1.0).astype(np.float32)  # rises to the south-east
    for name, arr in (("dem", dem), ("noise", rng.normal(size=(h, w)).astype(np.float32))):
        path = str(tmp_path / f"{name}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(path, w, h, 1, gdal.GDT_Float32)
        ds.SetGeoTransform(gt)
        ds.GetRasterBand(1).WriteArray(arr)
        ds = None
        paths[name] = path
    return paths, gt


def _square(x0, y0, size):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)):
        ring.AddPoint_2D(x, y)
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return bytes(poly.ExportToWkb())


def test_polygon_modes(tmp_path):
    paths, gt = _synthetic(tmp_path)
    factors = [Factor("dem", paths["dem"]), Factor("noise", paths["noise"])]
    grid = check_grids(factors)
    # 12 squares of 3 x 3 cells (30 m) and one polygon smaller than a cell
    wkbs = [_square(1000 + 60 * (i % 6), 5000 - 60 - 120 * (i // 6), 30) for i in range(12)]
    wkbs.append(_square(1001, 4701, 2))  # inside cell (29, 0), covering no cell centre
    wkbs.append(_square(1010, 4950, 30))  # overlaps square 0 on 2 x 2 cells: both keep their 9 cells
    every = samples.cells_from_polygons(wkbs, grid, "every")
    assert np.bincount(every.unit[every.unit != 12]).tolist() == [9] * 12 + [0, 9]
    assert any("smaller than a cell" in n for n in every.notes)
    highest = samples.cells_from_polygons(wkbs, grid, "highest", Factor("dem", paths["dem"]))
    first = np.flatnonzero(highest.unit == 0)[0]
    # square 0 covers rows 3..5, cols 0..2; the DEM rises to the south-east: highest cell (5, 2)
    assert (highest.rows[first], highest.cols[first]) == (5, 2)
    centroid = samples.cells_from_polygons(wkbs, grid, "centroid")
    first = np.flatnonzero(centroid.unit == 0)[0]
    assert (centroid.rows[first], centroid.cols[first]) == (4, 1)
    # every polygon cell stays out of the unlabeled draw, and units are split whole
    table = samples.build_samples(factors, every, grid, ratio=1.0, seed=1)
    polygon_cells = set(every.exclude_rows * grid.width + every.exclude_cols)
    unl = table.rows[table.label == 0] * grid.width + table.cols[table.label == 0]
    assert not polygon_cells & set(unl)
    pos = table.label == 1
    pos_cells = table.rows[pos] * grid.width + table.cols[pos]
    unit_of = dict(zip(every.rows * grid.width + every.cols, every.unit))
    for u in range(12):
        assert np.unique(table.split[pos][[unit_of[c] == u for c in pos_cells]]).size == 1
    with pytest.raises(LsmError, match="DEM"):
        samples.cells_from_polygons(wkbs, grid, "highest")


def test_study_area_and_errors(tmp_path, ecuador):
    factors, grid, xy, _ = ecuador
    xmin, ymin, xmax, ymax = grid.extent
    half = _square(xmin, ymin, (xmax - xmin) / 2)  # square on the south-west, clipped by the grid
    mask = samples.polygon_mask([half], grid, str(tmp_path), "study area")
    cells = samples.cells_from_points(xy, grid)
    table = samples.build_samples(factors, cells, grid, study_mask=mask, seed=3)
    # a cell whose centre lies on the square's edge belongs to it (GDAL burns it): <=, not <
    inside = (table.x <= xmin + (xmax - xmin) / 2) & (table.y <= ymin + (xmax - xmin) / 2)
    assert inside.all()
    assert any("outside the study area" in n for n in table.notes)
    few = samples.cells_from_points(xy[:9], grid)
    with pytest.raises(LsmError, match="at least 10"):
        samples.build_samples(factors, few, grid)
    away = samples.cells_from_points(xy + 1e6, grid)
    with pytest.raises(LsmError, match="same area"):
        samples.build_samples(factors, away, grid)
    with pytest.raises(LsmError, match="cover no cell"):
        samples.polygon_mask([_square(0, 0, 10)], grid, str(tmp_path), "study area")


def test_grid_tolerance_and_alignment(tmp_path, factor_paths, ecuador):
    factors, grid, xy, _ = ecuador
    src = gdal.Open(factor_paths["slope"])
    gt = list(src.GetGeoTransform())
    shifted = str(tmp_path / "shifted.tif")
    ds = gdal.GetDriverByName("GTiff").CreateCopy(shifted, src)
    ds.SetGeoTransform((gt[0] + 1e-4, gt[1], 0, gt[3] - 1e-4, 0, gt[5]))
    ds = None
    assert check_grids([factors[0], Factor("shifted", shifted)]) == grid  # 1e-4 m off: same grid
    coarse = str(tmp_path / "coarse.tif")
    gdal.Warp(coarse, src, xRes=20, yRes=20, resampleAlg="average")
    mixed = [factors[0], Factor("coarse", coarse)]
    with pytest.raises(LsmError, match="coarse"):
        check_grids(mixed)
    aligned, notes = samples.align_factors(mixed, factor_paths["slope"], str(tmp_path))
    assert aligned[0] is mixed[0] and len(notes) == 1
    assert check_grids(aligned) == grid
    value = gdal.Open(aligned[1].path).ReadAsArray()
    assert value.shape == (grid.height, grid.width)
    # bilinear resampling of the 20 m average stays close to the 10 m slope
    slope = src.ReadAsArray()
    ok = np.isfinite(value) & np.isfinite(slope)
    assert ok.mean() > 0.95
    assert np.corrcoef(value[ok], slope[ok])[0, 1] > 0.9


def test_categorical_factor_with_float_values_is_refused(ecuador):
    factors, grid, xy, _ = ecuador
    as_categorical = [Factor(f.name, f.path, f.band, f.name == "slope") for f in factors]
    with pytest.raises(LsmError, match="'slope' is marked categorical"):
        samples.build_samples(as_categorical, samples.cells_from_points(xy, grid), grid)


def test_zero_variance_and_all_nodata_factors_are_named(tmp_path):
    paths, gt = _synthetic(tmp_path)
    h, w = 30, 40
    for name, value in (("flat", 7.0), ("empty", np.nan)):
        path = str(tmp_path / f"{name}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(path, w, h, 1, gdal.GDT_Float32)
        ds.SetGeoTransform(gt)
        ds.GetRasterBand(1).WriteArray(np.full((h, w), value, dtype=np.float32))
        ds = None
        paths[name] = path
    base = [Factor("dem", paths["dem"]), Factor("noise", paths["noise"])]
    grid = check_grids(base)
    rng = np.random.default_rng(1)
    cells = samples.LandslideCells(
        np.arange(20), rng.integers(0, h, 20), rng.integers(0, w, 20), np.zeros(0, int), np.zeros(0, int)
    )
    cells.exclude_rows, cells.exclude_cols = cells.rows.copy(), cells.cols.copy()
    table = samples.build_samples(base, cells, grid, ratio=2.0, seed=1)  # fine without them
    assert (
        table.counts["train_unlabeled"] + table.counts["test_unlabeled"]
        == 2 * np.unique(cells.rows * w + cells.cols).size
    )
    with pytest.raises(LsmError, match=r"'flat' \(7\).*zero variance"):
        samples.build_samples(base + [Factor("flat", paths["flat"])], cells, grid, seed=1)
    with pytest.raises(LsmError, match="empty have nodata at every landslide"):
        samples.build_samples(base + [Factor("empty", paths["empty"])], cells, grid, seed=1)


def test_table_units_follow_the_landslide_rows(tmp_path):
    """SampleTable.unit: the unit of every landslide row (a polygon id here, shared by three cells each),
    UNLABELED_UNIT on the unlabeled rows; the split is by unit."""
    paths, _gt = _synthetic(tmp_path)
    factors = [Factor("dem", paths["dem"]), Factor("noise", paths["noise"])]
    grid = check_grids(factors)
    ids = np.repeat(np.arange(12) * 10 + 7, 3)  # 12 units of 3 cells
    rows = np.repeat(np.arange(12) * 2 + 2, 3)
    cols = np.tile([5, 6, 7], 12)
    cells = samples.LandslideCells(ids, rows, cols, rows.copy(), cols.copy())
    table = samples.build_samples(factors, cells, grid, ratio=1.0, seed=3)
    positive = table.label == 1
    assert np.all(table.unit[~positive] == samples.UNLABELED_UNIT)
    unit_of = {(r, c): u for r, c, u in zip(rows, cols, ids)}
    assert [unit_of[(r, c)] for r, c in zip(table.rows[positive], table.cols[positive])] == table.unit[
        positive
    ].tolist()
    for unit in np.unique(ids):
        assert len(set(table.split[positive & (table.unit == unit)])) == 1
    assert set(table.split[positive]) == {"train", "test"}
