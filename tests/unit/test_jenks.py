"""Exact Jenks natural breaks: textbook values, peers, the reference DP, GVF, nodata."""

import numpy as np
import pytest
from landslide_susceptibility.core import jenks as J
from landslide_susceptibility.core.errors import LsmError


def test_textbook_series():
    # the example of jenkspy's documentation, three classes
    values = [1.3, 7.1, 7.3, 2.3, 3.9, 4.1, 7.8, 1.2, 4.3, 7.3, 5.0, 4.3]
    assert J.jenks_breaks(values, 3).tolist() == [1.2, 2.3, 5.0, 7.8]
    assert J.jenks_reference(values, 3).tolist() == [1.2, 2.3, 5.0, 7.8]


def test_two_obvious_groups():
    values = [1, 1, 2, 2, 100, 101, 102]
    assert J.jenks_breaks(values, 2).tolist() == [1, 2, 102]


@pytest.mark.parametrize("seed", range(4))
def test_equal_to_jenkspy(seed):
    jenkspy = pytest.importorskip("jenkspy")
    rng = np.random.default_rng(seed)
    values = rng.lognormal(0, 1.0, 3000)
    for k in (3, 5, 7):
        ours = J.jenks_breaks(values, k)
        theirs = np.array(jenkspy.jenks_breaks(values.tolist(), n_classes=k))
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=0)


def test_equal_to_mapclassify():
    mapclassify = pytest.importorskip("mapclassify")
    rng = np.random.default_rng(7)
    values = rng.beta(0.6, 2.5, 800)
    ours = J.jenks_breaks(values, 5)
    theirs = mapclassify.FisherJenks(values, k=5).bins
    np.testing.assert_allclose(ours[1:], theirs, rtol=0, atol=1e-12)


@pytest.mark.parametrize("seed", range(12))
def test_refinement_path_matches_reference(seed):
    """Few histogram bins and no direct path: the refined breaks must be the exact optimum."""
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(80, 500))
    values = rng.choice([rng.lognormal(0, 1.5, n), rng.beta(0.6, 2.5, n), rng.normal(0, 1, n)])
    values = np.round(values, int(rng.integers(1, 4))).astype(rng.choice([np.float32, np.float64]))
    k = int(rng.integers(2, 7))
    reference = J.jenks_reference(values, k)
    refined = J.jenks(J.array_source(values), k, histogram_bins=16, max_direct=10)
    gvf_ref = J.goodness_of_variance_fit(J.array_source(values), reference)[0]
    # equal optimum (ties between equally good break sets are possible: compare the fit)
    assert refined.gvf == pytest.approx(gvf_ref, abs=1e-12)
    assert J.goodness_of_variance_fit(J.array_source(values), refined.breaks)[0] == pytest.approx(
        gvf_ref, abs=1e-12
    )


def test_weights_equal_repetition():
    values = np.array([1.0, 2.0, 4.0, 8.0, 9.0, 20.0])
    counts = np.array([3, 1, 2, 5, 1, 2])
    repeated = np.repeat(values, counts)
    assert J.jenks_breaks(values, 3, weights=counts).tolist() == J.jenks_breaks(repeated, 3).tolist()


def test_gvf_equals_direct_computation():
    rng = np.random.default_rng(3)
    values = rng.gamma(2.0, 2.0, 5000)
    result = J.jenks(J.array_source(values), 5)
    classes = J.classify(values, result.breaks)
    sse = sum(((values[classes == c] - values[classes == c].mean()) ** 2).sum() for c in range(1, 6))
    sst = ((values - values.mean()) ** 2).sum()
    assert result.gvf == pytest.approx(1 - sse / sst, abs=1e-12)
    assert 0.9 < result.gvf < 1.0


def test_large_input_uses_histogram_and_is_optimal_locally():
    rng = np.random.default_rng(5)
    values = rng.beta(0.6, 2.5, 400_000).astype(np.float32)
    result = J.jenks(J.array_source(values), 5)
    assert "histogram" in result.notes[0]
    # no single break can move to a neighbouring distinct value and improve the fit
    distinct = np.unique(values.astype(np.float64))
    for j in range(1, 5):
        pos = np.searchsorted(distinct, result.breaks[j])
        for shift in (-1, 1):
            edges = result.breaks.copy()
            edges[j] = distinct[pos + shift]
            moved = J.goodness_of_variance_fit(J.array_source(values), edges)[0]
            assert moved <= result.gvf + 1e-12


def test_nan_excluded():
    values = np.array([1.0, np.nan, 1.1, 5.0, np.inf, 5.2, 9.0, 9.1])
    assert J.jenks_breaks(values, 3).tolist() == [1.0, 1.1, 5.2, 9.1]


def test_classify_upper_inclusive():
    edges = np.array([0.0, 1.0, 2.0, 3.0])
    assert J.classify([0.0, 0.5, 1.0, 1.0001, 2.0, 3.0], edges).tolist() == [1, 1, 1, 2, 2, 3]


def test_errors():
    with pytest.raises(LsmError, match="distinct"):
        J.jenks_breaks([1, 1, 2, 2], 3)
    with pytest.raises(LsmError, match="nodata"):
        J.jenks_breaks([np.nan, np.nan], 3)


def test_quantile_and_equal():
    values = np.arange(1, 101, dtype=float)
    q = J.quantile(J.array_source(values), 4, histogram_bins=8)
    assert q.breaks.tolist() == [1, 25, 50, 75, 100]
    e = J.equal_interval(J.array_source(values), 4)
    assert e.breaks.tolist() == [1, 25.75, 50.5, 75.25, 100]


def test_histogram_bins_grow_with_the_data():
    assert J.histogram_bins_for(1_000) == J.HISTOGRAM_BINS
    assert J.histogram_bins_for(1_000_000) == J.HISTOGRAM_BINS
    assert J.histogram_bins_for(4_000_000) == 2 * J.HISTOGRAM_BINS
    assert J.histogram_bins_for(16_000_000) == J.MAX_HISTOGRAM_BINS
    assert J.histogram_bins_for(1e9) == J.MAX_HISTOGRAM_BINS


@pytest.mark.parametrize("shape", ["lognormal", "beta"])
def test_refinement_with_automatic_bins_is_exact(shape):
    """The histogram path (automatic bins) gives the optimum of the direct DP over all distinct values."""
    rng = np.random.default_rng(5)
    values = (rng.lognormal(0, 1.5, 150_000) if shape == "lognormal" else rng.beta(0.6, 2.5, 150_000)).astype(
        np.float32
    )
    direct = J.jenks(J.array_source(values), 5)
    refined = J.jenks(J.array_source(values), 5, max_direct=1000)
    assert "distinct values" in direct.notes[0] and "histogram" in refined.notes[0]
    assert refined.gvf == pytest.approx(direct.gvf, abs=1e-12)
    np.testing.assert_allclose(refined.breaks, direct.breaks, rtol=0, atol=0)


def _dense_moments(chunks, shift, binner, nbins):
    """The histogram pass as it was: three full arrays per chunk, added in chunk order."""
    w, s1, s2 = np.zeros(nbins), np.zeros(nbins), np.zeros(nbins)
    for v, wt in chunks():
        if v.size:
            b = binner(v)
            d = v.astype(np.float64) - shift
            wd = d if wt is None else d * wt
            w += np.bincount(b, weights=wt, minlength=nbins)
            s1 += np.bincount(b, weights=wd, minlength=nbins)
            s2 += np.bincount(b, weights=wd * d, minlength=nbins)
    return w, s1, s2


@pytest.mark.parametrize("weighted", [False, True])
def test_bin_sums_are_the_full_histograms_to_the_bit(weighted):
    rng = np.random.default_rng(11)
    # chunks of narrow local ranges (kept sparse) and chunks spread over every bin (kept full)
    narrow = np.concatenate([rng.normal(c, 0.01, J.CHUNK) for c in (-3.0, 0.5, 2.0)])
    wide = rng.uniform(-4.0, 4.0, 2 * J.CHUNK)
    values = np.concatenate([narrow, wide]).astype(np.float32)
    weights = rng.uniform(0.1, 3.0, values.size) if weighted else None
    source = J.array_source(values, weights)
    nbins = 4096
    binner = J._make_binner(float(values.min()), float(values.max()), nbins)
    kinds = [J._moments_part(v, w, 0.25, binner, nbins).bins is None for v, w in source()]
    assert kinds == [False, False, False, True, True]  # both forms are exercised
    ours = J._moments(source, 0.25, binner, nbins)
    theirs = _dense_moments(source, 0.25, binner, nbins)
    for a, b in zip(ours, theirs):
        assert a.tobytes() == b.tobytes()


def test_bin_sums_of_a_block_are_small():
    # one block of smooth data over a 65536-bin histogram: kilobytes, not three 512 kB arrays
    import pickle

    rng = np.random.default_rng(3)
    v = np.round(rng.normal(0, 1, 1 << 18), 2)
    binner = J._make_binner(-6.0, 6.0, 65536)
    part = J._moments_part(v, None, 0.0, binner, 65536)
    assert len(pickle.dumps(part)) < 60_000


def test_expansion_keeps_distinct_values_not_cells():
    # a low-cardinality factor (values rounded to 0.01) over many chunks: each chunk's part holds
    # its distinct values with their counts, so the refinement's memory does not grow with the raster
    rng = np.random.default_rng(5)
    values = np.round(rng.normal(0, 1, 8 * J.CHUNK), 1).astype(np.float32)
    source = J.array_source(values)
    binner = J._make_binner(float(values.min()), float(values.max()), 4096)
    select = np.ones(4096, dtype=bool)
    parts = list(J.chunk_parts(source, J._distinct_part, select, binner))
    distinct = np.unique(values)
    assert all(p[0].size <= distinct.size for p in parts)
    v, w, b = J._distinct_units(source, select, binner)
    assert v.tolist() == distinct.astype(np.float64).tolist()
    assert w.tolist() == np.unique(values, return_counts=True)[1].astype(float).tolist()
    assert b.tolist() == binner(distinct).tolist()
    # and the breaks are those of the plain programme over the same values
    big = J.jenks(source, 5, max_direct=1000)
    assert big.breaks.tolist() == J.jenks_reference(values.astype(np.float64), 5).tolist()
