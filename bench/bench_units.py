"""Benchmark of lsm:unitfactors' streamed zonal statistics (core.units) against QGIS's zonal statistics.

Writes a 10 000 x 10 000 Float32 factor raster (tiled 256 x 256, DEFLATE; a smooth field plus noise) and
a GeoPackage of 100 000 square units (316 x 316, slightly off the cell edges) into a temporary folder.
Each measurement runs in its own subprocess, so its peak memory (VmHWM, whole process) is its own:

- native:   QGIS's native:zonalstatisticsfb, count + mean + std (the peer, output layer included)
- ours:     core.units.rasterize_units + zonal_statistics, count + mean + std (the core of lsm:unitfactors,
            without reading and writing the layer; under the algorithms' GDAL cache budget)
- alg:      lsm:unitfactors itself through processing.run, mean + std (reads the units, writes the output
            layer: the like-for-like figure against native)
- ours+med: the core with the median (per-unit histograms above 16 million cells)

Then lsm:predictunits: a 200-tree random forest (lsm:trainmodel on 2 000 points of 5 factors) applied to
the same units, each holding 5 factor fields: the whole algorithm through processing.run (read, predict
with the spread over the trees, write) and core.units.predict_units alone.

Goals (issue 18): alg <= 1.5x native; peak memory bounded (< 1 GB at 100 k units); lsm:predictunits
under 5 s for 100 k units.

    .venv/bin/python bench/bench_units.py            # 10 000 x 10 000, 100 000 units
    .venv/bin/python bench/bench_units.py --quick    # 2 000 x 2 000, 10 000 units
    .venv/bin/python bench/bench_units.py --size 4000 --units 100000
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
from _common import goal, peak_rss_mb, print_table, quick_flag
from osgeo import gdal, ogr, osr

gdal.UseExceptions()
CELL = 10.0
#: the folder holding the plugin as `landslide_susceptibility` (a link made by the tests and the Makefile)
PLUGIN_PARENT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build", "plugins")
X0, Y0 = 500000.0, 9800000.0


def write_raster(path, n):
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), n, n, 1, gdal.GDT_Float32, options=["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=YES"]
    )
    ds.SetGeoTransform((X0, CELL, 0.0, Y0, 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    rng = np.random.default_rng(0)
    rows = 1024
    for y in range(0, n, rows):
        h = min(rows, n - y)
        yy, xx = np.mgrid[y : y + h, 0:n]
        block = 100 * np.sin(xx / 500.0) + 50 * np.cos(yy / 300.0) + rng.normal(0, 5, (h, n))
        band.WriteArray(block.astype(np.float32), 0, y)
    ds = None


#: factor fields of the predictunits part
PREDICT_FACTORS = ("f1", "f2", "f3", "f4", "f5")


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    return srs


def write_units(path, n, n_units, factors=()):
    """Square units over the n x n raster (uid, and random *factors* fields); returns their number."""
    side = int(round(np.sqrt(n_units)))
    size = n * CELL / side
    rng = np.random.default_rng(1)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("units", _srs(), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("uid", ogr.OFTInteger))
    for name in factors:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    values = rng.normal(size=(side * side, len(factors)))
    layer.StartTransaction()
    for i in range(side):
        for j in range(side):
            xa, ya = X0 + j * size + 1.0, Y0 - i * size - 1.0
            wkt = f"POLYGON(({xa} {ya},{xa + size} {ya},{xa + size} {ya - size},{xa} {ya - size},{xa} {ya}))"
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("uid", i * side + j)
            for k, name in enumerate(factors):
                feature.SetField(name, float(values[i * side + j, k]))
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    return side * side


def write_points(path, n_points=2000):
    """Training points: label 1 for a quarter of them, driven by f1 and f2."""
    rng = np.random.default_rng(2)
    X = rng.normal(size=(n_points, len(PREDICT_FACTORS)))
    y = (X[:, 0] + 0.5 * X[:, 1] + rng.normal(0, 1, n_points) > 1.0).astype(int)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("points", _srs(), ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    for name in PREDICT_FACTORS:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    layer.StartTransaction()
    for i in range(n_points):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("label", int(y[i]))
        for k, name in enumerate(PREDICT_FACTORS):
            feature.SetField(name, float(X[i, k]))
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({X0 + i} {Y0 - i})"))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None


def _qgis():
    """A headless QGIS with Processing and the lsm provider."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    sys.path.insert(
        0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "build", "plugins")
    )
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from landslide_susceptibility.plugin.provider import registered_provider

    return app, registered_provider()  # both kept alive by the caller


def _predict_worker(units, points, tmp):
    """lsm:trainmodel (rf, 200 trees) on the points, then lsm:predictunits on the units, timed."""
    app = _qgis()  # noqa: F841 (kept alive)
    import processing

    bundle = processing.run(
        "lsm:trainmodel",
        {
            "INPUT": points,
            "LABEL_FIELD": "label",
            "FACTOR_FIELDS": list(PREDICT_FACTORS),
            "MODEL": 4,  # rf
            "MODEL_PARAMS": "n_estimators=200",
            "WRITE_RECORD": False,
            "OUTPUT": os.path.join(tmp, "rf200.lsmodel"),
        },
    )["OUTPUT"]
    start = time.perf_counter()
    processing.run(
        "lsm:predictunits", {"UNITS": units, "BUNDLE": bundle, "OUTPUT": os.path.join(tmp, "pred.gpkg")}
    )
    seconds = time.perf_counter() - start
    from landslide_susceptibility.core.bundle import load_bundle
    from landslide_susceptibility.core.units import predict_units

    model = load_bundle(bundle).model
    src = ogr.Open(units)
    X = np.array([[f.GetField(n) for n in PREDICT_FACTORS] for f in src.GetLayer(0)], dtype=np.float64)
    start = time.perf_counter()
    predict_units(model, X)
    core_seconds = time.perf_counter() - start
    print(
        json.dumps({"seconds": seconds, "core_seconds": core_seconds, "n": len(X), "peak_mb": peak_rss_mb()})
    )


def _worker(mode, raster, units, tmp):
    """One measurement; prints a JSON line {seconds, peak_mb}."""
    if mode == "alg":
        app = _qgis()  # noqa: F841 (kept alive)
        import processing

        start = time.perf_counter()
        processing.run(
            "lsm:unitfactors",
            {
                "UNITS": units,
                "FACTORS": [raster],
                "STATISTICS": [0, 2],
                "OUTPUT": os.path.join(tmp, "alg.gpkg"),
            },
        )
        seconds = time.perf_counter() - start
    elif mode == "native":
        app = _qgis()  # noqa: F841 (kept alive)
        import processing

        start = time.perf_counter()
        processing.run(
            "native:zonalstatisticsfb",
            {
                "INPUT": units,
                "INPUT_RASTER": raster,
                "RASTER_BAND": 1,
                "STATISTICS": [0, 2, 4],
                "OUTPUT": os.path.join(tmp, "native.gpkg"),
            },
        )
        seconds = time.perf_counter() - start
    else:
        from landslide_susceptibility.core.gdal_cache import gdal_cache_budget
        from landslide_susceptibility.core.grid import Factor, grid_of
        from landslide_susceptibility.core.units import rasterize_units, zonal_statistics

        start = time.perf_counter()
        with gdal_cache_budget():  # as every algorithm runs (algorithms/base.py)
            src = ogr.Open(units)
            wkbs = [bytes(f.GetGeometryRef().ExportToWkb()) for f in src.GetLayer(0)]
            ids = rasterize_units(wkbs, grid_of(raster), os.path.join(tmp, f"ids_{mode}.tif"))
            stats = ("mean", "std", "median") if mode == "ours+med" else ("mean", "std")
            zonal_statistics(ids, [Factor("f", raster)], len(wkbs), stats)
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb()}))


def _measure(mode, raster, units, tmp):
    out = subprocess.run(
        [sys.executable, __file__, "--worker", mode, raster, units, tmp],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode:
        raise SystemExit(f"{mode} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _option(name, default):
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


def _predict_part(n, n_units, tmp):
    units, points = os.path.join(tmp, "units_f.gpkg"), os.path.join(tmp, "points.gpkg")
    write_units(units, n, n_units, PREDICT_FACTORS)
    write_points(points)
    r = _measure("predict", units, points, tmp)
    print_table(
        f"lsm:predictunits, {r['n']} units, 200-tree random forest",
        ["run", "s", "peak MB"],
        [
            ["lsm:predictunits", f"{r['seconds']:.2f}", f"{r['peak_mb']:.0f}"],
            ["core predict_units", f"{r['core_seconds']:.2f}", ""],
        ],
    )
    goal(f"lsm:predictunits {r['n']} units, 200 trees (s)", f"{r['seconds']:.2f}", "< 5", r["seconds"] < 5)


def main():
    quick = quick_flag()
    n, n_units = (2000, 10_000) if quick else (10_000, 100_000)
    n, n_units = _option("--size", n), _option("--units", n_units)
    tmp = tempfile.mkdtemp(prefix="lsm_bench_units_")
    try:
        raster, units = os.path.join(tmp, "factor.tif"), os.path.join(tmp, "units.gpkg")
        write_raster(raster, n)
        n_units = write_units(units, n, n_units)
        modes = ("native", "ours", "alg", "ours+med")
        results = {mode: _measure(mode, raster, units, tmp) for mode in modes}
        if "--no-predict" not in sys.argv:
            _predict_part(n, n_units, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    base = results["native"]["seconds"]
    rows = [
        [mode, f"{r['seconds']:.2f}", f"{r['seconds'] / base:.2f}", f"{r['peak_mb']:.0f}"]
        for mode, r in results.items()
    ]
    print_table(
        f"unit zonal statistics, {n} x {n} raster, {n_units} units", ["run", "s", "x native", "peak MB"], rows
    )
    ratio = results["alg"]["seconds"] / base
    goal(
        f"lsm:unitfactors time / native zonal statistics ({n}^2, {n_units} units)",
        f"{ratio:.2f}",
        "<= 1.5",
        ratio <= 1.5,
    )
    peak = max(results["ours+med"]["peak_mb"], results["alg"]["peak_mb"])
    goal("unitfactors peak memory (MB)", f"{peak:.0f}", "< 1000", peak < 1000)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        sys.path.insert(0, PLUGIN_PARENT)
        if sys.argv[2] == "predict":
            _predict_worker(*sys.argv[3:6])
        else:
            _worker(*sys.argv[2:6])
    else:
        main()
