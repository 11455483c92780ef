"""Benchmark of the FCN (core.fcn, Fan et al. 2025) whole-raster inference: cells/s and peak memory.

FcnModel.predict_raster file to file on a synthetic stack of 5 factors (smooth random fields written
as tiled GeoTIFFs): windows of 448 cells with 20 % overlap, blended, streamed by window rows. The
network is untrained (random weights): the cost does not depend on them. Configurations: the paper's
network (N = 32, depth 2: 32-128-512 filters) and a small one (N = 8), on the CPU with 2 threads, or
the GPU when torch sees one. Peak memory is the process's resident peak (VmHWM) after the run, minus
the peak before it: bounded by a window row (strip of one window height over the raster width) and
the network's activations, not by the raster.

    .venv/bin/python bench/bench_fcn.py            # 2000 x 2000 cells
    .venv/bin/python bench/bench_fcn.py --size 4000
    .venv/bin/python bench/bench_fcn.py --quick    # 600 x 600 cells, small network only
"""

import argparse
import sys
import tempfile
import time

import numpy as np
import torch
from _common import peak_rss_mb, print_table, reset_peak
from landslide_susceptibility.core import fcn
from landslide_susceptibility.core.grid import Factor
from landslide_susceptibility.core.lsnet_net import Normalisation
from osgeo import gdal, osr

THREADS = 2


def write_stack(folder, size, n_factors=5, block=512):
    """*n_factors* smooth random rasters of size x size cells (tiled GeoTIFFs), written in blocks."""
    factors = []
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    rng = np.random.default_rng(0)
    for j in range(n_factors):
        path = f"{folder}/f{j}.tif"
        ds = gdal.GetDriverByName("GTiff").Create(
            path, size, size, 1, gdal.GDT_Float32, options=["TILED=YES"]
        )
        ds.SetGeoTransform((500000.0, 10.0, 0.0, 9800000.0, 0.0, -10.0))
        ds.SetProjection(srs.ExportToWkt())
        band = ds.GetRasterBand(1)
        for r in range(0, size, block):
            rows = min(block, size - r)
            y = np.arange(r, r + rows)[:, None]
            x = np.arange(size)[None, :]
            values = (
                np.sin(x / (40.0 + 7 * j)) + np.cos(y / (55.0 + 5 * j)) + 0.1 * rng.normal(size=(rows, size))
            )
            band.WriteArray(values.astype(np.float32), 0, r)
        ds = None
        factors.append(Factor(f"f{j}", path))
    return factors


def bench(factors, filters, device, folder):
    torch.manual_seed(0)
    arch = fcn.FcnArchitecture(n_factors=len(factors), filters=filters)
    model = fcn.FcnModel(
        arch, Normalisation([0.0] * len(factors), [1.0] * len(factors)), [f.name for f in factors]
    )
    reset_peak()
    before = peak_rss_mb()
    start = time.perf_counter()
    grid, n_valid = model.predict_raster(factors, f"{folder}/map_{filters}.tif", device=device)
    seconds = time.perf_counter() - start
    peak = peak_rss_mb()
    rows, cols, wh, ww, _ = fcn.tile_plan(grid.height, grid.width, arch.window, arch.overlap)
    return [
        f"N={filters}, depth {arch.depth} ({'-'.join(str(c) for c in arch.level_filters())})",
        f"{grid.width}x{grid.height}x{len(factors)}",
        f"{len(rows) * len(cols)} of {wh}",
        f"{seconds:.1f}",
        f"{n_valid / seconds / 1e3:.1f}",
        f"{peak:.0f} (+{peak - before:.0f})",
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    size = 600 if args.quick else args.size
    torch.set_num_threads(THREADS)
    device = fcn.torch_device("auto")
    label = device.type + (
        f" ({torch.cuda.get_device_name(0)})" if device.type == "cuda" else f", {THREADS} threads"
    )
    print(f"FCN inference, torch {torch.__version__}, device {label}")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        factors = write_stack(folder, size)
        for filters in (8,) if args.quick else (8, 32):
            rows.append(bench(factors, filters, device, folder))
            print("  done: N =", filters, flush=True)
    print_table(
        "FCN file-to-file inference (windows of 448, 20 % overlap, blended, streamed by window rows)",
        ["network", "raster", "windows", "seconds", "kcells/s", "peak RSS MB (+run)"],
        rows,
    )


if __name__ == "__main__":
    sys.exit(main())
