"""Benchmark of the imbalanced learners (issue: imbalanced learners and the saturation test).

Synthetic data like Fu et al. 2024's: n_pos landslides x 16 factors, negatives at 1:2.5, 1:10, 1:50,
1:200; 100 trees, 2 jobs. For each ratio: fit time, peak extra memory and test metrics (a fixed
1:200 test set) of our balanced random forest and imbalanced-learn's, EasyEnsemble's fit, SMOTE and
ADASYN resampling; then SMOTE-DNN training throughput (rows/s) on the SMOTE output of the largest
ratio (about 4 M rows at 10 k x 1:200).

Goals: our BRF at 1:200 within 1.2x its time at 1:2.5, >= 4x faster than imbalanced-learn's there,
with the same test metrics.

    python bench/bench_models.py            # the full run (a few minutes on 2 cores)
    python bench/bench_models.py --quick    # small sizes, well under a minute

Each case runs in a forked child process so that its peak memory (peak RSS minus the RSS at the
start of the case, the data already loaded) is its own.
"""

import argparse
import multiprocessing
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "build" / "plugins"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import goal  # noqa: E402

N_FACTORS = 16


def preload():
    """Import the libraries in the parent, so that the forked cases neither time nor count them."""
    import imblearn.ensemble  # noqa: F401
    import imblearn.over_sampling  # noqa: F401
    import sklearn.ensemble  # noqa: F401
    import sklearn.metrics  # noqa: F401
    import torch  # noqa: F401
    from landslide_susceptibility.core import models  # noqa: F401


def make_data(n_pos, ratio, seed):
    """Positives shifted on half the factors (with interactions), negatives standard normal."""
    rng = np.random.default_rng(seed)
    n_neg = int(round(n_pos * ratio))
    shift = np.r_[np.linspace(0.9, 0.2, N_FACTORS // 2), np.zeros(N_FACTORS - N_FACTORS // 2)]
    pos = rng.normal(0.0, 1.0, (n_pos, N_FACTORS)) + shift
    pos[:, 8] += 0.6 * np.sign(pos[:, 0] * pos[:, 1])
    neg = rng.normal(0.0, 1.0, (n_neg, N_FACTORS))
    X = np.vstack([pos, neg])
    y = np.r_[np.ones(n_pos, dtype=np.int64), np.zeros(n_neg, dtype=np.int64)]
    return X, y


def _rss_mb():
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


def _child(conn, function, args):
    try:
        base = _rss_mb()
        start = time.perf_counter()
        info = function(*args)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
        conn.send((seconds, max(0.0, peak - base), info, None))
    except Exception as exc:  # reported in the table, never hidden
        conn.send((float("nan"), float("nan"), {}, repr(exc)))
    finally:
        conn.close()


def measure(function, *args):
    """(seconds, peak extra MB, info dict) of function(*args) in a forked child."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(child, function, args))
    process.start()
    child.close()
    result = parent.recv()
    process.join()
    if result[3]:
        print(f"  ! {function.__name__} failed: {result[3]}")
    return result[:3]


def fit_brf(X, y, X_test, y_test, implementation, trees, jobs):
    from landslide_susceptibility.core import models
    from sklearn.metrics import balanced_accuracy_score, roc_auc_score

    params = {"n_estimators": trees}
    if implementation == "imblearn":
        params["implementation"] = "imblearn"
    start = time.perf_counter()
    model = models.make_estimator("brf", params, seed=0, n_jobs=jobs).fit(X, y)
    fit_seconds = time.perf_counter() - start
    scores = model.predict_proba(X_test)[:, 1]
    return {
        "fit": fit_seconds,
        "auc": roc_auc_score(y_test, scores),
        "ba": balanced_accuracy_score(y_test, scores >= 0.5),
    }


def fit_easy(X, y, X_test, y_test, jobs):
    from landslide_susceptibility.core import models
    from sklearn.metrics import roc_auc_score

    start = time.perf_counter()
    model = models.make_estimator("easyensemble", None, seed=0, n_jobs=jobs).fit(X, y)
    fit_seconds = time.perf_counter() - start
    return {"fit": fit_seconds, "auc": roc_auc_score(y_test, model.predict_proba(X_test)[:, 1])}


def resample(X, y, method):
    from landslide_susceptibility.core import models

    Xr, _yr = models.Oversampler(method, random_state=0).fit_resample(X, y)
    return {"rows": int(Xr.shape[0])}


def dnn_throughput(X, y, max_rows, batch_size):
    """Rows/s of SMOTE-DNN's network training on the SMOTE output of (X, y)."""
    import torch
    from landslide_susceptibility.core import models

    torch.set_num_threads(2)
    Xr, yr = models.Oversampler("smote", random_state=0).fit_resample(X, y)
    if Xr.shape[0] > max_rows:
        keep = np.random.default_rng(0).choice(Xr.shape[0], max_rows, replace=False)
        Xr, yr = Xr[keep], yr[keep]
    Xr = Xr.astype(np.float32)
    # torch's first training call initialises its kernels (seconds): warm up outside the timing
    models.TorchMLPClassifier(epochs=1, device="cpu").fit(Xr[:2000], yr[:2000])
    mlp = models.TorchMLPClassifier(epochs=1, batch_size=batch_size, device="cpu", random_state=0)
    start = time.perf_counter()
    mlp.fit(Xr, yr)
    seconds = time.perf_counter() - start
    return {"rows": int(Xr.shape[0]), "train_seconds": seconds, "rows_per_s": Xr.shape[0] / seconds}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (well under a minute)")
    parser.add_argument("--n-pos", type=int, default=None, help="training landslides (default 10000)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--trees", type=int, default=None)
    parser.add_argument("--ratios", default=None, help="comma-separated ratios (default 2.5,10,50,200)")
    parser.add_argument(
        "--ours-only", action="store_true", help="only our BRF (time, peak memory, metrics); no goals checked"
    )
    args = parser.parse_args()
    n_pos = args.n_pos or (1000 if args.quick else 10000)
    trees = args.trees or (50 if args.quick else 100)
    ratios = (2.5, 50) if args.quick else (2.5, 10, 50, 200)
    if args.ratios:
        ratios = tuple(float(r) for r in args.ratios.split(","))
    dnn_rows = 300_000 if args.quick else 4_100_000
    jobs = args.jobs
    preload()

    X_test, y_test = make_data(max(200, n_pos // 10), 200, seed=99)
    print(
        f"bench_models: {n_pos} positives x {N_FACTORS} factors, {trees} trees, {jobs} jobs; test set "
        f"{int(y_test.sum())} + {int((y_test == 0).sum())} (1:200); cores {os.cpu_count()}"
    )
    header = (
        f"{'ratio':>6} {'rows':>9} | {'BRF ours s':>10} {'MB':>6} {'AUC':>6} {'BA':>6} | {'BRF imbl s':>10} "
        f"{'MB':>6} {'AUC':>6} {'BA':>6} | {'speedup':>7} | {'Easy s':>7} {'MB':>6} {'AUC':>6} | "
        f"{'SMOTE s':>7} {'MB':>6} | {'ADASYN s':>8} {'MB':>6}"
    )
    print(header)
    print("-" * len(header))
    ours_fit = {}
    imbl_fit = {}
    last = None
    for ratio in ratios:
        X, y = make_data(n_pos, ratio, seed=1)
        _, mb_o, ours = measure(fit_brf, X, y, X_test, y_test, "fast", trees, jobs)
        if args.ours_only:
            print(
                f"{ratio:>6g} {len(y):>9d} | {ours.get('fit', np.nan):>10.2f} {mb_o:>6.0f} "
                f"{ours.get('auc', np.nan):>6.4f} {ours.get('ba', np.nan):>6.4f} |",
                flush=True,
            )
            continue
        _, mb_i, imbl = measure(fit_brf, X, y, X_test, y_test, "imblearn", trees, jobs)
        _, mb_e, easy = measure(fit_easy, X, y, X_test, y_test, jobs)
        s_smote, mb_s, _ = measure(resample, X, y, "smote")
        s_adasyn, mb_a, _ = measure(resample, X, y, "adasyn")
        ours_fit[ratio] = ours.get("fit", float("nan"))
        imbl_fit[ratio] = imbl.get("fit", float("nan"))
        print(
            f"{ratio:>6g} {len(y):>9d} | {ours_fit[ratio]:>10.2f} {mb_o:>6.0f} {ours.get('auc', np.nan):>6.4f} "
            f"{ours.get('ba', np.nan):>6.4f} | {imbl_fit[ratio]:>10.2f} {mb_i:>6.0f} {imbl.get('auc', np.nan):>6.4f} "
            f"{imbl.get('ba', np.nan):>6.4f} | {imbl_fit[ratio] / ours_fit[ratio]:>6.1f}x | "
            f"{easy.get('fit', np.nan):>7.2f} {mb_e:>6.0f} {easy.get('auc', np.nan):>6.4f} | {s_smote:>7.2f} "
            f"{mb_s:>6.0f} | {s_adasyn:>8.2f} {mb_a:>6.0f}",
            flush=True,
        )
        last = (X, y)
        del X, y
    if args.ours_only:
        return
    low, high = ratios[0], ratios[-1]
    growth = ours_fit[high] / ours_fit[low]
    speedup = imbl_fit[high] / ours_fit[high]
    print()
    print(
        f"our BRF 1:{high:g} / 1:{low:g} time: {growth:.2f}x (goal <= 1.2x: {'met' if growth <= 1.2 else 'NOT met'})"
    )
    print(
        f"imbalanced-learn BRF / ours at 1:{high:g}: {speedup:.1f}x (goal >= 4x: {'met' if speedup >= 4 else 'NOT met'})"
    )
    goal(f"our BRF time 1:{high:g} / 1:{low:g}", f"{growth:.2f}x", "<= 1.2x", growth <= 1.2)
    goal(f"imbalanced-learn BRF / ours at 1:{high:g}", f"{speedup:.1f}x", ">= 4x", speedup >= 4)
    X, y = last
    _, mb_d, dnn = measure(dnn_throughput, X, y, dnn_rows, 512)
    _, mb_d2, dnn_big = measure(dnn_throughput, X, y, dnn_rows, 4096)
    print(
        f"SMOTE-DNN network training at 1:{high:g}: {dnn.get('rows', 0)} rows, one epoch batch 512 in "
        f"{dnn.get('train_seconds', np.nan):.1f} s = {dnn.get('rows_per_s', np.nan):,.0f} rows/s (peak +{mb_d:.0f} MB "
        f"with the SMOTE step); batch 4096: {dnn_big.get('rows_per_s', np.nan):,.0f} rows/s"
    )


if __name__ == "__main__":
    main()
