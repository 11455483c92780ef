"""core.compare_negatives on a tiny synthetic area (issue 13 item 7)."""

import numpy as np
import pytest
from landslide_susceptibility.core import compare_negatives as cn
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor
from osgeo import gdal, osr


def synthetic_area(folder, size=50, seed=0):
    """Two factor rasters (a slope-like signal and noise), landslides where the signal is high,
    and a sample layer's arrays: landslides and random unlabeled cells, split 70/30."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:size, 0:size]
    signal = (xx / size + 0.3 * rng.random((size, size))).astype(np.float32)
    noise = rng.random((size, size)).astype(np.float32)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    factors = []
    for name, values in (("signal", signal), ("noise", noise)):
        path = str(folder / f"{name}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(path, size, size, 1, gdal.GDT_Float32)
        ds.SetGeoTransform((0.0, 10.0, 0.0, size * 10.0, 0.0, -10.0))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).SetNoDataValue(-9999.0)
        ds.GetRasterBand(1).WriteArray(values)
        ds = None
        factors.append(Factor(name, path))
    flat = np.arange(size * size)
    p = 1 / (1 + np.exp(-12 * (signal.ravel() - 0.95)))
    landslide = rng.random(flat.size) < p * 0.3
    ls_cells = flat[landslide]
    unl_cells = rng.choice(flat[~landslide], size=min(900, int((~landslide).sum()) // 2), replace=False)
    cells = np.concatenate([ls_cells, unl_cells])
    labels = np.concatenate([np.ones(ls_cells.size, int), np.zeros(unl_cells.size, int)])
    splits = np.where(rng.random(cells.size) < 0.45, "test", "train")
    X = np.column_stack([signal.ravel()[cells], noise.ravel()[cells]]).astype(np.float64)
    return factors, cn.CompareSamples(X, labels, splits, cells // size, cells % size)


def test_every_strategy_times_every_model(tmp_path):
    factors, samples = synthetic_area(tmp_path)
    settings = cn.CompareSettings(
        strategies=cn.STRATEGIES,
        model_types=("brf", "lr"),
        repeats=2,
        ratio=2.0,
        buffer_distance=15.0,
        seed=3,
        pu_trees=20,
    )
    result = cn.compare(factors, samples, settings, str(tmp_path))
    table = cn.summary_table(result.runs)
    keys = {(r[0], r[1], r[2]) for r in table}
    for strategy in cn.STRATEGIES:
        for model in ("brf", "lr"):
            assert (strategy, model, "random") in keys
            assert (strategy, model, "area") in keys
            if strategy != "random":
                assert (strategy, model, "rn") in keys
    for _s, _m, _t, metric, mean, sd, n in table:
        assert n == 2 and np.isfinite(mean) and np.isfinite(sd)
        if metric in ("roc_auc", cn.MAP_METRIC):
            assert 0.5 < mean <= 1.0  # the signal is learnable from any of these negatives
    # the common test set is the same for every run: the same landslides and random cells
    n_pos, n_neg = result.n_common_test
    assert all(
        r.evaluation["n_positive"] == n_pos and r.evaluation["n_negative"] == n_neg
        for r in result.runs
        if r.test_set == "random"
    )
    # nothing left in the work folder (prior maps may stay, prediction maps are removed)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("map_")]
    # same seed, same result
    again = cn.compare(factors, samples, settings, str(tmp_path))
    assert cn.summary_table(again.runs) == table


def test_summary_table_hand_numbers():
    runs = [
        cn.RunScore("random", "brf", 0, "random", {"roc_auc": 0.8}),
        cn.RunScore("random", "brf", 1, "random", {"roc_auc": 0.6}),
        cn.RunScore("spy", "brf", 0, "rn", {"roc_auc": 0.9}),
    ]
    table = cn.summary_table(runs)
    assert table[0][:4] == ("random", "brf", "random", "roc_auc")
    assert (
        table[0][4] == pytest.approx(0.7) and table[0][5] == pytest.approx(np.sqrt(0.02)) and table[0][6] == 2
    )
    assert table[1][4] == pytest.approx(0.9) and np.isnan(table[1][5])


def test_bad_settings(tmp_path):
    factors, samples = synthetic_area(tmp_path, size=20)
    with pytest.raises(LsmError, match="buffer distance"):
        cn.compare(
            factors, samples, cn.CompareSettings(strategies=("buffer",), buffer_distance=1.0), str(tmp_path)
        )
    with pytest.raises(LsmError, match="strategies"):
        cn.compare(factors, samples, cn.CompareSettings(strategies=("nope",)), str(tmp_path))
