"""The metrics dock (pytest-qgis, offscreen): opens from the GUI entry, shows, sorts, marks, groups,
exports, watches the store, reports a corrupt record."""

import csv
import os
import shutil
import time

import numpy as np
import pytest
from landslide_susceptibility.core.metrics import METRIC_KEYS, threshold_metrics
from landslide_susceptibility.core.runrecord import SUFFIX, new_record, read_store, write_record
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor, QImage

SETTINGS_KEY = "landslide_susceptibility/tests/run_stores"
CLASS_LABELS = ["Very low", "Low", "Moderate", "High", "Very high"]


def _record(model, ratio, repeat, roc_auc, counts, **extra):
    """A record like lsm:trainmodel writes: metrics from the confusion counts, curves through them."""
    tp, fp, tn, fn = counts
    metrics = threshold_metrics(tp, fp, tn, fn)
    metrics["roc_auc"] = roc_auc
    metrics["pr_auc"] = round(roc_auc - 0.04, 4)
    fpr, tpr = fp / (fp + tn), tp / (tp + fn)
    precision = tp / (tp + fp)
    fields = dict(
        model_type=model,
        ratio=ratio,
        repeat=repeat,
        dataset="ecuador",
        parameters={"SEED": 40 + repeat},
        metrics=metrics,
        threshold=0.5,
        confusion={"tp": tp, "fp": fp, "tn": tn, "fn": fn},
        curves={
            "roc": {"fpr": [0.0, fpr / 2, fpr, 1.0], "tpr": [0.0, tpr * 0.7, tpr, 1.0]},
            "pr": {"recall": [0.0, tpr, 1.0], "precision": [1.0, precision, (tp + fn) / (tp + fp + tn + fn)]},
        },
    )
    fields.update(extra)
    return new_record("lsm:trainmodel", **fields)


@pytest.fixture(autouse=True)
def _own_profile_store(tmp_path, monkeypatch):
    """The QGIS profile's run store (always read by a dock with its default stores) is a folder of
    the test's own: runs of other tests left there are not counted."""
    from landslide_susceptibility.plugin import dock_stores

    monkeypatch.setattr(dock_stores, "profile_store", lambda: str(tmp_path / "profile" / "lsm_runs"))


@pytest.fixture()
def store(tmp_path):
    """A run store with 7 model runs (repeats of brf and easyensemble, one rf), one SPY run without
    metrics and one corrupt file; returns (folder, {label: record})."""
    folder = tmp_path / "lsm_runs"
    areas = {
        "labels": CLASS_LABELS,
        "percent": [38.0, 24.0, 17.0, 12.0, 9.0],
        "landslide_percent": [2, 6, 14, 30, 48],
    }
    records = {
        "brf0": _record("brf", 1.0, 0, 0.80, (29, 8, 27, 6), class_areas=areas),
        "brf1": _record("brf", 1.0, 1, 0.84, (30, 7, 28, 5)),
        "brf2": _record("brf", 1.0, 2, 0.82, (28, 6, 29, 7)),
        "ee0": _record("easyensemble", 1.0, 0, 0.78, (27, 9, 26, 8)),
        "ee1": _record("easyensemble", 1.0, 1, 0.79, (28, 9, 26, 7)),
        "ee2": _record("easyensemble", 1.0, 2, 0.80, (27, 8, 27, 8)),
        "rf": _record("rf", 5.0, 0, 0.86, (24, 4, 171, 11)),
        "spy": new_record("lsm:spysampling", model_type="spy", dataset="ecuador", summary={"negatives": 175}),
    }
    for number, record in enumerate(records.values()):
        record["created"] = f"2026-11-21T10:{number:02d}:00+00:00"
        write_record(str(folder), record)
    (folder / ("broken" + SUFFIX)).write_text('{"schema": "lsm-run", "run_id": ', encoding="utf-8")
    return folder, records


@pytest.fixture()
def dock(qgis_iface, store):
    from landslide_susceptibility.plugin.metrics_dock import MetricsDock

    QgsSettings().setValue(SETTINGS_KEY, [str(store[0])])
    widget = MetricsDock(qgis_iface, None, settings_key=SETTINGS_KEY, include_project_store=False)
    widget.resize(560, 700)
    yield widget
    widget.shutdown()
    widget.deleteLater()
    QgsSettings().remove(SETTINGS_KEY)


def _shown(dock):
    """Rows of the three tabs together (metric runs, maps, priors)."""
    return sum(model.rowCount() for model in dock.models().values())


def _column(dock, key):
    return [
        dock.model.data(dock.model.index(r, dock.model.column_of(key))) for r in range(dock.model.rowCount())
    ]


def _wait_for(condition, seconds=5.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if condition():
            return True
        time.sleep(0.02)
    return condition()


def test_menu_action_opens_dock_with_project_store(qgis_iface, store, monkeypatch):
    from landslide_susceptibility.plugin.gui import PluginGui
    from landslide_susceptibility.plugin.metrics_dock import STORES_KEY

    folder, records = store
    menus, toolbar = [], []
    monkeypatch.setattr(
        qgis_iface, "addPluginToMenu", lambda menu, action: menus.append((menu, action.text()))
    )
    monkeypatch.setattr(qgis_iface, "addToolBarIcon", lambda action: toolbar.append(action.text()))
    saved = QgsSettings().value(STORES_KEY, [])
    QgsSettings().setValue(STORES_KEY, [])
    # the project is saved in the folder holding lsm_runs: the dock reads it without being told
    QgsProject.instance().setPresetHomePath(str(folder.parent))
    # through the plugin class, as QGIS loads it (the provider is registered by the fixtures already)
    from landslide_susceptibility import classFactory

    plugin = classFactory(qgis_iface)
    monkeypatch.setattr(plugin, "initProcessing", lambda: None)
    plugin.initGui()
    gui = plugin.gui
    try:
        assert isinstance(gui, PluginGui)
        assert menus == [("&Landslide Susceptibility", "Compare runs")]
        assert toolbar == ["Compare runs"]
        assert gui.dock is None  # created on first use
        gui.action.trigger()
        assert gui.dock is not None and gui.action.isChecked()
        assert _shown(gui.dock) == len(records)
        assert gui.dock.folder_combo.itemText(0) == "{} (project)".format(
            os.path.join(str(folder.parent), "lsm_runs")
        )
        # another project home: the dock follows it (QgsProject.homePathChanged)
        qgis_iface.mainWindow().show()
        other = folder.parent / "other_project" / "lsm_runs"
        write_record(str(other), _record("lr", 1.0, 0, 0.76, (26, 10, 25, 9)))
        QgsProject.instance().setPresetHomePath(str(other.parent))
        assert _wait_for(lambda: _shown(gui.dock) == 1)
        assert _column(gui.dock, "model_type") == ["lr"]
        gui.action.trigger()
        assert gui.dock.isHidden()
        qgis_iface.mainWindow().hide()
    finally:
        plugin.unload()
        QgsProject.instance().setPresetHomePath("")
        QgsSettings().setValue(STORES_KEY, saved)
    assert plugin.gui is None and gui.dock is None and gui.action is None


def test_dock_follows_a_finished_algorithm_in_another_store(
    qgis_iface, lsm_provider, sample_dir, factor_paths, tmp_path
):
    """A toolbox run (a QgsProcessingAlgRunnerTask) that writes its record to a folder the dock does
    not read yet: the dock learns the folder from the results, remembers it and shows the run."""
    from landslide_susceptibility.plugin.gui import PluginGui
    from landslide_susceptibility.plugin.metrics_dock import STORES_KEY
    from qgis.core import (
        QgsApplication,
        QgsProcessingAlgRunnerTask,
        QgsProcessingContext,
        QgsProcessingFeedback,
    )

    pytest.importorskip("torch")
    saved = QgsSettings().value(STORES_KEY, [])
    QgsSettings().setValue(STORES_KEY, [])
    (tmp_path / "project").mkdir()
    QgsProject.instance().setPresetHomePath(str(tmp_path / "project"))
    elsewhere = tmp_path / "elsewhere" / "runs"
    gui = PluginGui(qgis_iface)
    try:
        gui.setup()
        qgis_iface.mainWindow().show()
        dock = gui.show_dock()
        assert _shown(dock) == 0
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("lsm:trainlsnet")
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        parameters = {
            "FACTORS": [factor_paths[n] for n in ["slope", "cplan", "cprof", "elev", "log10_carea"]],
            "SAMPLES": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            "PATCH_SIZE": 9,
            "WIDTH": 2,
            "EPOCHS": 1,
            "DEVICE": 1,
            "OUTPUT_BUNDLE": str(tmp_path / "net.lsmodel"),
            "OUTPUT_CURVES_PNG": "",
            "RUN_STORE": str(elsewhere),
        }
        finished = []
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        task.executed.connect(lambda ok, results: finished.append(ok))
        QgsApplication.taskManager().addTask(task)
        assert _wait_for(lambda: _shown(dock) == 1, seconds=60), finished
        assert finished == [True]
        assert _column(dock, "model_type") == ["lsnet"]
        assert str(elsewhere) in dock.saved_folders()
        assert dock.folder_combo.findData(str(elsewhere)) >= 0
        # the project's own store is read anyway: it is not added to the remembered folders
        own = write_record(str(tmp_path / "project" / "lsm_runs"), _record("lr", 1.0, 0, 0.7, (1, 1, 1, 1)))
        assert gui.algorithm_finished(True, {"RUN_RECORD": own}) == []
        assert _wait_for(lambda: _shown(dock) == 2)
        assert dock.saved_folders() == [str(elsewhere)]
        qgis_iface.mainWindow().hide()
    finally:
        gui.teardown()
        QgsProject.instance().setPresetHomePath("")
        QgsSettings().setValue(STORES_KEY, saved)


def test_folders_are_remembered_in_the_settings(qgis_iface, store, tmp_path):
    from landslide_susceptibility.plugin.metrics_dock import MetricsDock

    key = SETTINGS_KEY + "_remember"
    QgsSettings().remove(key)
    first = MetricsDock(qgis_iface, None, settings_key=key, include_project_store=False)
    try:
        assert _shown(first) == 0
        first.add_folder(str(store[0]))
        assert _shown(first) == 8
        first.add_folder(str(store[0]) + os.sep)  # the same folder again: remembered once
        assert QgsSettings().value(key) == [str(store[0])]
    finally:
        first.shutdown()
        first.deleteLater()
    # a new dock (next QGIS session) reads the remembered folder
    second = MetricsDock(qgis_iface, None, settings_key=key, include_project_store=False)
    try:
        assert _shown(second) == 8
        assert second.folder_combo.currentData() == str(store[0])
        second.remove_current_folder()
        assert _shown(second) == 0 and QgsSettings().value(key) == []
    finally:
        second.shutdown()
        second.deleteLater()
        QgsSettings().remove(key)


def test_dock_shows_records_and_reports_corrupt_file(dock, store):
    folder, records = store
    assert _shown(dock) == 8
    assert dock.model.columnCount() == 8 + len(METRIC_KEYS)  # test set column included
    # the SPY prior sits in its own tab, the model runs in the first
    assert dock.model.rowCount() == 7 and dock.priors_model.rowCount() == 1
    assert sorted(r["run_id"] for r in dock.records) == sorted(r["run_id"] for r in records.values())
    # sorted by time: fixture order
    assert _column(dock, "model_type")[:4] == ["brf", "brf", "brf", "easyensemble"]
    assert _column(dock, "roc_auc")[0] == "0.800"
    # 29 / 35 sensitivity of the first brf repeat
    assert _column(dock, "sensitivity")[0] == "0.829"
    priors = dock.priors_model
    assert priors.data(priors.index(0, priors.column_of("oa"))) == ""  # the SPY run has no metrics
    assert len(dock.unreadable) == 1
    assert dock.unreadable[0].path.endswith("broken" + SUFFIX)
    assert dock.unreadable_list.count() == 1
    assert "not valid JSON" in dock.unreadable_list.item(0).text()
    assert not dock.unreadable_list.isHidden()
    assert "8 of 8 runs" in dock.status_label.text()
    # valid JSON that is not a record we can show: listed with the reason, the rest stays
    (folder / ("other" + SUFFIX)).write_text('{"schema": "something-else", "run_id": "x"}', encoding="utf-8")
    odd = new_record("lsm:trainmodel", model_type="rf", metrics=[0.8, 0.7])
    write_record(str(folder), odd)
    dock.reload()
    reasons = sorted(item.reason for item in dock.unreadable)
    assert len(reasons) == 3 and _shown(dock) == 8
    assert "'metrics' is not an object" in reasons
    assert any(r.startswith("not an lsm run record") for r in reasons)


def test_sort_by_metric(dock, store):
    # a run with an OA but no ROC-AUC: its empty cell sorts last in both directions
    write_record(str(store[0]), new_record("lsm:evaluatemodel", model_type="svm", metrics={"oa": 0.7}))
    dock.reload()
    column = dock.model.column_of("roc_auc")
    dock.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert _column(dock, "roc_auc") == ["0.860", "0.840", "0.820", "0.800", "0.800", "0.790", "0.780", ""]
    assert _column(dock, "model_type")[0] == "rf"
    dock.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert _column(dock, "roc_auc") == ["0.780", "0.790", "0.800", "0.800", "0.820", "0.840", "0.860", ""]
    dock.table.sortByColumn(dock.model.column_of("model_type"), Qt.SortOrder.AscendingOrder)
    assert _column(dock, "model_type") == ["brf"] * 3 + ["easyensemble"] * 3 + ["rf", "svm"]


def test_best_value_of_each_column_is_marked(dock, store):
    _, records = store
    model = dock.model
    best_cells = {}
    for key in METRIC_KEYS:
        column = model.column_of(key)
        best_cells[key] = [
            model.data(model.index(r, model.column_of("model_type"))) + str(model.row(r)["repeat"])
            for r in range(model.rowCount())
            if model.data(model.index(r, column), Qt.ItemDataRole.FontRole) is not None
        ]
    # by hand: ROC-AUC 0.86 (rf); sensitivity 30/35 (brf repeat 1); specificity 171/175 (rf)
    assert best_cells["roc_auc"] == ["rf0"]
    assert best_cells["sensitivity"] == ["brf1"]
    assert best_cells["specificity"] == ["rf0"]
    cell = model.index(
        model.rows.index(next(r for r in model.rows if r["model_type"] == "rf")), model.column_of("roc_auc")
    )
    assert model.data(cell, Qt.ItemDataRole.FontRole).bold()
    assert model.data(cell, Qt.ItemDataRole.BackgroundRole).color() == QColor("#c7e9c0")
    assert "Best" in model.data(cell, Qt.ItemDataRole.ToolTipRole)


def test_group_repeats_mean_sd(dock, store):
    _, records = store
    dock.group_check.setChecked(True)
    assert _shown(dock) == 4
    titles = _column(dock, "name")
    runs = _column(dock, "repeat")
    roc = dict(zip(titles, _column(dock, "roc_auc")))
    assert dict(zip(titles, runs))["brf \u00b7 ratio 1"] == "3"
    # 0.80, 0.84, 0.82 -> 0.820 +/- 0.020 (sample sd); 0.78, 0.79, 0.80 -> 0.790 +/- 0.010
    assert roc["brf \u00b7 ratio 1"] == "0.820 \u00b1 0.020"
    assert roc["easyensemble \u00b7 ratio 1"] == "0.790 \u00b1 0.010"
    assert roc[records["rf"]["name"]] == "0.860"  # a single run keeps its name
    brf = titles.index("brf \u00b7 ratio 1")
    tip = dock.model.data(dock.model.index(brf, dock.model.column_of("name")), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("brf \u00b7 ratio 1 \u00b7 ecuador\n3 runs: ")
    tip = dock.model.data(dock.model.index(brf, dock.model.column_of("roc_auc")), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Mean \u00b1 sample sd over 3 runs: 0.800, 0.840, 0.820"
    assert not dock.rename_action.isEnabled()
    dock.group_check.setChecked(False)
    assert _shown(dock) == 8


def test_filters(dock):
    dock.model_filter.setCurrentIndex(dock.model_filter.findData("brf"))
    assert _column(dock, "model_type") == ["brf"] * 3
    assert "3 of 8 runs" in dock.status_label.text()
    dock.model_filter.setCurrentIndex(0)
    dock.ratio_filter.setCurrentIndex(dock.ratio_filter.findData(5.0))
    assert _column(dock, "model_type") == ["rf"]
    dock.ratio_filter.setCurrentIndex(0)
    assert [dock.dataset_filter.itemText(i) for i in range(dock.dataset_filter.count())] == ["All", "ecuador"]
    dock.dataset_filter.setCurrentIndex(1)
    assert _shown(dock) == 8  # every fixture run is on the ecuador data
    write_record(
        os.path.dirname(dock.records[0]["_path"]), _record("rf", 1.0, 0, 0.7, (1, 1, 1, 1), dataset="other")
    )
    dock.reload()
    assert _shown(dock) == 8  # the filter stays on 'ecuador'
    dock.dataset_filter.setCurrentIndex(dock.dataset_filter.findData("other"))
    assert _column(dock, "dataset") == ["other"]


def test_export_csv_equals_records(dock, store, tmp_path):
    _, records = store
    by_id = {r["run_id"]: r for r in records.values()}
    path = dock.export_csv(str(tmp_path / "table.csv"))
    with open(path, encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) == 8
    for line in lines:
        record = by_id[line["run_id"]]
        for key in ("name", "created", "algorithm", "model_type", "dataset"):
            assert line[key] == record[key]
        assert (float(line["ratio"]) if line["ratio"] else None) == record.get("ratio")
        assert (int(line["repeat"]) if line["repeat"] else None) == record.get("repeat")
        assert (float(line["threshold"]) if line["threshold"] else None) == record.get("threshold")
        for key in METRIC_KEYS:
            expected = (record.get("metrics") or {}).get(key)
            assert (float(line[key]) if line[key] else None) == expected
    assert dock.last_message[0].startswith("Table exported")


def test_charts_and_chart_export(dock, tmp_path):
    dock.select_runs([dock.model.rows[i]["run_ids"][0] for i in range(3)])
    dock.set_chart("bar", "roc_auc")
    axes = dock.chart.figure.axes[0]
    top_to_bottom = sorted(zip(axes.get_yticks(), axes.get_yticklabels()), key=lambda tick: -tick[0])
    assert [label.get_text() for _, label in top_to_bottom] == [r["name"] for r in dock.model.rows[:3]]
    assert sorted(round(p.get_width(), 3) for p in axes.patches) == [0.80, 0.82, 0.84]
    dock.set_chart("roc")
    assert len(dock.chart.figure.axes[0].get_lines()) == 4  # 3 runs + chance diagonal
    dock.set_chart("pr")
    assert len(dock.chart.figure.axes[0].get_lines()) >= 3
    dock.select_runs([])
    dock.set_chart("box", "roc_auc")
    axes = dock.chart.figure.axes[0]
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert len(labels) == 2  # the rf run has no repeats: left out
    assert labels[0].startswith("brf") and labels[0].endswith("(n=3)")
    assert labels[1].startswith("easyensemble") and labels[1].endswith("(n=3)")
    assert "1 configuration(s) with a single run left out" in dock.chart_note.text()
    dock.set_chart("ratio", "g_mean")
    axes = dock.chart.figure.axes[0]
    assert axes.get_legend_handles_labels()[1] == ["brf", "easyensemble", "rf"]  # the SPY run has no ratio
    assert [t.get_text() for t in axes.get_xticklabels()] == ["1", "5"]
    dock.set_chart("areas")
    assert len(dock.chart.figure.axes) == 2  # % of area, % of landslides
    assert [round(p.get_height()) for p in dock.chart.figure.axes[0].patches] == [38, 24, 17, 12, 9]
    png = dock.export_chart(str(tmp_path / "chart.png"))
    assert QImage(png).width() > 300
    svg = dock.export_chart(str(tmp_path / "chart.svg"))
    assert "<svg" in open(svg, encoding="utf-8").read(2000)


def test_rename_and_delete_with_confirmation(dock, store):
    folder, records = store
    run_id = records["rf"]["run_id"]
    dock.select_runs([run_id])
    assert dock.rename_action.isEnabled()
    dock.ask_text = lambda title, label, text: "RF ratio 5 (saturation)"
    dock.rename_selected_dialog()
    saved = {r["run_id"]: r for r in read_store(str(folder))[0]}
    assert saved[run_id]["name"] == "RF ratio 5 (saturation)"
    assert "RF ratio 5 (saturation)" in _column(dock, "name")

    # editing the name cell in the table renames too
    row = next(i for i, r in enumerate(dock.model.rows) if r["run_ids"] == [records["brf0"]["run_id"]])
    assert dock.model.setData(dock.model.index(row, dock.model.column_of("name")), "first brf")
    saved = {r["run_id"]: r for r in read_store(str(folder))[0]}
    assert saved[records["brf0"]["run_id"]]["name"] == "first brf"

    questions = []
    dock.confirm = lambda title, text: questions.append(text) or False
    dock.select_runs([records["ee0"]["run_id"], records["ee1"]["run_id"]])
    assert dock.delete_selected() == 0
    assert len(read_store(str(folder))[0]) == 8
    assert "Delete 2 run record(s)?" in questions[0]
    dock.confirm = lambda title, text: True
    assert dock.delete_selected() == 2
    left = {r["run_id"] for r in read_store(str(folder))[0]}
    assert records["ee0"]["run_id"] not in left and len(left) == 6
    assert _shown(dock) == 6


def test_new_run_appears_without_refresh(dock, store, tmp_path):
    folder, _ = store
    dock.show()
    write_record(str(folder), _record("smote_dnn", 1.0, 0, 0.81, (29, 8, 27, 6)))
    assert _wait_for(lambda: _shown(dock) == 9)
    # a closed dock does not re-read the stores; it catches up when shown again
    dock.hide()
    write_record(str(folder), _record("adasyn_dnn", 1.0, 0, 0.80, (29, 8, 27, 6)))
    _wait_for(lambda: False, seconds=1.0)
    assert _shown(dock) == 9
    dock.show()
    assert _shown(dock) == 10
    # a store that does not exist yet is picked up once a run creates it
    later = tmp_path / "project" / "lsm_runs"
    later.parent.mkdir()
    dock.add_folder(str(later))
    write_record(str(later), _record("lsnet", 1.0, 0, 0.83, (29, 8, 27, 6)))
    assert _wait_for(lambda: _shown(dock) == 11)
    assert "lsnet" in _column(dock, "model_type")
    dock.hide()


def test_load_outputs_adds_styled_layers(dock, store, tmp_path):
    from osgeo import gdal

    folder, _ = store
    path = str(tmp_path / "classes.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 20, 10, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((600000, 10, 0, 9700000, 0, -10))
    dataset.GetRasterBand(1).WriteArray(np.repeat(np.arange(1, 6, dtype=np.uint8), 40).reshape(10, 20))
    dataset = None
    record = _record(
        "brf",
        1.0,
        3,
        0.83,
        (29, 8, 27, 6),
        name="brf with map",
        outputs={
            "classes": path,
            "bundle": str(tmp_path / "model.zip"),
            "gone": str(tmp_path / "gone.tif"),
            # an LSNet run's bundle and training-curves image: files GDAL could open, but not map layers
            "lsnet": str(tmp_path / "net.lsmodel"),
            "curves_png": str(tmp_path / "curves.png"),
        },
        class_areas={"labels": CLASS_LABELS, "percent": [20.0] * 5},
    )
    QImage(40, 30, QImage.Format.Format_RGB32).save(str(tmp_path / "curves.png"))
    shutil.copy(path, tmp_path / "net.lsmodel")
    write_record(str(folder), record)
    bundle_only = _record(
        "lsnet", 1.0, 0, 0.8, (29, 8, 27, 6), outputs={"bundle": str(tmp_path / "net.lsmodel")}
    )
    write_record(str(folder), bundle_only)
    dock.reload()
    dock.select_runs([bundle_only["run_id"]])
    assert not dock.load_action.isEnabled()  # nothing to load
    dock.select_runs([record["run_id"]])
    assert dock.load_action.isEnabled()
    project = QgsProject.instance()
    before = len(project.mapLayers())
    layers = dock.load_outputs(dock.selected_records())
    try:
        assert len(layers) == 1 and len(project.mapLayers()) == before + 1
        assert layers[0].name() == "brf with map \u2013 classes"
        renderer = layers[0].renderer()
        assert renderer.type() == "paletted"
        assert [c.label for c in renderer.classes()] == CLASS_LABELS
        assert project.layerTreeRoot().findGroup("brf with map") is not None
        assert "gone.tif" in dock.last_message[0]
    finally:
        project.removeMapLayers([layer.id() for layer in layers])


def test_usable_at_1366x768(dock):
    hint = dock.widget().minimumSizeHint()
    # a right-hand dock on a 1366x768 screen: at most half the width, below the QGIS toolbars
    assert hint.width() <= 460 and hint.height() <= 520
    dock.resize(460, 600)
    dock.show()
    QCoreApplication.processEvents()
    assert dock.table.height() >= 100 and dock.chart.canvas.height() >= 150
    image = dock.grab()
    assert image.width() == 460
    dock.hide()


def test_strings_reach_the_translator(qgis_iface, store, tmp_path):
    """`make translations` (pylupdate5) extracts the dock's strings under the context the dock looks
    them up in: a catalogue translating every extracted string translates the dock."""
    import shutil
    import subprocess
    import xml.etree.ElementTree as ET

    from landslide_susceptibility.plugin.metrics_dock import MetricsDock
    from qgis.PyQt.QtCore import QTranslator

    if not (shutil.which("pylupdate5") and shutil.which("lrelease")):
        pytest.skip("pylupdate5 and lrelease (pyqt5-dev-tools, qttools5-dev-tools) are not installed")
    plugin = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    sources = [
        os.path.join(plugin, "plugin", name)
        for name in (
            "gui.py",
            "metrics_dock.py",
            "run_table.py",
            "dock_actions.py",
            "dock_charts.py",
            "dock_stores.py",
        )
    ]
    ts, qm = str(tmp_path / "x.ts"), str(tmp_path / "x.qm")
    subprocess.run(["pylupdate5", *sources, "-ts", ts], check=True, capture_output=True)
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = "\u00ab" + message.find("source").text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8")
    subprocess.run(["lrelease", ts, "-qm", qm], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(qm)
    QCoreApplication.installTranslator(translator)
    QgsSettings().setValue(SETTINGS_KEY, [str(store[0])])
    dock = MetricsDock(qgis_iface, None, settings_key=SETTINGS_KEY, include_project_store=False)
    try:
        assert dock.windowTitle() == "\u00abCompare runs"
        assert dock.group_check.text().startswith("\u00abGroup repeats")
        assert dock.chart_combo.itemText(dock.chart_combo.findData("roc")) == "\u00abROC curves"
        header = dock.model.headerData(dock.model.column_of("roc_auc"), Qt.Orientation.Horizontal)
        assert header == "\u00abROC-AUC"
        assert (
            dock.model.headerData(dock.model.column_of("model_type"), Qt.Orientation.Horizontal)
            == "\u00abModel"
        )
        assert dock.status_label.text().startswith("\u00ab")
    finally:
        QCoreApplication.removeTranslator(translator)
        dock.shutdown()
        dock.deleteLater()
        QgsSettings().remove(SETTINGS_KEY)
