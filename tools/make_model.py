"""Generate the graphical models shipped with the plugin (resources/models/*.model3).

Run: .venv/bin/python tools/make_model.py [output folder]   (QT_QPA_PLATFORM=offscreen)

Three models, each an algorithm of the `lsm` provider:
  lsm:pipeline           lsm:buildsamples -> lsm:spysampling -> lsm:trainmodel (BRF) -> lsm:evaluatemodel
                         -> lsm:predictraster -> lsm:jenksclassify -> lsm:ratecurves
  lsm:paperexperiment    lsm:buildsamples -> lsm:spysampling -> lsm:saturationtest, then for each model of
                         Fu et al. (2024) at the largest ratio: lsm:trainmodel -> lsm:predictraster ->
                         lsm:jenksclassify -> lsm:ratecurves; lsm:report over the run store at the end
  lsm:unitworkflow       (resources/models/lsm_units.model3) lsm:unitfactors -> lsm:trainmodel on the units
                         -> lsm:predictunits -> lsm:unitclasses; lsm:crossvalidate on the units ->
                         lsm:unitclasses of the out-of-fold scores (the prediction-rate curve)
Writing the models with the Processing model API (not by hand) keeps the files valid and lets them be
regenerated when an algorithm changes (the generated files are committed too). Every parameter of every step
is set (the step's own default where the model does not choose): the Graphical Modeler then validates the
model (QgsProcessingModelAlgorithm.validate()). A step parameter the model feeds only when the algorithm has
it (e.g. a categorical input) is looked up in the algorithm at generation time; a model input that feeds no
step is left out.
"""

import os
import sys
from pathlib import Path
from xml.etree import ElementTree

REPO = Path(__file__).resolve().parent.parent
PLUGIN_PARENT = REPO / "build" / "plugins"
MODELS_DIR = REPO / "resources" / "models"

#: QGIS 3.22 saves no group id with a model: its groupId() is the group name
GROUP = "Workflows"
GROUP_ID = "workflows"
CREATOR = "Landslide susceptibility plugin"

#: defaults that keep a pipeline run on a small study area to about a minute on 2 cores
DEFAULT_SEED = 42
#: the four models of Fu et al. (2024), as (MODEL enum index of lsm:trainmodel, short name)
PAPER_MODELS = ((0, "BRF"), (1, "EasyEnsemble"), (2, "SMOTE-DNN"), (3, "ADASYN-DNN"))
PAPER_RATIOS = "2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200"

# layout of the canvas: inputs on the left beside the first step they feed, steps in a column, outputs right
INPUT_X, STEP_X, OUTPUT_X = 150.0, 520.0, 900.0
ROW_HEIGHT = 50.0
STEP_GAP = 40.0


def _qgis():
    """A headless QgsApplication and the `lsm` provider registered (keep both referenced)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(PLUGIN_PARENT))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from landslide_susceptibility.plugin.provider import registered_provider

    return app, registered_provider()


class _Compat:
    """algorithms/_compat.py's names (the ones of this QGIS version), imported on first use: the plugin is
    importable once _qgis() has put build/plugins on sys.path."""

    def __getattr__(self, name):
        from landslide_susceptibility.algorithms import _compat

        return getattr(_compat, name)


C = _Compat()


def _algorithm(algorithm_id):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    assert algorithm is not None, f"{algorithm_id} is not registered"
    return algorithm


# ---------------------------------------------------------------------------------------------- sources
def static(value):
    """A child parameter with a fixed *value*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]


def child_output(child_id, output):
    """A child parameter taken from the *output* of the step *child_id*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)]


def child_outputs(pairs):
    """A child parameter (a list) taken from several (step, output) *pairs*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromChildOutput(c, o) for c, o in pairs]


def expression(text):
    """A child parameter computed by the QGIS expression *text*."""
    from qgis.core import QgsProcessingModelChildParameterSource

    return [QgsProcessingModelChildParameterSource.fromExpression(text)]


def names_array(variable):
    """Expression: the comma-separated names of the model input *variable* as an array (NULL when empty)."""
    return (
        f"if(coalesce(trim(@{variable}), '') = '', NULL, "
        f"array_foreach(string_to_array(@{variable}, ','), trim(@element)))"
    )


#: the factor fields are the factor names lsm:buildsamples reports (its FACTOR_NAMES output); a model names a
#: step's outputs after the step's description: one word keeps the name the same in every QGIS version
#: (unknown variables are NULL, so coalesce also covers a lower-case spelling)
FACTOR_FIELDS = "string_to_array(coalesce(@Samples_FACTOR_NAMES, @samples_FACTOR_NAMES), ',')"


def largest_ratio(defaults):
    """Expression: the largest of the comma-separated RATIOS."""
    return "array_max(array_foreach(string_to_array(coalesce(@RATIOS, {!r}), ','), to_real(trim(@element))))".format(
        defaults["RATIOS"]
    )


# ---------------------------------------------------------------------------------------------- builder
class ModelBuilder:
    """Collects inputs, steps and outputs of one model, then lays them out and builds it.

    *inputs*: ordered {name: (definition, help)}; only those a step uses become model inputs."""

    def __init__(self, name, help_text, inputs):
        self.name = name
        self.help_text = help_text
        self.inputs = inputs
        self.defaults = {n: d.defaultValue() for n, (d, _h) in inputs.items()}
        self.steps = []
        self._first_use = {}

    def _use(self, name):
        assert name in self.inputs, f"no model input {name}"
        self._first_use.setdefault(name, len(self.steps))

    def input(self, name):
        """A child parameter taken from the model input *name*."""
        from qgis.core import QgsProcessingModelChildParameterSource

        self._use(name)
        return [QgsProcessingModelChildParameterSource.fromModelParameter(name)]

    def number(self, name):
        """The model input *name*, else its default.

        A run that leaves out a model input hands the step no value, and the step falls back to its own
        default (qgis_process does not fill in the model's defaults): coalesce gives the model's default."""
        self._use(name)
        return expression("coalesce(@{}, {!r})".format(name, self.defaults[name]))

    def expression(self, text, *names):
        """A child parameter computed by *text* from the model inputs *names*."""
        for name in names:
            self._use(name)
        return expression(text)

    def step(self, child_id, algorithm_id, description, sources, outputs=None, when_present=None, after=()):
        """Add a step. *sources*: {parameter: source}; *when_present*: {parameter: callable giving a source},
        set only when the algorithm has that parameter; *outputs*: {step output: (model output name,
        mandatory)}."""
        algorithm = _algorithm(algorithm_id)
        sources = dict(sources)
        for name, make in (when_present or {}).items():
            if algorithm.parameterDefinition(name) is not None:
                sources[name] = make(algorithm.parameterDefinition(name))
        unknown = [n for n in sources if algorithm.parameterDefinition(n) is None]
        assert not unknown, f"{algorithm_id} has no parameter {unknown}"
        self.steps.append((child_id, algorithm, description, sources, outputs or {}, after))

    # ------------------------------------------------------------------------------------------ build
    def build(self):
        """The QgsProcessingModelAlgorithm, laid out: each step's inputs and outputs beside it."""
        from qgis.core import QgsProcessingModelAlgorithm

        model = QgsProcessingModelAlgorithm(self.name, GROUP, GROUP_ID)
        help_content = {"ALG_DESC": self.help_text, "ALG_CREATOR": CREATOR}
        by_step = {}
        for name in self.inputs:
            if name in self._first_use:
                by_step.setdefault(self._first_use[name], []).append(name)
        y = 60.0
        for index, step in enumerate(self.steps):
            names = by_step.get(index, [])
            rows = max(1, len(names), len(step[4]))
            top = y
            step_y = top + (rows - 1) * ROW_HEIGHT / 2
            for row, name in enumerate(names):
                self._add_input(model, name, top + row * ROW_HEIGHT, help_content)
            model.addChildAlgorithm(self._child(step, step_y, top))
            y = top + rows * ROW_HEIGHT + STEP_GAP
        model.setHelpContent(help_content)
        return model

    def _add_input(self, model, name, y, help_content):
        from qgis.core import QgsProcessingModelParameter
        from qgis.PyQt.QtCore import QPointF

        definition, help_text = self.inputs[name]
        definition.setHelp(help_text)
        help_content[name] = help_text
        component = QgsProcessingModelParameter(name)
        component.setPosition(QPointF(INPUT_X, y))
        model.addModelParameter(definition, component)

    def _child(self, step, y, top):
        from qgis.core import QgsProcessingModelChildAlgorithm, QgsProcessingModelChildDependency
        from qgis.PyQt.QtCore import QPointF

        child_id, algorithm, description, sources, outputs, after = step
        child = QgsProcessingModelChildAlgorithm(algorithm.id())
        child.setChildId(child_id)
        if after:
            child.setDependencies([QgsProcessingModelChildDependency(other) for other in after])
        child.setDescription(description)
        child.setPosition(QPointF(STEP_X, y))
        for name, source in _with_defaults(algorithm, sources).items():
            child.addParameterSources(name, source)
        # model output parameters are named '<child id>:<output name>' (e.g. 'predictraster:Susceptibility'):
        # the model file carries no internal_version, so QGIS 3.22 to 3.44 all read it as version 1
        child.setModelOutputs(_model_outputs(child_id, algorithm, outputs, top))
        return child


def _with_defaults(algorithm, sources):
    """*sources* plus every other non-destination parameter of *algorithm* at its own default, so the
    modeler finds no mandatory parameter unset; a mandatory one without a default must be in *sources*."""
    complete = {}
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if name in sources:
            complete[name] = sources[name]
        elif definition.isDestination():
            continue
        elif definition.defaultValue() is not None:
            complete[name] = static(definition.defaultValue())
        else:
            optional = definition.flags() & C.FLAG_OPTIONAL
            assert optional, f"{algorithm.id()}:{name} is mandatory and has no default: give it a source"
    return complete


def _model_outputs(child_id, algorithm, outputs, top):
    """{name: QgsProcessingModelOutput} of the step's results (*outputs*: {step output: (name, mandatory)})."""
    from qgis.core import QgsProcessingModelOutput
    from qgis.PyQt.QtCore import QPointF

    model_outputs = {}
    for row, (output_name, (name, mandatory)) in enumerate(outputs.items()):
        # the name is what the modeler shows and the dialog lists: readable words, not a key
        output = QgsProcessingModelOutput(name, name)
        output.setChildId(child_id)
        output.setChildOutputName(output_name)
        output.setMandatory(mandatory)
        optional_step_output = algorithm.parameterDefinition(output_name).flags() & C.FLAG_OPTIONAL
        # qgis_process asks for every output a step cannot do without, whatever its default: only the
        # results are model outputs, the steps' other outputs are temporary
        assert mandatory or optional_step_output, f"{child_id}:{output_name} would be mandatory"
        output.setPosition(QPointF(OUTPUT_X, top + row * ROW_HEIGHT))
        model_outputs[name] = output
    return model_outputs


# ---------------------------------------------------------------------------------------------- inputs
def _common_inputs(unlabeled_ratio):
    """The inputs of the sampling steps, shared by both models: {name: (definition, help)}."""
    from qgis.core import (
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterString,
    )

    number = QgsProcessingParameterNumber
    modes = _algorithm("lsm:buildsamples").parameterDefinition("POLYGON_MODE").options()
    return {
        "FACTORS": (
            QgsProcessingParameterMultipleLayers("FACTORS", "Conditioning factor rasters", C.TYPE_RASTER),
            "Conditioning factor rasters on one grid: single bands are named after the layer, stack bands "
            "after their descriptions.",
        ),
        "CATEGORICAL": (
            QgsProcessingParameterString(
                "CATEGORICAL", "Categorical factors (comma separated names)", optional=True
            ),
            "Factors holding class codes (geology, land cover): one-hot encoded in the models instead of "
            "read as numbers. Names as the factors are named (layer names or band descriptions).",
        ),
        "INVENTORY": (
            QgsProcessingParameterFeatureSource(
                "INVENTORY",
                "Landslide inventory",
                [C.TYPE_VECTOR_POINT, C.TYPE_VECTOR_POLYGON],
            ),
            "Landslide points or polygons.",
        ),
        "POLYGON_MODE": (
            QgsProcessingParameterEnum("POLYGON_MODE", "Landslide cells of polygons", modes, defaultValue=0),
            "Which cells of a landslide polygon are landslide cells: its centroid cell, its highest cell on "
            "the DEM (main scarp) or every cell whose centre it covers (small inventories: every cell gives "
            "enough landslide cells for the spy technique).",
        ),
        "DEM": (
            QgsProcessingParameterRasterLayer("DEM", "DEM (highest-cell polygon mode)", optional=True),
            "Elevation raster for the highest-cell polygon mode.",
        ),
        "STUDY_AREA": (
            QgsProcessingParameterFeatureSource(
                "STUDY_AREA", "Study area", [C.TYPE_VECTOR_POLYGON], optional=True
            ),
            "Polygons of the study area: samples, negatives, the map and the rate curves stay inside.",
        ),
        "UNLABELED_RATIO": (
            number(
                "UNLABELED_RATIO",
                "Unlabeled cells per landslide",
                C.NUMBER_DOUBLE,
                unlabeled_ratio,
                minValue=1.0,
            ),
            "Unlabeled cells drawn per landslide by lsm:buildsamples; the spy technique's prior model "
            "learns from them and picks the reliable negatives.",
        ),
        "SPY_FRACTION": (
            number("SPY_FRACTION", "Spy fraction", C.NUMBER_DOUBLE, 0.15, minValue=0.01, maxValue=0.9),
            "Share of the landslides hidden among the unlabeled cells as spies (at least 5 spies and 10 "
            "landslides per split are needed: raise it for a small inventory).",
        ),
    }


def _run_inputs(trees, classes):
    """Inputs of the model steps and the run store: {name: (definition, help)}."""
    from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterNumber

    number = QgsProcessingParameterNumber
    return {
        "TREES": (
            number("TREES", "Trees per forest", C.NUMBER_INTEGER, trees, minValue=1, maxValue=5000),
            "Trees of the spy technique's forests and of the balanced random forest.",
        ),
        "N_CLASSES": (
            number(
                "N_CLASSES",
                "Number of susceptibility classes",
                C.NUMBER_INTEGER,
                classes,
                minValue=2,
                maxValue=10,
            ),
            "Jenks natural-breaks classes of the map (5: very low ... very high).",
        ),
        "SEED": (
            number("SEED", "Random seed", C.NUMBER_INTEGER, DEFAULT_SEED, minValue=0),
            "Seed of every random draw: the same inputs and seed give the same results.",
        ),
        "RUN_STORE": (
            QgsProcessingParameterFile(
                "RUN_STORE", "Run store folder", behavior=C.BEHAVIOR_FOLDER, optional=True
            ),
            "Folder of the run records (empty: the project's folder, else the profile's run store). The "
            "metrics dock and lsm:report read them.",
        ),
    }


def _ratio_input(name, label, default, help_text, minimum=0.1):
    from qgis.core import QgsProcessingParameterNumber

    number = QgsProcessingParameterNumber
    return name, (number(name, label, C.NUMBER_DOUBLE, default, minValue=minimum), help_text)


def _categorical(builder):
    """Source of a step's categorical parameter, whatever its type: a comma-separated string, or fields."""

    def make(definition):
        if definition.type() == "string":
            return builder.input("CATEGORICAL")
        return builder.expression(names_array("CATEGORICAL"), "CATEGORICAL")

    return make


# ---------------------------------------------------------------------------------------------- shared steps
def _sampling_steps(builder, negative_ratio):
    """Samples from the inventory, then reliable negatives by the spy technique (*negative_ratio*: a callable
    giving the source of the spy step's RATIO, called when that step is added)."""
    builder.step(
        "buildsamples",
        "lsm:buildsamples",
        "Samples",
        {
            "FACTORS": builder.input("FACTORS"),
            "INVENTORY": builder.input("INVENTORY"),
            "CATEGORICAL": builder.input("CATEGORICAL"),
            "POLYGON_MODE": builder.input("POLYGON_MODE"),
            "DEM": builder.input("DEM"),
            "STUDY_AREA": builder.input("STUDY_AREA"),
            "RATIO": builder.number("UNLABELED_RATIO"),
            "TRAIN_FRACTION": static(0.7),
            "SEED": builder.number("SEED"),
        },
    )
    builder.step(
        "spysampling",
        "lsm:spysampling",
        "Negatives",
        {
            "INPUT": child_output("buildsamples", "OUTPUT"),
            "FACTORS": builder.input("FACTORS"),
            "SPY_FRACTION": builder.number("SPY_FRACTION"),
            "RATIO": negative_ratio(),
            "N_TREES": builder.number("TREES"),
            "SEED": builder.number("SEED"),
            "INCLUDE_LANDSLIDES": static(True),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        when_present={
            "CATEGORICAL": _categorical(builder),
            "CATEGORICAL_FIELDS": _categorical(builder),
            "STUDY_AREA": lambda _d: builder.input("STUDY_AREA"),
            "TEST_RATIO": lambda _d: builder.number("TEST_RATIO"),
        },
    )


def _map_steps(builder, suffix, bundle, run_name, model_type, outputs, after=()):
    """Map, classes and rate curves of the model *bundle* (a source); step ids end with *suffix*;
    *outputs*: {(step, output): (model output name, mandatory)}."""

    def outputs_of(step):
        return {out: named for (s, out), named in outputs.items() if s == step}

    predict, classify, curves = f"predictraster{suffix}", f"jenksclassify{suffix}", f"ratecurves{suffix}"
    builder.step(
        predict,
        "lsm:predictraster",
        f"Map{suffix}",
        {"MODEL": bundle, "FACTORS": builder.input("FACTORS"), "MASK": builder.input("STUDY_AREA")},
        outputs_of("predictraster"),
        after=after,
    )
    samples = child_output("buildsamples", "OUTPUT")
    builder.step(
        classify,
        "lsm:jenksclassify",
        f"Classes{suffix}",
        {
            "INPUT": child_output(predict, "OUTPUT"),
            "CLASSES": builder.number("N_CLASSES"),
            # the sample layer: its test landslides are counted (the training ones flatter the table)
            "LANDSLIDES": samples,
            "RUN_NAME": static(run_name),
            "MODEL_TYPE": static(model_type),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        outputs_of("jenksclassify"),
    )
    builder.step(
        curves,
        "lsm:ratecurves",
        f"Rate curves{suffix}",
        {
            "INPUT": child_output(predict, "OUTPUT"),
            "SAMPLES": samples,
            "MASK_POLYGONS": builder.input("STUDY_AREA"),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        outputs_of("ratecurves"),
    )
    return classify


# ---------------------------------------------------------------------------------------------- pipeline
PIPELINE_HELP = (
    "The landslide susceptibility workflow of Fu et al. (2024) in one run: samples from the inventory and the "
    "factor rasters (lsm:buildsamples, 70/30 train/test split), reliable negatives by the spy technique with "
    "train and test kept apart (lsm:spysampling), a balanced random forest (lsm:trainmodel), its evaluation "
    "on the held-out test split (lsm:evaluatemodel), the susceptibility map (lsm:predictraster), its Jenks "
    "classes with the share of test landslides per class (lsm:jenksclassify) and the success and prediction "
    "rate curves (lsm:ratecurves: the prediction-rate AUC on the test landslides is the number to quote). Run "
    "records go to the run store folder (the metrics dock and lsm:report read them). Open the model in the "
    "Graphical Modeler to change a step or add models."
)


def pipeline_builder():
    """The ModelBuilder of lsm:pipeline."""
    inputs = _common_inputs(10.0)
    for name, spec in (
        _ratio_input(
            "NEGATIVE_RATIO",
            "Negatives per landslide",
            2.0,
            "Reliable negatives per landslide in training (and in the test split unless a test ratio is "
            "given); Fu et al. 2024 study 1:2.5 to 1:200.",
        ),
        _ratio_input(
            "TEST_RATIO",
            "Test negatives per test landslide",
            2.0,
            "Reliable negatives per landslide of the test split.",
        ),
    ):
        inputs[name] = spec
    inputs.update(_run_inputs(100, 5))
    builder = ModelBuilder("pipeline", PIPELINE_HELP, inputs)
    _sampling_steps(builder, lambda: builder.number("NEGATIVE_RATIO"))
    builder.step(
        "trainmodel",
        "lsm:trainmodel",
        "Model",
        {
            "INPUT": child_output("spysampling", "OUTPUT"),
            "FACTOR_FIELDS": expression(FACTOR_FIELDS),
            "CATEGORICAL_FIELDS": builder.expression(names_array("CATEGORICAL"), "CATEGORICAL"),
            "MODEL": static(0),
            "RATIO": static(0.0),
            "MODEL_PARAMS": builder.expression(
                "'n_estimators=' || to_string(coalesce(@TREES, {}))".format(builder.defaults["TREES"]),
                "TREES",
            ),
            "FACTOR_RASTERS": builder.input("FACTORS"),
            "SEED": builder.number("SEED"),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        {"OUTPUT": ("Model bundle", True)},
    )
    builder.step(
        "evaluatemodel",
        "lsm:evaluatemodel",
        "Evaluation",
        {
            "INPUT": child_output("spysampling", "OUTPUT"),
            "BUNDLE": child_output("trainmodel", "OUTPUT"),
            "MODEL_NAME": static("BRF (pipeline)"),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        {"OUTPUT_PLOT": ("ROC and PR curves", False)},
    )
    _map_steps(
        builder,
        "",
        child_output("trainmodel", "OUTPUT"),
        "BRF (pipeline)",
        "brf",
        {
            ("predictraster", "OUTPUT"): ("Susceptibility", True),
            ("jenksclassify", "OUTPUT"): ("Classes", True),
            ("jenksclassify", "OUTPUT_CSV"): ("Class table", False),
            ("ratecurves", "OUTPUT_PLOT"): ("Success and prediction rate curves", False),
        },
        # evaluation is no input of the map steps; it runs first so a poor model is seen in the log early
        after=("evaluatemodel",),
    )
    return builder


# ---------------------------------------------------------------------------------------------- paper
PAPER_HELP = (
    "The experiment of Fu et al. (2024) in one run: samples from the inventory (lsm:buildsamples), reliable "
    "negatives by the spy technique with train and test kept apart (lsm:spysampling, as many per landslide as "
    "the largest ratio or the test ratio needs), the saturation test of the chosen models over the imbalance "
    "ratios with repeats on one fixed test set (lsm:saturationtest), then the map of each of the four models "
    "(BRF, EasyEnsemble, SMOTE-DNN, ADASYN-DNN) trained at the largest ratio, its Jenks classes counted on the "
    "test landslides and its success and prediction rate curves, and an HTML report over the run store "
    "(lsm:report; the best map is chosen by the prediction-rate AUC). The full design (11 ratios, 10 repeats, "
    "1:200 test set, DNNs) takes long on a large area: start with fewer ratios and repeats."
)


def paper_builder():
    """The ModelBuilder of lsm:paperexperiment."""
    from qgis.core import (
        QgsProcessingParameterEnum,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    inputs = _common_inputs(3.0)
    models = _algorithm("lsm:saturationtest").parameterDefinition("MODELS").options()
    inputs["RATIOS"] = (
        QgsProcessingParameterString("RATIOS", "Imbalance ratios (negatives per landslide)", PAPER_RATIOS),
        "Comma-separated ratios of the saturation test (Fu et al. 2024: 1:2.5 ... 1:200); the maps are made "
        "at the largest.",
    )
    inputs["TEST_RATIO"] = _ratio_input(
        "TEST_RATIO",
        "Test negatives per test landslide",
        200.0,
        "Negatives per landslide of the fixed test set.",
    )[1]
    inputs["MODELS"] = (
        QgsProcessingParameterEnum(
            "MODELS", "Models of the saturation test", models, allowMultiple=True, defaultValue=[0, 1, 2, 3]
        ),
        "Model types the saturation test compares (the maps are made for the four models of the paper).",
    )
    number = QgsProcessingParameterNumber
    inputs["REPEATS"] = (
        number("REPEATS", "Repeats per model and ratio", C.NUMBER_INTEGER, 10, minValue=1, maxValue=1000),
        "Resamplings of the negatives per model and ratio (their spread is the saturation test's sd).",
    )
    inputs.update(_run_inputs(100, 5))
    builder = ModelBuilder("paperexperiment", PAPER_HELP, inputs)
    ratio = largest_ratio(builder.defaults)
    pool = "max({}, coalesce(@TEST_RATIO, {!r}))".format(ratio, builder.defaults["TEST_RATIO"])
    _sampling_steps(builder, lambda: builder.expression(pool, "RATIOS", "TEST_RATIO"))
    builder.step(
        "saturationtest",
        "lsm:saturationtest",
        "Saturation test",
        {
            "INPUT": child_output("spysampling", "OUTPUT"),
            "FACTOR_FIELDS": expression(FACTOR_FIELDS),
            "CATEGORICAL_FIELDS": builder.expression(names_array("CATEGORICAL"), "CATEGORICAL"),
            "MODELS": builder.input("MODELS"),
            "RATIOS": builder.expression("coalesce(@RATIOS, {!r})".format(PAPER_RATIOS), "RATIOS"),
            "REPEATS": builder.number("REPEATS"),
            "TEST_RATIO": builder.number("TEST_RATIO"),
            "MODEL_PARAMS": builder.expression(
                "'brf.n_estimators=' || to_string(coalesce(@TREES, {}))".format(builder.defaults["TREES"]),
                "TREES",
            ),
            "SEED": builder.number("SEED"),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        {
            "OUTPUT_SUMMARY": ("Saturation summary", True),
            "OUTPUT_PLOT": ("Metrics against the ratio", False),
        },
    )
    classified = [_paper_map(builder, index, short, ratio) for index, short in PAPER_MODELS]
    builder.step(
        "report",
        "lsm:report",
        "Report",
        {
            "RUN_STORE": builder.input("RUN_STORE"),
            "MAPS": child_outputs((step, "OUTPUT") for step in classified),
            "TITLE": static("Landslide susceptibility: the experiment of Fu et al. (2024)"),
        },
        {"OUTPUT": ("Report", True)},
        after=tuple(f"ratecurves_{short.lower().replace('-', '_')}" for _i, short in PAPER_MODELS)
        + ("saturationtest",),
    )
    return builder


def _paper_map(builder, index, short, ratio):
    """Training of model *index* at the largest ratio, then its map, classes and rate curves."""
    suffix = "_" + short.lower().replace("-", "_")
    train = f"trainmodel{suffix}"
    params = {"MODEL": static(index), "RATIO": builder.expression(ratio, "RATIOS")}
    if index == 0:
        params["MODEL_PARAMS"] = builder.expression(
            "'n_estimators=' || to_string(coalesce(@TREES, {}))".format(builder.defaults["TREES"]), "TREES"
        )
    builder.step(
        train,
        "lsm:trainmodel",
        f"Model {short}",
        dict(
            params,
            INPUT=child_output("spysampling", "OUTPUT"),
            FACTOR_FIELDS=expression(FACTOR_FIELDS),
            CATEGORICAL_FIELDS=builder.expression(names_array("CATEGORICAL"), "CATEGORICAL"),
            FACTOR_RASTERS=builder.input("FACTORS"),
            SEED=builder.number("SEED"),
            RUN_STORE=builder.input("RUN_STORE"),
        ),
    )
    model_type = ("brf", "easyensemble", "smote_dnn", "adasyn_dnn")[index]
    return _map_steps(
        builder,
        suffix,
        child_output(train, "OUTPUT"),
        f"{short} (largest ratio)",
        model_type,
        {
            ("predictraster", "OUTPUT"): (f"Susceptibility {short}", True),
            ("jenksclassify", "OUTPUT"): (f"Classes {short}", True),
            ("ratecurves", "OUTPUT_PLOT"): (f"Rate curves {short}", False),
        },
    )


# ---------------------------------------------------------------------------------------------- units
UNITS_HELP = (
    "The mapping-unit workflow (slope units, half-basins, administrative polygons) in one run: per-unit "
    "statistics of the factor rasters and the landslide response of each unit (lsm:unitfactors: ls_count and "
    "ls_presence = count >= 1), a model trained on the units with those statistics as its factors "
    "(lsm:trainmodel, label ls_presence, a random 70/30 split of the units), the susceptibility and, for "
    "forests and ensembles, its uncertainty on every unit (lsm:predictunits), the exact Jenks classes of the "
    "unit values with the class table (units, area %, landslide %) and the success-rate curve by unit area "
    "(lsm:unitclasses), and the cross-validation of the same model type on the units (lsm:crossvalidate; "
    "k-means folds of the unit centroids by default) whose out-of-fold scores, each from a model that never "
    "saw the unit, give the prediction-rate curve (lsm:unitclasses). The model bundle maps units of another "
    "area with the same fields (lsm:predictunits: transfer)."
)
#: the model types whose MODEL_PARAMS take the forest size (n_estimators = TREES)
FOREST_TYPES = ("brf", "rf")


def _unit_inputs():
    """The inputs of lsm:unitworkflow: {name: (definition, help)}."""
    from qgis.core import (
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
    )

    number = QgsProcessingParameterNumber
    common = _common_inputs(10.0)
    statistics = _algorithm("lsm:unitfactors").parameterDefinition("STATISTICS").options()
    models = _algorithm("lsm:trainmodel").parameterDefinition("MODEL").options()
    weights = _algorithm("lsm:unitclasses").parameterDefinition("WEIGHT").options()
    folds = _algorithm("lsm:crossvalidate").parameterDefinition("FOLD_MODE").options()
    inputs = {
        "UNITS": (
            QgsProcessingParameterFeatureSource("UNITS", "Mapping units", [C.TYPE_VECTOR_POLYGON]),
            "Polygons of the mapping units (a partition: slope units, half-basins), in the CRS of the factor "
            "rasters.",
        ),
        "FACTORS": common["FACTORS"],
        "CATEGORICAL": (
            common["CATEGORICAL"][0],
            "Factors holding class codes (geology, land cover): the share of each class per unit becomes a "
            "factor of the model instead of a mean. Names as the factors are named (layer names).",
        ),
        "STATISTICS": (
            QgsProcessingParameterEnum(
                "STATISTICS",
                "Statistics of continuous factors",
                statistics,
                allowMultiple=True,
                defaultValue=[0],
            ),
            "Per-unit statistics of each continuous factor (fields <factor>_mean, _median, _std): each "
            "becomes a factor of the model.",
        ),
        "INVENTORY": (
            common["INVENTORY"][0],
            "Landslide points (counted in the unit that holds them) or polygons (counted in every unit they "
            "touch): a unit with at least one is a landslide unit.",
        ),
        "MODEL": (
            QgsProcessingParameterEnum("MODEL", "Model", models, defaultValue=0),
            "Model type of lsm:trainmodel, trained on the units and cross-validated on them.",
        ),
        "N_CLASSES": _run_inputs(100, 5)["N_CLASSES"],
        "WEIGHT": (
            QgsProcessingParameterEnum(
                "WEIGHT", "Weight of a unit in the Jenks fit", weights, defaultValue=0
            ),
            "Each unit counts once in the Jenks fit of the classes, or in proportion to its area.",
        ),
        "FOLD_MODE": (
            QgsProcessingParameterEnum("FOLD_MODE", "Cross-validation folds", folds, defaultValue=2),
            "How units go to folds: k-means clusters of the unit centroids (default: neighbouring units "
            "stay together), at random by class, square blocks, one group, one unit or one time apart.",
        ),
        "FOLDS": (
            number("FOLDS", "Number of folds (k)", C.NUMBER_INTEGER, 5, minValue=2, maxValue=100),
            "k of the stratified, spatial-block and k-means folds.",
        ),
        "BLOCK_SIZE": (
            number(
                "BLOCK_SIZE", "Block size of spatial folds (map units)", C.NUMBER_DOUBLE, 1000.0, minValue=0.0
            ),
            "Side of the square blocks of the spatial-block folds, in the units' map units.",
        ),
        "GROUP_FIELD": (
            QgsProcessingParameterField(
                "GROUP_FIELD", "Group field of the units (leave one group out)", None, "UNITS", optional=True
            ),
            "Field of the unit layer naming each unit's region or event, for the leave-one-group-out folds.",
        ),
        "TIME_FIELD": (
            QgsProcessingParameterField(
                "TIME_FIELD", "Time field of the units (temporal folds)", None, "UNITS", optional=True
            ),
            "Field of the unit layer with each unit's year or date, for the temporal folds (each later time "
            "tested by a model of the earlier ones only).",
        ),
    }
    inputs.update(_run_inputs(100, 5))
    inputs["TREES"] = (
        inputs["TREES"][0],
        "Trees of the forest (balanced random forest, random forest); the other model types keep their own "
        "parameters.",
    )
    return inputs


def units_builder():
    """The ModelBuilder of lsm:unitworkflow."""
    from landslide_susceptibility.core import catalogue

    builder = ModelBuilder("unitworkflow", UNITS_HELP, _unit_inputs())
    forests = ", ".join(str(list(catalogue.MODEL_TYPES).index(key)) for key in FOREST_TYPES)
    forest_size = (
        "if(to_int(coalesce(@MODEL, 0)) IN ({}), 'n_estimators=' || to_string(coalesce(@TREES, {})), '')"
    )
    forest_size = forest_size.format(forests, builder.defaults["TREES"])

    def model_params():
        """The forest size for the forest model types (a source made when its step is added: the inputs
        it uses are then laid out beside that step)."""
        return builder.expression(forest_size, "MODEL", "TREES")

    # the unit statistics the model learns from: lsm:unitfactors names them (its FACTOR_FIELDS output)
    factor_fields = expression("string_to_array(coalesce(@Units_FACTOR_FIELDS, @units_FACTOR_FIELDS), ',')")
    builder.step(
        "unitfactors",
        "lsm:unitfactors",
        "Units",
        {
            "UNITS": builder.input("UNITS"),
            "FACTORS": builder.input("FACTORS"),
            "CATEGORICAL": builder.input("CATEGORICAL"),
            "STATISTICS": builder.expression("coalesce(@STATISTICS, array(0))", "STATISTICS"),
            "INVENTORY": builder.input("INVENTORY"),
        },
    )
    units = child_output("unitfactors", "OUTPUT")
    builder.step(
        "trainmodel",
        "lsm:trainmodel",
        "Model",
        {
            "INPUT": units,
            "LABEL_FIELD": static("ls_presence"),
            "FACTOR_FIELDS": factor_fields,
            "MODEL": builder.input("MODEL"),
            "RATIO": static(0.0),
            "MODEL_PARAMS": model_params(),
            "SEED": builder.number("SEED"),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        {"OUTPUT": ("Model bundle", True)},
    )
    builder.step(
        "predictunits",
        "lsm:predictunits",
        "Susceptibility",
        {"UNITS": units, "BUNDLE": child_output("trainmodel", "OUTPUT")},
    )
    builder.step(
        "unitclasses",
        "lsm:unitclasses",
        "Classes",
        {
            "UNITS": child_output("predictunits", "OUTPUT"),
            "FIELD": static("susceptibility"),
            "N_CLASSES": builder.number("N_CLASSES"),
            "WEIGHT": builder.input("WEIGHT"),
            "LANDSLIDE_FIELD": static("ls_count"),
            "CLASS_FIELD": static("class"),
        },
        {
            "OUTPUT": ("Classed units", True),
            "OUTPUT_TABLE": ("Class table", False),
            "OUTPUT_CURVES": ("Success rate curve", False),
        },
    )
    builder.step(
        "crossvalidate",
        "lsm:crossvalidate",
        "Cross-validation",
        {
            "INPUT": units,
            "LABEL_FIELD": static("ls_presence"),
            "FACTOR_FIELDS": factor_fields,
            "MODEL": builder.input("MODEL"),
            "RATIO": static(0.0),
            "MODEL_PARAMS": model_params(),
            "FOLD_MODE": builder.expression("coalesce(@FOLD_MODE, 2)", "FOLD_MODE"),
            "FOLDS": builder.number("FOLDS"),
            "BLOCK_SIZE": builder.number("BLOCK_SIZE"),
            "GROUP_FIELD": builder.input("GROUP_FIELD"),
            "TIME_FIELD": builder.input("TIME_FIELD"),
            "SEED": builder.number("SEED"),
            "RUN_STORE": builder.input("RUN_STORE"),
        },
        {"OUTPUT_PLOT": ("ROC and PR curves of the folds", False)},
    )
    builder.step(
        "unitclasses_oof",
        "lsm:unitclasses",
        "Out-of-fold classes",
        {
            "UNITS": child_output("crossvalidate", "OUTPUT_SCORES"),
            "FIELD": static("oof_score"),
            "N_CLASSES": builder.number("N_CLASSES"),
            "WEIGHT": builder.input("WEIGHT"),
            "TEST_FIELD": static("ls_count"),
            "CLASS_FIELD": static("oof_class"),
        },
        {
            "OUTPUT": ("Out-of-fold classed units", True),
            "OUTPUT_CURVES": ("Prediction rate curve", False),
        },
    )
    return builder


#: file name -> builder of each shipped model
MODELS = {
    "lsm_pipeline.model3": pipeline_builder,
    "lsm_paperexperiment.model3": paper_builder,
    "lsm_units.model3": units_builder,
}


def write_model(model, output):
    """Write *model* to *output* as canonical XML."""
    output.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(output)):
        sys.exit(f"could not write {output}")
    # QGIS >= 3.34 writes internal_version 'Version2', under which its model output parameters are named
    # after the outputs' descriptions ('model_bundle'); without it every QGIS reads version 1 and names
    # them '<child id>:<output name>' ('trainmodel:Model bundle'), the names users pass to qgis_process
    tree = ElementTree.parse(str(output))
    root = tree.getroot()
    for option in root.findall("Option[@name='internal_version']"):
        root.remove(option)
    # Qt writes XML attributes in a random order: canonical XML (sorted attributes) keeps the committed
    # file the same from one run to the next, so a diff shows only real changes
    canonical = ElementTree.canonicalize(ElementTree.tostring(root, encoding="unicode"))
    output.write_text(canonical + "\n", encoding="utf-8")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    folder = Path(argv[0]) if argv else MODELS_DIR
    app, _provider = _qgis()
    for file_name, make in MODELS.items():
        model = make().build()
        valid, errors = model.validate()
        if not valid:
            sys.exit(f"{file_name}: the model does not validate: {errors}")
        write_model(model, folder / file_name)
        inputs = ", ".join(p.name() for p in model.parameterDefinitions() if not p.isDestination())
        print(f"{folder / file_name}: {len(model.childAlgorithms())} steps, inputs {inputs}")
    app.exitQgis()


if __name__ == "__main__":
    main()
