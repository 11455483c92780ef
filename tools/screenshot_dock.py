"""Render the metrics dock headless into docs/images/metrics_dock.png (the README screenshot).

    cd <repo> && QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_dock.py [--store DIR]

With --store the dock shows the run records of that folder. Without it the script first makes real
runs on the bundled Ecuador data (resources/sample_data/ecuador): lsm:buildsamples, then a small
lsm:saturationtest (brf, rf, lr at ratios 1, 2.5, 5, 10, three repeats) into a temporary run store
(--keep-runs DIR keeps them), the run store of a project saved in <tmp>/ecuador, which the dock
picks up by itself. The dock groups the repeats and plots balanced accuracy against the ratio.
"""

import argparse
import os
import shutil
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "build", "plugins"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = os.path.join(REPO, "resources", "sample_data", "ecuador")
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: saturation test of the screenshot: three learners, four ratios, three repeats (36 runs, ~20 s)
MODELS = ("brf", "rf", "lr")
RATIOS = "1, 2.5, 5, 10"
REPEATS = 3


def make_runs(store, work):
    """Real runs on the bundled data: lsm:buildsamples (175 landslides + 4000 unlabeled cells of the
    five factor rasters), then lsm:saturationtest of MODELS x RATIOS x REPEATS; records go to *store*."""
    from _headless import processing_runner
    from qgis.core import QgsApplication

    run_alg = processing_runner()
    provider = run_alg.provider

    def run(alg_id, parameters):
        started = time.perf_counter()
        result = run_alg(alg_id, parameters)
        print(f"{alg_id}: {time.perf_counter() - started:.1f} s")
        return result

    samples = os.path.join(work, "samples.gpkg")
    run(
        "lsm:buildsamples",
        {
            "FACTORS": [os.path.join(DATA, f"{name}.tif") for name in FACTORS],
            "INVENTORY": os.path.join(DATA, "landslides.gpkg"),
            "N_UNLABELED": 4000,
            "SEED": 7,
            "OUTPUT": samples,
        },
    )
    models = list(QgsApplication.processingRegistry().algorithmById("lsm:trainmodel").MODEL_KEYS)
    result = run(
        "lsm:saturationtest",
        {
            "INPUT": samples,
            "LABEL_FIELD": "label",
            "SPLIT_FIELD": "split",
            "FACTOR_FIELDS": FACTORS,
            "MODELS": [models.index(m) for m in MODELS],
            "RATIOS": RATIOS,
            "REPEATS": REPEATS,
            "TEST_RATIO": 10,
            "N_JOBS": 1,
            "SEED": 42,
            "RUN_STORE": store,
            "OUTPUT_LONG": "TEMPORARY_OUTPUT",
            "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    print(f"{result['N_RUNS']} runs in group {result['GROUP']}")
    return provider


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="run store folder to show (default: make real runs first)")
    parser.add_argument(
        "--keep-runs", help="make the real runs into this folder (kept) instead of a temporary one"
    )
    parser.add_argument("--out", default=os.path.join(REPO, "docs", "images", "metrics_dock.png"))
    parser.add_argument("--chart", default="ratio", help="bar, box, roc, pr, ratio or areas")
    parser.add_argument("--metric", default="balanced_accuracy", help="a key of core.metrics.METRIC_KEYS")
    parser.add_argument("--ungrouped", action="store_true", help="one row per run instead of mean +/- sd")
    parser.add_argument("--size", default="640x720", help="dock size WIDTHxHEIGHT in pixels")
    parser.add_argument("--font-size", type=float, default=9.0, help="application font size in points")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="lsm_screenshot_")
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QSettings

    # throw-away settings: the dock's folder setting never touches the user's QGIS settings
    QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
    QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.path.join(work, "settings"))
    app = QgsApplication([], True, os.path.join(work, "profile"))
    app.initQgis()
    try:
        from landslide_susceptibility.plugin.metrics_dock import MetricsDock
        from qgis.core import QgsSettings
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QFont

        font = QFont(app.font())
        font.setPointSizeF(args.font_size)  # the desktop size; offscreen Qt starts larger
        app.setFont(font)

        store = args.store
        provider = None
        if not store:
            # the runs go where the algorithms put them for a project saved in .../ecuador: its
            # lsm_runs folder, which the dock reads without being told ("(project)" in the folder list)
            project_home = os.path.join(work, "ecuador")
            store = (
                os.path.abspath(args.keep_runs) if args.keep_runs else os.path.join(project_home, "lsm_runs")
            )
            outputs = os.path.join(store, "outputs") if args.keep_runs else work
            os.makedirs(outputs, exist_ok=True)
            provider = make_runs(store, outputs)
            if not args.keep_runs:
                from qgis.core import QgsProject

                QgsProject.instance().setPresetHomePath(project_home)
        print("settings:", QgsSettings().fileName())
        from_project = not (args.store or args.keep_runs)
        dock = MetricsDock(None, None, include_project_store=from_project)
        if not from_project:
            dock.add_folder(store)
        dock.group_check.setChecked(not args.ungrouped)
        column = dock.model.column_of(args.metric)
        dock.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        # as a user would: drag the compared metric's column next to the run columns
        header = dock.table.horizontalHeader()
        header.moveSection(header.visualIndex(column), header.visualIndex(dock.model.column_of("repeat")) + 1)
        dock.set_chart(args.chart, args.metric)
        width, height = (int(v) for v in args.size.lower().split("x"))
        dock.resize(width, height)
        dock.show()
        for _ in range(5):
            QCoreApplication.processEvents()
        dock.splitter.setSizes([int(height * 0.42), int(height * 0.58)])
        dock.refresh_table()
        QCoreApplication.processEvents()
        if dock.chart.available:
            dock.chart.canvas.draw()
        QCoreApplication.processEvents()
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        if not dock.grab().save(args.out):
            raise SystemExit(f"could not write {args.out}")
        print(f"{args.out}: {len(dock.records)} runs from {dock.folder_combo.currentText()}")
        dock.shutdown()
        del provider
    finally:
        app.exitQgis()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
