"""Benchmark of the exact streamed rate curves (core.ratecurves, behind lsm:ratecurves).

Writes a 10 000 x 10 000 Float32 susceptibility map (tiled 256 x 256, DEFLATE, predictor 3, 2 % nodata;
a smooth field plus noise) into a temporary folder, with 20 000 landslide cells in 40 clusters
(an event inventory) of which 5 000 form the test set. Each measurement runs in its own subprocess
so that its peak memory (VmHWM, whole process: Python, numpy and GDAL included) is its own:

- gdal read:   one plain band.ReadAsArray() of the whole raster (the reference time)
- rate curves: core.ratecurves.rate_curves, success and prediction curves together, exact

Goals (issue 13): rate curves <= 1.5x one GDAL read; peak memory < 300 MB.

    .venv/bin/python bench/bench_ratecurves.py            # 10 000 x 10 000 (about a minute to write)
    .venv/bin/python bench/bench_ratecurves.py --quick    # 3 000 x 3 000
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
from osgeo import gdal

gdal.UseExceptions()
SEED = 0


def write_map(path, size):
    from landslide_susceptibility.core.grid import Grid, create_geotiff

    rng = np.random.default_rng(SEED)
    ds = create_geotiff(path, Grid(size, size, (500000.0, 10.0, 0, 9000000.0, 0, -10.0), ""))
    band = ds.GetRasterBand(1)
    cols = np.arange(size)
    for r0 in range(0, size, 512):
        rows = np.arange(r0, min(size, r0 + 512))[:, None]
        field = (
            0.5 + 0.25 * np.sin(rows / 700.0) * np.cos(cols / 900.0) + 0.15 * np.sin((rows + cols) / 150.0)
        )
        values = np.clip(field + rng.normal(0, 0.08, field.shape), 0, 1).astype(np.float32)
        values[rng.random(values.shape) < 0.02] = -9999.0
        band.WriteArray(values, 0, r0)
    band = None
    ds = None


def landslides(size):
    rng = np.random.default_rng(SEED + 1)
    centres = rng.uniform(0.05 * size, 0.95 * size, (40, 2))
    cells = np.concatenate([np.round(c + rng.normal(0, size / 100, (500, 2))) for c in centres])
    cells = np.clip(cells, 0, size - 1).astype(np.int64)
    test = rng.random(len(cells)) < 0.25
    return cells[~test], cells[test]


def child(kind, path, size):
    start = time.perf_counter()
    if kind == "read":
        ds = gdal.Open(path)
        values = ds.GetRasterBand(1).ReadAsArray()
        extra = {"mean": float(values[values != -9999].mean())}
    else:
        from landslide_susceptibility.core.ratecurves import rate_curves

        train, test = landslides(size)
        result = rate_curves(path, {"success": train, "prediction": test})
        extra = {
            "success_auc": result.curves["success"].auc,
            "prediction_auc": result.curves["prediction"].auc,
            "cells": result.n_area_cells,
        }
    extra.update(seconds=time.perf_counter() - start, peak_mb=peak_rss_mb())
    print(json.dumps(extra))


def measure(kind, path, size):
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, path, str(size)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def tiles_touched(size):
    train, test = landslides(size)
    cells = np.concatenate([train, test]) // 256
    return np.unique(cells[:, 0] * (size // 256 + 1) + cells[:, 1]).size / (-(-size // 256)) ** 2


def main():
    size = 3000 if quick_flag() else 10000
    folder = tempfile.mkdtemp(prefix="lsm_bench_ratecurves_")
    try:
        path = os.path.join(folder, "map.tif")
        start = time.perf_counter()
        write_map(path, size)
        print(
            f"wrote {size} x {size} Float32 map in {time.perf_counter() - start:.1f} s "
            f"({os.path.getsize(path) / 1e6:.0f} MB on disk)"
        )
        measure("read", path, size)  # warm the page cache: both measurements read from memory
        read = min((measure("read", path, size) for _ in range(2)), key=lambda r: r["seconds"])
        ours = min((measure("curves", path, size) for _ in range(2)), key=lambda r: r["seconds"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ratio = ours["seconds"] / read["seconds"]
    print_table(
        f"rate curves of a {size} x {size} Float32 map (best of 2, each in its own process)",
        ("method", "seconds", "ratio to read", "peak memory MB", "result"),
        [
            ("one GDAL read (ReadAsArray)", f"{read['seconds']:.2f}", "1.00", f"{read['peak_mb']:.0f}", ""),
            (
                "core.ratecurves (exact, 2 curves)",
                f"{ours['seconds']:.2f}",
                f"{ratio:.2f}",
                f"{ours['peak_mb']:.0f}",
                f"AUC success {ours['success_auc']:.4f}, prediction {ours['prediction_auc']:.4f}",
            ),
        ],
    )
    print(
        f"landslide tiles read before the pass: {tiles_touched(size):.1%} of the tiles; cores: {os.cpu_count()}; "
        f"load: {os.getloadavg()[0]:.2f}"
    )
    goal(f"rate curves vs one GDAL read, {size}x{size}", f"{ratio:.2f}x", "<= 1.5x", ratio <= 1.5)
    goal(
        f"rate curves peak memory, {size}x{size}",
        f"{ours['peak_mb']:.0f} MB",
        "< 300 MB",
        ours["peak_mb"] < 300,
    )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        main()
