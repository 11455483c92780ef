"""Issue 14 items 2, 4 and 7 through processing.run: categorical factors declared in lsm:buildsamples
survive the sample layer (GeoPackage and memory outputs) and lsm:spysampling one-hot encodes them; the
deformation-constrained unlabeled pool (and the pool mask) in both algorithms; the paper design."""

import json

import numpy as np
import pytest
from landslide_susceptibility.core.bundle import load_bundle
from landslide_susceptibility.core.grid import Factor, check_grids, create_geotiff
from osgeo import gdal, ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
THRESHOLD = 4.0


@pytest.fixture(scope="module")
def extra(tmp_path_factory, sample_dir, factor_paths):
    """A 'geo' class raster (4 elevation classes), an LOS velocity raster (mm/yr, a nodata strip) and a
    pool mask (the southern two thirds), all on the factors' grid."""
    folder = tmp_path_factory.mktemp("pool")
    grid = check_grids([Factor(n, factor_paths[n]) for n in FACTORS])
    ds = gdal.Open(factor_paths["elev"])
    band = ds.GetRasterBand(1)
    elev = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    ds = None
    valid = np.isfinite(elev) & ((elev != nodata) if nodata is not None else True)
    edges = np.quantile(elev[valid], [0.25, 0.5, 0.75])
    geo = np.where(valid, 1 + np.searchsorted(edges, elev), 0).astype(np.float32)
    out = create_geotiff(str(folder / "geo.tif"), grid, nodata=0.0)
    out.GetRasterBand(1).WriteArray(geo)
    out = None
    yy, xx = np.mgrid[0 : grid.height, 0 : grid.width]
    velocity = (10.0 * np.sin(xx / 9.0) * np.cos(yy / 13.0)).astype(np.float32)
    velocity[:, :6] = -9999.0
    out = create_geotiff(str(folder / "velocity.tif"), grid, nodata=-9999.0)
    out.GetRasterBand(1).WriteArray(velocity)
    out = None
    xmin, ymin, xmax, ymax = grid.extent
    y1 = ymin + (2.0 / 3.0) * (ymax - ymin)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    vds = ogr.GetDriverByName("GPKG").CreateDataSource(str(folder / "pool.gpkg"))
    layer = vds.CreateLayer("pool", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(
        ogr.CreateGeometryFromWkt(
            f"POLYGON (({xmin} {ymin}, {xmax} {ymin}, {xmax} {y1}, {xmin} {y1}, {xmin} {ymin}))"
        )
    )
    layer.CreateFeature(feature)
    vds = None
    return {
        "folder": folder,
        "grid": grid,
        "geo": str(folder / "geo.tif"),
        "velocity": velocity,
        "velocity_path": str(folder / "velocity.tif"),
        "pool": str(folder / "pool.gpkg"),
        "y1": y1,
        "factors": [factor_paths[n] for n in FACTORS] + [str(folder / "geo.tif")],
        "landslides": str(sample_dir / "landslides.gpkg"),
    }


def _layer(value):
    from qgis.core import QgsProcessingContext, QgsProcessingUtils, QgsVectorLayer

    if isinstance(value, str) and not value.startswith("memory"):
        layer = QgsVectorLayer(value, "out", "ogr")
    else:
        layer = (
            value
            if not isinstance(value, str)
            else QgsProcessingUtils.mapLayerFromString(value, QgsProcessingContext())
        )
    assert layer is not None and layer.isValid()
    return layer


def _rows(layer):
    return [{n: f[n] for n in layer.fields().names()} for f in layer.getFeatures()]


def _build(run_alg, extra, out, **more):
    params = {
        "FACTORS": extra["factors"],
        "CATEGORICAL": "geo",
        "INVENTORY": extra["landslides"],
        "RATIO": 10,
        "SEED": 3,
        "OUTPUT": out,
    }
    params.update(more)
    return run_alg("lsm:buildsamples", params)


def test_categorical_declared_in_buildsamples_survives_the_sample_layer(extra, run_alg):
    from landslide_susceptibility.algorithms._samples import declared_categorical
    from qgis.core import QgsProcessing

    gpkg = _build(run_alg, extra, str(extra["folder"] / "samples_cat.gpkg"))
    layer = _layer(gpkg["OUTPUT"])
    assert declared_categorical(layer) == ["geo"]
    assert {r["geo"] for r in _rows(layer)} <= {1, 2, 3, 4}
    memory = _build(run_alg, extra, QgsProcessing.TEMPORARY_OUTPUT)
    assert declared_categorical(_layer(memory["OUTPUT"])) == ["geo"]
    plain = _build(run_alg, extra, str(extra["folder"] / "samples_plain.gpkg"), CATEGORICAL="")
    assert declared_categorical(_layer(plain["OUTPUT"])) == []


def test_spysampling_one_hot_encodes_the_declared_factors(extra, run_alg):
    from landslide_susceptibility.algorithms._samples import declared_categorical

    folder = extra["folder"]
    built = _build(run_alg, extra, str(folder / "samples_spy.gpkg"))
    results = []
    for tag in ("a", "b"):
        result = run_alg(
            "lsm:spysampling",
            {
                "INPUT": built["OUTPUT"],
                "FACTORS": extra["factors"],
                "N_TREES": 20,
                "RATIO": 3,
                "SEED": 1,
                "RUN_STORE": str(folder / "runs"),
                "BUNDLE_TRAIN": str(folder / f"train_{tag}.lsmodel"),
                "OUTPUT": str(folder / f"neg_{tag}.gpkg"),
            },
        )
        results.append(result)
    bundle = load_bundle(str(folder / "train_a.lsmodel"))
    assert bundle.manifest["categorical"] == {"geo": [1.0, 2.0, 3.0, 4.0]}
    record = json.loads(open(results[0]["RUN_RECORD"], encoding="utf-8").read())
    assert record["summary"]["categorical"] == ["geo"]
    out = _layer(str(folder / "neg_a.gpkg"))
    assert declared_categorical(out) == ["geo"]  # the negatives tell lsm:trainmodel too
    a, b = _rows(out), _rows(_layer(str(folder / "neg_b.gpkg")))
    assert [(r["row"], r["col"], r["split"]) for r in a] == [(r["row"], r["col"], r["split"]) for r in b]


def _in_pool(extra, rows, cols):
    v = extra["velocity"][rows, cols]
    return (v != -9999.0) & (np.abs(v) < THRESHOLD)


def _pool_parameters(extra):
    return {
        "DEFORMATION": extra["velocity_path"],
        "DEFORMATION_THRESHOLD": THRESHOLD,
        "POOL_MASK": extra["pool"],
    }


def _check_pool(extra, rows):
    grid = extra["grid"]
    r_ = np.array([r["row"] for r in rows])
    c_ = np.array([r["col"] for r in rows])
    assert r_.size > 20
    assert _in_pool(extra, r_, c_).all()
    _x, y = grid.xy(r_, c_)
    assert (y < extra["y1"]).all()


def test_buildsamples_unlabeled_only_in_the_low_deformation_pool(extra, run_alg):
    built = _build(run_alg, extra, str(extra["folder"] / "samples_pool.gpkg"), **_pool_parameters(extra))
    rows = _rows(_layer(built["OUTPUT"]))
    _check_pool(extra, [r for r in rows if r["label"] == 0])
    landslides = [r for r in rows if r["label"] == 1]
    assert not _in_pool(
        extra, np.array([r["row"] for r in landslides]), np.array([r["col"] for r in landslides])
    ).all()


@pytest.mark.parametrize("method", [0, 1])
def test_spysampling_negatives_only_in_the_low_deformation_pool(extra, run_alg, method):
    folder = extra["folder"]
    built = _build(run_alg, extra, str(folder / f"samples_free_{method}.gpkg"))
    # the check can fail: without the pool the sample's unlabeled cells do fall off it
    free = [r for r in _rows(_layer(built["OUTPUT"])) if r["label"] == 0]
    assert not _in_pool(extra, np.array([r["row"] for r in free]), np.array([r["col"] for r in free])).all()
    out = str(folder / f"neg_pool_{method}.gpkg")
    run_alg(
        "lsm:spysampling",
        {
            "INPUT": built["OUTPUT"],
            "FACTORS": extra["factors"],
            "METHOD": method,
            "N_TREES": 20,
            "RATIO": 2,
            "SEED": 1,
            "RUN_STORE": str(folder / "runs"),
            "OUTPUT": out,
            **_pool_parameters(extra),
        },
    )
    rows = _rows(_layer(out))
    _check_pool(extra, [r for r in rows if r["negative_kind"] in ("rn", "random")])


def test_paper_design_takes_the_largest_ratio_that_fits(extra, run_alg):
    folder = extra["folder"]
    result = run_alg(
        "lsm:spysampling",
        {
            "INVENTORY": extra["landslides"],
            "FACTORS": extra["factors"],
            "DESIGN": 1,
            "METHOD": 1,
            "N_TREES": 20,
            "SEED": 1,
            "RUN_STORE": str(folder / "runs"),
            "OUTPUT": str(folder / "neg_paper.gpkg"),
            **_pool_parameters(extra),
            "DEFORMATION_THRESHOLD": 0.5,  # a small pool: 1:200 cannot fit
        },
    )
    record = json.loads(open(result["RUN_RECORD"], encoding="utf-8").read())
    parameters = record["parameters"]
    assert parameters["fit_ratio"] is True and parameters["ratio_asked"] == 200
    ratio = parameters["ratio"]
    assert 0 < ratio < 200
    splits = record["summary"]["splits"]
    for name, key in (("train", "NEGATIVES_TRAIN"), ("test", "NEGATIVES_TEST")):
        assert result[key] == round(ratio * splits[name]["landslides"])
        # 3 unlabeled per landslide for the prior (the built samples, before the pool kept fewer)
        assert splits[name]["unlabeled"] <= 3 * splits[name]["landslides"] + 1
    n_train, n_test = splits["train"]["landslides"], splits["test"]["landslides"]
    assert abs(n_train / (n_train + n_test) - 0.7) < 0.02
