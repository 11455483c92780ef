"""lsm:alignfactors through processing.run: a half-cell shift, a finer and a coarser categorical raster
aligned to a 20 m reference, values checked by hand, then lsm:buildsamples on the aligned set."""

import os

import numpy as np
import pytest
from osgeo import gdal, ogr

CELL = 20.0


def _write(path, values, gt, projection, nodata=None, dtype=gdal.GDT_Float32):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), values.shape[1], values.shape[0], 1, dtype)
    ds.SetGeoTransform(gt)
    ds.SetProjection(projection)
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    return str(path)


def _band(path, b=1):
    ds = gdal.Open(path)  # held while its band is read (a freed dataset crashes GDAL)
    return ds.GetRasterBand(b).ReadAsArray()


@pytest.fixture(scope="module")
def inputs(factor_paths, tmp_path_factory):
    """ref: elev on 20 m cells; slope: 20 m cells shifted 10 m (half a cell) east; cplan: the native 10 m
    cells; geology: class codes on 40 m cells (categorical)."""
    d = tmp_path_factory.mktemp("align_inputs")
    src = gdal.Open(factor_paths["elev"])
    x0, _, _, y0, _, _ = src.GetGeoTransform()
    wkt = src.GetProjection()
    elev = src.GetRasterBand(1).ReadAsArray()
    slope = _band(factor_paths["slope"])[::2, ::2][:-1, :-1]
    geology = (np.arange(104 * 96).reshape(104, 96) % 7 + 1).astype(np.uint8)
    return {
        "ref": _write(
            d / "ref.tif", elev[::2, ::2][:-1, :-1], (x0, CELL, 0, y0, 0, -CELL), wkt, float("nan")
        ),
        "slope": _write(d / "slope.tif", slope, (x0 + 10.0, CELL, 0, y0, 0, -CELL), wkt, float("nan")),
        "slope_values": slope,
        "cplan": factor_paths["cplan"],
        "cplan_values": _band(factor_paths["cplan"]),
        "geology": _write(d / "geology.tif", geology, (x0, 40.0, 0, y0, 0, -40.0), wkt, 0, gdal.GDT_Byte),
        "geology_values": geology,
        "x0": x0,
        "y0": y0,
    }


#: GDAL's bilinear kernel widens by the ratio when it downsamples: from 10 m to 20 m cells it is a
#: triangle of radius 2 source cells, sampled at 0.5 and 1.5 cells from the target centre
TRIANGLE = np.array([0.25, 0.75, 0.75, 0.25]) / 2.0


def _hand_downsampled(values, r, c):
    block = values[2 * r - 1 : 2 * r + 3, 2 * c - 1 : 2 * c + 3].astype(np.float64)
    return float(TRIANGLE @ block @ TRIANGLE)


@pytest.fixture(scope="module")
def aligned(inputs, lsm_provider, tmp_path_factory):
    from qgis import processing

    out = tmp_path_factory.mktemp("aligned")
    results = processing.run(
        "lsm:alignfactors",
        {
            "FACTORS": [inputs["slope"], inputs["cplan"], inputs["geology"]],
            "CATEGORICAL": "geology",
            "REFERENCE": inputs["ref"],
            "OUTPUT_FOLDER": str(out / "factors"),
            "OUTPUT_VRT": str(out / "stack.vrt"),
        },
    )
    return results, out


def test_values_on_the_reference_grid(inputs, aligned):
    from landslide_susceptibility.core.grid import Factor, check_grids

    results, out = aligned
    paths = results["FILES"]
    assert [os.path.basename(p) for p in paths] == ["slope.tif", "cplan.tif", "geology.tif"]
    assert results["FACTOR_NAMES"] == "slope,cplan,geology"
    grid = check_grids([Factor("ref", inputs["ref"])] + [Factor(os.path.basename(p), p) for p in paths])
    assert (grid.width, grid.height) == (191, 207)
    slope, cplan, geology = (_band(p) for p in paths)
    src = inputs["slope_values"]
    for r, c in [(10, 20), (100, 50), (150, 120)]:
        # nearest: the 20 m centre (r, c) lies in the 40 m cell (r // 2, c // 2)
        assert geology[r, c] == inputs["geology_values"][r // 2, c // 2]
        # the half-cell shift: the centre lies halfway between the source centres of columns c - 1 and c
        assert slope[r, c] == pytest.approx((src[r, c - 1] + src[r, c]) / 2, rel=1e-5)
        assert cplan[r, c] == pytest.approx(
            _hand_downsampled(inputs["cplan_values"], r, c), rel=1e-4, abs=1e-6
        )
    vrt = gdal.Open(str(out / "stack.vrt"))
    assert [vrt.GetRasterBand(b).GetDescription() for b in (1, 2, 3)] == ["slope", "cplan", "geology"]
    np.testing.assert_array_equal(vrt.GetRasterBand(3).ReadAsArray(), geology)
    vrt = None


def _samples_table(path):
    ds = ogr.Open(path)
    layer = ds.GetLayer()
    return [(f["label"], f["row"], f["col"], f["slope"], f["geology"]) for f in layer]


@pytest.mark.parametrize("as_stack", [False, True])
def test_buildsamples_runs_on_the_aligned_set(inputs, aligned, sample_dir, run_alg, tmp_path, as_stack):
    results, out = aligned
    factors = [str(out / "stack.vrt")] if as_stack else results["FILES"]
    samples = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": factors,
            "CATEGORICAL": "geology",
            "INVENTORY": str(sample_dir / "landslides.gpkg"),
            "RATIO": 2.0,
            "OUTPUT": str(tmp_path / "samples.gpkg"),
        },
    )
    assert samples["TRAIN_LANDSLIDES"] + samples["TEST_LANDSLIDES"] > 150
    assert samples["FACTOR_NAMES"] == "slope,cplan,geology"
    slope, geology = _band(results["FILES"][0]), _band(results["FILES"][2])
    rows = _samples_table(samples["OUTPUT"])
    assert {label for label, *_ in rows} == {0, 1}
    for _label, r, c, s, g in rows[::25]:
        assert s == pytest.approx(float(slope[r, c]), rel=1e-6)
        assert g == geology[r, c]


def test_extent_and_cell_size_mode(inputs, run_alg, tmp_path):
    x0, y0 = inputs["x0"], inputs["y0"]
    extent = f"{x0},{x0 + 1000},{y0 - 600},{y0} [EPSG:32717]"
    results = run_alg(
        "lsm:alignfactors",
        {
            "FACTORS": [inputs["geology"]],
            "CATEGORICAL": "geology",
            "EXTENT": extent,
            "CELL_SIZE": 40.0,
            "OUTPUT_FOLDER": str(tmp_path / "f"),
        },
    )
    (path,) = results["FILES"]
    ds = gdal.Open(path)
    assert (ds.RasterXSize, ds.RasterYSize) == (25, 15)
    assert ds.GetGeoTransform() == pytest.approx((x0, 40.0, 0.0, y0, 0.0, -40.0))
    np.testing.assert_array_equal(ds.GetRasterBand(1).ReadAsArray(), inputs["geology_values"][:15, :25])


def test_without_a_target_grid(inputs, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Choose the target grid"):
        run_alg("lsm:alignfactors", {"FACTORS": [inputs["slope"]], "OUTPUT_FOLDER": str(tmp_path / "f")})
    assert not (tmp_path / "f").exists()  # the folder the run made is gone again


def test_grid_errors_point_here(inputs, run_alg, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"not on the same grid .*lsm:alignfactors"):
        run_alg(
            "lsm:buildsamples",
            {
                "FACTORS": [inputs["ref"], inputs["slope"]],
                "INVENTORY": str(sample_dir / "landslides.gpkg"),
                "OUTPUT": str(tmp_path / "samples.gpkg"),
            },
        )
