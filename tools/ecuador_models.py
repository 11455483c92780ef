"""Every model type of lsm:trainmodel on the bundled Ecuador data with spy negatives at 1:10.

    cd <repo> && QT_QPA_PLATFORM=offscreen .venv/bin/python tools/ecuador_models.py [--repeats 3]

The real processing chain, through processing.run on a copy of resources/sample_data/ecuador:
1. lsm:buildsamples: the 175 landslides (70 % train / 30 % test) and UNLABELED_RATIO unlabeled cells
   per landslide from disjoint train/test pools;
2. lsm:spysampling: the spy technique (Fu et al. 2024), reliable negatives at 1:10 on each split,
   landslides copied into the output;
3. lsm:trainmodel for each model type at 1:10 (every training negative of the spy output), and the
   benchmarks rf / dnn also at 1:1 (balanced, as Fu et al. 2024 train them), one fit per seed;
4. lsm:evaluatemodel of each bundle on the 'test' rows (test landslides + test spy negatives, 1:10).

Prints one row per model: mean (and sd over the repeats, i.e. seeds of sampling and model) of the
test metrics at threshold 0.5, ROC-AUC and PR-AUC, and the BA at the G-mean-best threshold.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "build", "plugins"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from landslide_susceptibility.core.metrics import METRIC_KEYS, METRIC_LABELS  # noqa: E402

DATA = os.path.join(REPO, "resources", "sample_data", "ecuador")
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: unlabeled cells per landslide drawn by lsm:buildsamples (the spy technique's unlabeled set)
UNLABELED_RATIO = 20
#: reliable negatives per landslide (issue 5: spy negatives at 1:10)
SPY_RATIO = 10
#: (model key, training ratio) in the table's order; rf and dnn also as balanced benchmarks
RUNS = [
    ("brf", 10),
    ("easyensemble", 10),
    ("smote_dnn", 10),
    ("adasyn_dnn", 10),
    ("rf", 10),
    ("dnn", 10),
    ("svm", 10),
    ("lr", 10),
    ("klr", 10),
    ("rf", 1),
    ("dnn", 1),
]
SHOWN = tuple(k for k in METRIC_KEYS if k != "precision")
#: column heads: the metric labels of core.metrics, shortened where the table is narrow
LABELS = {**METRIC_LABELS, "sensitivity": "Sens", "specificity": "Spec"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3, help="seeds per model (default 3)")
    parser.add_argument("--seed", type=int, default=42, help="seed of the samples and the spy step")
    parser.add_argument("--keep", default=None, help="keep the work folder here")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    work = args.keep or tempfile.mkdtemp(prefix="lsm_ecuador_")
    os.makedirs(work, exist_ok=True)
    app = QgsApplication([], False, os.path.join(work, "profile"))
    app.initQgis()
    try:
        rows = run_chain(work, args.repeats, args.seed)
        print_table(rows, args.repeats)
    finally:
        app.exitQgis()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def run_chain(work, repeats, seed):
    import numpy as np
    from _headless import processing_runner
    from landslide_susceptibility.core.catalogue import MODEL_TYPES

    run = processing_runner()

    data = os.path.join(work, "data")  # GeoPackages are opened from a copy, never in the repository
    shutil.copytree(DATA, data)
    store = os.path.join(work, "runs")
    started = time.perf_counter()
    samples = run(
        "lsm:buildsamples",
        {
            "FACTORS": [os.path.join(data, f"{n}.tif") for n in FACTORS],
            "INVENTORY": os.path.join(data, "landslides.gpkg"),
            "RATIO": float(UNLABELED_RATIO),
            "TRAIN_FRACTION": 0.7,
            "SEED": seed,
            "OUTPUT": os.path.join(work, "samples.gpkg"),
        },
    )
    spy = run(
        "lsm:spysampling",
        {
            "INPUT": samples["OUTPUT"],
            "FACTORS": [os.path.join(data, f"{n}.tif") for n in FACTORS],
            "RATIO": float(SPY_RATIO),
            "SEED": seed,
            "N_JOBS": 2,
            "RUN_STORE": store,
            "OUTPUT": os.path.join(work, "spy_samples.gpkg"),
            "PRIOR_TRAIN": os.path.join(work, "prior_train.tif"),
            "PRIOR_TEST": os.path.join(work, "prior_test.tif"),
            "BUNDLE_TRAIN": os.path.join(work, "prior_train.lsmodel"),
            "BUNDLE_TEST": os.path.join(work, "prior_test.lsmodel"),
            "SUMMARY": os.path.join(work, "spy_summary.csv"),
        },
    )
    print(
        "samples: {} train + {} test landslides, {} + {} unlabeled; spy negatives: {} train, {} test "
        "({:.0f} s)".format(
            samples["TRAIN_LANDSLIDES"],
            samples["TEST_LANDSLIDES"],
            samples["TRAIN_UNLABELED"],
            samples["TEST_UNLABELED"],
            spy["NEGATIVES_TRAIN"],
            spy["NEGATIVES_TEST"],
            time.perf_counter() - started,
        ),
        flush=True,
    )
    keys = list(MODEL_TYPES)
    table = []
    for model_type, ratio in RUNS:
        metrics = {k: [] for k in SHOWN}
        best_ba, seconds = [], []
        for r in range(repeats):
            t = time.perf_counter()
            bundle = os.path.join(work, f"{model_type}_1-{ratio}_{r}.lsmodel")
            run(
                "lsm:trainmodel",
                {
                    "INPUT": spy["OUTPUT"],
                    "LABEL_FIELD": "label",
                    "FACTOR_FIELDS": FACTORS,
                    "SPLIT_FIELD": "split",
                    "MODEL": keys.index(model_type),
                    "RATIO": float(ratio),
                    "SEED": seed + r,
                    "N_JOBS": 2,
                    "DEVICE": 1,  # cpu
                    "RUN_STORE": store,
                    "OUTPUT": bundle,
                },
            )
            seconds.append(time.perf_counter() - t)
            evaluation = run(
                "lsm:evaluatemodel",
                {
                    "INPUT": spy["OUTPUT"],
                    "LABEL_FIELD": "label",
                    "SPLIT_FIELD": "split",
                    "BUNDLE": bundle,
                    "RUN_STORE": store,
                    "OUTPUT_METRICS": "TEMPORARY_OUTPUT",
                },
            )
            with open(evaluation["RUN_RECORD"], encoding="utf-8") as handle:
                record = json.load(handle)
            for key in SHOWN:
                metrics[key].append(record["metrics"][key])
            best_ba.append(record["metrics_best"]["balanced_accuracy"])
            n_test = (record["summary"]["n_test_positive"], record["summary"]["n_test_negative"])
        table.append(
            {
                "model": model_type,
                "ratio": ratio,
                "mean": {k: float(np.mean(v)) for k, v in metrics.items()},
                "sd": {k: float(np.std(v, ddof=1)) if len(v) > 1 else 0.0 for k, v in metrics.items()},
                "best_ba": float(np.mean(best_ba)),
                "seconds": float(np.mean(seconds)),
                "n_test": n_test,
            }
        )
        print(f"  {model_type} 1:{ratio}: BA {table[-1]['mean']['balanced_accuracy']:.3f}", flush=True)
    return table


def print_table(rows, repeats):
    n_pos, n_neg = rows[0]["n_test"]
    print()
    print(
        f"Test set: {n_pos} landslides + {n_neg} spy negatives (1:{n_neg / n_pos:.0f}); threshold 0.5; "
        f"mean over {repeats} seed(s), sd in brackets for BA and ROC-AUC; BA* = BA at the G-mean-best "
        "threshold (chosen on the test set, optimistic)."
    )
    head = f"{'model':<13}{'ratio':>6} " + " ".join(
        f"{LABELS[k]:>{14 if k in ('balanced_accuracy', 'roc_auc') else 7}}" for k in SHOWN
    )
    head += f" {'BA*':>6} {'fit s':>6}"
    print(head)
    print("-" * len(head))
    ranked = sorted(rows, key=lambda r: -r["mean"]["balanced_accuracy"])
    for row in rows:
        cells = []
        for k in SHOWN:
            if k in ("balanced_accuracy", "roc_auc"):
                cells.append(f"{row['mean'][k]:>7.3f} ({row['sd'][k]:.3f})")
            else:
                cells.append(f"{row['mean'][k]:>7.3f}")
        print(
            f"{row['model']:<13}{'1:' + str(row['ratio']):>6} "
            + " ".join(cells)
            + f" {row['best_ba']:>6.3f} {row['seconds']:>6.1f}"
        )
    print()
    print(
        "Rank by BA: "
        + ", ".join(f"{r['model']} 1:{r['ratio']} {r['mean']['balanced_accuracy']:.3f}" for r in ranked)
    )
    brf_rank = [r["model"] for r in ranked].index("brf") + 1
    print(f"BRF ranks {brf_rank} of {len(rows)} on balanced accuracy.")


if __name__ == "__main__":
    main()
