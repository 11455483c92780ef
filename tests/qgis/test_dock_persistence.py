"""Results that persist (issue 17 item 1) and a dock for comparing (item 3, issue 13 item 1):
records and temporary bundles go to a lasting run store, a new session's dock shows every run (the
shipped lsm:pipeline's steps included), "best" only among comparable runs, priors apart, the rn note,
rate curves and fold boxes, missing folders, the dock's geometry."""

import os
import time

import pytest
from landslide_susceptibility.core.paths import RUN_STORE_DIRNAME, default_run_store
from landslide_susceptibility.core.runrecord import new_record, read_store, write_record
from qgis.core import QgsApplication, QgsProcessing, QgsProcessingUtils, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt

SETTINGS_KEY = "landslide_susceptibility/tests/persistence_stores"
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


@pytest.fixture()
def profile(tmp_path, monkeypatch):
    """A QGIS profile folder of the test's own: the algorithms' and the dock's profile store."""
    from landslide_susceptibility.algorithms import _params
    from landslide_susceptibility.plugin import dock_stores

    folder = tmp_path / "profile"
    folder.mkdir()
    monkeypatch.setattr(_params, "profile_folder", lambda: str(folder))
    monkeypatch.setattr(dock_stores, "profile_store", lambda: str(folder / RUN_STORE_DIRNAME))
    QgsProject.instance().clear()  # an unsaved project
    yield folder
    QgsSettings().remove(SETTINGS_KEY)


def _new_dock(qgis_iface, include_defaults=True):
    from landslide_susceptibility.plugin.metrics_dock import MetricsDock

    dock = MetricsDock(qgis_iface, None, settings_key=SETTINGS_KEY, include_project_store=include_defaults)
    dock.resize(900, 700)
    return dock


def _close(dock):
    dock.shutdown()
    dock.deleteLater()


def _shown_ids(dock):
    return {run_id for model in dock.models().values() for row in model.rows for run_id in row["run_ids"]}


def test_default_store_is_never_the_temporary_folder(tmp_path):
    temp = tmp_path / "processing_x"
    profile = tmp_path / "profile"
    inside = temp / "abc" / "OUTPUT.tif"
    assert default_run_store("", str(inside), str(profile), (str(temp),)) == str(profile / "lsm_runs")
    assert default_run_store("", "TEMPORARY_OUTPUT", str(profile)) == str(profile / "lsm_runs")
    assert default_run_store("", None, str(profile)) == str(profile / "lsm_runs")
    chosen = tmp_path / "work" / "map.tif"
    assert default_run_store("", str(chosen), str(profile), (str(temp),)) == str(
        tmp_path / "work" / "lsm_runs"
    )
    assert default_run_store(str(tmp_path / "proj"), str(inside), str(profile)) == str(
        tmp_path / "proj" / "lsm_runs"
    )


def test_pipeline_runs_reach_a_new_session(qgis_iface, lsm_provider, profile, factor_paths, sample_dir):
    """The shipped model with every output left temporary, unsaved project: its three step records
    and its bundle land in the profile's run store, not in QGIS's temporary folder; a dock made
    afterwards (a new session, settings persisted) shows them with the earlier runs."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    store = profile / RUN_STORE_DIRNAME
    earlier = new_record("lsm:trainmodel", model_type="lr", metrics={"roc_auc": 0.7}, test_set="random")
    write_record(str(store), earlier)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {
        "FACTORS": [factor_paths[name] for name in FACTORS],
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "TREES": 20,
        "UNLABELED_RATIO": 5,
        "NEGATIVE_RATIO": 1,
        "N_CLASSES": 5,
        "SEED": 3,
    }
    model = QgsApplication.processingRegistry().algorithmById("lsm:pipeline")
    for output in model.destinationParameterDefinitions():  # every output left temporary
        parameters[output.name()] = QgsProcessing.TEMPORARY_OUTPUT
    started = time.perf_counter()
    results = processing.run("lsm:pipeline", parameters, context=context, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - started
    assert seconds < 120, seconds
    records, broken = read_store(str(store))
    assert not broken
    algorithms = sorted(r["algorithm"] for r in records)
    assert algorithms.count("lsm:trainmodel") >= 2  # the earlier run and the pipeline's training
    assert {"lsm:spysampling", "lsm:evaluatemodel"} <= set(algorithms)
    temp = os.path.realpath(QgsProcessingUtils.tempFolder())
    bundles = [p for r in records for k, p in (r.get("outputs") or {}).items() if k == "bundle"]
    assert bundles and all(not os.path.realpath(p).startswith(temp) for p in bundles), bundles
    assert all(os.path.exists(p) for p in bundles)
    assert results  # the model's own results
    # a new session: a fresh dock, reading the settings and the default stores
    dock = _new_dock(qgis_iface)
    try:
        assert _shown_ids(dock) == {r["run_id"] for r in records}
        assert dock.folder_combo.itemText(0).endswith("(QGIS profile)")
        spy = [r for r in records if r["algorithm"] == "lsm:spysampling"]
        assert {row["run_ids"][0] for row in dock.priors_model.rows} == {r["run_id"] for r in spy}
    finally:
        _close(dock)


def test_temporary_bundle_is_kept(run_alg, profile, sample_dir):
    """lsm:trainmodel with its bundle left temporary: the bundle goes to <run store>/bundles."""
    result = run_alg(
        "lsm:trainmodel",
        {
            "INPUT": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            "FACTOR_FIELDS": FACTORS,
            "MODEL": 0,
            "MODEL_PARAMS": "n_estimators=10",
            "SEED": 7,
            "N_JOBS": 2,
            "OUTPUT": QgsProcessing.TEMPORARY_OUTPUT,
        },
    )
    bundle = result["OUTPUT"]
    assert os.path.dirname(bundle) == str(profile / RUN_STORE_DIRNAME / "bundles"), bundle
    assert os.path.exists(bundle)
    records, _ = read_store(str(profile / RUN_STORE_DIRNAME))
    assert [r["outputs"]["bundle"] for r in records] == [bundle]


def _metric_record(model, roc, test_set, digest, **extra):
    return new_record(
        "lsm:trainmodel",
        model_type=model,
        dataset="area",
        metrics={"roc_auc": roc, "oa": roc - 0.1},
        test_set=test_set,
        data_hashes={"test": digest},
        **extra,
    )


def _best_models(model, metric="roc_auc"):
    column = model.column_of(metric)
    return sorted(
        model.rows[r]["model_type"]
        for r in range(model.rowCount())
        if model.data(model.index(r, column), Qt.ItemDataRole.BackgroundRole) is not None
    )


def test_best_only_among_comparable_runs(qgis_iface, profile, tmp_path):
    folder = tmp_path / "runs"
    records = [
        _metric_record("brf", 0.82, "random", "h1"),
        _metric_record("rf", 0.85, "random", "h1"),
        _metric_record("brf", 0.96, "rn", "h2"),  # flattered by its reliable negatives
        _metric_record("lr", 0.90, "rn", "h3"),  # another test set: ranked on its own
        new_record("lsm:spysampling", model_type="spy", metrics={"roc_auc": 0.99}, test_set="rn"),
        new_record(
            "lsm:jenksclassify",
            model_type="brf",
            dataset="area",
            class_areas={"labels": ["Low", "High"], "percent": [70.0, 30.0]},
        ),
    ]
    for record in records:
        write_record(str(folder), record)
    QgsSettings().setValue(SETTINGS_KEY, [str(folder)])
    dock = _new_dock(qgis_iface, include_defaults=False)
    try:
        assert dock.model.rowCount() == 4 and dock.priors_model.rowCount() == 1
        assert dock.maps_model.rowCount() == 1
        # rf beats brf on the random test set; the rn runs are best only of their own test data
        assert _best_models(dock.model) == ["brf", "lr", "rf"]
        column = dock.model.column_of("roc_auc")
        marked = {
            (dock.model.rows[r]["model_type"], dock.model.rows[r]["test_set"])
            for r in range(4)
            if dock.model.data(dock.model.index(r, column), Qt.ItemDataRole.BackgroundRole) is not None
        }
        assert marked == {("rf", "random"), ("brf", "rn"), ("lr", "rn")}
        # the prior, with the highest value of all, is never marked
        assert _best_models(dock.priors_model) == []
        tests = [dock.model.data(dock.model.index(r, dock.model.column_of("test_set"))) for r in range(4)]
        assert sorted(tests) == ["random", "random", "rn", "rn"]
        assert not dock.rn_note.isHidden()
        assert "flatter a model" in dock.rn_note.text()
        # only random runs shown: no note
        dock.model_filter.setCurrentIndex(dock.model_filter.findData("rf"))
        assert dock.rn_note.isHidden()
        assert dock.tabs.tabText(0).startswith("Metric runs")
    finally:
        _close(dock)


def test_rate_curves_and_folds_are_drawn(qgis_iface, profile, tmp_path):
    folder = tmp_path / "runs"
    rate = new_record(
        "lsm:ratecurves",
        kind="rate_curves",
        test_set="area",
        name="a very long map name that does not fit into the name column of the dock at all",
        rate_curves={
            "success": {"area_share": [0, 0.2, 1], "landslide_share": [0, 0.7, 1], "auc": 0.82},
            "prediction": {"area_share": [0, 0.2, 1], "landslide_share": [0, 0.6, 1], "auc": 0.78},
        },
    )
    cv = new_record(
        "lsm:crossvalidate",
        kind="crossvalidation",
        test_set="random",
        model_type="brf",
        metrics={"roc_auc": 0.8},
        fold_metrics={"roc_auc": [0.78, 0.8, 0.83, 0.79, 0.81]},
    )
    for record in (rate, cv):
        write_record(str(folder), record)
    QgsSettings().setValue(SETTINGS_KEY, [str(folder)])
    dock = _new_dock(qgis_iface, include_defaults=False)
    try:
        assert [row["run_ids"][0] for row in dock.maps_model.rows] == [rate["run_id"]]
        detail = dock.maps_model.data(dock.maps_model.index(0, dock.maps_model.column_of("detail")))
        assert detail == "success AUC 0.820 · prediction AUC 0.780"
        dock.select_runs([rate["run_id"]])
        assert dock.current_section() == "maps" and dock.chart_combo.currentData() == "rate"
        axes = dock.chart.figure.axes[0]
        assert len(axes.lines) == 3  # success, prediction, the diagonal
        table = dock.tables["maps"]
        assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
        tip = dock.maps_model.data(dock.maps_model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(rate["name"])
        dock.select_runs([cv["run_id"]])
        dock.set_chart("folds", "roc_auc")
        assert "over its test folds" in dock.chart_note.text()
        assert len(dock.chart.figure.axes[0].patches) == 1  # one box
    finally:
        _close(dock)


def test_missing_folder_is_marked_and_removable(qgis_iface, profile, tmp_path):
    gone = tmp_path / "gone" / "lsm_runs"
    kept = tmp_path / "kept"
    write_record(str(kept), new_record("lsm:trainmodel", metrics={"oa": 0.5}))
    QgsSettings().setValue(SETTINGS_KEY, [str(gone), str(kept)])
    dock = _new_dock(qgis_iface, include_defaults=False)
    try:
        assert dock.folder_combo.itemText(0) == f"{gone} (missing)"
        assert "no longer exists" in dock.folder_combo.itemData(0, Qt.ItemDataRole.ToolTipRole)
        assert dock.missing_folders() == [str(gone)]
        assert dock.remove_missing_folders() and dock.saved_folders() == [str(kept)]
        assert dock.folder_combo.count() == 1 and dock.model.rowCount() == 1
    finally:
        _close(dock)


def test_dock_floats_first_then_remembers_its_geometry(qgis_iface, profile):
    from landslide_susceptibility.plugin.dock_stores import SETTINGS_PREFIX
    from landslide_susceptibility.plugin.metrics_dock import FIRST_SIZE

    QgsSettings().remove(SETTINGS_PREFIX + "geometry")
    dock = _new_dock(qgis_iface, include_defaults=False)
    try:
        assert not dock.restore_geometry()  # nothing remembered yet
        dock.float_first_time()
        assert dock.isFloating()
        screen = dock.screen().availableGeometry()
        assert (dock.width(), dock.height()) == (
            min(FIRST_SIZE[0], screen.width() - 40),
            min(FIRST_SIZE[1], screen.height() - 60),
        )
        dock.resize(777, 555)
        dock.save_geometry()
    finally:
        _close(dock)
    again = _new_dock(qgis_iface, include_defaults=False)
    try:
        assert again.restore_geometry()
        assert again.isFloating() and (again.width(), again.height()) == (777, 555)
    finally:
        _close(again)
        QgsSettings().remove(SETTINGS_PREFIX + "geometry")
