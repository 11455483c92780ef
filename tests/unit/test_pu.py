"""PU learning (core.pu): spy threshold, out-of-bag scores, the PU claim on a synthetic landscape
with known labels, negatives drawn from the low prior classes (disjoint, reproducible)."""

import math

import numpy as np
import pytest
from landslide_susceptibility.core import pu
from landslide_susceptibility.core.bundle import load_bundle
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.forest import BalancedRandomForest
from landslide_susceptibility.core.grid import Factor, FactorReader, create_geotiff
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal

SIZE = 160  # synthetic landscape of SIZE x SIZE cells


def _landscape(seed=3):
    """Four smooth factors; true landslides ~ Bernoulli(sigmoid(f)) with f known; 40 % of them are
    mapped (the inventory), the rest hidden among the unlabeled."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:SIZE, 0:SIZE] / SIZE
    slope = 40 * (0.5 + 0.5 * np.sin(6 * xx + 2 * yy)) + rng.normal(0, 3, xx.shape)
    wet = np.cos(5 * yy - 3 * xx) + rng.normal(0, 0.3, xx.shape)
    elev = 1000 + 800 * yy + rng.normal(0, 20, xx.shape)
    noise = rng.normal(0, 1, xx.shape)
    logit = 0.22 * (slope - 35) + 1.5 * wet - 1.0
    p_true = 1 / (1 + np.exp(-logit))
    true = rng.random(xx.shape) < p_true * 0.35
    factors = np.stack([slope, wet, elev, noise]).astype(np.float32)
    factors[:, 0, :5] = np.nan  # a strip of nodata
    true[0, :5] = False
    mapped = true & (rng.random(xx.shape) < 0.4)
    return factors, true, mapped


@pytest.fixture(scope="module")
def landscape(tmp_path_factory):
    factors, true, mapped = _landscape()
    folder = tmp_path_factory.mktemp("pu")
    path = str(folder / "stack.tif")
    from landslide_susceptibility.core.grid import Grid

    grid = Grid(SIZE, SIZE, (500000.0, 10.0, 0.0, 9800000.0, 0.0, -10.0), _utm_wkt())
    ds = create_geotiff(path, grid, bands=4, nodata=-9999.0, descriptions=["slope", "wet", "elev", "noise"])
    for b in range(4):
        band = factors[b].copy()
        band[np.isnan(band)] = -9999.0
        ds.GetRasterBand(b + 1).WriteArray(band)
    ds = None
    fac = [Factor(n, path, i + 1) for i, n in enumerate(["slope", "wet", "elev", "noise"])]
    valid = np.isfinite(factors).all(axis=0)
    return {
        "factors": fac,
        "values": factors,
        "true": true,
        "mapped": mapped,
        "valid": valid,
        "folder": folder,
        "grid": grid,
    }


def _utm_wkt():
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    return srs.ExportToWkt()


def _samples(land, n_unlabeled=6000, seed=5, test_share=0.3):
    """Sample table as lsm:buildsamples makes it: mapped landslides split train/test, unlabeled cells
    drawn from disjoint pools per split."""
    rng = np.random.default_rng(seed)
    valid, mapped = land["valid"].ravel(), land["mapped"].ravel()
    pos = np.flatnonzero(mapped & valid)
    rng.shuffle(pos)
    n_test = int(round(test_share * pos.size))
    pool = np.flatnonzero(valid & ~mapped)
    unl = rng.choice(pool, n_unlabeled, replace=False)
    cells = np.concatenate([pos, unl])
    labels = np.concatenate([np.ones(pos.size, int), np.zeros(unl.size, int)])
    splits = np.array(
        ["test"] * n_test
        + ["train"] * (pos.size - n_test)
        + ["train"] * (unl.size // 2)
        + ["test"] * (unl.size - unl.size // 2)
    )
    X = land["values"].reshape(4, -1)[:, cells].T.astype(np.float64)
    return X, labels, splits, cells


def test_spy_threshold_discards_the_noise_tail():
    scores = np.arange(1, 21) / 20.0  # 20 distinct spy scores 0.05 ... 1.0
    t = pu.spy_threshold(scores, 0.05)  # floor(0.05 * 20) = 1 spy may fall below
    assert t == pytest.approx(0.10)
    assert np.sum(scores < t) == 1
    assert pu.spy_threshold(scores, 0.0) == pytest.approx(0.05)  # no noise: the lowest spy
    assert pu.spy_threshold(scores, 0.26) == pytest.approx(0.30)  # floor(5.2) = 5 below
    with pytest.raises(LsmError):
        pu.spy_threshold([], 0.05)


def test_out_of_bag_scores_leave_out_the_trees_that_saw_the_row():
    rng = np.random.default_rng(0)
    X_pos = rng.normal(1.0, 1.0, (60, 3))
    X_neg = rng.normal(0.0, 1.0, (300, 3))
    forest = BalancedRandomForest(n_estimators=12, random_state=4, n_jobs=2)
    forest.fit_balanced(X_pos, X_neg, keep_in_bag=True)
    oob = forest.oob_scores(X_neg)
    Xf = X_neg.astype(np.float32)
    for row in (0, 17, 123, 299):
        trees = [t for t, bag in zip(forest.estimators_, forest.in_bag_) if row not in set(bag.tolist())]
        if trees:
            expected = np.mean([t.predict_proba(Xf[row : row + 1])[0, 1] for t in trees])
        else:
            expected = forest.predict_proba(X_neg[row : row + 1])[0, 1]
        assert oob[row] == pytest.approx(expected, abs=1e-12)
    # each tree saw 60 draws of the negatives (as many as positives), with repeats removed
    assert all(bag.size <= 60 for bag in forest.in_bag_)
    full = forest.predict_proba(X_neg)[:, 1]
    assert not np.allclose(full, oob)


def test_spy_rrn_holds_far_fewer_hidden_landslides(landscape):
    X, labels, splits, cells = _samples(landscape)
    hidden = landscape["true"].ravel()[cells]
    params = pu.PuParams(n_trees=60, seed=1, n_jobs=2)
    tr = splits == "train"
    step = pu.fit_spy(X[tr & (labels == 1)], X[tr & (labels == 0)], params)
    hidden_unl = hidden[tr & (labels == 0)]
    rate_rrn = hidden_unl[step.rrn].mean()
    rate_all = hidden_unl.mean()
    assert rate_all > 0.03
    assert step.rrn.sum() > 0.2 * step.rrn.size
    assert rate_rrn < 0.35 * rate_all
    # the threshold leaves at most floor(0.05 * spies) spies below it and no more
    n_below = int(np.sum(step.spy_scores < step.threshold))
    assert step.n_spies == int(round(0.15 * np.sum(tr & (labels == 1))))
    assert n_below <= math.floor(0.05 * step.n_spies)
    assert np.sum(step.spy_scores <= step.threshold) >= math.floor(0.05 * step.n_spies) + 1


def test_too_few_landslides_for_spies_says_how_many():
    rng = np.random.default_rng(0)
    with pytest.raises(LsmError, match="at least 31 landslides"):
        pu.fit_spy(rng.normal(size=(20, 3)), rng.normal(size=(500, 3)), pu.PuParams(), name="test")


def test_required_landslides_matches_the_spy_count():
    """The smallest split the check accepts is the smallest whose rounded spy share reaches MIN_SPIES."""
    for fraction in (0.05, 0.1, 0.15, 0.2, 0.3):
        need = pu.required_landslides(fraction)
        assert int(round(fraction * need)) >= pu.MIN_SPIES
        assert (
            need == max(pu.MIN_LANDSLIDES, 2 * pu.MIN_SPIES)
            or int(round(fraction * (need - 1))) < pu.MIN_SPIES
        )
    assert pu.required_landslides(0.15) == 31  # 0.15 * 31 = 4.65 -> 5 spies; 0.15 * 30 = 4.5 -> 4


def _run(landscape, tmp, params, tag):
    X, labels, splits, cells = _samples(landscape)
    priors = {s: str(tmp / f"prior_{s}_{tag}.tif") for s in ("train", "test")}
    bundles = {s: str(tmp / f"prior_{s}_{tag}.lsmodel") for s in ("train", "test")}
    result = pu.pu_sampling(landscape["factors"], X, labels, splits, cells, priors, params, bundles)
    return result, (X, labels, splits, cells)


@pytest.fixture(scope="module")
def spy_run(landscape):
    params = pu.PuParams(n_trees=40, seed=11, n_jobs=2, ratio=8)
    return _run(landscape, landscape["folder"], params, "a")


def test_pipeline_negatives_avoid_hidden_landslides(spy_run, landscape):
    result, (X, labels, splits, cells) = spy_run
    grid = landscape["grid"]
    true, valid = landscape["true"].ravel(), landscape["valid"].ravel()
    mapped_cells = set(cells[labels == 1].tolist())
    rng = np.random.default_rng(0)
    for s in ("train", "test"):
        neg = result.negatives[s]
        flat = neg["rows"] * grid.width + neg["cols"]
        assert flat.size == round(8 * np.sum((splits == s) & (labels == 1)))
        assert not mapped_cells & set(flat.tolist())
        assert valid[flat].all()
        # the PU claim: far fewer hidden landslides among RN than in a random unlabeled draw
        pool = np.flatnonzero(valid & ~landscape["mapped"].ravel())
        random_rate = true[rng.choice(pool, flat.size, replace=False)].mean()
        assert true[flat].mean() < 0.3 * random_rate, (s, true[flat].mean(), random_rate)
        # factor values read at the cells; prior within the chosen classes (<= upper edge of class 2)
        assert np.allclose(neg["X"], landscape["values"].reshape(4, -1)[:, flat].T, atol=1e-4)
        assert np.all(neg["prior"] <= result.outcomes[s].edges[2] + 1e-7)
    train = set((result.negatives["train"]["rows"] * grid.width + result.negatives["train"]["cols"]).tolist())
    test = set((result.negatives["test"]["rows"] * grid.width + result.negatives["test"]["cols"]).tolist())
    assert not train & test


def test_pipeline_prior_map_and_bundle_agree(spy_run, landscape):
    result, (X, labels, splits, cells) = spy_run
    out = result.outcomes["train"]
    ds = gdal.Open(out.prior_path)
    prior = ds.GetRasterBand(1).ReadAsArray()
    assert ds.GetRasterBand(1).GetNoDataValue() == -9999.0
    assert np.all(prior[0, :5] == -9999.0)  # nodata strip stays nodata
    bundle = load_bundle(out.bundle_path)
    assert bundle.factors == ["slope", "wet", "elev", "noise"]
    assert bundle.model_type == "spy"
    rows, cols = np.array([3, 50, 120, 159]), np.array([7, 80, 2, 159])
    values = FactorReader(landscape["factors"]).read_cells(rows, cols)
    assert np.allclose(bundle.predict_proba(values), prior[rows, cols], atol=1e-6)
    # summary facts hang together
    assert out.rrn <= out.unlabeled and 0 < out.rejected_share < 1
    assert out.spies == int(round(0.15 * out.landslides))
    assert len(out.edges) == 6 and out.edges[0] >= 0 and out.edges[-1] <= 1
    assert result.metrics["metrics"]["roc_auc"] > 0.8


def test_same_seed_same_negatives_other_seed_other(spy_run, landscape):
    result, _ = spy_run
    again, _ = _run(landscape, landscape["folder"], pu.PuParams(n_trees=40, seed=11, n_jobs=1, ratio=8), "b")
    for s in ("train", "test"):
        assert np.array_equal(result.negatives[s]["rows"], again.negatives[s]["rows"])
        assert np.array_equal(result.negatives[s]["cols"], again.negatives[s]["cols"])
    other, _ = _run(landscape, landscape["folder"], pu.PuParams(n_trees=40, seed=12, n_jobs=2, ratio=8), "c")
    assert not np.array_equal(result.negatives["train"]["rows"], other.negatives["train"]["rows"])


def test_bagging_pu_negatives_are_the_lowest_scored_unlabeled(landscape):
    params = pu.PuParams(method="bagging", n_trees=40, seed=2, n_jobs=2, ratio=5)
    result, (X, labels, splits, cells) = _run(landscape, landscape["folder"], params, "bag")
    true, valid = landscape["true"].ravel(), landscape["valid"].ravel()
    random_rate = true[valid & ~landscape["mapped"].ravel()].mean()
    landslide_cells = cells[labels == 1]
    taken = np.zeros(0, dtype=np.int64)
    for s in ("train", "test"):
        neg = result.negatives[s]
        flat = neg["rows"] * SIZE + neg["cols"]
        assert flat.size == round(5 * np.sum((splits == s) & (labels == 1)))
        assert true[flat].mean() < 0.3 * random_rate
        # brute force: the map's scores, out-of-bag scores for the sample's unlabeled cells of the split
        scores = gdal.Open(result.outcomes[s].prior_path).ReadAsArray().ravel().astype(np.float64)
        scores[scores == -9999.0] = np.nan
        unl = (splits == s) & (labels == 0)
        oob = result.models[s].predict_proba(X[unl])[:, 1]  # full forest: differs from the OOB score
        eligible = np.isfinite(scores)
        eligible[landslide_cells] = False
        eligible[taken] = False  # the train split chose first
        step = pu.fit_bagging(X[(splits == s) & (labels == 1)], X[unl], params, name=s)
        scores[cells[unl]] = step.unlabeled_scores
        assert not np.allclose(step.unlabeled_scores, oob)
        assert set(flat.tolist()) <= set(np.flatnonzero(eligible).tolist())
        np.testing.assert_allclose(neg["prior"], scores[flat], atol=1e-6)
        # nothing left out scores below the highest score taken (ties at that score broken at random)
        left = eligible.copy()
        left[flat] = False
        assert neg["prior"].max() <= scores[left].min() + 1e-6
        assert result.outcomes[s].threshold == pytest.approx(neg["prior"].max())
        taken = np.concatenate([taken, flat])
    assert np.unique(taken).size == taken.size  # train and test never share a cell
    assert result.outcomes["train"].spies == 0
    assert load_bundle(result.outcomes["train"].bundle_path).model_type == "bagging_pu"


def test_ratio_beyond_the_low_classes_offers_the_maximum(spy_run, landscape):
    result, (X, labels, splits, cells) = spy_run
    priors = {s: result.outcomes[s].prior_path for s in ("train", "test")}
    edges = {s: result.outcomes[s].edges for s in ("train", "test")}
    landslides = {s: result.outcomes[s].landslides for s in ("train", "test")}
    with pytest.raises(LsmError, match="largest number of negatives per landslide that fits is") as info:
        pu.draw_negative_cells(
            priors,
            edges,
            (1,),
            pu.negative_counts(landslides, 1000.0),
            cells[labels == 1],
            3,
            landslides=landslides,
        )
    offered = float(
        str(info.value).split("that fits is ")[1].split(".")[0]
        + "."
        + str(info.value).split("that fits is ")[1].split(".")[1].split(" ")[0]
    )
    draw = pu.draw_negative_cells(
        priors,
        edges,
        (1,),
        pu.negative_counts(landslides, offered),
        cells[labels == 1],
        3,
        landslides=landslides,
    )
    assert draw.cells["train"].size == round(offered * landslides["train"])


def test_cancel_leaves_no_prior_file(landscape, tmp_path):
    X, labels, splits, cells = _samples(landscape, n_unlabeled=1000)
    feedback = NullFeedback()
    feedback.cancel()
    priors = {s: str(tmp_path / f"p_{s}.tif") for s in ("train", "test")}
    with pytest.raises(Canceled):
        pu.pu_sampling(
            landscape["factors"], X, labels, splits, cells, priors, pu.PuParams(n_trees=5), None, feedback
        )
    assert not list(tmp_path.iterdir())


def test_bad_parameters_are_explained():
    with pytest.raises(LsmError, match="between 1 .very low. and 5"):
        pu.PuParams(negative_classes=(0, 2)).check()
    with pytest.raises(LsmError, match="leave out at least the highest"):
        pu.PuParams(negative_classes=(1, 2, 3, 4, 5)).check()
    with pytest.raises(LsmError, match="spy fraction"):
        pu.PuParams(spy_fraction=1.5).check()


def test_lowest_negatives_brute_force_with_overrides_across_windows(tmp_path):
    """Bagging-PU's RN: the lowest scores of each split's map (out-of-bag scores where given), no
    landslide cell, train first and test from the rest; windows narrower than the grid."""
    from landslide_susceptibility.core.grid import Grid

    h, w = 12, 2000  # 256 x 256 tiles: two windows per row of tiles
    grid = Grid(w, h, (0.0, 10.0, 0.0, h * 10.0, 0.0, -10.0), _utm_wkt())
    rng = np.random.default_rng(3)
    maps, paths = {}, {}
    for s in ("train", "test"):
        scores = rng.random((h, w)).astype(np.float32)
        scores[0, :7] = -9999.0
        paths[s] = str(tmp_path / f"{s}.tif")
        ds = create_geotiff(paths[s], grid, descriptions=[s])
        ds.GetRasterBand(1).WriteArray(scores)
        ds = None
        maps[s] = scores.ravel().astype(np.float64)
    exclude = rng.choice(h * w, 300, replace=False)
    # overrides: low scores for cells spread over both windows (they must be found and taken)
    over_cells = np.concatenate([[5, 1500, w + 1999, 7 * w + 1030], rng.choice(h * w, 200, replace=False)])
    over_cells = np.setdiff1d(np.unique(over_cells), np.concatenate([exclude, np.arange(7)]))
    over_scores = {s: rng.random(over_cells.size).astype(np.float32) * 1e-3 for s in maps}
    overrides = {s: (over_cells, over_scores[s]) for s in maps}
    counts = {"train": 260, "test": 150}
    draw = pu.lowest_negatives(paths, counts, exclude, seed=4, overrides=overrides)
    taken = set()
    for s in ("train", "test"):
        scores = maps[s].copy()
        scores[scores == -9999.0] = np.inf
        scores[over_cells] = over_scores[s]
        scores[exclude] = np.inf
        scores[list(taken)] = np.inf
        expected = np.argsort(scores, kind="stable")[: counts[s]]
        assert set(draw.cells[s].tolist()) == set(expected.tolist())
        np.testing.assert_allclose(np.sort(draw.priors[s]), np.sort(scores[expected]).astype(np.float32))
        taken |= set(expected.tolist())
    assert draw.available["train"] == h * w - 7 - 300
    with pytest.raises(LsmError, match="largest number of negatives per landslide that fits is"):
        pu.lowest_negatives(
            paths, {"train": h * w, "test": 1}, exclude, 4, landslides={"train": 10, "test": 5}
        )
