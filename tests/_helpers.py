"""Small writers, readers and feedbacks shared by the unit and QGIS test tiers (no qgis import here).

The tests import them as `from _helpers import ...`: tests/ is on sys.path because tests/conftest.py
lives there (pytest's default `prepend` import mode).
"""

import numpy as np
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal, ogr, osr


class CancelAfter(NullFeedback):
    """A feedback that says "canceled" from its (calls + 1)-th isCanceled() question on."""

    def __init__(self, calls):
        super().__init__()
        self.calls = calls

    def isCanceled(self):  # noqa: N802
        self.calls -= 1
        return self.calls < 0


def write_raster(
    path,
    array,
    *,
    origin=(500000.0, 9500000.0),
    cell=10.0,
    epsg=32717,
    nodata=None,
    dtype=gdal.GDT_Float32,
    block=None,
):
    """A one-band GeoTIFF of *array* with its top-left corner at *origin* and square *cell*s.

    epsg=None leaves the projection empty; block=N writes N x N tiles. Returns str(path)."""
    options = ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}"] if block else []
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1, dtype, options)
    ds.SetGeoTransform((origin[0], cell, 0.0, origin[1], 0.0, -cell))
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None
    return str(path)


def write_points(path, rows, epsg=32717):
    """A GeoPackage point layer "samples" with an integer `label` and a text `split` field.

    rows: (x, y, label, split) per point. Returns str(path)."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("samples", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("split", ogr.OFTString))
    for x, y, label, split in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("label", int(label))
        feature.SetField("split", str(split))
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({x} {y})"))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def read_points(path, names, label="lslpts"):
    """(X, y) of a point layer: the *names* fields as a float matrix and the *label* field as int."""
    source = ogr.Open(str(path))
    layer = source.GetLayer(0)
    X, y = [], []
    for feature in layer:
        X.append([feature.GetField(n) for n in names])
        y.append(feature.GetField(label))
    return np.asarray(X, dtype=float), np.asarray(y, dtype=int)


def write_evaluation(folder, name, model_type, ratio, metrics, **extra):
    """Write an lsm:evaluatemodel run record (data set "ecuador", threshold 0.5) into the store *folder*."""
    from landslide_susceptibility.core.runrecord import new_record, write_record

    record = new_record(
        "lsm:evaluatemodel",
        name=name,
        model_type=model_type,
        ratio=ratio,
        dataset="ecuador",
        metrics=metrics,
        threshold=0.5,
        **extra,
    )
    return write_record(folder, record)


def run_pu(area, params, tag, eligible=None, bundles=None):
    """core.pu.pu_sampling on a synthetic *area* (a dict of folder, factors, X, labels, splits, cells),
    its prior maps written as prior_<split>_<tag>.tif into the area's folder."""
    from landslide_susceptibility.core import pu

    priors = {s: str(area["folder"] / f"prior_{s}_{tag}.tif") for s in ("train", "test")}
    return pu.pu_sampling(
        area["factors"],
        area["X"],
        area["labels"],
        area["splits"],
        area["cells"],
        priors,
        params,
        bundle_paths=bundles,
        eligible=eligible,
    )


def fit_with_last_categorical(model_type, X, y, params, seed, **options):
    """models.make_model + fit_model of *model_type* on (X, y) whose last column is a categorical factor
    of the levels 1, 2 and 3; *options* go to make_model (device, factor_names, ...)."""
    from landslide_susceptibility.core import models

    n = X.shape[1]
    model = models.make_model(
        model_type,
        n,
        categorical_index=[n - 1],
        categories=[[1.0, 2.0, 3.0]],
        params=params,
        seed=seed,
        **options,
    )
    return models.fit_model(model, X, y)


def write_on_grid(path, grid, arrays, nodata=-9999.0, dtype=gdal.GDT_Float32):
    """A tiled GeoTIFF (core.grid.create_geotiff) on *grid*, one band per array; returns the path."""
    from landslide_susceptibility.core.grid import create_geotiff

    ds = create_geotiff(path, grid, dtype=dtype, bands=len(arrays), nodata=nodata)
    for b, a in enumerate(arrays, start=1):
        ds.GetRasterBand(b).WriteArray(a)
    ds = None
    return str(path)
