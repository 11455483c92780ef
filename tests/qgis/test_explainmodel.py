"""lsm:explainmodel through processing.run on the Ecuador points: a balanced random forest (tree
explainer) and a weights-of-evidence bundle trained by lsm:trainmodel (sampled explainer, class table)."""

import csv

import pytest
from landslide_susceptibility.core import catalogue
from osgeo import ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
pytest.importorskip("shap")


def _run(alg_id, parameters):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg_id, parameters, context=context, feedback=QgsProcessingFeedback())


def _train(sample_dir, tmp_path, model_type, params=""):
    return _run(
        "lsm:trainmodel",
        {
            "INPUT": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            "FACTOR_FIELDS": FACTORS,
            "MODEL": tuple(catalogue.MODEL_TYPES).index(model_type),
            "MODEL_PARAMS": params,
            "SEED": 7,
            "N_JOBS": 2,
            "RUN_STORE": str(tmp_path / "runs"),
            "OUTPUT": str(tmp_path / f"{model_type}.lsmodel"),
        },
    )["OUTPUT"]


def _explain(sample_dir, bundle, out, **extra):
    parameters = {
        "INPUT": str(sample_dir / "points_350.gpkg"),
        "LABEL_FIELD": "lslpts",
        "BUNDLE": bundle,
        "MAX_ROWS": 60,
        "BACKGROUND": 20,
        "REPEATS": 3,
        "SEED": 1,
        "OUTPUT_CSV": str(out / "shap.csv"),
        "OUTPUT_BAR": str(out / "bar.png"),
        "OUTPUT_BEESWARM": str(out / "bee.png"),
        "OUTPUT_DEPENDENCE": str(out / "dep.png"),
        "OUTPUT_PERMUTATION": str(out / "perm.csv"),
        "OUTPUT_MODEL_TABLE": str(out / "table.csv"),
    }
    parameters.update(extra)
    return _run("lsm:explainmodel", parameters)


def _csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def bundles(lsm_provider, sample_dir, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("explain")
    return {
        "brf": _train(sample_dir, tmp, "brf", "n_estimators=30"),
        "woe": _train(sample_dir, tmp, "woe"),
    }


@pytest.mark.parametrize("model_type", ["brf", "woe"])
def test_explainmodel_writes_every_output(bundles, sample_dir, tmp_path, model_type):
    results = _explain(sample_dir, bundles[model_type], tmp_path)
    assert results["ADDITIVITY_ERROR"] < 1e-6
    rows = _csv(tmp_path / "shap.csv")
    assert sorted(r["factor"] for r in rows) == sorted(FACTORS)
    values = [float(r["mean_abs_shap"]) for r in rows]
    assert values == sorted(values, reverse=True) and values[0] > 0
    for name in ("bar", "bee", "dep"):
        assert (tmp_path / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
    permutation = _csv(tmp_path / "perm.csv")
    assert {r["factor"] for r in permutation} == set(FACTORS)
    if model_type == "woe":
        table = _csv(tmp_path / "table.csv")
        assert {r["factor"] for r in table} == set(FACTORS) and "studentised" in table[0]
    else:
        assert not (tmp_path / "table.csv").exists() or not _csv(tmp_path / "table.csv")


def _layer_without(sample_dir, path, drop):
    """points_350 without the field *drop*."""
    src = ogr.Open(str(sample_dir / "points_350.gpkg"))
    layer = src.GetLayer(0)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = layer.GetSpatialRef() or osr.SpatialReference()
    out = ds.CreateLayer("partial", srs, ogr.wkbPoint)
    keep = ["lslpts"] + [f for f in FACTORS if f != drop]
    for name in keep:
        out.CreateField(ogr.FieldDefn(name, ogr.OFTReal if name != "lslpts" else ogr.OFTInteger))
    for feature in layer:
        new = ogr.Feature(out.GetLayerDefn())
        new.SetGeometry(feature.GetGeometryRef().Clone())
        for name in keep:
            new.SetField(name, feature.GetField(name))
        out.CreateFeature(new)
    ds = None
    return str(path)


def test_a_layer_missing_a_factor_field_is_a_clear_error(bundles, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    partial = _layer_without(sample_dir, tmp_path / "partial.gpkg", "elev")
    with pytest.raises(
        QgsProcessingException, match="needs factor field\\(s\\) elev which the samples layer lacks"
    ):
        _explain(sample_dir, bundles["brf"], tmp_path, INPUT=partial)
