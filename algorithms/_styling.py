"""Layer post-processors that style our raster outputs once Processing has loaded them.

QGIS does not own a post-processor, and QgsProcessingAlgorithm.run() executes a clone of the
algorithm that is deleted before the outputs are loaded: attach stylers with `attach_styler(context,
path, styler)`, which keeps them alive in a module-level ring until long after the run.

Also: ClassLegend (a classed map's legend: its class labels only), name_output(context, path, title,
tag) and model_tag(model_type, ratio, count) for output layer names ("Susceptibility - BRF 1:10"),
SampleLayerStyler (sample and negatives layers categorised by label and split).
"""

from collections import deque

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsGradientColorRamp,
    QgsMapLayerLegend,
    QgsMarkerSymbol,
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRasterSymbolLegendNode,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QColor

from ._compat import SHADER_INTERPOLATED, band_min_max

#: recent stylers, kept alive until Processing has loaded their layers
_KEPT = deque(maxlen=64)


def attach_styler(context, path, styler):
    """Style output *path* with *styler* when the context loads it on completion; True if attached."""
    if not context.willLoadLayerOnCompletion(path):
        return False
    _KEPT.append(styler)
    context.layerToLoadOnCompletionDetails(path).setPostProcessor(styler)
    return True


#: green to red, the convention of susceptibility maps (very low ... very high)
GREEN_TO_RED = ["#1a9850", "#91cf60", "#d9ef8b", "#fee08b", "#fc8d59", "#d73027", "#a50026"]


def ramp_colors(n):
    """*n* colours sampled along the green-to-red ramp."""
    ramp = QgsGradientColorRamp(QColor(GREEN_TO_RED[0]), QColor(GREEN_TO_RED[-1]))
    stops = []
    inner = GREEN_TO_RED[1:-1]
    for i, color in enumerate(inner):
        stops.append((float(i + 1) / (len(inner) + 1), QColor(color)))
    from qgis.core import QgsGradientStop

    ramp.setStops([QgsGradientStop(pos, color) for pos, color in stops])
    if n == 1:
        return [ramp.color(0.0)]
    return [ramp.color(i / (n - 1)) for i in range(n)]


def apply_classed_style(layer, labels, band=1):
    """Paletted renderer: value i (1..k) coloured green to red and labelled labels[i-1]."""
    colors = ramp_colors(len(labels))
    classes = [QgsPalettedRasterRenderer.Class(i + 1, colors[i], label) for i, label in enumerate(labels)]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), band, classes))
    set_class_legend(layer)
    layer.triggerRepaint()


def apply_continuous_style(layer, minimum=0.0, maximum=1.0, band=1):
    """Pseudo-colour green-to-red ramp from *minimum* to *maximum* (interpolated)."""
    if minimum is None or maximum is None:
        minimum, maximum = band_min_max(layer.dataProvider(), band)
    colors = ramp_colors(len(GREEN_TO_RED))
    items = []
    for i, color in enumerate(colors):
        value = minimum + (maximum - minimum) * i / (len(colors) - 1)
        items.append(QgsColorRampShader.ColorRampItem(value, color, "{:.3g}".format(value)))
    shader_function = QgsColorRampShader(minimum, maximum)
    shader_function.setColorRampType(SHADER_INTERPOLATED)
    shader_function.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


class ClassedRasterStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles a classed raster (1..k) with the green-to-red palette and class labels."""

    def __init__(self, labels):
        super().__init__()
        self.labels = list(labels)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if isinstance(layer, QgsRasterLayer) and layer.isValid():
            apply_classed_style(layer, self.labels)


class ContinuousRasterStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles a susceptibility raster with a continuous green-to-red ramp (default 0..1)."""

    def __init__(self, minimum=0.0, maximum=1.0):
        super().__init__()
        self.minimum = minimum
        self.maximum = maximum

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if isinstance(layer, QgsRasterLayer) and layer.isValid():
            apply_continuous_style(layer, self.minimum, self.maximum)


# -- legends of classed maps -----------------------------------------------------------------------


class ClassLegend(QgsMapLayerLegend):
    """The legend of a classed map: one coloured entry per class label, without the header line QGIS's
    paletted renderer puts first ("Band 1: class (Gray)")."""

    def createLayerTreeModelLegendNodes(self, node_layer):  # noqa: N802 (QGIS API name)
        layer = node_layer.layer()
        renderer = layer.renderer() if layer is not None else None
        if isinstance(renderer, QgsPalettedRasterRenderer):
            nodes = [QgsRasterSymbolLegendNode(node_layer, c.color, c.label) for c in renderer.classes()]
        elif layer is not None:  # restyled by the user: QGIS's own legend
            nodes = list(
                QgsMapLayerLegend.defaultRasterLegend(layer).createLayerTreeModelLegendNodes(node_layer)
            )
        else:
            nodes = []
        for node in nodes:
            sip.transferto(node, None)  # the layer tree model owns and deletes them
        return nodes


def set_class_legend(layer):
    """Give the classed raster *layer* the clean legend of its paletted classes (ClassLegend)."""
    layer.setLegend(ClassLegend())


# -- output layer names ----------------------------------------------------------------------------

#: short model names for layer names ("Susceptibility - BRF 1:10")
MODEL_TAGS = {
    "brf": "BRF",
    "easyensemble": "EasyEnsemble",
    "smote_dnn": "SMOTE-DNN",
    "adasyn_dnn": "ADASYN-DNN",
    "rf": "RF",
    "dnn": "DNN",
    "svm": "SVM",
    "lr": "LR",
    "klr": "KLR",
    "cnn_lstm_sam": "CNN-LSTM-SAM",
    "cnn": "CNN",
    "fr": "FR",
    "iv": "IV",
    "woe": "WoE",
    "logit": "Logit",
    "lgbm": "LightGBM",
    "lsnet": "LSNet",
}


def ratio_text(ratio):
    """'1:10', '1:2.5' for a ratio of negatives per landslide; '' for none (0 or missing)."""
    try:
        ratio = float(ratio)
    except (TypeError, ValueError):
        return ""
    if not ratio > 0:
        return ""
    return "1:{:g}".format(round(ratio, 2))


def model_tag(model_type, ratio=None, count=1):
    """'BRF 1:10' from a bundle's model type and training ratio; 'BRF x5 1:10' for *count* bundles."""
    key = str(model_type or "").strip()
    tag = MODEL_TAGS.get(key, key.replace("_", "-").upper())
    if count > 1:
        tag = f"{tag} x{count}"
    return " ".join(part for part in (tag, ratio_text(ratio)) if part)


def unique_layer_name(context, name):
    """*name*, or 'name (2)', 'name (3)' ... when the project of *context* has a layer of that name, so
    repeated runs give layers told apart."""
    project = context.project() if context is not None else None
    if project is None:
        return name
    taken = {layer.name() for layer in project.mapLayers().values()}
    if name not in taken:
        return name
    n = 2
    while f"{name} ({n})" in taken:
        n += 1
    return f"{name} ({n})"


def name_output(context, path, title, tag=""):
    """Name the layer Processing loads for output *path* 'title - tag' (unique in the project); the
    name given, or '' when the output is not loaded."""
    if not path or not context.willLoadLayerOnCompletion(path):
        return ""
    name = unique_layer_name(context, f"{title} - {tag}" if tag else title)
    context.layerToLoadOnCompletionDetails(path).name = name
    return name


# -- sample and negative layers --------------------------------------------------------------------

#: (value of SampleLayerStyler's expression, legend label, colour, marker shape, size): landslides
#: red, unlabeled cells grey, reliable negatives blue, random test cells purple; circles for training,
#: triangles for testing
SAMPLE_CATEGORIES = (
    ("landslide train", QT_TRANSLATE_NOOP("LsmStyling", "Landslide (train)"), "#d7301f", "circle", 2.4),
    ("landslide test", QT_TRANSLATE_NOOP("LsmStyling", "Landslide (test)"), "#fc8d59", "triangle", 2.8),
    ("unlabeled train", QT_TRANSLATE_NOOP("LsmStyling", "Unlabeled (train)"), "#7f7f7f", "circle", 1.6),
    ("unlabeled test", QT_TRANSLATE_NOOP("LsmStyling", "Unlabeled (test)"), "#bdbdbd", "triangle", 2.0),
    ("rn train", QT_TRANSLATE_NOOP("LsmStyling", "Reliable negative (train)"), "#2c7bb6", "circle", 1.8),
    ("rn test", QT_TRANSLATE_NOOP("LsmStyling", "Reliable negative (test)"), "#abd9e9", "triangle", 2.2),
    ("random test", QT_TRANSLATE_NOOP("LsmStyling", "Random test cell"), "#984ea3", "square", 1.8),
)


def sample_expression(fields):
    """The expression SampleLayerStyler categorises: 'landslide <split>' for label 1, else
    '<negative_kind> <split>' on a negatives layer, 'unlabeled <split>' otherwise."""
    other = '"negative_kind"' if fields.lookupField("negative_kind") >= 0 else "'unlabeled'"
    return (
        "CASE WHEN \"label\" = 1 THEN 'landslide' ELSE {} END || ' ' || coalesce(\"split\", 'train')"
    ).format(other)


def sample_renderer(fields):
    """QgsCategorizedSymbolRenderer of a sample / negatives layer with *fields*: one category per label
    and split (SAMPLE_CATEGORIES, those the layer can hold)."""
    has_kind = fields.lookupField("negative_kind") >= 0
    categories = []
    for value, label, color, shape, size in SAMPLE_CATEGORIES:
        if value.startswith("unlabeled") == has_kind and not value.startswith("landslide"):
            continue
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": shape,
                "color": color,
                "size": str(size),
                "outline_color": "#ffffff",
                "outline_width": "0.2",
            }
        )
        categories.append(QgsRendererCategory(value, symbol, QCoreApplication.translate("LsmStyling", label)))
    return QgsCategorizedSymbolRenderer(sample_expression(fields), categories)


class SampleLayerStyler(QgsProcessingLayerPostProcessorInterface):
    """Styles a sample layer (lsm:buildsamples) or negatives layer (lsm:spysampling) by label and split."""

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if isinstance(layer, QgsVectorLayer) and layer.isValid() and layer.fields().lookupField("label") >= 0:
            layer.setRenderer(sample_renderer(layer.fields()))
            layer.triggerRepaint()
