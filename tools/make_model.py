"""Generate resources/models/lsm_pipeline.model3, the graphical model shipped with the plugin.

Run: .venv/bin/python tools/make_model.py [output.model3]   (QT_QPA_PLATFORM=offscreen)

The model chains the steps of Fu et al. (2024) with the user's layers as inputs:
  lsm:buildsamples -> lsm:spysampling -> lsm:trainmodel (BRF) -> lsm:evaluatemodel
  -> lsm:predictraster -> lsm:jenksclassify
Writing the model with the Processing model API (not by hand) keeps the file valid and lets it be regenerated
when an algorithm changes; the generated file is committed too. The provider loads it as `lsm:pipeline`.
"""

import os
import sys
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parent.parent
PLUGIN_PARENT = REPO / "build" / "plugins"
DEFAULT_OUTPUT = REPO / "resources" / "models" / "lsm_pipeline.model3"

#: the model's name, which is also its algorithm id in the `lsm` provider (lsm:pipeline): never change it
MODEL_NAME = "pipeline"
#: QGIS 3.22 saves no group id with a model: its groupId() is the group name
GROUP = "Workflows"
GROUP_ID = "workflows"

#: defaults that keep a run on a small study area to about a minute on 2 cores
DEFAULT_UNLABELED_RATIO = 10.0
DEFAULT_NEGATIVE_RATIO = 2.0
DEFAULT_TREES = 100
DEFAULT_CLASSES = 5
DEFAULT_SEED = 42

HELP = (
    "The landslide susceptibility workflow of Fu et al. (2024) in one run: samples from the inventory and the "
    "factor rasters (lsm:buildsamples, 70/30 train/test split), reliable negatives by the spy technique with "
    "train and test kept apart (lsm:spysampling), a balanced random forest (lsm:trainmodel), its evaluation "
    "on the held-out test split (lsm:evaluatemodel), the susceptibility map (lsm:predictraster) and its Jenks "
    "classes with the share of landslides per class (lsm:jenksclassify). Run records go to the run store "
    "folder (the metrics dock and lsm:report read them). Open the model in the Graphical Modeler to change "
    "a step or add models."
)

PARAMETER_HELP = {
    "FACTORS": "Conditioning factor rasters on one grid: single bands are named after the layer, stack bands "
    "after their descriptions.",
    "INVENTORY": "Landslide points or polygons (polygons give their centroid cell).",
    "UNLABELED_RATIO": "Unlabeled cells drawn per landslide for lsm:buildsamples; the spy technique picks the "
    "reliable negatives among them.",
    "NEGATIVE_RATIO": "Reliable negatives per landslide, in training and in the test split (Fu et al. 2024 "
    "study 1:2.5 to 1:200).",
    "TREES": "Trees of the spy technique's forests and of the balanced random forest.",
    "N_CLASSES": "Jenks natural-breaks classes of the map (5: very low ... very high).",
    "SEED": "Seed of every random draw: the same inputs and seed give the same results.",
    "RUN_STORE": "Folder of the run records (empty: 'lsm_runs' beside the project or the model bundle).",
}


def _qgis():
    """A headless QgsApplication and the `lsm` provider registered (keep both referenced)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(PLUGIN_PARENT))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from landslide_susceptibility.plugin.provider import LsmProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("lsm")
    if provider is None:
        provider = LsmProvider()
        registry.addProvider(provider)
    return app, provider


def _add_inputs(model, help_content):
    """The model's inputs (beside each other at the top of the canvas); returns {name: default}."""
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelParameter,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterFile,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
    )
    from qgis.PyQt.QtCore import QPointF

    number = QgsProcessingParameterNumber
    definitions = (
        QgsProcessingParameterMultipleLayers(
            "FACTORS", "Conditioning factor rasters", QgsProcessing.TypeRaster
        ),
        QgsProcessingParameterFeatureSource(
            "INVENTORY",
            "Landslide inventory",
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        ),
        number(
            "UNLABELED_RATIO",
            "Unlabeled cells per landslide",
            number.Double,
            DEFAULT_UNLABELED_RATIO,
            minValue=1.0,
        ),
        number(
            "NEGATIVE_RATIO", "Negatives per landslide", number.Double, DEFAULT_NEGATIVE_RATIO, minValue=0.1
        ),
        number("TREES", "Trees per forest", number.Integer, DEFAULT_TREES, minValue=1, maxValue=5000),
        number(
            "N_CLASSES", "Susceptibility classes", number.Integer, DEFAULT_CLASSES, minValue=2, maxValue=10
        ),
        number("SEED", "Random seed", number.Integer, DEFAULT_SEED, minValue=0),
        QgsProcessingParameterFile(
            "RUN_STORE", "Run store folder", behavior=QgsProcessingParameterFile.Folder, optional=True
        ),
    )
    defaults = {}
    for position, definition in enumerate(definitions):
        defaults[definition.name()] = definition.defaultValue()
        definition.setHelp(PARAMETER_HELP[definition.name()])
        help_content[definition.name()] = PARAMETER_HELP[definition.name()]
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120 + 240 * position, 60))
        model.addModelParameter(definition, component)
    return defaults


def model_input(name):
    """A child parameter taken from the model input *name*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]


def static(value):
    """A child parameter with a fixed *value*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def child_output(child_id, output):
    """A child parameter taken from the *output* of the step *child_id*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def expression(text):
    """A child parameter computed by the QGIS expression *text*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromExpression(text)]


def number_input(name, defaults):
    """The model input *name*, else its default.

    A run that leaves out a model input hands the step no value, and the step falls back to its own
    default (qgis_process does not fill in the model's defaults): coalesce gives the model's default.
    """
    return expression("coalesce(@{}, {!r})".format(name, defaults[name]))


def _model_outputs(child_id, algorithm, outputs, y):
    """{name: QgsProcessingModelOutput} of the step's results (*outputs*: {output name: (name,
    description, mandatory)})."""
    from qgis.core import QgsProcessingModelOutput, QgsProcessingParameterDefinition
    from qgis.PyQt.QtCore import QPointF

    model_outputs = {}
    for output_name, (name, description_text, mandatory) in outputs.items():
        output = QgsProcessingModelOutput(name, description_text)
        output.setChildId(child_id)
        output.setChildOutputName(output_name)
        output.setMandatory(mandatory)
        optional_step_output = algorithm.parameterDefinition(output_name).flags() & (
            QgsProcessingParameterDefinition.FlagOptional
        )
        # qgis_process asks for every output a step cannot do without, whatever its default: only the
        # results are model outputs, the steps' other outputs are temporary
        assert mandatory or optional_step_output, f"{child_id}:{output_name} would be mandatory"
        output.setPosition(QPointF(900, y + 40 * (len(model_outputs) + 1)))
        model_outputs[name] = output
    return model_outputs


def add_child(model, child_id, algorithm_id, description, sources, outputs, y, after=()):
    """Add the step *child_id* running *algorithm_id* with parameter *sources* to *model*."""
    from qgis.core import QgsApplication, QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency
    from qgis.PyQt.QtCore import QPointF

    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    if after:
        child.setDependencies([QgsProcessingModelChildDependency(other) for other in after])
    child.setDescription(description)
    child.setPosition(QPointF(600, y))
    for name, source in sources.items():
        child.addParameterSources(name, source)
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    # model output parameters are named '<child id>:<name>' (e.g. predictraster:SUSCEPTIBILITY): the model
    # file carries no internal_version, so QGIS 3.22 to 3.44 all read it as version 1 and keep these names
    child.setModelOutputs(_model_outputs(child_id, algorithm, outputs, y))
    model.addChildAlgorithm(child)
    return child


def _add_sampling_steps(model, defaults):
    """Samples from the inventory, then reliable negatives by the spy technique."""
    add_child(
        model,
        "buildsamples",
        "lsm:buildsamples",
        "Samples",
        {
            "FACTORS": model_input("FACTORS"),
            "INVENTORY": model_input("INVENTORY"),
            "RATIO": number_input("UNLABELED_RATIO", defaults),
            "TRAIN_FRACTION": static(0.7),
            "SEED": number_input("SEED", defaults),
        },
        {},
        220,
    )
    add_child(
        model,
        "spysampling",
        "lsm:spysampling",
        "Negatives",
        {
            "INPUT": child_output("buildsamples", "OUTPUT"),
            "FACTORS": model_input("FACTORS"),
            "RATIO": number_input("NEGATIVE_RATIO", defaults),
            "N_TREES": number_input("TREES", defaults),
            "SEED": number_input("SEED", defaults),
            "INCLUDE_LANDSLIDES": static(True),
            "RUN_STORE": model_input("RUN_STORE"),
        },
        {},
        340,
    )


def _add_model_steps(model, defaults):
    """The balanced random forest and its evaluation on the test split."""
    add_child(
        model,
        "trainmodel",
        "lsm:trainmodel",
        "Model",
        {
            "INPUT": child_output("spysampling", "OUTPUT"),
            "LABEL_FIELD": static("label"),
            # the factor fields are the factor names lsm:buildsamples reports (its FACTOR_NAMES output); a
            # model names a step's outputs after the step's description: one word keeps the name the same in
            # every QGIS version (unknown variables are NULL, so coalesce also covers a lower-case spelling)
            "FACTOR_FIELDS": expression(
                "string_to_array(coalesce(@Samples_FACTOR_NAMES, @samples_FACTOR_NAMES), ',')"
            ),
            "SPLIT_FIELD": static("split"),
            "MODEL": static(0),
            "RATIO": static(0.0),
            "MODEL_PARAMS": expression(
                "'n_estimators=' || to_string(coalesce(@TREES, {}))".format(defaults["TREES"])
            ),
            "FACTOR_RASTERS": model_input("FACTORS"),
            "SEED": number_input("SEED", defaults),
            "RUN_STORE": model_input("RUN_STORE"),
        },
        {"OUTPUT": ("BUNDLE", "Model bundle", True)},
        460,
    )
    add_child(
        model,
        "evaluatemodel",
        "lsm:evaluatemodel",
        "Evaluation",
        {
            "INPUT": child_output("spysampling", "OUTPUT"),
            "LABEL_FIELD": static("label"),
            "SPLIT_FIELD": static("split"),
            "BUNDLE": child_output("trainmodel", "OUTPUT"),
            "MODEL_NAME": static("BRF (pipeline)"),
            "RUN_STORE": model_input("RUN_STORE"),
        },
        {"OUTPUT_PLOT": ("CURVES", "ROC and PR curves", False)},
        580,
    )


def _add_map_steps(model, defaults):
    """The susceptibility map and its Jenks classes."""
    add_child(
        model,
        "predictraster",
        "lsm:predictraster",
        "Map",
        {
            "MODEL": child_output("trainmodel", "OUTPUT"),
            "FACTORS": model_input("FACTORS"),
        },
        {"OUTPUT": ("SUSCEPTIBILITY", "Susceptibility", True)},
        700,
        # evaluation is no input of the map steps; it runs first so a poor model is seen in the log early
        after=("evaluatemodel",),
    )
    add_child(
        model,
        "jenksclassify",
        "lsm:jenksclassify",
        "Classes",
        {
            "INPUT": child_output("predictraster", "OUTPUT"),
            "CLASSES": number_input("N_CLASSES", defaults),
            "LANDSLIDES": model_input("INVENTORY"),
        },
        {
            "OUTPUT": ("CLASSES", "Susceptibility classes", True),
            "OUTPUT_CSV": ("CLASS_TABLE", "Class table", False),
        },
        820,
    )


def build_model():
    """The QgsProcessingModelAlgorithm of the pipeline."""
    from qgis.core import QgsProcessingModelAlgorithm

    model = QgsProcessingModelAlgorithm(MODEL_NAME, GROUP, GROUP_ID)
    help_content = {"ALG_DESC": HELP, "ALG_CREATOR": "Landslide susceptibility plugin"}
    defaults = _add_inputs(model, help_content)
    _add_sampling_steps(model, defaults)
    _add_model_steps(model, defaults)
    _add_map_steps(model, defaults)
    model.setHelpContent(help_content)
    return model


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    output = Path(argv[0]) if argv else DEFAULT_OUTPUT
    app, _provider = _qgis()
    model = build_model()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(output)):
        sys.exit(f"could not write {output}")
    # Qt writes XML attributes in a random order: canonical XML (sorted attributes) keeps the committed
    # file the same from one run to the next, so a diff shows only real changes
    canonical = ElementTree.canonicalize(from_file=str(output))
    output.write_text(canonical + "\n", encoding="utf-8")
    print(
        f"{output}: {len(model.childAlgorithms())} steps, inputs "
        f"{', '.join(p.name() for p in model.parameterDefinitions() if not p.isDestination())}"
    )
    app.exitQgis()


if __name__ == "__main__":
    main()
