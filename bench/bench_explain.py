"""Benchmark of lsm:contributionmaps (core.contribution.contribution_map) against the plain prediction.

The synthetic 16-band float32 stack of bench_predict.py (written once into bench/_data/, git-ignored;
5 % of the cells nodata), on a small raster, and a random forest of 200 unpruned trees fitted on
--train synthetic samples of bench_predict's labels (default 1000, e.g. 500 landslides at 1:1): SHAP
costs far more per cell than a prediction (issue 19: "cells/s for a 200-tree forest vs its plain
prediction"). Exact TreeSHAP costs about trees x leaves x depth^2 per cell, so the rate falls with the
training size: --train 10000 is bench_predict's forest (about 1350 leaves and depth 24 per tree; about
5 cells/s on one loaded core, run it with --size 40).

- contribution: contribution_map, file to file, every factor a band (exact TreeExplainer values of
                the probability), blocks streamed as in lsm:contributionmaps
- predict map:  predict_map (lsm:predictraster) of the same bundle on the same raster, file to file
- predict_proba: scikit-learn's predict_proba of the same model on the same valid cells in memory

Every method on one thread (the tree explainer is single-threaded; n_jobs=1 for the forest), so the
ratio is per core. The additivity of the maps (base value + sum of the bands = predict_proba) is
checked on every cell.

    .venv/bin/python bench/bench_explain.py            # 200x200, 200 trees, 1000 samples (minutes)
    .venv/bin/python bench/bench_explain.py --quick    # 100x100 (about a quarter of that)
"""

import argparse
import os
import platform
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "build", "plugins"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
from _common import goal, peak_rss_mb, print_table  # noqa: E402
from bench_predict import DATA, N_BANDS, SEED, _label, write_stack  # noqa: E402
from osgeo import gdal  # noqa: E402

gdal.UseExceptions()


def versions():
    import shap
    import sklearn

    return (
        f"Python {platform.python_version()}, numpy {np.__version__}, scikit-learn {sklearn.__version__}, "
        f"shap {shap.__version__}, GDAL {gdal.__version__}"
    )


def write_forest(trees, n_train):
    """The random forest of *trees* trees fitted on *n_train* synthetic samples, as a model bundle."""
    from landslide_susceptibility.core.bundle import make_manifest, save_bundle
    from sklearn.ensemble import RandomForestClassifier

    path = os.path.join(DATA, f"rf{trees}_n{n_train}.lsmodel")
    if os.path.exists(path):
        return path
    rng = np.random.default_rng(SEED + 2)
    X = (rng.normal(size=(n_train, N_BANDS)) * 1.4).astype(np.float32)
    y = _label(X, rng)
    model = RandomForestClassifier(n_estimators=trees, n_jobs=2, random_state=SEED).fit(X, y)
    names = [f"f{b:02d}" for b in range(1, N_BANDS + 1)]
    save_bundle(path, make_manifest("rf", names, n_train=n_train), model)
    return path


def _read_stack(path):
    ds = gdal.Open(path)
    stack = ds.ReadAsArray()
    X = np.ascontiguousarray(stack.reshape(N_BANDS, -1).T)
    return X, np.isfinite(X).all(axis=1)


def _read_bands(path):
    ds = gdal.Open(path)
    return np.stack(
        [ds.GetRasterBand(b).ReadAsArray().ravel() for b in range(1, ds.RasterCount + 1)], axis=1
    ).astype(np.float64), float(ds.GetMetadataItem("SHAP_BASE_VALUE"))


def run(size, trees, n_train, block_cells):
    from landslide_susceptibility.core.bundle import load_bundle
    from landslide_susceptibility.core.contribution import contribution_map
    from landslide_susceptibility.core.grid import band_factors
    from landslide_susceptibility.core.predict import predict_map

    stack = write_stack(size)
    bundle = load_bundle(write_forest(trees, n_train))
    bundle.model.n_jobs = 1
    shape = [(e.tree_.n_leaves, e.tree_.max_depth) for e in bundle.model.estimators_]
    print("forest: {} trees, mean {:.0f} leaves, mean depth {:.1f}".format(trees, *np.mean(shape, axis=0)))
    factors = band_factors(stack)
    out_shap = os.path.join(DATA, f"contrib_{size}.tif")
    out_pred = os.path.join(DATA, f"contrib_pred_{size}.tif")
    X, valid = _read_stack(stack)
    rows = []

    t0 = time.perf_counter()
    summary = contribution_map(bundle, factors, out_shap, block_cells=block_cells)
    t_shap = time.perf_counter() - t0
    n = summary.n_valid
    rows.append(("contribution maps (16 bands)", n, f"{t_shap:.2f}", f"{n / t_shap:.0f}"))

    t0 = time.perf_counter()
    predict_map([bundle], factors, out_pred, n_jobs=1)
    t_map = time.perf_counter() - t0
    rows.append(("predict map (lsm:predictraster)", n, f"{t_map:.2f}", f"{n / t_map:.0f}"))

    t0 = time.perf_counter()
    proba = bundle.model.predict_proba(X[valid])[:, 1]
    t_proba = time.perf_counter() - t0
    rows.append(("predict_proba in memory", n, f"{t_proba:.2f}", f"{n / t_proba:.0f}"))

    values, base = _read_bands(out_shap)
    additivity = float(np.max(np.abs(base + values[valid].sum(axis=1) - proba)))
    for path in (out_shap, out_pred):
        for p in (path, path + ".aux.xml"):
            if os.path.exists(p):
                os.remove(p)
    return rows, {
        "cells": n,
        "shap_rate": n / t_shap,
        "map_rate": n / t_map,
        "proba_rate": n / t_proba,
        "additivity": additivity,
        "summary_additivity": summary.max_additivity_error,
    }


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="100x100 instead of 200x200")
    parser.add_argument("--size", type=int, default=None, help="raster side in cells (default 200)")
    parser.add_argument("--trees", type=int, default=200, help="trees of the forest (default 200)")
    parser.add_argument(
        "--train", type=int, default=1000, help="training samples of the forest (default 1000)"
    )
    parser.add_argument("--block-cells", type=int, default=None, help="cells per block of the maps")
    args = parser.parse_args()
    size = args.size or (100 if args.quick else 200)
    from landslide_susceptibility.core.contribution import DEFAULT_CONTRIBUTION_BLOCK

    block_cells = args.block_cells or DEFAULT_CONTRIBUTION_BLOCK
    print(versions())
    load = os.getloadavg()
    print(
        f"{os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {size}x{size} cells, "
        f"{N_BANDS} factors, random forest of {args.trees} trees on {args.train} samples, one thread"
    )
    t0 = time.perf_counter()
    rows, r = run(size, args.trees, args.train, block_cells)
    print_table(
        f"Contribution maps vs plain prediction ({size}x{size}, {args.trees} trees)",
        ("method", "cells", "seconds", "cells/s"),
        rows,
    )
    ratio_map = r["map_rate"] / r["shap_rate"]
    ratio_proba = r["proba_rate"] / r["shap_rate"]
    print(
        f"\ncontribution maps: {r['shap_rate']:.0f} cells/s; the plain prediction is {ratio_map:.0f}x faster as a "
        f"map (lsm:predictraster) and {ratio_proba:.0f}x faster as in-memory predict_proba"
    )
    print(
        f"additivity: base value + sum of the 16 bands vs predict_proba, largest error {r['additivity']:.2e} "
        f"(the run's own check {r['summary_additivity']:.2e}); peak RSS {peak_rss_mb():.0f} MB"
    )
    ok = r["additivity"] <= 1e-6
    goal(
        f"contribution maps {size}x{size}, {args.trees} trees",
        f"{r['shap_rate']:.0f} cells/s ({ratio_proba:.0f}x slower than predict_proba), additivity "
        f"{r['additivity']:.1e}",
        "additivity <= 1e-6",
        ok,
    )
    load = os.getloadavg()
    print(
        f"total {time.perf_counter() - t0:.0f} s; load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}"
    )


if __name__ == "__main__":
    main()
