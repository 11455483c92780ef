"""The raster-wide steps at scale: time as a multiple of one GDAL read of the stack, peak memory,
and the same steps on a local Dask cluster of 2 workers.

Data (written by the bench into bench/_data): a 16-band float32 stack, tiled 256 x 256,
DEFLATE-compressed, pixel-interleaved (one tile holds every band, as most stacks are written),
values at 0.01, a 5 % nodata strip in band 1; 2000 landslide cells. Each step runs in its own
process (peak memory = VmHWM of that process, imports included):
  read            one pass of FactorReader over all 16 bands (the unit of the ratios)
  jenksclassify   core.classing breaks + classed raster of band 4 (k = 5, exact Jenks)
  ratecurves      core.ratecurves on band 4 as the map, 2000 landslide cells
  frequencyratio  core.frequency_ratio over all 16 factors (Jenks, 5 classes each)
  buildsamples    core.samples.build_samples, 2000 landslides, 1 unlabeled per landslide
  screening       lsm:factorscreening raster mode: core.screening.screen_rasters of the 16 factors
                  (streamed covariance, VIF, Pearson)
  unitstats       lsm:unitfactors: core.units.zonal_statistics (mean, std) of the 16 factors over
                  square units of 50 x 50 cells (a unit-id raster written by the bench)
  scoring         lsm:spysampling's prior map: core.prior_map.predict_to_raster of its step forest
                  (core.forest.BalancedRandomForest, 20 trees, one thread; fitted before the
                  clock starts) over the stack, vs that forest's own predict_proba on the same
                  cells (in memory); on Dask core.pu_cluster.prior_map (the same file)
Every step runs inside core.gdal_cache.gdal_cache_budget() as the algorithms do. Peers: mapclassify
FisherJenks (numba installed: its compiled path) on samples, with the GVF it loses over all values.
Run: python bench/bench_scale.py [--quick] [--sizes 2000,4000] [--no-dask]
"""

import argparse
import json
import os
import sys
import time

from _common import DATA, child_result, goal, peak_rss_mb, print_table, quick_flag, versions

N_BANDS = 16
N_LANDSLIDES = 2000
SEED = 0
SCORE_TREES = 20
STEPS = (
    "read",
    "jenksclassify",
    "ratecurves",
    "frequencyratio",
    "buildsamples",
    "screening",
    "unitstats",
    "scoring",
)
#: the steps also run on the local Dask cluster (every raster-wide step with a SCHEDULER parameter)
DASK_STEPS = STEPS[1:]
UNIT_CELLS = 50


def stack_path(size):
    return os.path.join(str(DATA), f"scale16_{size}.tif")


def write_stack(size):
    """The bench stack (see the module docstring); written once."""
    import numpy as np
    from osgeo import gdal, osr

    gdal.UseExceptions()
    path = stack_path(size)
    if os.path.exists(path):
        return path
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp.tif"  # helpers may write the same stack at once
    options = ["TILED=YES", "COMPRESS=DEFLATE", "PREDICTOR=3", "INTERLEAVE=PIXEL", "BIGTIFF=IF_SAFER"]
    ds = gdal.GetDriverByName("GTiff").Create(tmp, size, size, N_BANDS, gdal.GDT_Float32, options=options)
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9000000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds.SetProjection(srs.ExportToWkt())
    for b in range(1, N_BANDS + 1):
        ds.GetRasterBand(b).SetDescription(f"f{b:02d}")
        ds.GetRasterBand(b).SetNoDataValue(-9999.0)
    rng = np.random.default_rng(SEED + 1)
    cols = np.arange(size)
    for y0 in range(0, size, 256):
        ys = min(256, size - y0)
        yy = np.arange(y0, y0 + ys)[:, None]
        for b in range(1, N_BANDS + 1):
            trend = np.sin(yy / (37.0 + b) + b) + np.cos(cols[None, :] / (53.0 + 2 * b))
            values = (np.round((trend + rng.normal(size=(ys, size))) * 100) / 100).astype(np.float32)
            if b == 1:
                values[:, : size // 20] = -9999.0
            ds.GetRasterBand(b).WriteArray(values, 0, y0)
    ds = None
    os.replace(tmp, path)
    return path


def unit_path(size):
    """The unit-id raster of the unitstats step (square units of UNIT_CELLS x UNIT_CELLS cells,
    ids 1..n; written once beside the stack)."""
    import numpy as np
    from osgeo import gdal

    path = os.path.join(str(DATA), f"scale_units_{size}.tif")
    if os.path.exists(path):
        return path
    tmp = f"{path}.{os.getpid()}.tmp.tif"
    stack = gdal.Open(stack_path(size))
    ds = gdal.GetDriverByName("GTiff").Create(
        tmp, size, size, 1, gdal.GDT_Int32, options=["TILED=YES", "COMPRESS=DEFLATE"]
    )
    ds.SetGeoTransform(stack.GetGeoTransform())
    ds.SetProjection(stack.GetProjection())
    per_row = -(-size // UNIT_CELLS)
    cols = np.arange(size)[None, :] // UNIT_CELLS
    for y0 in range(0, size, 256):
        rows = np.arange(y0, min(size, y0 + 256))[:, None] // UNIT_CELLS
        ds.GetRasterBand(1).WriteArray((rows * per_row + cols + 1).astype(np.int32), 0, y0)
    ds = stack = None
    os.replace(tmp, path)
    return path


def _digest(*arrays):
    """md5 of arrays (a step's output compared between a run here and on the cluster)."""
    import hashlib

    import numpy as np

    h = hashlib.md5()
    for a in arrays:
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()


def _file_digest(path):
    import hashlib

    with open(path, "rb") as handle:
        return hashlib.md5(handle.read()).hexdigest()


def landslide_cells(size):
    import numpy as np

    rng = np.random.default_rng(SEED + 2)
    rows = rng.integers(0, size, N_LANDSLIDES)
    cols = rng.integers(size // 20, size, N_LANDSLIDES)  # off the nodata strip
    return rows, cols


# -- the steps (each in its own process) ---------------------------------------------------------


def _factors(path):
    from landslide_susceptibility.core.grid import band_factors

    return band_factors(path)


def step_read(path, size, runner, out_dir):
    from landslide_susceptibility.core.grid import FactorReader

    reader = FactorReader(_factors(path))
    n = 0
    for window in reader.windows():
        X, valid = reader.read_window(window)
        n += int(valid.sum())
    return {"valid_cells": n}


def step_jenksclassify(path, size, runner, out_dir):
    from landslide_susceptibility.core import classing

    result, counts = classing.classify_raster(
        path, 4, "jenks", 5, os.path.join(out_dir, "classes.tif"), runner=runner
    )
    return {"breaks": [float(b) for b in result.breaks], "gvf": result.gvf, "counts": counts.tolist()}


def step_ratecurves(path, size, runner, out_dir):
    from landslide_susceptibility.core.ratecurves import rate_curves

    result = rate_curves(path, {"test": landslide_cells(size)}, band=4, runner=runner)
    curve = result.curves["test"]
    return {"auc": curve.auc, "n_area": result.n_area_cells, "vertices": int(curve.area_share.size)}


def step_frequencyratio(path, size, runner, out_dir):
    from landslide_susceptibility.core import frequency_ratio as fr

    rows, cols = landslide_cells(size)
    classes = fr.frequency_ratio(_factors(path), rows, cols, "jenks", 5, runner=runner)
    return {"cells": [c.cells.tolist() for c in classes], "edges": [c.edges.tolist() for c in classes]}


def step_buildsamples(path, size, runner, out_dir):
    from landslide_susceptibility.core import samples
    from landslide_susceptibility.core.grid import check_grids

    factors = _factors(path)
    grid = check_grids(factors)
    rows, cols = landslide_cells(size)
    x, y = grid.xy(rows, cols)
    cells = samples.cells_from_points(list(zip(x, y)), grid)
    table = samples.build_samples(factors, cells, grid, ratio=1.0, seed=SEED, runner=runner)
    return {"n_samples": int(table.X.shape[0]), "md5": _digest(table.X, table.rows, table.cols, table.label)}


def step_screening(path, size, runner, out_dir):
    from landslide_susceptibility.core import screening

    result = screening.screen_rasters(_factors(path), runner=runner)
    return {"n": int(result.n), "vif": result.vif.tolist(), "md5": _digest(result.correlation)}


def step_unitstats(path, size, runner, out_dir):
    from landslide_susceptibility.core.units import zonal_statistics

    n_units = (-(-size // UNIT_CELLS)) ** 2
    zonal = zonal_statistics(unit_path(size), _factors(path), n_units, ("mean", "std"), runner=runner)
    return {
        "md5": _digest(
            zonal.n_cells, *(s.mean for s in zonal.stats.values()), *(s.std for s in zonal.stats.values())
        )
    }


def _forest():
    """The step forest of lsm:spysampling (core.forest.BalancedRandomForest, as core.pu_steps makes
    it: balanced bootstraps, full depth, one thread), SCORE_TREES trees."""
    import numpy as np
    from landslide_susceptibility.core.forest import BalancedRandomForest

    rng = np.random.default_rng(SEED + 3)
    X = rng.normal(size=(4000, N_BANDS)).astype(np.float32)
    y = (X[:, 0] + X[:, 1] * X[:, 2] + rng.normal(size=4000) > 0).astype(int)
    return BalancedRandomForest(n_estimators=SCORE_TREES, n_jobs=1, random_state=SEED).fit(X, y)


def step_scoring(path, size, runner, out_dir):
    """The prior map as core.pu draws it (core.prior_map.predict_to_raster of the forest's
    predict_proba; on a cluster core.pu_cluster.prior_map); the forest is fitted before the clock
    starts (the peer's is too)."""
    from landslide_susceptibility.core import pu_cluster
    from landslide_susceptibility.core.prior_map import predict_to_raster

    model = _forest()
    out = os.path.join(out_dir, "prior.tif")

    def predict(block):
        return model.predict_proba(block)[:, 1]

    start = time.perf_counter()
    if runner.distributed:
        _, n_valid = pu_cluster.prior_map(_factors(path), model, out, runner)
    else:
        _, n_valid = predict_to_raster(_factors(path), predict, out)
    seconds = time.perf_counter() - start
    return {"n_valid": n_valid, "md5": _file_digest(out), "_seconds": seconds}


def step_scoring_peer(path, size, runner, out_dir):
    """The forest's own predict_proba on every valid cell, read into memory first (read not timed)."""
    import numpy as np
    from landslide_susceptibility.core.grid import FactorReader

    reader = FactorReader(_factors(path))
    X = np.empty((reader.grid.n_cells, N_BANDS), dtype=np.float32)  # filled in place: one copy in memory
    n = 0
    for window in reader.windows():
        block, valid = reader.read_window(window)
        k = int(valid.sum())
        X[n : n + k] = block[valid]
        n += k
    X = X[:n]
    model = _forest()
    start = time.perf_counter()
    for i in range(0, X.shape[0], 262144):
        model.predict_proba(X[i : i + 262144])
    return {"n_valid": int(X.shape[0]), "predict_s": time.perf_counter() - start}


def run_step(step, size, scheduler):
    """One step here (the child process); prints RESULT json."""
    import tempfile

    from landslide_susceptibility.core.dask_blocks import BlockRunner
    from landslide_susceptibility.core.gdal_cache import gdal_cache_budget

    path = stack_path(size)
    fn = globals()[f"step_{step}"]
    with tempfile.TemporaryDirectory(prefix="bench_scale_") as out_dir, gdal_cache_budget():
        with BlockRunner(scheduler) as runner:
            start = time.perf_counter()
            result = fn(path, size, runner, out_dir)
            # a step that must not count its set-up (a model fit) times itself
            seconds = result.pop("_seconds", time.perf_counter() - start)
            per_worker = dict(runner.tasks_per_worker)
    print(
        "RESULT "
        + json.dumps({"seconds": seconds, "peak_mb": peak_rss_mb(), "result": result, "tasks": per_worker})
    )


def measure(step, size, scheduler=None):
    command = [sys.executable, os.path.abspath(__file__), "--step", step, "--size", str(size)]
    if scheduler:
        command += ["--scheduler", scheduler]
    return child_result(command, f"{step} at {size}")


# -- the report ------------------------------------------------------------------------------


def uptime():
    try:
        with open("/proc/loadavg") as handle:
            return "load " + " ".join(handle.read().split()[:3])
    except OSError:
        return "load ?"


GOALS = {"jenksclassify": 2.0, "ratecurves": 2.0, "frequencyratio": 2.0, "buildsamples": 3.0}


def warm_page_cache(*paths):
    """Reads the files once, untimed: every step (the read unit first) then finds them in the OS
    page cache, as the later steps always did (a cold first read made the unit 1.7x slower)."""
    for path in paths:
        with open(path, "rb") as handle:
            while handle.read(1 << 24):
                pass


def local_table(sizes):
    results = {}
    for size in sizes:
        warm_page_cache(write_stack(size), unit_path(size))
        for step in STEPS + ("scoring_peer",):
            results[(step, size)] = measure(step, size)
            print(f"  {step} {size}: {results[(step, size)]['seconds']:.1f} s ({uptime()})", flush=True)
    rows = []
    for size in sizes:
        read = results[("read", size)]["seconds"]
        for step in STEPS:
            r = results[(step, size)]
            rows.append(
                (
                    f"{size} x {size} x 16",
                    step,
                    f"{r['seconds']:.1f}",
                    f"{r['seconds'] / read:.2f}",
                    f"{r['peak_mb']:.0f}",
                )
            )
        peer = results[("scoring_peer", size)]["result"]["predict_s"]
        rows.append(
            (f"{size} x {size} x 16", "forest predict_proba (peer)", f"{peer:.1f}", f"{peer / read:.2f}", "")
        )
    print_table(
        f"Steps vs one read of the stack ({uptime()})", ["stack", "step", "s", "x read", "peak MB"], rows
    )
    return results


def local_goals(results, sizes):
    for size in sizes:
        read = results[("read", size)]["seconds"]
        for step, target in GOALS.items():
            ratio = results[(step, size)]["seconds"] / read
            goal(
                f"{step} time at {size}^2 x 16 (x one read)",
                f"{ratio:.2f}",
                f"<= {target:g}",
                ratio <= target,
            )
        score = results[("scoring", size)]["seconds"] / results[("scoring_peer", size)]["result"]["predict_s"]
        goal(
            f"spysampling scoring at {size}^2 x 16 (x predict_proba)", f"{score:.2f}", "<= 1.2", score <= 1.2
        )
        for step in STEPS[1:]:
            peak = results[(step, size)]["peak_mb"]
            goal(f"{step} peak memory at {size}^2 x 16 (MB)", f"{peak:.0f}", "<= 1024", peak <= 1024)
    if len(sizes) > 1:
        small, large = sizes[0], sizes[-1]
        for step in STEPS[1:]:
            growth = results[(step, large)]["peak_mb"] / results[(step, small)]["peak_mb"] - 1
            goal(
                f"{step} peak memory growth {small}^2 -> {large}^2",
                f"{100 * growth:+.0f} %",
                "<= +10 %",
                growth <= 0.10,
            )


def dask_table(size, results):
    try:
        import distributed
    except ImportError:
        print("\n(distributed not installed: no Dask runs)")
        return
    rows = []
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        for step in DASK_STEPS:
            local = results.get((step, size)) or measure(step, size)
            remote = measure(step, size, cluster.scheduler_address)
            same = remote["result"] == local["result"]
            tasks = remote["tasks"]
            rows.append(
                (
                    step,
                    f"{local['seconds']:.1f}",
                    f"{remote['seconds']:.1f}",
                    f"{local['seconds'] / remote['seconds']:.2f}",
                    "yes" if same else "NO",
                    " / ".join(str(v) for v in sorted(tasks.values())),
                )
            )
            goal(f"{step} on 2 Dask workers: same output", "yes" if same else "no", "yes", same)
            spread = len(tasks) == 2 and min(tasks.values()) > 0
            goal(
                f"{step} on 2 Dask workers: blocks on both workers",
                str(sorted(tasks.values())),
                "both",
                spread,
            )
            results[(step, "dask")] = remote
    print_table(
        f"Dask: local cluster of 2 workers vs here, {size} x {size} x 16 ({uptime()})",
        ["step", "here s", "dask s", "speed-up", "same output", "blocks per worker"],
        rows,
    )
    national_estimate(size, results)


def national_estimate(size, results):
    """Time of a 10^10-cell map on N workers, from the measured per-cell cost on a cluster."""
    cells = float(size) * size
    print(
        f"\n## Estimate for a 10^10-cell national map (x{1e10 / cells:.0f} the {size}^2 stack), from the Dask runs"
    )
    print(
        "per-cell worker cost = 2 workers x measured Dask time / cells (client merge included, load as noted);"
    )
    print(
        "the client merges parts in window order, so the estimate holds while it keeps up (a few % per block)."
    )
    header = ["step", "s per 10^6 cells (1 worker)"] + [f"N={n}" for n in (1, 8, 32, 128)]
    rows = []
    for step in DASK_STEPS:
        remote = results.get((step, "dask"))
        if remote is None:
            continue
        per_cell = 2 * remote["seconds"] / cells
        rows.append(
            [step, f"{per_cell * 1e6:.3f}"] + [_duration(per_cell * 1e10 / n) for n in (1, 8, 32, 128)]
        )
    print_table("national map estimate", header, rows)


def _duration(seconds):
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds / 60:.1f} min"


def peers(size):
    """mapclassify FisherJenks (numba) on samples of band 4, with the GVF it loses over all values."""
    import numpy as np
    from landslide_susceptibility.core import jenks as J
    from landslide_susceptibility.core.grid import Factor, FactorReader

    try:
        import mapclassify
        import mapclassify.classifiers as mc
    except ImportError:
        print("\n(mapclassify not installed)")
        return
    try:
        import numba

        numba_version = numba.__version__
    except ImportError:
        numba_version = "not installed"
    reader = FactorReader([Factor("b4", stack_path(size), 4)])
    values = np.concatenate([X[v, 0] for X, v in (reader.read_window(w) for w in reader.windows())])
    exact = J.jenks(J.array_source(values), 5)
    rng = np.random.default_rng(SEED)
    rows = []
    for n in (10_000, 30_000):
        sample = rng.choice(values, n, replace=False).astype(float)
        start = time.perf_counter()
        fj = mapclassify.FisherJenks(sample, k=5)
        seconds = time.perf_counter() - start
        edges = np.concatenate([[values.min()], np.sort(fj.bins)])
        gvf = J.goodness_of_variance_fit(J.array_source(values), edges)[0]
        rows.append((f"mapclassify FisherJenks, sample {n}", f"{seconds:.2f}", f"{exact.gvf - gvf:.2e}"))
    print_table(
        f"Peers on band 4 ({values.size} values; mapclassify {mapclassify.__version__}, numba {numba_version}, "
        f"compiled path {getattr(mc, 'HAS_NUMBA', '?')}; {uptime()})",
        ["method", "s", "GVF lost vs exact"],
        rows,
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", default="")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--step")
    parser.add_argument("--size", type=int)
    parser.add_argument("--scheduler")
    args = parser.parse_args()
    if args.step:
        run_step(args.step, args.size, args.scheduler)
        return
    sizes = [int(s) for s in args.sizes.split(",") if s] or ([500, 1000] if quick_flag() else [2000, 4000])
    import numpy as np
    import sklearn
    from osgeo import gdal

    print(
        f"bench_scale: sizes {sizes}, GDAL {gdal.__version__}, numpy {np.__version__}, scikit-learn "
        f"{sklearn.__version__}, {os.cpu_count()} CPU(s), {uptime()}"
    )
    print("peers and engines: " + versions("mapclassify", "numba", "imbalanced-learn", "dask", "distributed"))
    results = local_table(sizes)
    local_goals(results, sizes)
    if not args.no_dask:
        dask_table(sizes[-1], results)
    peers(sizes[-1])


if __name__ == "__main__":
    main()
