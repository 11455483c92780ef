"""lsm:unitnegatives: reliable-negative mapping units by the spy technique on unit attributes (core.unit_pu)."""

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ..core import pu_steps
from ..core.errors import LsmError
from ..core.sampleset import NEGATIVE_KIND_FIELD
from ..core.spy import parse_negative_classes
from ..core.unit_pu import unit_negatives
from . import _params
from ._compat import FIELD_NUMERIC, TYPE_VECTOR_POLYGON, parameter_as_strings
from ._samples import source_name
from ._styling import attach_styler
from ._units import GraduatedVectorStyler, read_units, unit_columns, write_units
from .base import LsmAlgorithm, push_notes

#: PU methods in the order of the METHOD enum (core.pu_steps.METHODS)
METHOD_LABELS = ("Spy technique (Fu et al. 2024)", "Bagging-PU (Mordelet and Vert 2014)")
STYLE_EDGES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


class UnitNegativesAlgorithm(LsmAlgorithm):
    """Landslide units, unlabeled units and the reliable-negative units of the prior's low classes."""

    ALGORITHM_NAME = "unitnegatives"
    DISPLAY_NAME = "Reliable-negative units (spy technique on units)"
    GROUP_ID = "samples"
    REQUIRES = ("sklearn",)
    HELP = (
        "Positive-unlabeled sampling on mapping units: units with at least the threshold of landslides are "
        "landslide units, units with none are unlabeled. The spy technique (a share of the landslide units "
        "hidden among the unlabeled) or Bagging-PU fits a prior model on the unit attributes; its exact Jenks "
        "classes over the units give the reliable negatives: the unlabeled units of the low classes. Writes the "
        "units with label (1 landslide, 0 reliable negative, NULL otherwise), negative_kind, prior and "
        "prior_class: a sample layer for lsm:trainmodel and lsm:crossvalidate (label field 'label')."
    )

    UNITS = "UNITS"
    COUNT_FIELD = "COUNT_FIELD"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    CATEGORICAL_FIELDS = "CATEGORICAL_FIELDS"
    THRESHOLD = "THRESHOLD"
    METHOD = "METHOD"
    SPY_FRACTION = "SPY_FRACTION"
    NOISE_SHARE = "NOISE_SHARE"
    N_TREES = "N_TREES"
    N_CLASSES = "N_CLASSES"
    NEGATIVE_CLASSES = "NEGATIVE_CLASSES"
    RATIO = "RATIO"
    OUTPUT = "OUTPUT"
    OUT_NEGATIVES = "N_NEGATIVES"
    OUT_THRESHOLD = "SPY_THRESHOLD"

    def initAlgorithm(self, config=None):  # noqa: N802
        add, number = _params.add, _params.number
        add(
            self,
            QgsProcessingParameterFeatureSource(self.UNITS, self.tr("Mapping units"), [TYPE_VECTOR_POLYGON]),
            self.tr("Polygons with factor fields and a landslide count (lsm:unitfactors output)."),
        )
        add(
            self,
            # optional with a default: qgis_process (3.22) asks for every mandatory field parameter
            QgsProcessingParameterField(
                self.COUNT_FIELD,
                self.tr("Landslide count field"),
                "ls_count",
                self.UNITS,
                FIELD_NUMERIC,
                optional=True,
            ),
            self.tr(
                "Landslides per unit (0, 1, 2, ...; default ls_count); units with 0 are the unlabeled units."
            ),
        )
        add(
            self,
            QgsProcessingParameterField(
                self.FACTOR_FIELDS,
                self.tr("Factor fields"),
                None,
                self.UNITS,
                FIELD_NUMERIC,
                allowMultiple=True,
            ),
            self.tr("The unit attributes the prior model learns from (e.g. slope_mean, elev_mean)."),
        )
        add(
            self,
            QgsProcessingParameterField(
                self.CATEGORICAL_FIELDS,
                self.tr("Categorical factor fields (one-hot encoded)"),
                None,
                self.UNITS,
                FIELD_NUMERIC,
                allowMultiple=True,
                optional=True,
            ),
            self.tr(
                "Factors holding class codes (majority lithology); they must be among the factor fields."
            ),
        )
        add(
            self,
            number(self.THRESHOLD, self.tr("Landslides for a landslide unit"), 1, minimum=1, integer=True),
            self.tr(
                "A unit with at least this many landslides is a landslide unit (1: presence, count >= 1)."
            ),
        )
        add(
            self,
            QgsProcessingParameterEnum(
                self.METHOD, self.tr("PU method"), [self.tr(v) for v in METHOD_LABELS], defaultValue=0
            ),
            self.tr("How the prior is fitted: the two-step spy technique or Bagging-PU."),
        )
        self._add_settings()
        _params.add_seed(
            self, help_text=self.tr("Seed of the spies, the forests and the draw: same seed, same units.")
        )
        _params.add_n_jobs(self)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Units with reliable negatives"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_NEGATIVES, self.tr("Reliable-negative units")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_THRESHOLD, self.tr("Spy threshold")))

    def _add_settings(self):
        add, number = _params.add, _params.number
        settings = (
            (
                number(
                    self.SPY_FRACTION, self.tr("Spy fraction"), pu_steps.SPY_FRACTION, 0.01, 0.9, decimals=2
                ),
                self.tr(
                    "Share of the landslide units hidden among the unlabeled as spies (Fu et al. 2024: 0.15)."
                ),
            ),
            (
                number(
                    self.NOISE_SHARE, self.tr("Spy noise share"), pu_steps.SPY_NOISE, 0.0, 0.5, decimals=2
                ),
                self.tr("Share of spies allowed below the threshold (Liu et al. 2002: 0.05)."),
            ),
            (
                number(self.N_TREES, self.tr("Trees"), pu_steps.N_TREES, 1, 5000, integer=True),
                self.tr("Trees of the step forests."),
            ),
            (
                number(
                    self.N_CLASSES,
                    self.tr("Jenks classes of the prior"),
                    pu_steps.JENKS_CLASSES,
                    2,
                    20,
                    integer=True,
                ),
                self.tr("Exact Jenks classes of the units' prior (1 = very low)."),
            ),
            (
                QgsProcessingParameterString(
                    self.NEGATIVE_CLASSES, self.tr("Prior classes giving negatives"), "1,2"
                ),
                self.tr(
                    "The unlabeled units of these prior classes are the reliable negatives (Fu et al. 2024: 1,2)."
                ),
            ),
            (
                number(
                    self.RATIO,
                    self.tr("Reliable negatives per landslide unit (0 = all)"),
                    0.0,
                    0.0,
                    decimals=1,
                ),
                self.tr(
                    "0 keeps every unlabeled unit of the negative classes; above 0 draws at most this many per landslide unit."
                ),
            ),
        )
        for parameter, help_text in settings:
            add(self, parameter, help_text, advanced=True)

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.UNITS, context)
        if source is None:
            raise LsmError(self.tr("The unit layer could not be opened."))
        name = source_name(self, parameters, self.UNITS, context)
        count_field = self.parameterAsString(parameters, self.COUNT_FIELD, context) or "ls_count"
        factors = parameter_as_strings(self, parameters, self.FACTOR_FIELDS, context)
        categorical = parameter_as_strings(self, parameters, self.CATEGORICAL_FIELDS, context)
        self._check_fields(name, count_field, factors, categorical)
        params = self._pu_params(parameters, context, factors, categorical)
        units = read_units(source, name, feedback)
        values = unit_columns(source, name, factors + [count_field], units)
        X = np.column_stack([values[f] for f in factors])
        result = unit_negatives(
            X,
            values[count_field],
            params,
            threshold=self.parameterAsInt(parameters, self.THRESHOLD, context),
            ratio=self.parameterAsDouble(parameters, self.RATIO, context),
            feedback=feedback,
            name=count_field,
        )
        push_notes(feedback, result.notes)
        self._log(feedback, name, result)
        columns = [
            ("label", "int", np.where(result.label >= 0, result.label, np.nan)),
            (NEGATIVE_KIND_FIELD, "str", result.kind),
            ("prior", "double", result.prior),
            ("prior_class", "int", np.where(result.prior_class > 0, result.prior_class, np.nan)),
        ]
        dest = write_units(self, parameters, self.OUTPUT, context, source, units, columns, feedback)
        attach_styler(context, dest, GraduatedVectorStyler("prior", STYLE_EDGES))
        return {
            self.OUTPUT: dest,
            self.OUT_NEGATIVES: int((result.label == 0).sum()),
            self.OUT_THRESHOLD: result.threshold,
        }

    def _check_fields(self, name, count_field, factors, categorical):
        if not factors:
            raise LsmError(self.tr("Choose the factor fields of the unit layer '{}'.").format(name))
        if count_field in factors:
            raise LsmError(
                self.tr(
                    "The count field '{}' is also chosen as a factor: remove it from the factor fields."
                ).format(count_field)
            )
        unknown = [c for c in categorical if c not in factors]
        if unknown:
            raise LsmError(
                self.tr(
                    "Categorical field(s) {} are not among the factor fields; add them there too."
                ).format(", ".join(unknown))
            )

    def _pu_params(self, parameters, context, factors, categorical):
        n_classes = self.parameterAsInt(parameters, self.N_CLASSES, context)
        params = pu_steps.PuParams(
            method=pu_steps.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)],
            spy_fraction=self.parameterAsDouble(parameters, self.SPY_FRACTION, context),
            noise_share=self.parameterAsDouble(parameters, self.NOISE_SHARE, context),
            n_trees=self.parameterAsInt(parameters, self.N_TREES, context),
            n_classes=n_classes,
            negative_classes=parse_negative_classes(
                self.parameterAsString(parameters, self.NEGATIVE_CLASSES, context), n_classes
            ),
            seed=_params.seed(self, parameters, context),
            n_jobs=_params.n_jobs(self, parameters, context),
            categorical=tuple(factors.index(c) for c in categorical),
        )
        params.check()
        return params

    def _log(self, feedback, name, result):
        n_pos = int((result.label == 1).sum())
        feedback.pushInfo(
            self.tr(
                "'{}': {} landslide unit(s), {} unlabeled; prior Jenks breaks {}; {} unlabeled unit(s) in the "
                "negative classes, {} reliable negative(s)."
            ).format(
                name,
                n_pos,
                result.n_unlabeled,
                ", ".join(f"{b:.4g}" for b in result.breaks),
                result.n_candidates,
                int((result.label == 0).sum()),
            )
        )
        if result.n_spies:
            feedback.pushInfo(
                self.tr("{} spies, spy threshold {:.4f}.").format(result.n_spies, result.threshold)
            )
