"""lsm:deformationmatrix through processing.run: a 3 x 4 velocity map against a classed map, the table,
Cramer's V and the chi-square statistic computed by hand, the PNG and the run record."""

import csv
import json
import math
import os

import numpy as np
import pytest
from _helpers import write_raster
from osgeo import gdal

ND = -9999.0
#: classes of -inf,-10,-5,5,10,inf:  0 1 2 2 / 3 4 2 - / 2 2 3 0
VELOCITY = np.array([[-12, -7, 0, 3], [6, 11, -1, ND], [0, 2, 8, -20]], dtype=np.float32)
CLASSES = np.array([[1, 2, 3, 3], [2, 3, 1, 2], [1, 1, 3, 0]], dtype=np.uint8)
#: by hand: deformation class (row) x class code 1, 2, 3
HAND = [[1, 0, 0], [0, 1, 0], [3, 0, 2], [0, 1, 1], [0, 0, 1]]
#: n = 10; sum O^2 n / (r c) - n = 2.5 + 5 + 4.5 + 2 + 2.5 + 1.25 + 2.5 - 10
HAND_CHI2 = 10.25


def _raster(path, values, nodata, dtype=gdal.GDT_Float32, x0=1000.0):
    return write_raster(path, values, origin=(x0, 2000.0), epsg=32617, nodata=nodata, dtype=dtype)


def test_hand_computed_matrix(run_alg, tmp_path):
    velocity = _raster(tmp_path / "velocity.tif", VELOCITY, ND)
    classes = _raster(tmp_path / "classes.tif", CLASSES, 0, gdal.GDT_Byte)
    store = tmp_path / "runs"
    results = run_alg(
        "lsm:deformationmatrix",
        {
            "DEFORMATION": velocity,
            "SUSCEPTIBILITY": classes,
            "SUSCEPTIBILITY_LABELS": "Low,Moderate,High",
            "RUN_STORE": str(store),
            "OUTPUT_TABLE": str(tmp_path / "out" / "matrix.csv"),
            "OUTPUT_PLOT": str(tmp_path / "out" / "matrix.png"),
        },
    )
    assert results["CHI2"] == pytest.approx(HAND_CHI2, rel=1e-12)
    assert results["CRAMERS_V"] == pytest.approx(math.sqrt(HAND_CHI2 / (10 * 2)), rel=1e-12)
    assert 0.2 < results["P_VALUE"] < 0.3
    with open(results["OUTPUT_TABLE"], encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    counts = np.array([int(r["cells"]) for r in rows]).reshape(5, 3)
    np.testing.assert_array_equal(counts, HAND)
    assert [r["susceptibility_class"] for r in rows[:3]] == ["Low", "Moderate", "High"]
    assert rows[6]["deformation_class"] == "-5 to 5"
    assert (float(rows[6]["row_share"]), float(rows[6]["column_share"])) == (0.6, 0.75)
    with open(results["OUTPUT_PLOT"], "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
    with open(results["RUN_RECORD"], encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["kind"] == "deformation_matrix"
    assert record["algorithm"] == "lsm:deformationmatrix"
    assert record["deformation_matrix"]["counts"] == HAND
    assert record["summary"]["dof"] == 8
    assert os.path.dirname(results["RUN_RECORD"]) == str(store)


def test_grids_must_match(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    velocity = _raster(tmp_path / "velocity.tif", VELOCITY, ND)
    classes = _raster(tmp_path / "classes.tif", CLASSES, 0, gdal.GDT_Byte, x0=1005.0)
    with pytest.raises(QgsProcessingException, match=r"not on the same grid as 'velocity'.*lsm:alignfactors"):
        run_alg(
            "lsm:deformationmatrix",
            {
                "DEFORMATION": velocity,
                "SUSCEPTIBILITY": classes,
                "WRITE_RECORD": False,
                "OUTPUT_TABLE": str(tmp_path / "out" / "matrix.csv"),
            },
        )
    assert not (tmp_path / "out").exists()
