"""The whole workflow of Fu et al. (2024) on the bundled Ecuador data, through `qgis_process`.

Run: make demo   (or .venv/bin/python -m tools.demo [--output demo_output] [--ratio 10])

Every step is a call of the real `qgis_process` binary with JSON output, as a batch user runs it:
  lsm:buildsamples -> lsm:factorscreening -> lsm:spysampling (train and test priors apart)
  -> lsm:trainmodel (BRF, EasyEnsemble, SMOTE-DNN and the RF / DNN benchmarks at one ratio)
  -> lsm:evaluatemodel (each bundle on the held-out test split)
  -> lsm:predictraster and lsm:jenksclassify (5 classes, class areas recorded) for every model
  -> lsm:report (one self-contained HTML file; the maps of the best model by balanced accuracy).
Outputs go to demo_output/ (the run records to demo_output/lsm_runs, which the metrics dock reads);
the metrics table and the class table are printed at the end.
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
    ("oa", "OA"),
    ("precision", "Prec."),
    ("sensitivity", "Sens."),
    ("specificity", "Spec."),
    ("balanced_accuracy", "BA"),
    ("g_mean", "G-mean"),
    ("f1", "F1"),
    ("kappa", "Kappa"),
    ("roc_auc", "ROC-AUC"),
    ("pr_auc", "PR-AUC"),
]


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
        evaluated.append((key, label, bundle, read_record(result["RUN_RECORD"])))

    best_key, best_label, _best_bundle, _ = max(
        evaluated, key=lambda item: item[3]["metrics"].get("balanced_accuracy") or 0.0
    )
    # every model's map and its Jenks classes (their class areas are compared in the report and the
    # dock); the best model's are the demo's map
    maps = {}
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
            LANDSLIDES=str(data / "landslides.gpkg"),
            MODEL_TYPE=key,
            RUN_NAME=f"{label} classes",
            RUN_STORE=str(runs),
            OUTPUT=str(out / f"susceptibility_{key}_classes.tif"),
            OUTPUT_CSV=str(out / f"susceptibility_{key}_classes.csv"),
        )
        maps[key] = (susceptibility, classes)
    susceptibility, classes = maps[best_key]
    report = qp.run(
        "lsm:report",
        RUN_STORE=str(runs),
        MAPS=[susceptibility["OUTPUT"], classes["OUTPUT"]],
        TITLE=f"Landslide susceptibility, southern Ecuador (best model: {best_label})",
        OUTPUT=str(out / "report.html"),
    )

    print(
        f"\nTest metrics (threshold 0.5) of each model at 1:{args.ratio:g}, spy negatives, "
        f"held-out test split:"
    )
    rows = []
    for _key, label, _bundle, record in evaluated:
        metrics = record["metrics"]
        rows.append(
            [label] + [f"{metrics[m]:.3f}" if metrics.get(m) is not None else "-" for m, _ in METRICS]
        )
    print_table(["Model"] + [title for _, title in METRICS], rows)
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
    print(f"\nBest by balanced accuracy: {best_label}; map {susceptibility['OUTPUT']}")
    print(f"Jenks classes (GVF {classes['GVF']:.4f}), {classes['OUTPUT_CSV']}:")
    with open(classes["OUTPUT_CSV"], encoding="utf-8") as handle:
        table = list(csv.reader(handle))
    print_table(table[0], [[_short(cell) for cell in row] for row in table[1:]])
    summary = {
        "best_model": best_key,
        "ratio": args.ratio,
        "kept_factors": kept,
        "metrics": {key: record["metrics"] for key, _label, _bundle, record in evaluated},
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
