"""The shipped graphical models (lsm:pipeline, lsm:paperexperiment): provider algorithms whose steps and
outputs resolve, that validate in the Graphical Modeler, are laid out readably, and pass on a step's message."""

import subprocess
import sys
from pathlib import Path

import pytest

MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "models"
MAKE_MODEL = MODELS_DIR.parent.parent / "tools" / "make_model.py"
FILES = {
    "pipeline": "lsm_pipeline.model3",
    "paperexperiment": "lsm_paperexperiment.model3",
    # lsm:unitworkflow: its own tests in test_unit_model.py
    "unitworkflow": "lsm_units.model3",
}
STEPS = {
    "buildsamples": "lsm:buildsamples",
    "spysampling": "lsm:spysampling",
    "trainmodel": "lsm:trainmodel",
    "evaluatemodel": "lsm:evaluatemodel",
    "predictraster": "lsm:predictraster",
    "jenksclassify": "lsm:jenksclassify",
    "ratecurves": "lsm:ratecurves",
}
PAPER_SUFFIXES = ("brf", "easyensemble", "smote_dnn", "adasyn_dnn")
#: inputs every version of the pipeline has (a test ratio joins when lsm:spysampling takes one)
PIPELINE_INPUTS = {
    "FACTORS",
    "CATEGORICAL",
    "INVENTORY",
    "POLYGON_MODE",
    "DEM",
    "STUDY_AREA",
    "UNLABELED_RATIO",
    "SPY_FRACTION",
    "NEGATIVE_RATIO",
    "TREES",
    "N_CLASSES",
    "SEED",
    "RUN_STORE",
}
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def _model(name):
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    alg = QgsApplication.processingRegistry().algorithmById(f"lsm:{name}")
    assert isinstance(alg, QgsProcessingModelAlgorithm), name
    return alg


def test_pipeline_model_is_an_lsm_algorithm(lsm_provider):
    alg = _model("pipeline")
    assert alg.provider().id() == "lsm" and alg.group() == "Workflows"
    assert "Fu et al. (2024)" in alg.shortHelpString()
    inputs = {p.name() for p in alg.parameterDefinitions() if not p.isDestination()}
    assert PIPELINE_INPUTS <= inputs and inputs - PIPELINE_INPUTS <= {"TEST_RATIO"}
    # the output parameters come from the steps: they exist only when the steps were found at load time;
    # their names are readable words (the modeler and the dialog show them)
    from landslide_susceptibility.algorithms._compat import FLAG_OPTIONAL

    outputs = {p.name(): bool(p.flags() & FLAG_OPTIONAL) for p in alg.destinationParameterDefinitions()}
    assert outputs == {
        "trainmodel:Model bundle": False,
        "predictraster:Susceptibility": False,
        "jenksclassify:Classes": False,
        "jenksclassify:Class table": True,
        "evaluatemodel:ROC and PR curves": True,
        "ratecurves:Success and prediction rate curves": True,
    }
    instance = alg.create()
    children = instance.childAlgorithms()
    assert {child_id: child.algorithmId() for child_id, child in children.items()} == STEPS
    assert all(child.algorithm() is not None for child in children.values())
    assert instance.dependsOnChildAlgorithms("ratecurves") == set(STEPS) - {"ratecurves", "jenksclassify"}
    # the classes and the rate curves count the sample layer's (test) landslides, not the raw inventory
    for step in ("jenksclassify", "ratecurves"):
        parameter = "LANDSLIDES" if step == "jenksclassify" else "SAMPLES"
        (source,) = children[step].parameterSources()[parameter]
        assert (source.outputChildId(), source.outputName()) == ("buildsamples", "OUTPUT")


def test_paper_experiment_model_chains_the_paper(lsm_provider):
    alg = _model("paperexperiment")
    assert alg.group() == "Workflows" and "saturation test" in alg.shortHelpString()
    inputs = {p.name() for p in alg.parameterDefinitions() if not p.isDestination()}
    assert {
        "RATIOS",
        "TEST_RATIO",
        "REPEATS",
        "MODELS",
        "CATEGORICAL",
        "POLYGON_MODE",
        "STUDY_AREA",
    } <= inputs
    children = alg.create().childAlgorithms()
    expected = {"buildsamples", "spysampling", "saturationtest", "report"}
    for suffix in PAPER_SUFFIXES:
        expected |= {
            f"{step}_{suffix}" for step in ("trainmodel", "predictraster", "jenksclassify", "ratecurves")
        }
    assert set(children) == expected
    assert all(child.algorithm() is not None for child in children.values())
    # each model is trained at the model's largest ratio, with its own MODEL choice
    models = sorted(
        children[f"trainmodel_{s}"].parameterSources()["MODEL"][0].staticValue() for s in PAPER_SUFFIXES
    )
    assert models == [0, 1, 2, 3]
    # the report comes last: after the saturation test and every map's rate curves
    assert alg.create().dependsOnChildAlgorithms("report") == set(children) - {"report"}
    outputs = {p.name() for p in alg.destinationParameterDefinitions()}
    assert {"report:Report", "saturationtest:Saturation summary", "jenksclassify_brf:Classes BRF"} <= outputs


@pytest.mark.parametrize("name", sorted(FILES))
def test_model_validates_in_the_modeler(lsm_provider, name):
    """QgsProcessingModelAlgorithm.validate() (what the Graphical Modeler checks): every mandatory step
    parameter has a source; on 3.22 it returns (bool, [messages])."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODELS_DIR / FILES[name]))
    valid, errors = model.validate()
    assert valid and not errors, errors
    # every parameter of every step is set, so none falls back silently to a changed default
    for child in model.childAlgorithms().values():
        algorithm = child.algorithm()
        wanted = {d.name() for d in algorithm.parameterDefinitions() if not d.isDestination()}
        unset = {
            n
            for n in wanted - set(child.parameterSources())
            if algorithm.parameterDefinition(n).defaultValue() is not None
        }
        assert not unset, (child.childId(), unset)


@pytest.mark.parametrize("name", sorted(FILES))
def test_model_inputs_are_distinct_used_and_beside_their_steps(lsm_provider, name):
    from landslide_susceptibility.algorithms._compat import MODEL_SOURCE_EXPRESSION

    alg = _model(name)
    labels = [p.description() for p in alg.parameterDefinitions()]
    assert len(labels) == len(set(labels)), sorted(label for label in labels if labels.count(label) > 1)
    children = alg.childAlgorithms()
    consumers = {}
    for child in children.values():
        for sources in child.parameterSources().values():
            for source in sources:
                text = source.expression() if source.source() == MODEL_SOURCE_EXPRESSION else ""
                for parameter in alg.parameterComponents():
                    if source.parameterName() == parameter or f"@{parameter}" in text:
                        consumers.setdefault(parameter, []).append(child)
    components = alg.parameterComponents()
    assert set(consumers) == set(components), set(components) - set(consumers)
    steps = list(children.values())

    def nearest(y):
        return min(steps, key=lambda child: abs(child.position().y() - y))

    for parameter, component in components.items():
        position = component.position()
        # left of the steps, and level with a step it feeds (no other step is nearer)
        assert position.x() < min(child.position().x() for child in steps)
        assert nearest(position.y()) in consumers[parameter], parameter
    for child in steps:
        for output in child.modelOutputs().values():
            assert output.position().x() > child.position().x()
            assert nearest(output.position().y()) is child, output.name()


def test_small_inventory_gives_the_step_message(lsm_provider, sample_dir, tmp_path, run_alg):
    """A 20-landslide inventory stops in the spy step; the model's error carries the step's own advice
    (how many landslides are needed and what works) instead of only 'Error encountered while running'."""
    from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer(str(sample_dir / "landslides.gpkg"), "inventory")
    small = layer.materialize(QgsFeatureRequest().setLimit(20))
    # the model's exception keeps this frame alive past QGIS's exit, and a Python-owned OGR layer freed
    # then crashes the interpreter (after the summary): only the memory copy, which run_alg hands to the
    # project, stays
    del layer
    parameters = {
        "FACTORS": [str(sample_dir / f"{name}.tif") for name in FACTORS],
        "INVENTORY": small,
        "TREES": 10,
        "RUN_STORE": str(tmp_path / "runs"),
        "trainmodel:Model bundle": str(tmp_path / "m.lsmodel"),
        "predictraster:Susceptibility": str(tmp_path / "s.tif"),
        "jenksclassify:Classes": str(tmp_path / "c.tif"),
    }
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("lsm:pipeline", parameters)
    message = str(raised.value)
    assert "Negatives" in message
    assert "landslides are needed in this split" in message and "spy fraction" in message
    assert not (tmp_path / "m.lsmodel").exists()


def test_step_message_skips_the_model_lines():
    from landslide_susceptibility.plugin.models import step_message

    assert (
        step_message(["Too few landslides.", "Error encountered while running Negatives"])
        == "Too few landslides."
    )
    assert step_message(["Error encountered while running Negatives"]) is None
    assert step_message([]) is None


@pytest.mark.parametrize("name", sorted(FILES))
def test_model_file_is_what_the_generator_writes(tmp_path, name):
    """resources/models/*.model3 are the output of tools/make_model.py (regenerate them after changing the
    script or a step's parameters)."""
    subprocess.run(
        [sys.executable, str(MAKE_MODEL), str(tmp_path)], check=True, capture_output=True, timeout=300
    )
    # the meaning, not the bytes: each QGIS writes its own extra keys (3.40 more than 3.22), so both files
    # are parsed by this QGIS and their models compared (children, their parameter sources and links,
    # outputs, the model's parameters, help and layout)
    assert _meaning(tmp_path / FILES[name]) == _meaning(MODELS_DIR / FILES[name])


def _meaning(path):
    """The model in *path* as this QGIS reads it: its variant map with plain Python values."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), f"QGIS cannot read the model file {path}"
    meaning = _plain(model.toVariant())
    # the file format's version (3.40 writes Version2 and keeps a Version1 file's as read), not the model
    meaning.pop("internal_version", None)
    # a model output's destination parameter is named by QGIS from the child output it exposes
    # ('predictraster:Susceptibility' on 3.22, 'susceptibility' on 3.40): key it by that child output
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
