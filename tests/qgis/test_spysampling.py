"""lsm:spysampling through processing.run on the bundled Ecuador data."""

import csv
import json
import os

import numpy as np
import pytest
from landslide_susceptibility.core.bundle import load_bundle
from landslide_susceptibility.core.grid import Factor, FactorReader, check_grids
from osgeo import gdal, ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: radius (m) of the landslide density around a cell: 10 cells of the 10 m grid
DENSITY_RADIUS = 100.0


def build_sample_layer(path, sample_dir, n_unlabeled=1500, test_share=0.3, seed=0, max_landslides=None):
    """A GeoPackage as lsm:buildsamples makes it: landslides split train/test, unlabeled valid cells
    from disjoint pools per split, one double field per factor, row/col."""
    factors = [Factor(n, str(sample_dir / f"{n}.tif")) for n in FACTORS]
    grid = check_grids(factors)
    reader = FactorReader(factors, grid)
    src = ogr.Open(str(sample_dir / "landslides.gpkg"))
    lyr = src.GetLayer(0)
    pts = np.array([(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in lyr])
    rows, cols = grid.rowcol(pts[:, 0], pts[:, 1])
    if max_landslides:
        rows, cols = rows[:max_landslides], cols[:max_landslides]
    rng = np.random.default_rng(seed)
    n = rows.size
    split_pos = np.where(rng.permutation(n) < round(test_share * n), "test", "train")
    X_all, valid = reader.read_window((0, 0, grid.width, grid.height))
    valid[rows * grid.width + cols] = False
    pool = rng.permutation(np.flatnonzero(valid))[: 2 * n_unlabeled]
    urows, ucols = pool // grid.width, pool % grid.width
    all_rows = np.concatenate([rows, urows])
    all_cols = np.concatenate([cols, ucols])
    labels = np.concatenate([np.ones(n, int), np.zeros(pool.size, int)])
    splits = np.concatenate([split_pos, ["train"] * n_unlabeled + ["test"] * (pool.size - n_unlabeled)])
    values = reader.read_cells(all_rows, all_cols)
    x, y = grid.xy(all_rows, all_cols)
    x[:n], y[:n] = pts[: rows.size, 0], pts[: rows.size, 1]
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    out = ds.CreateLayer("samples", srs, ogr.wkbPoint)
    out.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    out.CreateField(ogr.FieldDefn("split", ogr.OFTString))
    for name in FACTORS:
        out.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    out.CreateField(ogr.FieldDefn("row", ogr.OFTInteger))
    out.CreateField(ogr.FieldDefn("col", ogr.OFTInteger))
    out.StartTransaction()
    for i in range(labels.size):
        f = ogr.Feature(out.GetLayerDefn())
        f.SetField("label", int(labels[i]))
        f.SetField("split", str(splits[i]))
        for j, name in enumerate(FACTORS):
            f.SetField(name, float(values[i, j]))
        f.SetField("row", int(all_rows[i]))
        f.SetField("col", int(all_cols[i]))
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x[i]} {y[i]})"))
        out.CreateFeature(f)
    out.CommitTransaction()
    ds = None
    return {
        "grid": grid,
        "landslides": pts,
        "valid": valid,
        "ls_cells": rows * grid.width + cols,
        "ls_split": split_pos,
    }


def _table(layer):
    rows = []
    for f in layer.getFeatures():
        rows.append({name: f[name] for name in layer.fields().names()} | {"xy": f.geometry().asPoint()})
    return rows


def _density(xy, landslides, radius=DENSITY_RADIUS):
    """Mean number of landslides within *radius* of each point, per km2."""
    d2 = ((xy[:, None, :] - landslides[None, :, :]) ** 2).sum(axis=2)
    counts = (d2 <= radius * radius).sum(axis=1)
    return counts.mean() / (np.pi * radius * radius / 1e6)


@pytest.fixture(scope="module")
def samples(tmp_path_factory, sample_dir):
    folder = tmp_path_factory.mktemp("spy")
    path = folder / "samples.gpkg"
    info = build_sample_layer(path, sample_dir)
    info.update(path=str(path), folder=folder)
    return info


def _params(samples, factor_paths, folder, **over):
    params = {
        "INPUT": samples["path"],
        "FACTORS": [factor_paths[n] for n in FACTORS],
        "N_TREES": 40,
        "RATIO": 10,
        "SEED": 7,
        "N_JOBS": 2,
        "RUN_STORE": str(folder / "runs"),
        "OUTPUT": str(folder / "negatives.gpkg"),
        "PRIOR_TRAIN": str(folder / "prior_train.tif"),
        "PRIOR_TEST": str(folder / "prior_test.tif"),
        "BUNDLE_TRAIN": str(folder / "prior_train.lsmodel"),
        "BUNDLE_TEST": str(folder / "prior_test.lsmodel"),
        "SUMMARY": str(folder / "summary.csv"),
    }
    params.update(over)
    return params


@pytest.fixture(scope="module")
def spy_result(samples, factor_paths, lsm_provider):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    folder = samples["folder"] / "spy"
    folder.mkdir()
    result = processing.run(
        "lsm:spysampling",
        _params(samples, factor_paths, folder),
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    return result


def test_outputs_on_ecuador(spy_result, samples, factor_paths):
    from qgis.core import QgsVectorLayer

    grid = samples["grid"]
    layer = QgsVectorLayer(spy_result["OUTPUT"], "neg", "ogr")
    assert layer.isValid()
    table = _table(layer)
    n_train = int(np.sum(samples["ls_split"] == "train"))
    n_test = int(np.sum(samples["ls_split"] == "test"))
    neg = {
        s: [r for r in table if r["label"] == 0 and r["split"] == s and r["negative_kind"] == "rn"]
        for s in ("train", "test")
    }
    assert len(neg["train"]) == 10 * n_train and len(neg["test"]) == 10 * n_test
    assert sum(r["label"] == 1 for r in table) == n_train + n_test  # landslides copied
    assert {r["negative_kind"] for r in table if r["label"] == 1} == {"landslide"}
    # the sample layer's random unlabeled test cells are kept beside the reliable negatives (issue 13)
    random_rows = [r for r in table if r["negative_kind"] == "random"]
    assert len(random_rows) == 1500 and {(r["label"], r["split"]) for r in random_rows} == {(0, "test")}
    assert len(table) == n_train + n_test + 10 * (n_train + n_test) + 1500
    cells = {s: {r["row"] * grid.width + r["col"] for r in neg[s]} for s in neg}
    assert len(cells["train"]) == len(neg["train"])
    assert not cells["train"] & cells["test"]
    assert not (cells["train"] | cells["test"]) & set(samples["ls_cells"].tolist())
    # factor values are those of the rasters at the cells
    sample = neg["train"][:50]
    reader = FactorReader([Factor(n, factor_paths[n]) for n in FACTORS])
    values = reader.read_cells([r["row"] for r in sample], [r["col"] for r in sample])
    assert np.allclose(values, [[r[n] for n in FACTORS] for r in sample], atol=1e-4)
    # summary: one row per split, negatives from the two lowest Jenks classes
    with open(spy_result["SUMMARY"], newline="") as handle:
        body = list(csv.DictReader(handle))
    assert [b["split"] for b in body] == ["train", "test"]
    train = body[0]
    assert int(train["negatives"]) == 10 * n_train
    assert int(train["spies"]) == round(0.15 * n_train)
    assert 0 < int(train["rrn"]) < int(train["unlabeled"]) == 1500
    edges = [float(v) for v in train["jenks_breaks"].split(",")]
    assert len(edges) == 6
    assert max(r["prior"] for r in neg["train"]) <= edges[2] + 1e-6
    # prior map = the bundle's predictions at the cells
    bundle = load_bundle(spy_result["BUNDLE_TRAIN"])
    assert bundle.factors == FACTORS and bundle.model_type == "spy"
    prior_ds = gdal.Open(spy_result["PRIOR_TRAIN"])
    prior = prior_ds.GetRasterBand(1).ReadAsArray()
    rows = np.array([r["row"] for r in sample])
    cols = np.array([r["col"] for r in sample])
    assert np.allclose(bundle.predict_proba(values), prior[rows, cols], atol=1e-6)
    assert np.allclose([r["prior"] for r in sample], prior[rows, cols], atol=1e-6)
    # run record
    with open(spy_result["RUN_RECORD"]) as handle:
        record = json.load(handle)
    assert record["model_type"] == "spy" and record["algorithm"] == "lsm:spysampling"
    assert record["summary"]["splits"]["train"]["spies"] == int(train["spies"])
    assert record["outputs"]["bundle_test"] == spy_result["BUNDLE_TEST"]
    assert 0.5 < record["metrics"]["roc_auc"] <= 1.0
    assert spy_result["NEGATIVES_TRAIN"] == 10 * n_train


def test_spy_negatives_have_fewer_landslides_around_them(spy_result, samples):
    """The PU claim on real data: fewer landslides near the spy negatives than near random cells."""
    from qgis.core import QgsVectorLayer

    grid = samples["grid"]
    table = _table(QgsVectorLayer(spy_result["OUTPUT"], "neg", "ogr"))
    rng = np.random.default_rng(1)
    for split in ("train", "test"):
        rn = np.array(
            [
                [r["xy"].x(), r["xy"].y()]
                for r in table
                if r["label"] == 0 and r["split"] == split and r["negative_kind"] == "rn"
            ]
        )
        pool = rng.choice(np.flatnonzero(samples["valid"]), rn.shape[0], replace=False)
        random_xy = np.column_stack(grid.xy(pool // grid.width, pool % grid.width))
        density_rn = _density(rn, samples["landslides"])
        density_random = _density(random_xy, samples["landslides"])
        # measured about 7.8 vs 10.8 landslides/km2 (train) and 7.0 vs 12.6 (test) within 100 m
        assert density_rn < 0.85 * density_random, (split, density_rn, density_random)


def test_bagging_pu_runs(samples, factor_paths, run_alg):
    folder = samples["folder"] / "bag"
    folder.mkdir()
    result = run_alg(
        "lsm:spysampling",
        _params(
            samples,
            factor_paths,
            folder,
            METHOD=1,
            RATIO=5,
            N_TREES=30,
            PRIOR_TEST=None,
            BUNDLE_TEST=None,
            INCLUDE_LANDSLIDES=False,
        ),
    )
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(result["OUTPUT"], "neg", "ogr")
    assert {f["label"] for f in layer.getFeatures()} == {0}
    assert load_bundle(result["BUNDLE_TRAIN"]).model_type == "bagging_pu"
    assert result["BUNDLE_TEST"] is None
    with open(result["RUN_RECORD"]) as handle:
        assert json.load(handle)["model_type"] == "bagging_pu"


def test_errors_name_the_fix(samples, factor_paths, run_alg, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    few = tmp_path / "few.gpkg"
    build_sample_layer(few, sample_dir, n_unlabeled=300, max_landslides=40)
    with pytest.raises(QgsProcessingException, match="at least 31 landslides"):
        run_alg("lsm:spysampling", _params({"path": str(few)}, factor_paths, tmp_path, N_TREES=5))
    with pytest.raises(
        QgsProcessingException, match="largest number of negatives per landslide that fits is"
    ):
        run_alg("lsm:spysampling", _params(samples, factor_paths, tmp_path, N_TREES=5, RATIO=5000))
    assert not list(tmp_path.glob("prior_*.tif"))  # nothing half-written left behind
    with pytest.raises(QgsProcessingException, match="no factor raster of the same name"):
        run_alg(
            "lsm:spysampling",
            _params(
                samples,
                factor_paths,
                tmp_path,
                N_TREES=5,
                FACTORS=[factor_paths["slope"], factor_paths["elev"]],
                FACTOR_FIELDS=["slope", "cplan"],
            ),
        )


def test_inventory_input_builds_the_samples_as_buildsamples(factor_paths, sample_dir, run_alg, tmp_path):
    """Factor rasters + inventory directly give the same run as lsm:buildsamples then the sample layer."""
    from qgis.core import QgsProcessingException, QgsVectorLayer

    common = {"N_TREES": 15, "RATIO": 4, "SEED": 5, "N_JOBS": 2, "PRIOR_TEST": None, "BUNDLE_TEST": None}
    direct_dir, layer_dir = tmp_path / "direct", tmp_path / "layer"
    direct_dir.mkdir()
    layer_dir.mkdir()
    inventory = str(sample_dir / "landslides.gpkg")
    direct = run_alg(
        "lsm:spysampling",
        _params(
            {"path": None},
            factor_paths,
            direct_dir,
            INVENTORY=inventory,
            UNLABELED_RATIO=8,
            TRAIN_FRACTION=0.7,
            **common,
        ),
    )
    built = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": inventory,
            "RATIO": 8,
            "TRAIN_FRACTION": 0.7,
            "SEED": 5,
            "OUTPUT": str(tmp_path / "built.gpkg"),
        },
    )
    via_layer = run_alg(
        "lsm:spysampling", _params({"path": built["OUTPUT"]}, factor_paths, layer_dir, **common)
    )
    tables = [_table(QgsVectorLayer(r["OUTPUT"], "neg", "ogr")) for r in (direct, via_layer)]
    keys = [
        sorted((r["label"], r["split"], r["row"], r["col"], r["negative_kind"]) for r in t) for t in tables
    ]
    assert keys[0] == keys[1]
    n_train, n_test = round(0.7 * 175), 175 - round(0.7 * 175)
    labels = np.array([k[0] for k in keys[0]])
    splits = np.array([k[1] for k in keys[0]])
    kinds = np.array([k[4] for k in keys[0]])
    assert ((labels == 1) & (splits == "train")).sum() == n_train
    assert ((labels == 0) & (splits == "train") & (kinds == "rn")).sum() == 4 * n_train
    assert ((labels == 0) & (splits == "test") & (kinds == "rn")).sum() == 4 * n_test
    assert ((labels == 0) & (splits == "test") & (kinds == "random")).sum() == 8 * n_test
    assert not ((splits == "train") & (kinds == "random")).any()
    with open(direct["SUMMARY"], newline="") as handle:
        body = {b["split"]: b for b in csv.DictReader(handle)}
    assert int(body["train"]["unlabeled"]) == 8 * n_train and int(body["test"]["unlabeled"]) == 8 * n_test
    with pytest.raises(QgsProcessingException, match="not both"):
        run_alg(
            "lsm:spysampling",
            _params({"path": built["OUTPUT"]}, factor_paths, tmp_path, INVENTORY=inventory, N_TREES=5),
        )
    with pytest.raises(
        QgsProcessingException,
        match=r"Give 'Sample layer \(landslides and unlabeled cells\)' or 'Landslide inventory",
    ):
        run_alg("lsm:spysampling", _params({"path": None}, factor_paths, tmp_path, N_TREES=5))


def test_secondary_outputs_are_optional(samples, factor_paths, run_alg, tmp_path):
    """Only the negatives named (as qgis_process and models call it): the prior maps go to temporary
    files, no bundle or summary is written, and the run record lands beside the negatives."""
    out = tmp_path / "negatives.gpkg"
    result = run_alg(
        "lsm:spysampling",
        {
            "INPUT": samples["path"],
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "N_TREES": 5,
            "OUTPUT": str(out),
        },
    )
    assert os.path.exists(result["PRIOR_TRAIN"]) and not result["PRIOR_TRAIN"].startswith(str(tmp_path))
    assert not result.get("BUNDLE_TRAIN") and not result.get("SUMMARY")
    assert result["RUN_RECORD"].startswith(str(tmp_path / "lsm_runs"))
    assert result["NEGATIVES_TRAIN"] > 0
