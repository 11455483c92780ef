"""The whole workflow of Fu et al. (2024) on the bundled Ecuador data, through `qgis_process`.

Run: make demo   (or .venv/bin/python -m tools.demo [--output demo_output] [--ratio 10])

Every step is a call of the real `qgis_process` binary with JSON output, as a batch user runs it:
  lsm:buildsamples -> lsm:factorscreening -> lsm:spysampling (train and test priors apart)
  -> lsm:trainmodel (BRF, EasyEnsemble, SMOTE-DNN and the RF / DNN benchmarks at one ratio)
  -> lsm:evaluatemodel (each bundle on the held-out test split: on the reliable negatives `rn` and on
     random unlabeled test cells `random` when the sample layer carries both, with bootstrap intervals)
  -> lsm:predictraster, lsm:jenksclassify (5 classes, test landslides counted) and lsm:ratecurves
     (success rate on the training landslides, prediction rate on the test landslides) for every model
  -> lsm:report (one self-contained HTML file; the maps of the best model by prediction-rate AUC).
Outputs go to demo_output/ (the run records to demo_output/lsm_runs, which the metrics dock reads);
the metrics tables (one per test-set kind), the rate-curve AUCs and the class table are printed at the end.
The best map is the one with the highest prediction-rate AUC (test landslides against every cell of the
map), not the one with the best balanced accuracy at 0.5 on the spy test negatives, which flatter.
"""

import argparse
import csv
import json
import os
import shutil
import site
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample_data" / "ecuador"
PLUGIN_PATH = REPO / "build" / "plugins"
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: (model key of lsm:trainmodel's MODEL enum, its index, display label)
MODELS = [
    ("brf", 0, "Balanced random forest"),
    ("easyensemble", 1, "EasyEnsemble"),
    ("smote_dnn", 2, "SMOTE-DNN"),
    ("rf", 4, "RF (benchmark)"),
    ("dnn", 5, "DNN (benchmark)"),
]
METRICS = [
    ("sensitivity", "Sens."),
    ("specificity", "Spec."),
    ("balanced_accuracy", "BA"),
    ("kappa", "Kappa"),
    ("roc_auc", "ROC-AUC"),
    ("pr_auc", "PR-AUC"),
]
#: metrics printed with their bootstrap 95 % interval when the record has one
INTERVAL_METRICS = ("roc_auc", "pr_auc")
#: test-set kinds in the order printed, with what they are
TEST_SETS = {
    "random": "random unlabeled cells of the test split (the honest numbers)",
    "rn": "reliable negatives of the test prior (spy negatives: optimistic)",
}
NA = "n/a"


class QgisProcess:
    """Runs `qgis_process run` with JSON output in a profile of its own, with the plugin enabled."""

    def __init__(self, workdir):
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(PLUGIN_PATH))
        # qgis_process runs QGIS's own Python: let it see the packages of the Python running this
        # script (the project's .venv: scikit-learn, imbalanced-learn, torch)
        paths = [p for p in site.getsitepackages() if p not in sys.path[:1]]
        self.env["PYTHONPATH"] = os.pathsep.join(paths + [self.env.get("PYTHONPATH", "")]).strip(os.pathsep)
        profile = Path(workdir) / "qgis-profile"
        self.env["QGIS_CUSTOM_CONFIG_PATH"] = self.env["QGIS_OPTIONS_PATH"] = str(profile)
        runtime = Path(workdir) / "xdg-runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env["XDG_RUNTIME_DIR"] = str(runtime)
        if not Path(QGIS_PROCESS).exists():
            sys.exit(f"{QGIS_PROCESS} not found: run `make setup` first")
        if not (PLUGIN_PATH / "landslide_susceptibility").exists():
            sys.exit(f"{PLUGIN_PATH}/landslide_susceptibility missing: run `make setup` first")
        subprocess.run(
            [QGIS_PROCESS, "plugins", "enable", "landslide_susceptibility"],
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )

    def run(self, algorithm, **parameters):
        """Results dict of one run; lists become repeated arguments (multi-layer / multi-field)."""
        args = [QGIS_PROCESS, "--json", "run", algorithm, "--"]
        for name, value in parameters.items():
            for item in value if isinstance(value, (list, tuple)) else [value]:
                args.append(f"{name}={item}")
        start = time.perf_counter()
        proc = subprocess.run(args, env=self.env, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if proc.returncode != 0 or "{" not in proc.stdout:
            sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
            sys.exit(f"{algorithm} failed (exit {proc.returncode})")
        document = json.loads(proc.stdout[proc.stdout.index("{") :])
        print(f"  {algorithm:<22} {seconds:6.1f} s", flush=True)
        return document["results"]


def read_record(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def records_by_test_set(record_path):
    """{test-set kind: record} of one evaluation: the record written and those it links to (one per kind);
    a record without a test_set key (older plugin versions) is listed under 'n/a'."""
    first = read_record(record_path)
    found = {first.get("test_set") or NA: first}
    folder = Path(record_path).parent
    for kind, run_id in (first.get("test_set_runs") or {}).items():
        path = folder / f"{run_id}.lsmrun.json"
        if kind not in found and path.exists():
            found[kind] = read_record(path)
    return found


def metric_cell(record, key):
    """'0.812 [0.77, 0.85]' (value and its bootstrap interval), '0.812' without one, n/a when missing."""
    value = (record.get("metrics") or {}).get(key)
    if not isinstance(value, (int, float)):
        return NA
    interval = (record.get("intervals") or {}).get(key) or {}
    low, high = interval.get("low"), interval.get("high")
    if key in INTERVAL_METRICS and isinstance(low, (int, float)) and isinstance(high, (int, float)):
        return f"{value:.3f} [{low:.2f}, {high:.2f}]"
    return f"{value:.3f}"


def test_counts(record):
    summary = record.get("summary") or {}
    pos, neg = summary.get("n_test_positive"), summary.get("n_test_negative")
    return f"{pos}/{neg}" if pos is not None and neg is not None else NA


def print_metric_tables(evaluated, ratio):
    """One table per test-set kind found in the records (random first, then rn, then any other)."""
    kinds = [k for k in TEST_SETS if any(k in item[3] for item in evaluated)]
    kinds += sorted({k for item in evaluated for k in item[3]} - set(kinds))
    for kind in kinds:
        what = TEST_SETS.get(kind, "test set as recorded")
        print(
            f"\nTest metrics (threshold 0.5, 95 % bootstrap intervals) at 1:{ratio:g}, test set '{kind}': {what}"
        )
        rows = []
        for _key, label, _bundle, by_kind in evaluated:
            record = by_kind.get(kind)
            if record is None:
                rows.append([label, NA] + [NA for _ in METRICS])
            else:
                rows.append([label, test_counts(record)] + [metric_cell(record, m) for m, _ in METRICS])
        print_table(["Model", "test +/-"] + [title for _, title in METRICS], rows)


def auc_cell(value):
    return f"{value:.3f}" if isinstance(value, (int, float)) else NA


def _short(cell):
    """A CSV cell for the console: numbers with 4 significant digits."""
    try:
        number = float(cell)
    except ValueError:
        return cell
    return str(int(number)) if number.is_integer() and abs(number) < 1e9 else f"{number:.4g}"


def print_table(header, rows):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(header)]
    print("  ".join(str(h).ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(REPO / "demo_output"), help="output folder (replaced)")
    parser.add_argument("--ratio", type=float, default=10.0, help="negatives per landslide (default 10)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)

    out = Path(args.output).resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    runs = out / "lsm_runs"
    work = Path(tempfile.mkdtemp(prefix="lsm_demo_"))
    data = work / "ecuador"
    shutil.copytree(SAMPLE, data)  # QGIS may rewrite a GeoPackage's header: never touch the shipped copy
    rasters = [str(data / f"{name}.tif") for name in FACTORS]
    qp = QgisProcess(work)
    started = time.perf_counter()
    print(f"Landslide susceptibility demo on {SAMPLE.relative_to(REPO)} -> {out}")

    samples = qp.run(
        "lsm:buildsamples",
        FACTORS=rasters,
        INVENTORY=str(data / "landslides.gpkg"),
        RATIO=30,
        BUFFER=30,
        TRAIN_FRACTION=0.7,
        SEED=args.seed,
        OUTPUT=str(out / "samples.gpkg"),
    )
    print(f"    {samples['SUMMARY']}")
    screening = qp.run(
        "lsm:factorscreening",
        SAMPLES=samples["OUTPUT"],
        SEED=args.seed,
        OUTPUT_TABLE=str(out / "factor_screening.csv"),
        CORRELATION=str(out / "correlation.csv"),
        REPORT=str(out / "factor_screening.html"),
    )
    kept = [f for f in screening["KEPT_FACTORS"].split(",") if f]
    print(f"    kept factors: {', '.join(kept)}; removed: {screening['REMOVED_FACTORS'] or 'none'}")
    kept_rasters = [str(data / f"{name}.tif") for name in kept]

    spy = qp.run(
        "lsm:spysampling",
        INPUT=samples["OUTPUT"],
        FACTORS=kept_rasters,
        FACTOR_FIELDS=kept,
        RATIO=args.ratio,
        SEED=args.seed,
        RUN_STORE=str(runs),
        OUTPUT=str(out / "spy_samples.gpkg"),
        PRIOR_TRAIN=str(out / "prior_train.tif"),
        PRIOR_TEST=str(out / "prior_test.tif"),
        BUNDLE_TRAIN=str(out / "prior_train.lsmodel"),
        BUNDLE_TEST=str(out / "prior_test.lsmodel"),
        SUMMARY=str(out / "spy_summary.csv"),
    )
    print(
        f"    spy threshold {spy['THRESHOLD_TRAIN']:.4f}; reliable negatives: "
        f"{int(spy['NEGATIVES_TRAIN'])} train, {int(spy['NEGATIVES_TEST'])} test"
    )

    evaluated = []
    for key, index, label in MODELS:
        bundle = out / f"model_{key}.lsmodel"
        qp.run(
            "lsm:trainmodel",
            INPUT=spy["OUTPUT"],
            FACTOR_FIELDS=kept,
            MODEL=index,
            RATIO=args.ratio,
            SEED=args.seed,
            N_JOBS=2,
            FACTOR_RASTERS=kept_rasters,
            RUN_STORE=str(runs),
            WRITE_RECORD=False,
            OUTPUT=str(bundle),
        )
        result = qp.run(
            "lsm:evaluatemodel",
            INPUT=spy["OUTPUT"],
            BUNDLE=str(bundle),
            MODEL_NAME=f"{label} 1:{args.ratio:g}",
            RUN_STORE=str(runs),
            OUTPUT_METRICS=str(out / f"metrics_{key}.csv"),
            OUTPUT_PLOT=str(out / f"curves_{key}.png"),
        )
        evaluated.append((key, label, bundle, records_by_test_set(result["RUN_RECORD"])))

    # every model's map, its Jenks classes on the test landslides and its rate curves (success: training
    # landslides, prediction: test landslides, both against every cell of the map)
    maps, rates = {}, {}
    for key, label, bundle, _record in evaluated:
        susceptibility = qp.run(
            "lsm:predictraster",
            MODEL=str(bundle),
            FACTORS=kept_rasters,
            N_JOBS=2,
            OUTPUT=str(out / f"susceptibility_{key}.tif"),
        )
        classes = qp.run(
            "lsm:jenksclassify",
            INPUT=susceptibility["OUTPUT"],
            CLASSES=5,
            LANDSLIDES=samples["OUTPUT"],
            MODEL_TYPE=key,
            RUN_NAME=f"{label} classes",
            RUN_STORE=str(runs),
            OUTPUT=str(out / f"susceptibility_{key}_classes.tif"),
            OUTPUT_CSV=str(out / f"susceptibility_{key}_classes.csv"),
        )
        maps[key] = (susceptibility, classes)
        rates[key] = qp.run(
            "lsm:ratecurves",
            INPUT=susceptibility["OUTPUT"],
            SAMPLES=samples["OUTPUT"],
            RUN_STORE=str(runs),
            OUTPUT_TABLE=str(out / f"rate_curves_{key}.csv"),
            OUTPUT_PLOT=str(out / f"rate_curves_{key}.png"),
        )
    # the best map: highest prediction-rate AUC (test landslides against the whole map)
    best_key, best_label = max(
        ((key, label) for key, label, _b, _r in evaluated),
        key=lambda item: rates[item[0]].get("PREDICTION_AUC") or 0.0,
    )
    susceptibility, classes = maps[best_key]
    report = qp.run(
        "lsm:report",
        RUN_STORE=str(runs),
        MAPS=[susceptibility["OUTPUT"], classes["OUTPUT"]],
        TITLE=f"Landslide susceptibility, southern Ecuador (best map by prediction-rate AUC: {best_label})",
        OUTPUT=str(out / "report.html"),
    )

    print_metric_tables(evaluated, args.ratio)
    print("\nRate curves over the whole map (Chung and Fabbri 2003), test set 'area':")
    rows = [
        [label, auc_cell(rates[key].get("SUCCESS_AUC")), auc_cell(rates[key].get("PREDICTION_AUC"))]
        for key, label, _b, _r in evaluated
    ]
    print_table(["Model", "success-rate AUC (train)", "prediction-rate AUC (test)"], rows)
    print("\nShare of the area (and of the landslides) per susceptibility class, each model's map:")
    rows = []
    for key, label, _bundle, _record in evaluated:
        with open(maps[key][1]["OUTPUT_CSV"], encoding="utf-8") as handle:
            table = list(csv.DictReader(handle))
        rows.append(
            [label] + [f"{float(r['area_pct']):.1f} ({float(r['landslide_pct']):.0f})" for r in table]
        )
        class_labels = [r["label"] for r in table]
    print_table(["Model: area % (landslide %)"] + class_labels, rows)
    print(
        f"\nBest map by prediction-rate AUC on the test landslides: {best_label} "
        f"({auc_cell(rates[best_key].get('PREDICTION_AUC'))}); map {susceptibility['OUTPUT']}"
    )
    print(f"Jenks classes (GVF {classes['GVF']:.4f}), {classes['OUTPUT_CSV']}:")
    with open(classes["OUTPUT_CSV"], encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    print_table(table[0], [[_short(cell) for cell in row] for row in table[1:]])
    summary = {
        "best_model": best_key,
        "best_by": "prediction_auc",
        "rate_curves": {
            key: {k: rates[key].get(k) for k in ("SUCCESS_AUC", "PREDICTION_AUC")} for key in rates
        },
        "ratio": args.ratio,
        "kept_factors": kept,
        "metrics": {
            key: {kind: record.get("metrics") for kind, record in by_kind.items()}
            for key, _label, _bundle, by_kind in evaluated
        },
        "susceptibility": susceptibility["OUTPUT"],
        "classes": classes["OUTPUT"],
        "class_table": classes["OUTPUT_CSV"],
        "report": report["OUTPUT"],
        "run_store": str(runs),
    }
    with open(out / "summary.json", "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=1)
    print(f"\nReport: {report['OUTPUT']}")
    print(f"Run records for the metrics dock: {runs}")
    print(f"Done in {time.perf_counter() - started:.0f} s.")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
