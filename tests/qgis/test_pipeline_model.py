"""The provider exposes the shipped graphical model as lsm:pipeline, with its steps and outputs resolved."""

from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent.parent.parent / "resources" / "models" / "lsm_pipeline.model3"
STEPS = {
    "buildsamples": "lsm:buildsamples",
    "spysampling": "lsm:spysampling",
    "trainmodel": "lsm:trainmodel",
    "evaluatemodel": "lsm:evaluatemodel",
    "predictraster": "lsm:predictraster",
    "jenksclassify": "lsm:jenksclassify",
}


def test_pipeline_model_is_an_lsm_algorithm(lsm_provider):
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    alg = QgsApplication.processingRegistry().algorithmById("lsm:pipeline")
    assert isinstance(alg, QgsProcessingModelAlgorithm)
    assert alg.provider().id() == "lsm" and alg.group() == "Workflows"
    assert "Fu et al. (2024)" in alg.shortHelpString()
    inputs = [p.name() for p in alg.parameterDefinitions() if not p.isDestination()]
    assert sorted(inputs) == sorted(
        [
            "FACTORS",
            "INVENTORY",
            "UNLABELED_RATIO",
            "NEGATIVE_RATIO",
            "TREES",
            "N_CLASSES",
            "SEED",
            "RUN_STORE",
        ]
    )
    # the output parameters come from the steps: they exist only when the steps were found at load time
    outputs = {p.name(): bool(p.flags() & p.FlagOptional) for p in alg.destinationParameterDefinitions()}
    assert outputs == {
        "trainmodel:BUNDLE": False,
        "predictraster:SUSCEPTIBILITY": False,
        "jenksclassify:CLASSES": False,
        "jenksclassify:CLASS_TABLE": True,
        "evaluatemodel:CURVES": True,
    }
    instance = alg.create()
    children = instance.childAlgorithms()
    assert {child_id: child.algorithmId() for child_id, child in children.items()} == STEPS
    assert all(child.algorithm() is not None for child in children.values())
    assert instance.dependsOnChildAlgorithms("jenksclassify") == set(STEPS) - {"jenksclassify"}


def test_model_file_is_what_the_generator_writes(tmp_path):
    """resources/models/lsm_pipeline.model3 is the output of tools/make_model.py (regenerate it after
    changing the script or a step's parameters)."""
    import subprocess
    import sys

    out = tmp_path / "pipeline.model3"
    subprocess.run(
        [sys.executable, str(MODEL_FILE.parent.parent.parent / "tools" / "make_model.py"), str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    # the meaning, not the bytes: each QGIS writes its own extra keys (3.40 more than 3.22), so both files
    # are parsed by this QGIS and their models compared (children, their parameter sources and links,
    # outputs, the model's parameters, help and layout)
    assert _meaning(out) == _meaning(MODEL_FILE)


def _meaning(path):
    """The model in *path* as this QGIS reads it: its variant map with plain Python values."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), f"QGIS cannot read the model file {path}"
    meaning = _plain(model.toVariant())
    # the file format's version (3.40 writes Version2 and keeps a Version1 file's as read), not the model
    meaning.pop("internal_version", None)
    # a model output's destination parameter is named by QGIS from the child output it exposes
    # ('predictraster:SUSCEPTIBILITY' on 3.22, 'susceptibility' on 3.40): key it by that child output
    definitions = meaning.get("parameterDefinitions", {})
    for name in list(definitions):
        metadata = definitions[name].get("metadata") or {}
        if "_modelChildId" in metadata:
            key = "{}:{}".format(metadata["_modelChildId"], metadata.get("_modelChildOutputName"))
            definitions[key] = dict(definitions.pop(name), name=key)
    return meaning


def _plain(value):
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return repr(value)
