"""What an analyst sees in the dialogs and the layer tree (issue 17 item 5): required pairs, decimals,
labels, toolbox groups and icons, output layer names, the styles of samples, negatives and classes."""

import os
import re

import pytest

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def _instances(lsm_provider):
    from landslide_susceptibility.plugin.provider import algorithm_classes

    algs = []
    for cls in algorithm_classes():
        alg = cls()
        alg.initAlgorithm({})
        algs.append(alg)
    return algs


def _context():
    from qgis.core import QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


@pytest.mark.parametrize(
    "alg_id, names",
    [
        ("spysampling", ("INPUT", "INVENTORY")),
        ("ratecurves", ("SAMPLES", "TRAIN_INVENTORY", "TEST_INVENTORY")),
        ("factorscreening", ("SAMPLES", "RASTERS")),
        ("evaluatemodel", ("BUNDLE", "RASTER")),
    ],
)
def test_one_of_refused_before_the_run_naming_both_labels(lsm_provider, alg_id, names):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById(f"lsm:{alg_id}")
    ok, message = alg.checkParameterValues({name: None for name in names}, _context())
    assert not ok
    for name in names:
        assert f"'{alg.parameterDefinition(name).description()}'" in message
    assert "one of them is needed" in message


def test_exclusive_pair_refused(lsm_provider, sample_dir):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById("lsm:evaluatemodel")
    parameters = {"BUNDLE": "/x/model.lsmodel", "RASTER": str(sample_dir / "slope.tif")}
    assert alg.one_of_message(parameters).startswith("Give either 'Model bundle' or 'Susceptibility raster'")
    assert "not both" in alg.one_of_message(parameters)
    assert alg.one_of_message({"BUNDLE": "/x/model.lsmodel"}) == ""


def test_trainmodel_refuses_the_raw_inventory_as_samples(lsm_provider, sample_dir):
    from qgis.core import QgsApplication, QgsVectorLayer

    inventory = QgsVectorLayer(str(sample_dir / "landslides.gpkg"), "landslides", "ogr")
    assert inventory.isValid() and inventory.fields().lookupField("label") < 0
    alg = QgsApplication.processingRegistry().createAlgorithmById("lsm:trainmodel")
    message = alg.sample_layer_message({"INPUT": inventory}, _context())
    assert "Layer 'landslides' has no field 'label': it is not a sample layer" in message
    assert "'Samples'" in message


def test_no_label_says_optional(lsm_provider):
    offenders = [
        f"{a.name()}:{p.name()}"
        for a in _instances(lsm_provider)
        for p in a.parameterDefinitions()
        if "(optional)" in p.description().lower()
    ]
    assert offenders == []


def test_every_double_has_decimals(lsm_provider):
    from landslide_susceptibility.algorithms._compat import NUMBER_DOUBLE
    from qgis.core import QgsProcessingParameterNumber

    missing, seen = [], 0
    for alg in _instances(lsm_provider):
        for p in alg.parameterDefinitions():
            if isinstance(p, QgsProcessingParameterNumber) and p.dataType() == NUMBER_DOUBLE:
                seen += 1
                decimals = (p.metadata().get("widget_wrapper") or {}).get("decimals")
                if not isinstance(decimals, int) or not 0 <= decimals <= 6:
                    missing.append(f"{alg.name()}:{p.name()}")
    assert seen > 20 and missing == []
    spy = next(a for a in _instances(lsm_provider) if a.name() == "spysampling")
    share = spy.parameterDefinition("SPY_FRACTION")
    assert share.metadata()["widget_wrapper"]["decimals"] == 2


def test_no_enum_option_is_a_raw_key(lsm_provider):
    from landslide_susceptibility.core import catalogue
    from qgis.core import QgsProcessingParameterEnum

    raw = []
    for alg in _instances(lsm_provider):
        for p in alg.parameterDefinitions():
            if isinstance(p, QgsProcessingParameterEnum):
                raw += [f"{alg.name()}:{p.name()}={o}" for o in p.options() if re.fullmatch(r"[a-z0-9_]+", o)]
    assert raw == []
    trainmodel = next(a for a in _instances(lsm_provider) if a.name() == "trainmodel")
    options = trainmodel.parameterDefinition("CV_SCORE").options()
    assert len(options) == len(catalogue.CV_SCORES) and options[0] == "ROC-AUC"


def test_groups_sort_in_workflow_order_with_their_own_icons(lsm_provider):
    from landslide_susceptibility.algorithms.base import GROUPS, group_icon_path, group_name
    from landslide_susceptibility.core.paths import ICON_PATH

    names = [group_name(group_id) for group_id in GROUPS]
    assert names == ["1 Factors", "2 Samples", "3 Negatives", "4 Models", "5 Maps", "6 Evaluation"]
    assert sorted(names) == names
    icons = [group_icon_path(group_id) for group_id in GROUPS]
    assert len(set(icons)) == len(GROUPS) and ICON_PATH not in icons
    for path in icons:
        assert os.path.isfile(path) and open(path, encoding="utf-8").read().lstrip().startswith("<svg")
    for alg in _instances(lsm_provider):
        assert alg.group() in names and alg.svgIconPath() == group_icon_path(alg.groupId())
        assert not alg.icon().isNull()


def test_model_tags():
    from landslide_susceptibility.algorithms._styling import model_tag, ratio_text

    assert model_tag("brf", 10) == "BRF 1:10"
    assert model_tag("smote_dnn", 2.5, count=3) == "SMOTE-DNN x3 1:2.5"
    assert model_tag("brf", 0) == "BRF" and ratio_text(None) == ""


def _load_details(context, path):
    details = context.layersToLoadOnCompletion()
    assert path in details, details.keys()
    return details[path]


def test_classes_name_carries_the_model_and_a_clean_legend(lsm_provider, factor_paths, tmp_path):
    from qgis import processing
    from qgis.core import (
        QgsLayerTree,
        QgsLayerTreeModel,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
        QgsRasterLayer,
    )

    project = QgsProject.instance()
    raster = QgsRasterLayer(factor_paths["slope"], "Susceptibility - BRF 1:10")
    project.addMapLayer(raster, False)
    out = str(tmp_path / "classes.tif")
    context = _context()
    processing.run(
        "lsm:jenksclassify",
        {"INPUT": raster, "CLASSES": 3, "OUTPUT": QgsProcessingOutputLayerDefinition(out, project)},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    details = _load_details(context, out)
    assert details.name == "Classes - BRF 1:10"
    layer = QgsRasterLayer(out, details.name)
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    root = QgsLayerTree()
    node = root.addLayer(layer)
    model = QgsLayerTreeModel(root)
    texts = [n.data(0) for n in model.layerLegendNodes(node)]
    assert len(texts) == 3 and not any("Band" in str(t) for t in texts)
    project.removeMapLayer(raster.id())


def test_samples_named_and_styled_by_label_and_split(lsm_provider, factor_paths, sample_dir, tmp_path):
    from qgis import processing
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
        QgsVectorLayer,
    )

    out = str(tmp_path / "samples.gpkg")
    context = _context()
    result = processing.run(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": str(sample_dir / "landslides.gpkg"),
            "RATIO": 2.0,
            "SEED": 7,
            "OUTPUT": QgsProcessingOutputLayerDefinition(out, QgsProject.instance()),
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    details = _load_details(context, result["OUTPUT"])
    assert details.name.startswith("Samples - 1:2")
    layer = QgsVectorLayer(result["OUTPUT"], details.name, "ogr")
    details.postProcessor().postProcessLayer(layer, context, QgsProcessingFeedback())
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    values = [c.value() for c in renderer.categories()]
    assert values == ["landslide train", "landslide test", "unlabeled train", "unlabeled test"]
    labels = [c.label() for c in renderer.categories()]
    assert labels[0] == "Landslide (train)" and labels[3] == "Unlabeled (test)"
    # every feature falls into a category, and the categories look different
    expression_values = set()
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    expression = QgsExpression(renderer.classAttribute())
    expression_context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    for feature in layer.getFeatures():
        expression_context.setFeature(feature)
        expression_values.add(expression.evaluate(expression_context))
    assert expression_values == set(values)
    colors = {c.symbol().color().name() for c in renderer.categories()}
    assert len(colors) == 4


def test_negatives_categories(lsm_provider):
    from landslide_susceptibility.algorithms._compat import make_field
    from landslide_susceptibility.algorithms._styling import sample_renderer
    from qgis.core import QgsFields

    fields = QgsFields()
    for name, kind in (("label", "int"), ("split", "str"), ("negative_kind", "str")):
        fields.append(make_field(name, kind))
    values = [c.value() for c in sample_renderer(fields).categories()]
    assert values == ["landslide train", "landslide test", "rn train", "rn test", "random test"]
