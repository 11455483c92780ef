"""Benchmark of lsm:unitfactors' streamed zonal statistics (core.units) against QGIS's zonal statistics.

Writes a 10 000 x 10 000 Float32 factor raster (tiled 256 x 256, DEFLATE; a smooth field plus noise) and
a GeoPackage of 100 000 square units (316 x 316, slightly off the cell edges) into a temporary folder.
Each measurement runs in its own subprocess, so its peak memory (VmHWM, whole process) is its own:

- native:   QGIS's native:zonalstatisticsfb, count + mean + std (the peer)
- ours:     core.units.rasterize_units + zonal_statistics, count + mean + std (what lsm:unitfactors runs,
            without writing the layer: the peer's time includes its output, so the ratio favours neither
            much)
- ours+med: the same with the median (per-unit histograms above 16 million cells)

Goals (issue 18): ours <= 1.5x native; peak memory of ours bounded (< 1 GB at 100 k units).

    .venv/bin/python bench/bench_units.py            # 10 000 x 10 000, 100 000 units
    .venv/bin/python bench/bench_units.py --quick    # 2 000 x 2 000, 10 000 units
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


def write_units(path, n, n_units):
    side = int(round(np.sqrt(n_units)))
    size = n * CELL / side
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    layer = ds.CreateLayer("units", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("uid", ogr.OFTInteger))
    layer.StartTransaction()
    for i in range(side):
        for j in range(side):
            xa, ya = X0 + j * size + 1.0, Y0 - i * size - 1.0
            wkt = f"POLYGON(({xa} {ya},{xa + size} {ya},{xa + size} {ya - size},{xa} {ya - size},{xa} {ya}))"
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("uid", i * side + j)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
    layer.CommitTransaction()
    ds = None
    return side * side


def _worker(mode, raster, units, tmp):
    """One measurement; prints a JSON line {seconds, peak_mb}."""
    if mode == "native":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        sys.path.insert(0, "/usr/share/qgis/python/plugins")
        from qgis.core import QgsApplication

        app = QgsApplication([], False)
        app.initQgis()
        import processing
        from processing.core.Processing import Processing

        Processing.initialize()
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
        from landslide_susceptibility.core.grid import Factor, grid_of
        from landslide_susceptibility.core.units import rasterize_units, zonal_statistics

        start = time.perf_counter()
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
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    quick = quick_flag()
    n, n_units = (2000, 10_000) if quick else (10_000, 100_000)
    tmp = tempfile.mkdtemp(prefix="lsm_bench_units_")
    try:
        raster, units = os.path.join(tmp, "factor.tif"), os.path.join(tmp, "units.gpkg")
        write_raster(raster, n)
        n_units = write_units(units, n, n_units)
        results = {mode: _measure(mode, raster, units, tmp) for mode in ("native", "ours", "ours+med")}
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
    ratio = results["ours"]["seconds"] / base
    goal("unitfactors time / native zonal statistics", f"{ratio:.2f}", "<= 1.5", ratio <= 1.5)
    peak = results["ours+med"]["peak_mb"]
    goal("unitfactors peak memory (MB)", f"{peak:.0f}", "< 1000", peak < 1000)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        _worker(*sys.argv[2:6])
    else:
        main()
