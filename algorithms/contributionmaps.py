"""lsm:contributionmaps: SHAP value rasters of chosen factors of a model bundle, streamed block by block."""

import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..core.errors import LsmError
from . import _params
from ._compat import BEHAVIOR_FILE, TYPE_RASTER, TYPE_VECTOR_POLYGON
from ._inventory import parse_names
from ._masks import polygon_mask
from ._styling import ContinuousRasterStyler, attach_styler, model_tag, name_output
from .base import LsmAlgorithm


class ContributionMapsAlgorithm(LsmAlgorithm):
    """Factor contribution maps: where each chosen factor pushes the model's score up or down."""

    ALGORITHM_NAME = "contributionmaps"
    DISPLAY_NAME = "Factor contribution maps (SHAP)"
    GROUP_ID = "maps"
    REQUIRES = ("sklearn", "skops", "shap")
    HELP = (
        "Maps where each chosen factor drives the score of a model bundle: the SHAP value of the factor at "
        "every cell, one band per factor (band description = factor name) of a Float32 GeoTIFF, read and "
        "written block by block like lsm:predictraster. Categorical factors are one band (the sum of their "
        "one-hot columns).\n\n"
        "Forests and LightGBM: exact TreeExplainer values (forests: probability, LightGBM: log-odds), far "
        "slower than a prediction. Other models: a sampled explainer on background cells of the map, "
        "approximate and very slow: use it on a small area (a mask). Base value + sum of every factor's band = the "
        "model output (the base value is in the raster's metadata)."
    )

    MODEL = "MODEL"
    FACTORS = "FACTORS"
    SELECTED = "SELECTED"
    MASK = "MASK"
    BLOCK_CELLS = "BLOCK_CELLS"
    BACKGROUND = "BACKGROUND"
    MAX_EVALS = "MAX_EVALS"
    OUTPUT = "OUTPUT"
    OUT_CELLS = "N_CELLS"
    OUT_BASE = "BASE_VALUE"
    OUT_ADDITIVITY = "ADDITIVITY_ERROR"
    OUT_BANDS = "BAND_NAMES"

    def initAlgorithm(self, config=None):  # noqa: N802
        from ..core.contribution import DEFAULT_BACKGROUND, DEFAULT_CONTRIBUTION_BLOCK

        _params.add_trust(self)
        p = QgsProcessingParameterFile(self.MODEL, self.tr("Model bundle"), BEHAVIOR_FILE, "lsmodel")
        p.setHelp(self.tr("A .lsmodel file written by lsm:trainmodel (trusted files only)."))
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor rasters"), TYPE_RASTER)
        p.setHelp(self.tr("The factors the model was trained on, named as at training, on one grid."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.SELECTED, self.tr("Factors to map (comma separated, empty = all)"), optional=True
        )
        p.setHelp(
            self.tr("Names of the bundle's factors that get a band, e.g. 'slope, dist_faults'; empty: all.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MASK, self.tr("Mask (study area polygons)"), [TYPE_VECTOR_POLYGON], optional=True
        )
        p.setHelp(
            self.tr(
                "Only cells whose centre is inside these polygons are explained (any CRS); the rest is nodata."
            )
        )
        self.addParameter(p)
        _params.add(
            self,
            _params.number(
                self.BLOCK_CELLS,
                self.tr("Cells per block"),
                DEFAULT_CONTRIBUTION_BLOCK,
                4096,
                integer=True,
            ),
            self.tr(
                "Cells read and explained at once (rounded to the rasters' blocks); memory grows with it."
            ),
            advanced=True,
        )
        _params.add(
            self,
            _params.number(
                self.BACKGROUND,
                self.tr("Background cells (sampled explainer)"),
                DEFAULT_BACKGROUND,
                1,
                integer=True,
            ),
            self.tr(
                "Reference cells of the sampled explainer, drawn with the seed from the map; more: steadier "
                "values, slower. Tree models do not use them."
            ),
            advanced=True,
        )
        _params.add(
            self,
            _params.number(
                self.MAX_EVALS,
                self.tr("Model calls per cell (sampled explainer, 0 = auto)"),
                0,
                0,
                integer=True,
            ),
            self.tr("0: 10 x (2 x factors + 1). Fewer: faster and noisier. Tree models do not use it."),
            advanced=True,
        )
        _params.add_seed(self)
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Factor contributions (SHAP)"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_CELLS, self.tr("Cells explained")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BASE, self.tr("Base value (mean model output)")))
        self.addOutput(
            QgsProcessingOutputNumber(
                self.OUT_ADDITIVITY, self.tr("Largest additivity error of the SHAP values")
            )
        )
        self.addOutput(QgsProcessingOutputString(self.OUT_BANDS, self.tr("Band names (comma separated)")))

    def _mask(self, parameters, context, factors, bundle, feedback):
        """PolygonMask of the mask layer on the factors' grid, or None (lsm:predictraster's rule)."""
        from ..core.grid import check_grids
        from ..core.predict import match_factors

        if self.parameterAsSource(parameters, self.MASK, context) is None:
            return None
        grid = check_grids(match_factors([bundle], factors)[0])
        return polygon_mask(self, parameters, context, grid, feedback)

    def process(self, parameters, context, feedback):
        from ..core.contribution import contribution_map
        from ..core.predict import open_bundles

        path = self.parameterAsFile(parameters, self.MODEL, context)
        bundle = open_bundles([path], trust=_params.trust(self, parameters, context), feedback=feedback)[0]
        factors = self.raster_factors(self.parameterAsLayerList(parameters, self.FACTORS, context))
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if os.path.splitext(out_path)[1].lower() not in (".tif", ".tiff"):
            raise LsmError(
                self.tr("The maps are written as GeoTIFF: give '{}' a .tif extension.").format(out_path)
            )
        summary = contribution_map(
            bundle,
            factors,
            out_path,
            selected=parse_names(self.parameterAsString(parameters, self.SELECTED, context)),
            mask=self._mask(parameters, context, factors, bundle, feedback),
            block_cells=self.parameterAsInt(parameters, self.BLOCK_CELLS, context),
            n_background=self.parameterAsInt(parameters, self.BACKGROUND, context),
            seed=_params.seed(self, parameters, context),
            max_evals=self.parameterAsInt(parameters, self.MAX_EVALS, context) or None,
            feedback=feedback,
        )
        for message in summary.warnings:
            feedback.pushWarning(message)
        feedback.pushInfo(
            self.tr(
                "SHAP values ({} explainer, {} scale) of {} on {} cells in {} blocks; base value {:.6f}."
            ).format(
                summary.method,
                summary.scale,
                ", ".join(summary.bands),
                summary.n_valid,
                summary.n_blocks,
                summary.base_value,
            )
        )
        feedback.pushInfo(
            self.tr("Additivity check: base value + sum of SHAP values = model output within {:.2e}.").format(
                summary.max_additivity_error
            )
        )
        # band 1 (the first chosen factor) in a ramp symmetric about 0: green lowers the score, red raises it
        spread = max(summary.max_abs[0] if summary.max_abs else 0.0, 1e-6)
        attach_styler(context, out_path, ContinuousRasterStyler(-spread, spread))
        tag = model_tag(bundle.model_type, bundle.manifest.get("ratio"))
        name_output(context, out_path, self.tr("Factor contributions"), tag)
        return {
            self.OUTPUT: out_path,
            self.OUT_CELLS: summary.n_valid,
            self.OUT_BASE: summary.base_value,
            self.OUT_ADDITIVITY: summary.max_additivity_error,
            self.OUT_BANDS: ",".join(summary.bands),
        }
