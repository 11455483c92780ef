"""lsm:spysampling's test ratio (TEST_RATIO), its random training cells (RANDOM_TRAIN), the prior run record's
test-set kind, and Fu et al.'s Table II through lsm:saturationtest on such a layer (issue 14)."""

import csv
import json
import re

import numpy as np
import pytest
from landslide_susceptibility.core import samples as core_samples
from landslide_susceptibility.core.grid import Factor, FactorReader, check_grids
from osgeo import ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
BUFFER = 25.0


def _layer(path, grid, name):
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    return ds, ds.CreateLayer(name, srs, ogr.wkbPolygon)


def polygon_discs(sample_dir, grid, path, radius=40.0):
    """Landslide polygons: discs of *radius* m around the bundled landslide points; their WKBs."""
    src = ogr.Open(str(sample_dir / "landslides.gpkg"))
    pts = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in src.GetLayer(0)]
    ds, layer = _layer(path, grid, "landslides")
    wkbs = []
    for x, y in pts:
        disc = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})").Buffer(radius, 8)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(disc)
        layer.CreateFeature(f)
        wkbs.append(bytes(disc.ExportToWkb()))
    del layer, ds  # closes the file
    return wkbs


def study_area_west_cut(grid, path):
    """A study area leaving out the western fifth of the rasters; its western edge."""
    xmin, ymin, xmax, ymax = grid.extent
    x0 = xmin + 0.2 * (xmax - xmin)
    ds, layer = _layer(path, grid, "study")
    f = ogr.Feature(layer.GetLayerDefn())
    wkt = f"POLYGON (({x0} {ymin}, {xmax} {ymin}, {xmax} {ymax}, {x0} {ymax}, {x0} {ymin}))"
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    del layer, ds  # closes the file
    return x0


def read_rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return [{n: f[n] for n in layer.fields().names()} for f in layer.getFeatures()]


@pytest.fixture(scope="module")
def grid(sample_dir):
    return check_grids([Factor(n, str(sample_dir / f"{n}.tif")) for n in FACTORS])


def _base(sample_dir, factor_paths, tmp_path, **extra):
    return {
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "FACTORS": [factor_paths[n] for n in FACTORS],
        "UNLABELED_RATIO": 10,
        "N_TREES": 20,
        "RATIO": 2,
        "SEED": 4,
        "N_JOBS": 2,
        "RUN_STORE": str(tmp_path / "runs"),
        "OUTPUT": str(tmp_path / "negatives.gpkg"),
        **extra,
    }


def _landslide_cells(sample_dir, grid):
    src = ogr.Open(str(sample_dir / "landslides.gpkg"))
    pts = np.array([(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in src.GetLayer(0)])
    rows, cols = grid.rowcol(pts[:, 0], pts[:, 1])
    return np.unique(rows * grid.width + cols)


def test_test_ratio_sets_the_test_negatives_apart_from_the_training_ones(
    sample_dir, factor_paths, tmp_path, run_alg, log_feedback
):
    result = run_alg(
        "lsm:spysampling", _base(sample_dir, factor_paths, tmp_path, TEST_RATIO=7.5), log_feedback
    )
    rows = read_rows(result["OUTPUT"])
    n = {
        s: sum(1 for r in rows if r["negative_kind"] == "landslide" and r["split"] == s)
        for s in ("train", "test")
    }
    rn = {
        s: sum(1 for r in rows if r["negative_kind"] == "rn" and r["split"] == s) for s in ("train", "test")
    }
    assert n == {"train": 122, "test": 53}  # 70/30 of the 175 landslides
    assert rn == {"train": 2 * 122, "test": round(7.5 * 53)}
    assert (result["NEGATIVES_TRAIN"], result["NEGATIVES_TEST"]) == (244, 398)
    assert any("train 1:2, test 1:7.5" in line for line in log_feedback.infos)
    assert any(line.startswith("Prior model of the 'test' split") for line in log_feedback.infos)
    # the prior run record: the training prior scored on the test landslides and the test reliable
    # negatives, named as the 'rn' test-set kind; the test ratio is in its summary
    with open(result["RUN_RECORD"], encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["algorithm"] == "lsm:spysampling"
    assert record["test_set"] == "rn"
    assert record["summary"]["test_ratio"] == 7.5
    assert record["metrics"]["roc_auc"] > 0.5


def test_test_ratio_zero_takes_the_training_ratio(sample_dir, factor_paths, tmp_path, run_alg):
    result = run_alg("lsm:spysampling", _base(sample_dir, factor_paths, tmp_path, RATIO=3, METHOD=1))
    assert (result["NEGATIVES_TRAIN"], result["NEGATIVES_TEST"]) == (3 * 122, 3 * 53)


def test_no_test_split_gives_no_test_set_kind(sample_dir, factor_paths, tmp_path, run_alg):
    """A sample layer without a split field: no test split, no metrics, and the record names no test set."""
    built = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": str(sample_dir / "landslides.gpkg"),
            "RATIO": 5,
            "SEED": 1,
            "OUTPUT": str(tmp_path / "samples.gpkg"),
        },
    )
    plain = tmp_path / "nosplit.gpkg"
    src = ogr.Open(built["OUTPUT"])
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(plain))
    out.CopyLayer(src.GetLayer(0), "samples")
    out.ExecuteSQL("ALTER TABLE samples DROP COLUMN split")
    out = src = None
    result = run_alg(
        "lsm:spysampling",
        {
            "INPUT": str(plain),
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "N_TREES": 20,
            "RATIO": 2,
            "TEST_RATIO": 9,
            "RUN_STORE": str(tmp_path / "runs"),
            "OUTPUT": str(tmp_path / "neg.gpkg"),
        },
    )
    with open(result["RUN_RECORD"], encoding="utf-8") as handle:
        record = json.load(handle)
    assert result["NEGATIVES_TEST"] == 0 and result["NEGATIVES_TRAIN"] == 2 * 175
    assert record.get("test_set") is None and "test_ratio" not in record["summary"]


def test_infeasible_test_ratio_stops_before_any_model_with_the_numbers(
    sample_dir, factor_paths, grid, tmp_path, run_alg, log_feedback
):
    from qgis.core import QgsProcessingException

    reader = FactorReader([Factor(n, factor_paths[n]) for n in FACTORS], grid)
    _X, valid = reader.read_window((0, 0, grid.width, grid.height))
    cells = _landslide_cells(sample_dir, grid)
    # open to each split (random split: the same cells): valid cells off every landslide cell
    open_cells = int(valid.sum()) - int(valid[cells].sum())
    params = _base(
        sample_dir, factor_paths, tmp_path, TEST_RATIO=5000, PRIOR_TRAIN=str(tmp_path / "prior_train.tif")
    )
    with pytest.raises(QgsProcessingException) as raised:
        run_alg("lsm:spysampling", params, log_feedback)
    message = str(raised.value)
    assert f"'train': 122 landslides x 2 = 244 asked, {open_cells} cells open" in message
    assert f"'test': 53 landslides x 5000 = 265000 asked, {open_cells} cells open" in message
    # the largest test ratio beside 1:2 for training: the test split keeps what the training draw leaves
    largest = float(re.search(r"for 'test' alone ([0-9.]+) \(the other at train 2\)", message).group(1))
    assert round(largest * 53) <= open_cells - 244 < round((largest + 0.02) * 53)
    assert "lower the ratio (or the test ratio)" in message
    # stopped before the prior models: nothing fitted, no prior map written
    assert any(line.startswith("Samples built from") for line in log_feedback.infos)
    assert not any(line.startswith("Prior model of the") for line in log_feedback.infos)
    assert not (tmp_path / "prior_train.tif").exists()


def _exclusion_design(sample_dir, grid, folder):
    wkbs = polygon_discs(sample_dir, grid, folder / "polygons.gpkg")
    x0 = study_area_west_cut(grid, folder / "study.gpkg")
    rows, cols, _notes = core_samples.distinct_polygon_cells(wkbs, grid)
    near = core_samples.Exclusion(rows, cols, grid, BUFFER)((0, 0, grid.width, grid.height))
    return {"x0": x0, "polygon_cells": set((rows * grid.width + cols).tolist()), "near": near}


def _breaks_rules(rs, design, grid):
    """Bool per row: on a polygon cell, within the buffer or outside the study area."""
    r_ = np.array([r["row"] for r in rs], dtype=np.int64)
    c_ = np.array([r["col"] for r in rs], dtype=np.int64)
    on_polygon = np.isin(r_ * grid.width + c_, list(design["polygon_cells"]))
    x, _y = grid.xy(r_, c_)
    return on_polygon | design["near"][r_, c_] | (x <= design["x0"])


def test_random_training_cells_obey_the_exclusions_of_a_sample_layer(
    sample_dir, factor_paths, grid, tmp_path, run_alg, log_feedback
):
    """A sample layer built without exclusions, then lsm:spysampling with a polygon inventory, a buffer
    and a study area: its unlabeled cells that break them are not written as 'random' negatives (train
    and test), every other one is, and the reliable negatives obey them too."""
    design = _exclusion_design(sample_dir, grid, tmp_path)
    built = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": str(sample_dir / "landslides.gpkg"),
            "RATIO": 20,
            "SEED": 3,
            "OUTPUT": str(tmp_path / "samples.gpkg"),
        },
    )
    unlabeled = [r for r in read_rows(built["OUTPUT"]) if r["label"] == 0]
    bad = _breaks_rules(unlabeled, design, grid)
    assert bad.sum() > 50  # the check below can fail: many unlabeled cells lie where negatives may not
    result = run_alg(
        "lsm:spysampling",
        {
            "INPUT": built["OUTPUT"],
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "EXCLUDE_INVENTORY": str(tmp_path / "polygons.gpkg"),
            "STUDY_AREA": str(tmp_path / "study.gpkg"),
            "BUFFER": BUFFER,
            "RANDOM_TRAIN": True,
            "METHOD": 1,
            "N_TREES": 20,
            "RATIO": 5,
            "SEED": 1,
            "RUN_STORE": str(tmp_path / "runs"),
            "OUTPUT": str(tmp_path / "negatives.gpkg"),
        },
        log_feedback,
    )
    rows = read_rows(result["OUTPUT"])
    for kind in ("random", "rn"):
        for split in ("train", "test"):
            these = [r for r in rows if r["negative_kind"] == kind and r["split"] == split]
            assert these and all(r["label"] == 0 for r in these), (kind, split)
            assert not _breaks_rules(these, design, grid).any(), (kind, split)
    for split in ("train", "test"):
        kept = {(r["row"], r["col"]) for r, b in zip(unlabeled, bad) if not b and r["split"] == split}
        written = {
            (r["row"], r["col"]) for r in rows if r["negative_kind"] == "random" and r["split"] == split
        }
        assert written == kept, split
    assert any("random" in line and "left out" in line for line in log_feedback.lines)


def test_random_training_cells_with_the_inventory_input(sample_dir, factor_paths, grid, tmp_path, run_alg):
    """The inventory input (polygons): the built samples' unlabeled training cells become 'random' rows
    of the training split, off every polygon cell, the buffer and outside the study area."""
    design = _exclusion_design(sample_dir, grid, tmp_path)
    result = run_alg(
        "lsm:spysampling",
        _base(
            sample_dir,
            factor_paths,
            tmp_path,
            INVENTORY=str(tmp_path / "polygons.gpkg"),
            STUDY_AREA=str(tmp_path / "study.gpkg"),
            BUFFER=BUFFER,
            RANDOM_TRAIN=True,
        ),
    )
    rows = read_rows(result["OUTPUT"])
    random_train = [r for r in rows if r["negative_kind"] == "random" and r["split"] == "train"]
    n_train = sum(1 for r in rows if r["negative_kind"] == "landslide" and r["split"] == "train")
    assert len(random_train) == 10 * n_train  # every built unlabeled training cell (1:10)
    assert all(r["label"] == 0 for r in random_train)
    assert not _breaks_rules(random_train, design, grid).any()
    # without the option the training split holds no random cell (the test split keeps its own)
    off = run_alg(
        "lsm:spysampling",
        _base(
            sample_dir,
            factor_paths,
            tmp_path,
            INVENTORY=str(tmp_path / "polygons.gpkg"),
            OUTPUT=str(tmp_path / "off.gpkg"),
        ),
    )
    kinds = {(r["negative_kind"], r["split"]) for r in read_rows(off["OUTPUT"])}
    assert ("random", "train") not in kinds and ("random", "test") in kinds


def _csv(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_table2_runs_on_a_layer_with_random_training_cells(sample_dir, factor_paths, tmp_path, run_alg):
    """Fu et al.'s Table II end to end: lsm:spysampling with RANDOM_TRAIN, then lsm:saturationtest's Table II
    design: rf and dnn at 1:1 on the random unlabeled and on the reliable training negatives."""
    negatives = run_alg(
        "lsm:spysampling", _base(sample_dir, factor_paths, tmp_path, RANDOM_TRAIN=True, TEST_RATIO=5)
    )
    out = tmp_path / "table2"
    result = run_alg(
        "lsm:saturationtest",
        {
            "INPUT": negatives["OUTPUT"],
            "FACTOR_FIELDS": FACTORS,
            "DESIGN": 2,
            "REPEATS": 2,
            "TEST_RATIO": 5,
            "MODEL_PARAMS": "rf.n_estimators=30; dnn.epochs=3",
            "SEED": 5,
            "N_JOBS": 2,
            "RUN_STORE": str(out / "runs"),
            "OUTPUT_LONG": str(tmp_path / "long.csv"),
            "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
        },
    )
    assert result["N_RUNS"] == 2 * 2 * 2  # models x negative pools x repeats
    long = _csv(tmp_path / "long.csv")
    assert {(r["model"], r["negatives"]) for r in long} == {
        (m, p) for m in ("rf", "dnn") for p in ("unlabeled", "rn")
    }
    assert all(float(r["ratio"]) == 1.0 for r in long)
    assert all(int(r["n_train_neg"]) == int(r["n_train_pos"]) == 122 for r in long)  # 1:1
    # both fixed test sets: the random test cells (the honest one) and the test reliable negatives at 1:5
    assert {r["test_set"] for r in long} == {"random", "rn"}
    assert all(int(r["n_test_pos"]) == 53 for r in long)
    assert {int(r["n_test_neg"]) for r in long if r["test_set"] == "rn"} == {5 * 53}
    summary = _csv(tmp_path / "summary.csv")
    assert len(summary) == 2 * 2 * 2  # models x pools x test sets
    assert all(int(r["n"]) == 2 for r in summary)
    assert all(0.0 <= float(r["roc_auc_mean"]) <= 1.0 for r in summary)
    # the random and the reliable training negatives are different cells: the fits differ
    rf = {(r["negatives"], r["test_set"]): float(r["roc_auc_mean"]) for r in summary if r["model"] == "rf"}
    assert rf[("unlabeled", "random")] != rf[("rn", "random")]


def test_table2_without_random_training_cells_names_the_option(sample_dir, factor_paths, tmp_path, run_alg):
    from qgis.core import QgsProcessingException

    negatives = run_alg("lsm:spysampling", _base(sample_dir, factor_paths, tmp_path))
    with pytest.raises(QgsProcessingException) as raised:
        run_alg(
            "lsm:saturationtest",
            {
                "INPUT": negatives["OUTPUT"],
                "FACTOR_FIELDS": FACTORS,
                "DESIGN": 2,
                "REPEATS": 2,
                "TEST_RATIO": 2,
                "RUN_STORE": str(tmp_path / "runs"),
                "OUTPUT_LONG": str(tmp_path / "long.csv"),
                "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
            },
        )
    message = str(raised.value)
    assert "it has 0 random and 244 reliable ones" in message
    assert "RANDOM_TRAIN" in message and "lsm:spysampling" in message
    assert "Keep the random training cells" in message
