"""lsm:buildsamples on polygon inventories keeps the polygon id (issue 19 item 6): `ls_id` of every
landslide row is its polygon's feature id (or the chosen ID field), NULL on unlabeled rows; every cell of
a polygon carries it and lies in the polygon's split; polygons sharing an ID field value share a split."""

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: 24 squares of 3 x 3 cells on the Ecuador grid: top-left cell (row, col)
SQUARES = [(20 + 30 * i, 20 + 30 * j) for i in range(6) for j in range(4)]
FIRST_FID = 101


def _inventory(path, grid_path, events=None):
    """A GeoPackage of the SQUARES (cell-aligned, 9 cell centres inside each), fids from FIRST_FID, an
    integer field `event` when *events* (one value or None per square) is given."""
    gt = gdal.Open(str(grid_path)).GetGeoTransform()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("scarps", srs, ogr.wkbPolygon)
    if events is not None:
        layer.CreateField(ogr.FieldDefn("event", ogr.OFTInteger))
    for k, (r, c) in enumerate(SQUARES):
        x0, y0 = gt[0] + c * gt[1], gt[3] + r * gt[5]
        x1, y1 = x0 + 3 * gt[1], y0 + 3 * gt[5]
        ring = f"{x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}"
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON (({ring}))"))
        feature.SetFID(FIRST_FID + k)
        if events is not None and events[k] is not None:
            feature.SetField("event", int(events[k]))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def _cells(k):
    r, c = SQUARES[k]
    return {(r + a, c + b) for a in range(3) for b in range(3)}


def _table(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "samples", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = dict(zip(names, feature.attributes()))
        value = row.get("ls_id")
        row["ls_id"] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
        rows.append(row)
    return layer, names, rows


def _build(run_alg, factor_paths, inventory, out, **extra):
    parameters = {
        "FACTORS": [factor_paths[n] for n in FACTORS],
        "INVENTORY": inventory,
        "POLYGON_MODE": 2,  # every cell
        "RATIO": 1.0,
        "SEED": 11,
        "OUTPUT": str(out),
    }
    parameters.update(extra)
    return run_alg("lsm:buildsamples", parameters)


def test_every_cell_of_a_polygon_keeps_its_feature_id_and_split(run_alg, factor_paths, tmp_path):
    from landslide_susceptibility.algorithms._samples import declared_categorical

    inventory = _inventory(tmp_path / "scarps.gpkg", factor_paths["slope"])
    result = _build(run_alg, factor_paths, inventory, tmp_path / "samples.gpkg")
    layer, names, rows = _table(result["OUTPUT"])
    assert names[1:] == ["label", "split"] + FACTORS + ["row", "col", "ls_id"]
    assert declared_categorical(layer) == []  # ls_id is an integer field but no factor
    landslides = [r for r in rows if r["label"] == 1]
    assert len(landslides) == 9 * len(SQUARES)
    assert all(r["ls_id"] is None for r in rows if r["label"] == 0)
    splits = {}
    for k in range(len(SQUARES)):
        mine = [r for r in landslides if r["ls_id"] == FIRST_FID + k]
        assert {(r["row"], r["col"]) for r in mine} == _cells(k)  # every cell, this polygon's id
        assert len({r["split"] for r in mine}) == 1  # one split per polygon
        splits[FIRST_FID + k] = mine[0]["split"]
    assert sorted(set(splits.values())) == ["test", "train"]
    assert sum(s == "train" for s in splits.values()) == round(0.7 * len(SQUARES))
    # a later step that takes every numeric field as a factor leaves ls_id out
    screening = run_alg(
        "lsm:factorscreening",
        {"SAMPLES": result["OUTPUT"], "TREES": 10, "SEED": 1, "OUTPUT_TABLE": str(tmp_path / "screen.gpkg")},
    )
    _, _, table = _table(screening["OUTPUT_TABLE"])
    assert [r["factor"] for r in table] == FACTORS


def test_id_field_values_and_shared_ids_share_a_split(run_alg, factor_paths, tmp_path):
    events = [5000 + k // 2 for k in range(len(SQUARES))]  # pairs of polygons: one event each
    inventory = _inventory(tmp_path / "events.gpkg", factor_paths["slope"], events)
    for mode in (0, 2):  # centroid cell, every cell
        result = _build(
            run_alg,
            factor_paths,
            inventory,
            tmp_path / f"samples_{mode}.gpkg",
            INVENTORY_ID_FIELD="event",
            POLYGON_MODE=mode,
        )
        _, _, rows = _table(result["OUTPUT"])
        landslides = [r for r in rows if r["label"] == 1]
        for k in range(len(SQUARES)):
            mine = [r for r in landslides if (r["row"], r["col"]) in _cells(k)]
            assert mine and all(r["ls_id"] == events[k] for r in mine)
        by_event = {}
        for r in landslides:
            by_event.setdefault(r["ls_id"], set()).add(r["split"])
        assert set(by_event) == set(events)
        assert all(len(s) == 1 for s in by_event.values())
        assert {s for group in by_event.values() for s in group} == {"train", "test"}


def test_point_inventory_has_no_ls_id_and_null_ids_are_refused(run_alg, factor_paths, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    result = _build(run_alg, factor_paths, str(sample_dir / "landslides.gpkg"), tmp_path / "points.gpkg")
    _, names, _ = _table(result["OUTPUT"])
    assert "ls_id" not in names
    events = [7 + k for k in range(len(SQUARES))]
    events[3] = None
    inventory = _inventory(tmp_path / "null.gpkg", factor_paths["slope"], events)
    out = tmp_path / "null_samples.gpkg"
    with pytest.raises(
        QgsProcessingException, match=r"1 feature\(s\) of the .* have a NULL value in the ID field 'event'"
    ):
        _build(run_alg, factor_paths, inventory, out, INVENTORY_ID_FIELD="event")
    assert not out.exists()


def test_unit_ids_map_polygon_cells(factor_paths):
    """core: cells_from_polygons with unit_ids gives every cell its polygon's id (highest mode too)."""
    from landslide_susceptibility.core import samples
    from landslide_susceptibility.core.grid import Factor, grid_of

    grid = grid_of(factor_paths["slope"])
    gt = grid.geotransform
    wkbs = []
    for r, c in SQUARES[:3]:
        x0, y0 = gt[0] + c * gt[1], gt[3] + r * gt[5]
        x1, y1 = x0 + 3 * gt[1], y0 + 3 * gt[5]
        geometry = ogr.CreateGeometryFromWkt(
            f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"
        )
        wkbs.append(geometry.ExportToWkb())
    ids = np.array([-4, 90, 90])
    every = samples.cells_from_polygons(wkbs, grid, "every", unit_ids=ids)
    assert np.bincount(np.searchsorted([-4, 90], every.unit)).tolist() == [9, 18]
    highest = samples.cells_from_polygons(
        wkbs, grid, "highest", Factor("elev", factor_paths["elev"]), unit_ids=ids
    )
    assert sorted(highest.unit.tolist()) == [-4, 90, 90]
    with pytest.raises(Exception, match="2 polygon id"):
        samples.cells_from_polygons(wkbs, grid, "every", unit_ids=ids[:2])
