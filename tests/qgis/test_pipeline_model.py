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
    assert out.read_text(encoding="utf-8") == MODEL_FILE.read_text(encoding="utf-8")
