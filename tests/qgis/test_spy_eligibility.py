"""lsm:spysampling negatives obey lsm:buildsamples' eligibility (issue 14 item 1): never on an inventory
cell (every polygon cell, whatever the polygon mode), never within the exclusion buffer, never outside the
study area, never in the other split's spatial blocks; spy and Bagging-PU, both splits."""

import numpy as np
import pytest
from landslide_susceptibility.core import samples as core_samples
from landslide_susceptibility.core.grid import Factor, check_grids
from osgeo import ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
BUFFER = 25.0
BLOCK = 600.0


def _polygons(sample_dir, grid, path, radius=40.0):
    """Landslide polygons: discs of *radius* m around the bundled landslide points."""
    src = ogr.Open(str(sample_dir / "landslides.gpkg"))
    pts = [(f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in src.GetLayer(0)]
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("landslides", srs, ogr.wkbPolygon)
    wkbs = []
    for x, y in pts:
        disc = ogr.CreateGeometryFromWkt(f"POINT ({x} {y})").Buffer(radius, 8)
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetGeometry(disc)
        layer.CreateFeature(f)
        wkbs.append(bytes(disc.ExportToWkb()))
    ds = None
    return wkbs


def _study_area(grid, path):
    """A study area leaving out the western fifth of the rasters."""
    xmin, ymin, xmax, ymax = grid.extent
    x0 = xmin + 0.2 * (xmax - xmin)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    wkt = f"POLYGON (({x0} {ymin}, {xmax} {ymin}, {xmax} {ymax}, {x0} {ymax}, {x0} {ymin}))"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("study", srs, ogr.wkbPolygon)
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    ds = None
    return x0


@pytest.fixture(scope="module")
def design(tmp_path_factory, sample_dir):
    folder = tmp_path_factory.mktemp("eligibility")
    factors = [Factor(n, str(sample_dir / f"{n}.tif")) for n in FACTORS]
    grid = check_grids(factors)
    wkbs = _polygons(sample_dir, grid, folder / "polygons.gpkg")
    x0 = _study_area(grid, folder / "study.gpkg")
    rows, cols, _notes = core_samples.distinct_polygon_cells(wkbs, grid)
    near = core_samples.Exclusion(rows, cols, grid, BUFFER)((0, 0, grid.width, grid.height))
    return {
        "folder": folder,
        "grid": grid,
        "polygons": str(folder / "polygons.gpkg"),
        "study": str(folder / "study.gpkg"),
        "x0": x0,
        "polygon_cells": set((rows * grid.width + cols).tolist()),
        "near": near,
    }


def _rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    return [{n: f[n] for n in layer.fields().names()} for f in layer.getFeatures()]


def _check_negatives(rows, design, samples_rows):
    grid = design["grid"]
    neg = [r for r in rows if r["label"] == 0 and r["negative_kind"] == "rn"]
    assert {r["split"] for r in neg} == {"train", "test"}
    r_ = np.array([r["row"] for r in neg])
    c_ = np.array([r["col"] for r in neg])
    cells = r_ * grid.width + c_
    assert not set(cells.tolist()) & design["polygon_cells"]  # no negative on any polygon cell
    assert not design["near"][r_, c_].any()  # none within the buffer
    x, _y = grid.xy(r_, c_)
    assert (x > design["x0"]).all()  # none outside the study area
    # spatial blocks: a split's negatives only in the blocks of its own sample points
    blocks = core_samples._spatial_blocks(r_, c_, grid, BLOCK)
    split = np.array([r["split"] for r in neg])
    s_rows = np.array([r["row"] for r in samples_rows])
    s_cols = np.array([r["col"] for r in samples_rows])
    s_split = np.array([r["split"] for r in samples_rows])
    s_blocks = core_samples._spatial_blocks(s_rows, s_cols, grid, BLOCK)
    for name in ("train", "test"):
        own = set(s_blocks[s_split == name].tolist())
        assert set(blocks[split == name].tolist()) <= own
    train_cells = set(cells[split == "train"].tolist())
    assert not train_cells & set(cells[split == "test"].tolist())
    return len(neg)


@pytest.mark.parametrize("method", [0, 1])
def test_negatives_respect_inventory_buffer_study_area_and_blocks(design, factor_paths, run_alg, method):
    folder = design["folder"]
    built = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": design["polygons"],
            "POLYGON_MODE": 0,  # centroid: one positive per polygon, yet every polygon cell stays excluded
            "STUDY_AREA": design["study"],
            "BUFFER": BUFFER,
            "RATIO": 10,
            "SPLIT_MODE": 1,
            "BLOCK_SIZE": BLOCK,
            "SEED": 3,
            "OUTPUT": str(folder / f"samples_{method}.gpkg"),
        },
    )
    out = folder / f"negatives_{method}.gpkg"
    result = run_alg(
        "lsm:spysampling",
        {
            "INPUT": built["OUTPUT"],
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "EXCLUDE_INVENTORY": design["polygons"],
            "STUDY_AREA": design["study"],
            "BUFFER": BUFFER,
            "BLOCK_SIZE": BLOCK,
            "METHOD": method,
            "N_TREES": 20,
            "RATIO": 20,
            "SEED": 1,
            "N_JOBS": 2,
            "RUN_STORE": str(folder / "runs"),
            "OUTPUT": str(out),
        },
    )
    n = _check_negatives(_rows(str(out)), design, _rows(built["OUTPUT"]))
    assert n == result["NEGATIVES_TRAIN"] + result["NEGATIVES_TEST"] > 0


def test_without_the_rules_negatives_do_fall_there(design, factor_paths, run_alg):
    """The check above can fail: with no inventory, buffer or study area the draw does reach those cells."""
    folder = design["folder"]
    built = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": design["polygons"],
            "RATIO": 10,
            "SEED": 3,
            "OUTPUT": str(folder / "samples_plain.gpkg"),
        },
    )
    out = folder / "negatives_plain.gpkg"
    run_alg(
        "lsm:spysampling",
        {
            "INPUT": built["OUTPUT"],
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "METHOD": 1,
            "N_TREES": 20,
            "RATIO": 60,
            "SEED": 1,
            "RUN_STORE": str(folder / "runs"),
            "OUTPUT": str(out),
        },
    )
    grid = design["grid"]
    neg = [r for r in _rows(str(out)) if r["label"] == 0 and r["negative_kind"] == "rn"]
    r_ = np.array([r["row"] for r in neg])
    c_ = np.array([r["col"] for r in neg])
    x, _y = grid.xy(r_, c_)
    assert (x <= design["x0"]).any()
    assert design["near"][r_, c_].any()


def test_inventory_input_applies_the_same_rules(design, factor_paths, run_alg):
    folder = design["folder"]
    out = folder / "negatives_direct.gpkg"
    result = run_alg(
        "lsm:spysampling",
        {
            "INVENTORY": design["polygons"],
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "STUDY_AREA": design["study"],
            "BUFFER": BUFFER,
            "BLOCK_SIZE": BLOCK,
            "UNLABELED_RATIO": 10,
            "METHOD": 1,
            "N_TREES": 20,
            "RATIO": 20,
            "SEED": 2,
            "RUN_STORE": str(folder / "runs"),
            "OUTPUT": str(out),
        },
    )
    rows = _rows(str(out))
    # the built samples' train unlabeled are not in the output: the train side is bounded by the train
    # landslides and the train negatives themselves; the test side by the test landslides and random cells
    known = [r for r in rows if r["negative_kind"] in ("landslide", "random")]
    _check_negatives(rows, design, known + [r for r in rows if r["split"] == "train"])
    grid = design["grid"]

    def blocks(rs):
        return set(
            core_samples._spatial_blocks(
                np.array([r["row"] for r in rs]), np.array([r["col"] for r in rs]), grid, BLOCK
            ).tolist()
        )

    test_blocks = blocks([r for r in known if r["split"] == "test"])
    train_neg = [r for r in rows if r["negative_kind"] == "rn" and r["split"] == "train"]
    assert not blocks(train_neg) & test_blocks
    assert result["NEGATIVES_TEST"] > 0
