"""Layer post-processors that style our raster outputs once Processing has loaded them.

QGIS does not own a post-processor, and QgsProcessingAlgorithm.run() executes a clone of the
algorithm that is deleted before the outputs are loaded: attach stylers with `attach_styler(context,
path, styler)`, which keeps them alive in a module-level ring until long after the run.
"""

from collections import deque

from qgis.core import (
    QgsColorRampShader,
    QgsGradientColorRamp,
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
)
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
