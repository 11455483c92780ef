"""Test-set kinds (issue 13 items 1, 4, 6) and distinct saturation repeats, Table II and the paper
design's feasibility (issue 14 items 3, 4, 9), on a synthetic landscape whose signal is known."""

import numpy as np
import pytest
from landslide_susceptibility.core import fitting, records, sampleset, saturation
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.intervals import evaluate_with_intervals
from landslide_susceptibility.core.progress import NullFeedback
from landslide_susceptibility.core.runrecord import read_store


def _landscape(n_cells=6000, n_slides=120, n_test_slides=20, n_rn=400, seed=0):
    """Cells with one factor 'slope' (uniform 0..50 deg); landslides where slope is high (prob
    rising with slope); training: landslides + reliable negatives (the flattest cells); test:
    n_test_slides landslides + reliable negatives (the flattest test cells) + random cells."""
    rng = np.random.default_rng(seed)
    slope = rng.uniform(0, 50, n_cells)
    p = 1 / (1 + np.exp(-(slope - 38) / 3))
    slide = rng.random(n_cells) < p
    slides = rng.permutation(np.flatnonzero(slide))[:n_slides]
    test_slides, train_slides = slides[:n_test_slides], slides[n_test_slides:]
    others = rng.permutation(np.flatnonzero(~slide))
    train_cells, test_cells = others[: others.size // 2], others[others.size // 2 :]
    # reliable negatives: the flattest cells of each split (what a prior model finds least landslide-like)
    train_rn = train_cells[np.argsort(slope[train_cells])[:n_rn]]
    test_rn = test_cells[np.argsort(slope[test_cells])[: n_rn // 2]]
    rest = np.setdiff1d(test_cells, test_rn)
    test_random = rng.choice(rest, size=n_rn // 2, replace=False)
    cells = np.concatenate([train_slides, train_rn, test_slides, test_rn, test_random])
    labels = np.r_[np.ones(train_slides.size), np.zeros(n_rn), np.ones(n_test_slides), np.zeros(n_rn)]
    split = ["train"] * (train_slides.size + n_rn) + ["test"] * (n_test_slides + n_rn)
    kinds = [""] * train_slides.size + ["rn"] * n_rn + [""] * n_test_slides
    kinds += ["rn"] * (n_rn // 2) + ["random"] * (n_rn // 2)
    X = np.c_[slope[cells] + rng.normal(0, 6, cells.size)]
    return sampleset.make_samples(
        X, labels.astype(int), ["slope"], split=split, kinds=np.array(kinds, dtype=object)
    )


def test_kinds_are_read_and_defaulted():
    assert list(sampleset.parse_negative_kinds(["rn", "Random", None, "unlabeled", "landslide"], "l")) == [
        "rn",
        "random",
        "",
        "random",
        "",
    ]
    with pytest.raises(LsmError, match="'negative_kind' of layer 'l' holds 'spy'"):
        sampleset.parse_negative_kinds(["spy"], "l")
    assert sampleset.default_kind(["label", "split", "slope", "prior"]) == "rn"
    assert sampleset.default_kind(["label", "split", "slope"]) == "random"
    plain = sampleset.make_samples(np.c_[[1.0, 2, 3, 4]], [1, 0, 1, 0], ["a"], split=["test"] * 4)
    # a plain lsm:buildsamples layer: every test 0 is 'random'
    assert {k: list(v) for k, v in sampleset.kind_test_sets(plain, np.arange(4)).items()} == {
        "random": [0, 1, 2, 3]
    }


def test_rn_metrics_exceed_random_metrics_and_the_small_test_warning_fires():
    samples = _landscape()
    train, test = sampleset.split_rows(samples)
    sets = sampleset.kind_test_sets(samples, test)
    assert list(sets) == ["random", "rn"]  # the honest kind first
    assert all(int((samples.y[rows] == 1).sum()) == 20 for rows in sets.values())
    model = fitting.fit("lr", samples, train, seed=0)
    evaluations = {
        kind: evaluate_with_intervals(samples.y[rows], model.predict_proba(samples.X[rows])[:, 1])
        for kind, rows in sets.items()
    }
    rn, random = evaluations["rn"]["metrics"], evaluations["random"]["metrics"]
    # the flattest cells are far easier to tell from steep landslide cells than random cells are
    assert rn["roc_auc"] > 0.99 and random["roc_auc"] < rn["roc_auc"] - 0.05
    assert rn["pr_auc"] > random["pr_auc"] and rn["specificity"] > random["specificity"]
    for evaluation in evaluations.values():
        for key, entry in evaluation["intervals"].items():
            if key != "_meta":
                assert entry["low"] <= entry["value"] <= entry["high"]
                assert entry["value"] == pytest.approx(evaluation["metrics"][key])
    (warning,) = sampleset.split_warnings(20)
    assert "only 20 landslides" in warning and "lsm:crossvalidate" in warning
    assert sampleset.split_warnings(30) == [] and sampleset.split_warnings(0) == []


def _lr_saturation(samples, train, test, **options):
    """saturation.saturation_test of logistic regression alone."""
    return saturation.saturation_test(samples, train, test, ("lr",), **options)


def test_saturation_reports_both_test_sets_with_warnings_in_the_records(tmp_path):
    samples = _landscape()
    train, test = sampleset.split_rows(samples)
    feedback = NullFeedback()
    results, group = _lr_saturation(
        samples, train, test, ratios=(1, 2), repeats=2, test_ratio=5, store=str(tmp_path), feedback=feedback
    )
    assert [(r["ratio"], r["repeat"], r["test_set"]) for r in results] == [
        (ratio, repeat, kind) for ratio in (1.0, 2.0) for repeat in (0, 1) for kind in ("random", "rn")
    ]
    assert {r["n_test_neg"] for r in results} == {100}  # 1:5 of 20 test landslides, each kind
    by_fit = {}
    for r in results:
        by_fit.setdefault((r["ratio"], r["repeat"]), {})[r["test_set"]] = r["metrics"]["roc_auc"]
    assert all(aucs["rn"] > aucs["random"] for aucs in by_fit.values())
    stored, unreadable = read_store(str(tmp_path))
    assert not unreadable and len(stored) == 8 and {r["group"] for r in stored} == {group}
    assert {r["test_set"] for r in stored} == {"random", "rn"}
    for record in stored:
        assert set(record["test_set_runs"]) == {"random", "rn"}
        assert record["run_id"] == record["test_set_runs"][record["test_set"]]
        assert any("only 20 landslides" in w for w in record["warnings"])
    assert any("'rn' metrics are optimistic" in m for m in feedback.messages)
    summary = saturation.summarise(results)
    assert {(row["ratio"], row["test_set"]) for row in summary} == {
        (1.0, "random"),
        (1.0, "rn"),
        (2.0, "random"),
        (2.0, "rn"),
    }


def test_ten_repeats_at_the_largest_ratio_are_distinct_draws(tmp_path):
    X = np.random.default_rng(3).normal(size=(10 + 205 + 10 + 40, 2))
    y = np.r_[np.ones(10), np.zeros(205), np.ones(10), np.zeros(40)].astype(int)
    split = ["train"] * 215 + ["test"] * 50
    samples = sampleset.make_samples(X, y, ["a", "b"], split=split)
    train, test = sampleset.split_rows(samples)
    # 1:20 of 10 landslides wants 200 of a pool of 205: few distinct subsets, all ten must differ
    saturation.saturation_test(
        samples, train, test, ("lr",), ratios=(5, 20), repeats=10, test_ratio=2, store=str(tmp_path)
    )
    stored, _ = read_store(str(tmp_path))
    hashes = [r["data_hashes"]["train"] for r in stored if r["ratio"] == 20]
    assert len(hashes) == 10 and len(set(hashes)) == 10
    assert not any("same negatives" in w for r in stored for w in r["warnings"])
    # a pool of exactly 1:20 x 10 landslides: every repeat is the same draw, and it says so
    exact = sampleset.make_samples(X[10:], y[10:], ["a", "b"], split=split[10:])
    exact.y[:10] = 1  # 10 training landslides, 195 negatives
    train, test = sampleset.split_rows(exact)
    feedback = NullFeedback()
    saturation.saturation_test(
        exact, train, test, ("lr",), ratios=(19.5,), repeats=10, test_ratio=2, feedback=feedback
    )
    warning = next(m for m in feedback.messages if m.startswith("WARNING: At 1:19.5"))
    assert "holds 195 negatives for 195 wanted: 10 of the 10 repeats train on the same negatives" in warning


def test_feasibility_is_checked_up_front_with_the_numbers():
    samples = _landscape()
    train, test = sampleset.split_rows(samples)
    check = saturation.feasibility(samples, train, test, (2.5, 5, 200), 200)
    assert check.n_train_pos == 100 and check.train[""][0] == 400 and check.train[""][1] == pytest.approx(4.0)
    assert check.test == {"random": (200, 10.0), "rn": (200, 10.0)}
    message = check.message()
    assert "1:5, 1:200 need 20000 negatives, but only 400" in message
    # the 'rn' design set stops the run; the 'random' companion set is scored at the largest ratio it allows
    assert "1:200 needs 4000 'rn' test negatives, but only 200" in message
    assert "'random' test negatives" not in message
    assert "at most 1:4" in message and "at most 1:10" in message
    with pytest.raises(LsmError, match="cannot hold this design"):
        saturation.saturation_test(samples, train, test, ("lr",), ratios=(2.5, 5), repeats=1, test_ratio=200)
    # the paper design takes the largest test ratio that fits (1:10 here) instead of stopping
    feedback = NullFeedback()
    results, _ = _lr_saturation(
        samples, train, test, ratios=(2.5,), repeats=1, test_ratio=200, fit_test_ratio=True, feedback=feedback
    )
    assert {r["n_test_neg"] for r in results} == {200}
    assert any("the largest ratio that fits, 1:10, is used" in m for m in feedback.messages)


def test_negatives_comparison_is_table_two(tmp_path):
    samples = _landscape()
    train, test = sampleset.split_rows(samples)
    negatives = train[samples.y[train] == 0]
    pools = {"unlabeled": negatives[::2], "rn": negatives[1::2]}
    results, group = saturation.negatives_comparison(
        samples,
        train,
        test,
        pools,
        model_types=("lr", "rf"),
        repeats=3,
        test_ratio=5,
        params={"rf": {"n_estimators": 10}},
        store=str(tmp_path),
    )
    assert {(r["model"], r["negatives"]) for r in results} == {
        (m, p) for m in ("lr", "rf") for p in ("unlabeled", "rn")
    }
    assert {r["ratio"] for r in results} == {1.0} and {r["n_train_neg"] for r in results} == {100}
    summary = saturation.summarise(results)
    assert len(summary) == 2 * 2 * 2 and {row["n"] for row in summary} == {3}
    stored, _ = read_store(str(tmp_path))
    assert len(stored) == 24 and {r["summary"]["negatives"] for r in stored} == {"unlabeled", "rn"}
    with pytest.raises(LsmError, match="two kinds"):
        saturation.negatives_comparison(samples, train, test, {"unlabeled": negatives[:0], "rn": negatives})


def test_link_test_sets():
    a = records.run_record("lsm:x", test_set="random")
    b = records.run_record("lsm:x", test_set="rn")
    records.link_test_sets([a, b])
    assert a["test_set_runs"] == b["test_set_runs"] == {"random": a["run_id"], "rn": b["run_id"]}
    single = records.run_record("lsm:x", test_set="random")
    assert "test_set_runs" not in records.link_test_sets([single])[0]
