"""The eligibility and PU parameters of lsm:spysampling (algorithms/spysampling.py declares the rest).

    add_eligibility(alg): where negatives may fall (exclusion inventory, study area, buffer, blocks, random test)
    add_pu_parameters(alg): the PU method and its settings
*alg* is the SpySampling instance; strings keep the contexts pylupdate gave them in the class."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import pu
from . import _params
from ._compat import TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON


def add_eligibility(alg):
    """Where negatives may fall: the same rule as lsm:buildsamples' unlabeled cells."""
    add, number = _params.add, _params.number
    p = QgsProcessingParameterFeatureSource(
        alg.EXCLUDE_INVENTORY,
        QCoreApplication.translate(
            "@default", "Landslide inventory to keep negatives off (with a sample layer)"
        ),
        [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
        optional=True,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "With a sample layer: the inventory it was built from. No negative falls on any of its cells "
            "(every cell of a polygon, whatever the polygon mode) or within the buffer. With the inventory "
            "input that inventory is used."
        ),
    )  # fmt: skip
    p = QgsProcessingParameterFeatureSource(
        alg.STUDY_AREA,
        QCoreApplication.translate("@default", "Study area"),
        [TYPE_VECTOR_POLYGON],
        optional=True,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default", "Negatives only inside these polygons (default: every valid cell)."
        ),
    )
    p = number(
        alg.BUFFER,
        QCoreApplication.translate("@default", "Exclusion buffer around landslides (map units)"),
        0.0,
        0.0,
        decimals=_params.DISTANCE,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "No negative within this distance of a landslide cell (inventory and sample landslides), in "
            "the rasters' CRS units."
        ),
    )  # fmt: skip
    p = number(
        alg.BLOCK_SIZE,
        QCoreApplication.translate("@default", "Spatial split block size (0: random split)"),
        0.0,
        0.0,
        decimals=_params.DISTANCE,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "The block size of lsm:buildsamples' spatial split: each split's negatives stay in the blocks "
            "of its own sample points (blocks without a sample point give none). 0: a random split."
        ),
        advanced=True,
    )  # fmt: skip
    p = QgsProcessingParameterBoolean(
        alg.RANDOM_TEST,
        QCoreApplication.translate("@default", "Keep the random test cells (negative_kind 'random')"),
        True,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "Also write the sample layer's unlabeled test cells, marked negative_kind = 'random' (the "
            "reliable negatives are 'rn'), so the test split can be scored on both."
        ),
    )  # fmt: skip
    p = QgsProcessingParameterBoolean(
        alg.RANDOM_TRAIN,
        QCoreApplication.translate("@default", "Keep the random training cells (negative_kind 'random')"),
        False,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "Also write the sample layer's unlabeled training cells, marked negative_kind = 'random': the "
            "unlabeled negatives of lsm:saturationtest's Table II design (unlabeled vs reliable negatives). "
            "lsm:trainmodel and the saturation test's other designs train on the 'rn' rows of such a layer; "
            "lsm:crossvalidate reads every negative, so leave this off for it."
        ),
        advanced=True,
    )  # fmt: skip


def add_pu_parameters(alg):
    add, number = _params.add, _params.number
    p = QgsProcessingParameterEnum(
        alg.METHOD,
        QCoreApplication.translate("@default", "PU method"),
        [
            QCoreApplication.translate("@default", "Spy technique, two steps (Fu et al. 2024)"),
            QCoreApplication.translate("@default", "Bagging-PU (Mordelet & Vert 2014)"),
        ],
        defaultValue=0,
    )
    add(alg, p, QCoreApplication.translate("@default", "How the prior model is found."))
    p = QgsProcessingParameterEnum(
        alg.STEP1,
        QCoreApplication.translate("@default", "Step-1 classifier (spy technique)"),
        [
            QCoreApplication.translate("@default", "Balanced random forest, out-of-bag scores (default)"),
            QCoreApplication.translate("@default", "Plain random forest, in-sample scores (Fu et al. 2024)"),
        ],
        defaultValue=0,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "Out-of-bag scores never come from a tree that saw the cell, so spies are not learnt as "
            "negatives; the paper's plain forest scores its own training cells."
        ),
        advanced=True,
    )  # fmt: skip
    p = number(
        alg.SPY_FRACTION,
        QCoreApplication.translate("@default", "Spy fraction"),
        pu.SPY_FRACTION,
        0.01,
        0.9,
        decimals=_params.SHARE,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default", "Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024)."
        ),
    )
    p = number(
        alg.NOISE_SHARE,
        QCoreApplication.translate("@default", "Spy noise share (spies allowed below the threshold)"),
        pu.SPY_NOISE,
        0.0,
        0.5,
        decimals=_params.SHARE,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "The threshold is the lowest spy score once this share of the lowest-scored spies is "
            "discarded as noise (0.05, after Liu et al. 2002)."
        ),
        advanced=True,
    )  # fmt: skip
    p = number(
        alg.N_TREES,
        QCoreApplication.translate("@default", "Trees of the step classifier"),
        pu.N_TREES,
        1,
        5000,
        integer=True,
    )
    add(
        alg,
        p,
        QCoreApplication.translate("@default", "Random forest size (each tree sees a balanced bootstrap)."),
    )
    p = number(
        alg.MAX_DEPTH,
        QCoreApplication.translate("@default", "Maximum tree depth (0: unlimited)"),
        0,
        0,
        200,
        integer=True,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default", "Depth limit of the trees; 0 grows them fully as in Breiman's random forest."
        ),
        True,
    )
    p = number(
        alg.N_CLASSES,
        QCoreApplication.translate("@default", "Jenks classes of the prior map"),
        pu.JENKS_CLASSES,
        2,
        10,
        integer=True,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "Classes of the exact Jenks classification of the prior map (5: very low ... very high, "
            "Fu et al. 2024)."
        ),
        advanced=True,
    )  # fmt: skip
    p = QgsProcessingParameterString(
        alg.NEGATIVE_CLASSES,
        QCoreApplication.translate("@default", "Prior classes giving negatives (comma separated)"),
        ",".join(str(c) for c in pu.NEGATIVE_CLASSES),
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024)."
        ),
    )  # fmt: skip
    p = number(
        alg.RATIO,
        QCoreApplication.translate("@default", "Negatives per landslide"),
        pu.NEGATIVE_RATIO,
        0.01,
        100000,
        decimals=_params.RATIO,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default", "Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200)."
        ),
    )
    p = number(
        alg.TEST_RATIO,
        QCoreApplication.translate("@default", "Test negatives per landslide (0: as the training split)"),
        0.0,
        0.0,
        100000,
        decimals=_params.RATIO,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "Negatives drawn per landslide of the test split, apart from the training ratio (e.g. the fixed "
            "1:200 test set of Fu et al. 2024 beside 1:10 for training); 0 uses the training ratio. Checked "
            "against the open cells before any model is fitted."
        ),
    )  # fmt: skip
    p = QgsProcessingParameterBoolean(
        alg.INCLUDE_LANDSLIDES,
        QCoreApplication.translate("@default", "Copy the landslides into the output (label 1)"),
        True,
    )
    add(
        alg,
        p,
        QCoreApplication.translate(
            "@default",
            "Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly."
        ),
    )  # fmt: skip
