"""Issue 17 item 1: runs whose records go outside the profile's and the project's stores (beside an
output file chosen elsewhere, into a RUN_STORE folder, a step of a model) are listed in the profile's
index of run stores, and a new session's dock shows them without being told the folder; removing one
from the dock unlists it, a deleted one is shown missing."""

import os
import shutil

import pytest
from landslide_susceptibility.core.paths import RUN_STORE_DIRNAME, run_index_folder
from landslide_susceptibility.core.runrecord import indexed_stores, read_store
from qgis.core import QgsProcessing, QgsProject, QgsSettings

SETTINGS_KEY = "landslide_susceptibility/tests/run_index_stores"
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


@pytest.fixture()
def profile(tmp_path, monkeypatch):
    """A QGIS profile folder of the test's own (the algorithms' and the dock's), an unsaved project,
    no remembered dock folders."""
    from landslide_susceptibility.algorithms import _params
    from landslide_susceptibility.plugin import dock_stores

    folder = tmp_path / "profile"
    folder.mkdir()
    monkeypatch.setattr(_params, "profile_folder", lambda: str(folder))
    monkeypatch.setattr(dock_stores, "profile_store", lambda: str(folder / RUN_STORE_DIRNAME))
    QgsProject.instance().clear()
    QgsSettings().remove(SETTINGS_KEY)
    yield folder
    QgsSettings().remove(SETTINGS_KEY)


def _index(profile):
    return run_index_folder(str(profile / RUN_STORE_DIRNAME))


def _parameters(sample_dir, output, **extra):
    parameters = {
        "INPUT": str(sample_dir / "points_350.gpkg"),
        "LABEL_FIELD": "lslpts",
        "FACTOR_FIELDS": FACTORS,
        "MODEL": 0,
        "MODEL_PARAMS": "n_estimators=10",
        "SEED": 7,
        "N_JOBS": 1,
        "OUTPUT": output,
    }
    parameters.update(extra)
    return parameters


def _new_dock(qgis_iface):
    """A dock as made after a restart: settings and default stores read afresh."""
    from landslide_susceptibility.plugin.metrics_dock import MetricsDock

    dock = MetricsDock(qgis_iface, None, settings_key=SETTINGS_KEY, include_project_store=True)
    dock.resize(900, 700)
    return dock


def _close(dock):
    dock.shutdown()
    dock.deleteLater()


def _shown_ids(dock):
    return {run_id for model in dock.models().values() for row in model.rows for run_id in row["run_ids"]}


def _combo_texts(dock):
    return [dock.folder_combo.itemText(i) for i in range(dock.folder_combo.count())]


def test_runs_outside_the_default_stores_reach_a_new_dock(qgis_iface, run_alg, profile, tmp_path, sample_dir):
    beside = tmp_path / "elsewhere" / "results"  # an output file chosen outside every store
    chosen = tmp_path / "other" / "my runs"  # a RUN_STORE folder, with a space in its name
    first = run_alg("lsm:trainmodel", _parameters(sample_dir, str(beside / "brf.lsmodel")))
    again = run_alg("lsm:trainmodel", _parameters(sample_dir, str(beside / "brf2.lsmodel"), SEED=8))
    stored = run_alg(
        "lsm:trainmodel",
        _parameters(sample_dir, str(tmp_path / "other" / "m.lsmodel"), RUN_STORE=str(chosen)),
    )
    temporary = run_alg("lsm:trainmodel", _parameters(sample_dir, QgsProcessing.TEMPORARY_OUTPUT))
    assert all(os.path.exists(r["OUTPUT"]) for r in (first, again, stored, temporary))
    beside_store = beside / RUN_STORE_DIRNAME
    profile_store = profile / RUN_STORE_DIRNAME
    # each store listed once however many runs wrote to it; the profile's own store is not listed
    assert indexed_stores(_index(profile)) == sorted([str(beside_store), str(chosen)])
    assert len([n for n in os.listdir(_index(profile)) if n.endswith(".lsmstore.json")]) == 2
    runs = {}
    for store in (beside_store, chosen, profile_store):
        records, broken = read_store(str(store))
        assert not broken and records, store
        runs[str(store)] = {r["run_id"] for r in records}
    assert len(runs[str(beside_store)]) == 2
    dock = _new_dock(qgis_iface)
    try:
        assert _shown_ids(dock) == set().union(*runs.values())
        texts = _combo_texts(dock)
        assert f"{beside_store} (from a run)" in texts and f"{chosen} (from a run)" in texts
        assert dock.remove_folder_button.isEnabled()
        # the − button on an indexed folder unlists it (its files stay), the dock stops reading it
        dock.folder_combo.setCurrentIndex(texts.index(f"{chosen} (from a run)"))
        dock.remove_current_folder()
        assert indexed_stores(_index(profile)) == [str(beside_store)]
        assert chosen.is_dir() and _shown_ids(dock) == runs[str(beside_store)] | runs[str(profile_store)]
    finally:
        _close(dock)
    shutil.rmtree(beside_store)  # the user deletes a store: the next session shows it missing
    dock = _new_dock(qgis_iface)
    try:
        assert f"{beside_store} (missing)" in _combo_texts(dock)
        assert dock.missing_folders() == [str(beside_store)]
        assert _shown_ids(dock) == runs[str(profile_store)]
        dock.remove_missing_folders()
        assert indexed_stores(_index(profile)) == []
        assert _combo_texts(dock) == [f"{profile_store} (QGIS profile)"]
    finally:
        _close(dock)


def test_a_saved_project_store_is_not_listed(run_alg, profile, tmp_path, sample_dir):
    project_file = tmp_path / "project" / "area.qgz"
    project_file.parent.mkdir()
    assert QgsProject.instance().write(str(project_file))
    try:
        run_alg("lsm:trainmodel", _parameters(sample_dir, str(tmp_path / "out" / "m.lsmodel")))
        records, _ = read_store(str(project_file.parent / RUN_STORE_DIRNAME))
        assert len(records) == 1  # the project's store, read by the dock anyway
        assert indexed_stores(_index(profile)) == []
    finally:
        QgsProject.instance().clear()


def test_a_model_step_with_a_chosen_output_is_listed(qgis_iface, lsm_provider, profile, tmp_path, sample_dir):
    """A graphical model whose training step writes to a model output chosen by the user: the step's
    store is indexed and a new dock shows the step's run."""
    from qgis import processing
    from qgis.core import (
        QgsProcessingContext,
        QgsProcessingFeedback,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    model = QgsProcessingModelAlgorithm("index test", "tests")
    child = QgsProcessingModelChildAlgorithm("lsm:trainmodel")
    child.setChildId("train")
    for name, value in _parameters(sample_dir, None).items():
        if name != "OUTPUT":
            child.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("Model bundle", "Model bundle")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"Model bundle": output})
    model.addChildAlgorithm(child)
    destination = tmp_path / "model outputs" / "bundle.lsmodel"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    name = next(d.name() for d in model.destinationParameterDefinitions())
    results = processing.run(
        model, {name: str(destination)}, context=context, feedback=QgsProcessingFeedback()
    )
    assert os.path.exists(destination), results
    store = destination.parent / RUN_STORE_DIRNAME
    records, _ = read_store(str(store))
    assert [r["algorithm"] for r in records] == ["lsm:trainmodel"]
    assert indexed_stores(_index(profile)) == [str(store)]
    dock = _new_dock(qgis_iface)
    try:
        assert _shown_ids(dock) == {records[0]["run_id"]}
    finally:
        _close(dock)
