"""Benchmark of lsm:predictraster's streaming prediction (core.predict.predict_map).

A synthetic 16-band float32 stack (written once into bench/_data/, git-ignored; 5 % of the cells
nodata) and a random forest of 200 trees fitted on 10 000 x 16 samples. Each method runs in its own
subprocess so that its peak memory (VmHWM from /proc, reset after the model is loaded) is its own:

- file:      predict_map, file to file (GDAL block reads, next block prefetched, tiled output)
- in-memory: the whole stack read into one array, then scikit-learn's predict_proba of the same
             model on the same (valid) cells; its rate counts predict_proba only
- scanline:  one raster row at a time, predict then predict_proba (what peer plugins do), rows
             read and written with GDAL; timed on the first rows only (its rate is per row anyway)

Goals (issue 6): file >= 0.95x in-memory predict_proba, >= 3x scanline, peak memory above the
model <= 300 MB at both sizes.

    .venv/bin/python bench/bench_predict.py            # 2000x2000 and 4000x4000, 200 trees (minutes)
    .venv/bin/python bench/bench_predict.py --quick    # 500x500 and 1000x1000, 50 trees (< 1 min)
"""

import argparse
import json
import os
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "build", "plugins"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
from _common import child_result, goal, reset_peak, status_kb  # noqa: E402
from osgeo import gdal  # noqa: E402

gdal.UseExceptions()

DATA = os.path.join(REPO, "bench", "_data")
N_BANDS = 16
N_TRAIN = 10000
SEED = 0


def _coefficients():
    rng = np.random.default_rng(SEED)
    return rng.normal(size=N_BANDS)


def _label(X, rng):
    """Synthetic landslide labels: logistic in a few factors and their interaction, with noise."""
    w = _coefficients()
    z = X @ w / np.sqrt(N_BANDS) + 0.8 * X[:, 0] * X[:, 1] - 0.5
    return (rng.random(X.shape[0]) < 1.0 / (1.0 + np.exp(-2.0 * z))).astype(np.int64)


def stack_path(size):
    return os.path.join(DATA, f"stack16_{size}.tif")


def write_stack(size):
    """16-band float32 GeoTIFF of smooth-ish random fields (tiled, pixel-interleaved, 5 % nodata)."""
    path = stack_path(size)
    if os.path.exists(path):
        return path
    os.makedirs(DATA, exist_ok=True)
    tmp = path + ".tmp.tif"
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(tmp, size, size, N_BANDS, gdal.GDT_Float32, options=["TILED=YES", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9000000.0, 0.0, -10.0))
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds.SetProjection(srs.ExportToWkt())
    rng = np.random.default_rng(SEED + 1)
    rows = 256
    for b in range(1, N_BANDS + 1):
        band = ds.GetRasterBand(b)
        band.SetDescription(f"f{b:02d}")
        band.SetNoDataValue(float("nan"))
    cols = np.arange(size)
    for y0 in range(0, size, rows):
        ys = min(rows, size - y0)
        yy = np.arange(y0, y0 + ys)[:, None]
        for b in range(1, N_BANDS + 1):
            trend = np.sin(yy / (37.0 + b) + b) + np.cos(cols[None, :] / (53.0 + 2 * b))
            values = (trend + rng.normal(size=(ys, size))).astype(np.float32)
            if b == 1:
                values[:, : size // 20] = np.nan  # a nodata strip: 5 % of the cells
            ds.GetRasterBand(b).WriteArray(values, 0, y0)
    ds = None
    os.replace(tmp, path)
    return path


def bundle_path(trees):
    return os.path.join(DATA, f"rf{trees}.lsmodel")


def write_bundle(trees):
    """The random forest (fitted on N_TRAIN x 16 synthetic samples) saved as a model bundle."""
    from landslide_susceptibility.core.bundle import make_manifest, save_bundle
    from sklearn.ensemble import RandomForestClassifier

    path = bundle_path(trees)
    if os.path.exists(path):
        return path
    rng = np.random.default_rng(SEED + 2)
    X = (rng.normal(size=(N_TRAIN, N_BANDS)) * 1.4).astype(np.float32)
    y = _label(X, rng)
    model = RandomForestClassifier(n_estimators=trees, n_jobs=2, random_state=SEED).fit(X, y)
    names = [f"f{b:02d}" for b in range(1, N_BANDS + 1)]
    save_bundle(path, make_manifest("rf", names, n_train=N_TRAIN), model)
    return path


# -- one method in a subprocess ---------------------------------------------------------------------


def _run_method(method, size, trees, n_jobs, block_cells, scan_rows):
    from landslide_susceptibility.core.bundle import load_bundle
    from landslide_susceptibility.core.grid import FLOAT_NODATA, band_factors, create_geotiff
    from landslide_susceptibility.core.predict import predict_map

    bundle = load_bundle(bundle_path(trees))
    model = bundle.model
    model.n_jobs = n_jobs
    path = stack_path(size)
    out = os.path.join(DATA, f"out_{method}_{size}.tif")
    baseline_kb = status_kb("VmRSS")
    reset = reset_peak()
    result = {"method": method, "size": size}
    if method == "file":
        t0 = time.perf_counter()
        summary = predict_map([bundle], band_factors(path), out, n_jobs=n_jobs, block_cells=block_cells)
        seconds = time.perf_counter() - t0
        result.update(cells=summary.n_valid, seconds=seconds)
    elif method == "memory":
        t0 = time.perf_counter()
        ds = gdal.Open(path)
        stack = ds.ReadAsArray()
        X = np.ascontiguousarray(stack.reshape(N_BANDS, -1).T)
        del stack
        valid = np.isfinite(X).all(axis=1)
        Xv = X[valid]
        t1 = time.perf_counter()
        proba = model.predict_proba(Xv)[:, 1]
        t2 = time.perf_counter()
        result.update(cells=int(valid.sum()), seconds=t2 - t1, read_seconds=t1 - t0, total_seconds=t2 - t0)
        del proba
    elif method == "scanline":
        ds = gdal.Open(path)
        from landslide_susceptibility.core.grid import grid_of

        grid = grid_of(ds)
        dst = create_geotiff(out, grid)
        band = dst.GetRasterBand(1)
        rows = min(scan_rows, size)
        cells = 0
        t0 = time.perf_counter()
        for r in range(rows):
            X = ds.ReadAsArray(0, r, size, 1).reshape(N_BANDS, -1).T
            valid = np.isfinite(X).all(axis=1)
            line = np.full(size, FLOAT_NODATA, dtype=np.float32)
            if valid.any():
                model.predict(X[valid])
                line[valid] = model.predict_proba(X[valid])[:, 1]
            band.WriteArray(line[None, :], 0, r)
            cells += int(valid.sum())
        band.FlushCache()
        seconds = time.perf_counter() - t0
        dst = None
        result.update(cells=cells, seconds=seconds)
    peak_kb = status_kb("VmHWM")
    result.update(
        px_per_s=result["cells"] / result["seconds"],
        model_rss_mb=baseline_kb / 1024.0,
        peak_above_model_mb=(peak_kb - baseline_kb) / 1024.0 if reset else float("nan"),
    )
    for p in (out, out + ".aux.xml"):
        if os.path.exists(p):
            os.remove(p)
    print("RESULT " + json.dumps(result))


def run_subprocess(method, size, args):
    command = [
        sys.executable,
        os.path.abspath(__file__),
        "--method",
        method,
        "--size",
        str(size),
        "--trees",
        str(args.trees),
        "--n-jobs",
        str(args.n_jobs),
        "--block-cells",
        str(args.block_cells),
        "--scan-rows",
        str(args.scan_rows),
    ]
    return child_result(command, f"{method} at {size}")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes and 50 trees (well under a minute)")
    parser.add_argument("--sizes", default=None, help="comma-separated raster sizes (default 2000,4000)")
    parser.add_argument("--trees", type=int, default=None, help="trees of the forest (default 200)")
    parser.add_argument("--n-jobs", type=int, default=2, help="threads of every method (default 2)")
    parser.add_argument("--block-cells", type=int, default=262144, help="cells per block of the file method")
    parser.add_argument("--scan-rows", type=int, default=None, help="rows timed by the scanline method")
    parser.add_argument("--method", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trees is None:
        args.trees = 50 if args.quick else 200
    if args.scan_rows is None:
        args.scan_rows = 40 if args.quick else 60
    if args.method:
        _run_method(args.method, args.size, args.trees, args.n_jobs, args.block_cells, args.scan_rows)
        return
    sizes = [int(s) for s in (args.sizes or ("500,1000" if args.quick else "2000,4000")).split(",")]
    t0 = time.perf_counter()
    write_bundle(args.trees)
    for size in sizes:
        write_stack(size)
    print(
        f"data ready in {time.perf_counter() - t0:.1f} s ({DATA}); forest of {args.trees} trees, n_jobs={args.n_jobs}"
    )
    header = (
        f"{'size':>10} {'method':<10} {'cells':>11} {'seconds':>8} {'px/s':>10} "
        f"{'vs in-mem':>9} {'vs scanline':>11} {'peak MB above model':>20}"
    )
    print(header)
    print("-" * len(header))
    verdicts = []
    for size in sizes:
        results = {m: run_subprocess(m, size, args) for m in ("memory", "file", "scanline")}
        memory_rate = results["memory"]["px_per_s"]
        scan_rate = results["scanline"]["px_per_s"]
        for method in ("file", "memory", "scanline"):
            r = results[method]
            print(
                f"{size}x{size:<5} {method:<10} {r['cells']:>11d} {r['seconds']:>8.2f} {r['px_per_s']:>10.0f} "
                f"{r['px_per_s'] / memory_rate:>8.2f}x {r['px_per_s'] / scan_rate:>10.2f}x "
                f"{r['peak_above_model_mb']:>20.0f}"
            )
        print(
            f"{'':>10} (in-memory read + transpose {results['memory']['read_seconds']:.1f} s; model RSS "
            f"{results['file']['model_rss_mb']:.0f} MB)"
        )
        f = results["file"]
        verdicts.append(
            (size, f["px_per_s"] / memory_rate, f["px_per_s"] / scan_rate, f["peak_above_model_mb"])
        )
    print()
    for size, vs_mem, vs_scan, peak in verdicts:
        ok = vs_mem >= 0.95 and vs_scan >= 3.0 and peak <= 300
        print(
            f"{size}x{size}: file/in-memory {vs_mem:.2f}x (goal >= 0.95), file/scanline {vs_scan:.2f}x "
            f"(goal >= 3), peak above model {peak:.0f} MB (goal <= 300): {'met' if ok else 'NOT met'}"
        )
        goal(
            f"map {size}x{size} file to file",
            f"{vs_mem:.2f}x in-memory, {vs_scan:.1f}x scanline, {peak:.0f} MB",
            ">= 0.95x, >= 3x, <= 300 MB",
            ok,
        )
    print(f"total {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
