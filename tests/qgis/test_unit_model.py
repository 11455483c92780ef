"""The shipped unit workflow (resources/models/lsm_units.model3, lsm:unitworkflow): its steps and outputs, and a
run on the bundled half-basins of the Ecuador DEM. Validation, layout and the generator's output are checked
for every shipped model in test_pipeline_model.py."""

import csv

import numpy as np
import pytest

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
STEPS = {
    "unitfactors": "lsm:unitfactors",
    "trainmodel": "lsm:trainmodel",
    "predictunits": "lsm:predictunits",
    "unitclasses": "lsm:unitclasses",
    "crossvalidate": "lsm:crossvalidate",
    "unitclasses_oof": "lsm:unitclasses",
}
#: output parameter -> optional
OUTPUTS = {
    "trainmodel:Model bundle": False,
    "unitclasses:Classed units": False,
    "unitclasses:Class table": True,
    "unitclasses:Success rate curve": True,
    "crossvalidate:ROC and PR curves of the folds": True,
    "unitclasses_oof:Out-of-fold classed units": False,
    "unitclasses_oof:Prediction rate curve": True,
}


def _model():
    from qgis.core import QgsApplication, QgsProcessingModelAlgorithm

    alg = QgsApplication.processingRegistry().algorithmById("lsm:unitworkflow")
    assert isinstance(alg, QgsProcessingModelAlgorithm)
    return alg


def test_unit_workflow_chains_the_unit_steps(lsm_provider):
    from landslide_susceptibility.algorithms._compat import FLAG_OPTIONAL, MODEL_SOURCE_EXPRESSION

    alg = _model()
    assert alg.group() == "Workflows" and "lsm:unitfactors" in alg.shortHelpString()
    inputs = {p.name() for p in alg.parameterDefinitions() if not p.isDestination()}
    assert {"UNITS", "FACTORS", "CATEGORICAL", "INVENTORY", "MODEL", "TREES", "FOLD_MODE", "SEED"} <= inputs
    outputs = {p.name(): bool(p.flags() & FLAG_OPTIONAL) for p in alg.destinationParameterDefinitions()}
    assert outputs == OUTPUTS
    instance = alg.create()
    children = instance.childAlgorithms()
    assert {child_id: child.algorithmId() for child_id, child in children.items()} == STEPS
    assert all(child.algorithm() is not None for child in children.values())
    assert instance.dependsOnChildAlgorithms("unitclasses") == {"unitfactors", "trainmodel", "predictunits"}
    assert instance.dependsOnChildAlgorithms("unitclasses_oof") == {"unitfactors", "crossvalidate"}
    # training and cross-validation learn from the fields lsm:unitfactors reports, labelled by ls_presence
    for step in ("trainmodel", "crossvalidate"):
        sources = children[step].parameterSources()
        (factors,) = sources["FACTOR_FIELDS"]
        assert factors.source() == MODEL_SOURCE_EXPRESSION and "@Units_FACTOR_FIELDS" in factors.expression()
        assert sources["LABEL_FIELD"][0].staticValue() == "ls_presence"
        (units,) = sources["INPUT"]
        assert (units.outputChildId(), units.outputName()) == ("unitfactors", "OUTPUT")


def _class_raster(sample_dir, path):
    """Three slope classes (1: < 15, 2: 15-30, 3: >= 30 degrees) on the factors' grid: a categorical factor."""
    from osgeo import gdal

    source = gdal.Open(str(sample_dir / "slope.tif"))
    band = source.GetRasterBand(1)
    slope = band.ReadAsArray().astype(float)
    classes = np.digitize(slope, [15.0, 30.0]).astype(np.int16) + 1
    nodata = band.GetNoDataValue()
    if nodata is not None:
        classes[slope == nodata] = 0
    out = gdal.GetDriverByName("GTiff").Create(
        str(path), source.RasterXSize, source.RasterYSize, 1, gdal.GDT_Int16
    )
    out.SetGeoTransform(source.GetGeoTransform())
    out.SetProjection(source.GetProjection())
    out.GetRasterBand(1).WriteArray(classes)
    out.GetRasterBand(1).SetNoDataValue(0)
    out = None
    return str(path)


def _features(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer.fields().names(), list(layer.getFeatures())


def _null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


@pytest.fixture(scope="module")
def unit_run(lsm_provider, sample_dir, tmp_path_factory):
    """lsm:unitworkflow on the half-basins, the five Ecuador rasters plus a slope-class raster (categorical)
    and the landslide points; 10 trees, 3 k-means folds."""
    from qgis import processing

    d = tmp_path_factory.mktemp("unit_model")
    factors = [str(sample_dir / f"{n}.tif") for n in FACTORS] + [
        _class_raster(sample_dir, d / "slopeclass.tif")
    ]
    paths = {
        "trainmodel:Model bundle": d / "units.lsmodel",
        "unitclasses:Classed units": d / "classes.gpkg",
        "unitclasses:Class table": d / "classes.csv",
        "unitclasses:Success rate curve": d / "success.csv",
        "unitclasses_oof:Out-of-fold classed units": d / "oof.gpkg",
        "unitclasses_oof:Prediction rate curve": d / "prediction.csv",
    }
    parameters = {
        "UNITS": str(sample_dir / "half_basins.gpkg"),
        "FACTORS": factors,
        "CATEGORICAL": "slopeclass",
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "TREES": 10,
        "FOLDS": 3,
        "N_CLASSES": 4,
        "SEED": 3,
        "RUN_STORE": str(d / "runs"),
    }
    parameters.update({name: str(path) for name, path in paths.items()})
    results = processing.run("lsm:unitworkflow", parameters)
    return results, paths


def test_unit_workflow_classes_every_unit(unit_run):
    results, paths = unit_run
    for name, path in paths.items():
        assert path.exists(), name
        assert results[name] == str(path)
    names, units = _features(paths["unitclasses:Classed units"])
    assert len(units) == 197
    assert {"susceptibility", "uncertainty", "class", "ls_count", "ls_presence", "slope_mean"} <= set(names)
    classes = np.array([f["class"] for f in units])
    assert set(classes) == {1, 2, 3, 4}
    # higher classes hold higher susceptibility
    scores = np.array([f["susceptibility"] for f in units])
    assert all(scores[classes == k].max() <= scores[classes == k + 1].min() for k in (1, 2, 3))
    with open(paths["unitclasses:Class table"], newline="", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert [int(row["class"]) for row in table] == [1, 2, 3, 4]
    assert sum(int(row["units"]) for row in table) == 197
    assert sum(float(row["landslides"]) for row in table) == sum(f["ls_count"] for f in units)


def test_unit_workflow_out_of_fold_prediction_rate(unit_run):
    _results, paths = unit_run
    names, units = _features(paths["unitclasses_oof:Out-of-fold classed units"])
    assert {"oof_score", "fold", "oof_class"} <= set(names)
    # k-means folds test every unit once: every unit has an out-of-fold score and class
    assert len(units) == 197 and not any(_null(f["oof_score"]) or _null(f["oof_class"]) for f in units)
    assert {f["fold"] for f in units} == {1, 2, 3}
    for path, curve in (
        (paths["unitclasses:Success rate curve"], "success"),
        (paths["unitclasses_oof:Prediction rate curve"], "prediction"),
    ):
        with open(path, newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert {row["curve"] for row in rows} == {curve}
        assert float(rows[-1]["area_share"]) == pytest.approx(1.0)
        assert float(rows[-1]["landslide_share"]) == pytest.approx(1.0)


def test_unit_workflow_model_learns_the_unit_statistics(unit_run):
    """The bundle's factors are lsm:unitfactors' statistic and class-share fields (no majority code), in the
    order of the factors."""
    from landslide_susceptibility.core.bundle import load_bundle

    _results, paths = unit_run
    names, _units = _features(paths["unitclasses:Classed units"])
    shares = sorted(n for n in names if n.startswith("slopeclass_c"))
    assert shares and "slopeclass_maj" in names
    factors = load_bundle(str(paths["trainmodel:Model bundle"])).factors
    assert factors == [f"{n}_mean" for n in FACTORS] + shares
