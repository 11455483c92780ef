"""Benchmark of lsm:spysampling's core with the negatives' exclusions on against off (issue 14).

On: a polygon inventory covering ~2 % of the area (discs of 4 cells' radius, one landslide per polygon
at its centre cell), every polygon cell closed to the negatives with a buffer of 2 cells around them,
and a study area (the rasters without a 5 % margin): the polygon cells counted by the one rule
(core.samples.distinct_polygon_cells), the study area rasterised, then core.pu.pu_sampling with
core.samples.negative_eligibility. Off: the same samples and pu_sampling without *eligible* (the
run before the exclusions: only the sample's landslide cells are closed). Both: the spy technique,
a 70/30 split (a prior map per split), 10 unlabeled cells per landslide, 10 negatives per landslide.

Goal (issue 14): on within 1.2x of off in time, peak memory not above off's (beyond the run-to-run
spread, NOISE_MB) and under 1 GB. Each
configuration runs in a child process of its own (peak resident memory: VmHWM).

    .venv/bin/python bench/bench_spy_exclusions.py                 # 4000 x 4000 x 16 bands
    .venv/bin/python bench/bench_spy_exclusions.py --size 2000     # 2000 x 2000 x 16 bands
    .venv/bin/python bench/bench_spy_exclusions.py --quick         # 1000 x 1000, 30 trees
"""

import argparse
import json
import os
import sys
import tempfile
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import child_result, goal, peak_rss_mb, print_table, status_kb  # noqa: E402
from landslide_susceptibility.core import pu  # noqa: E402
from landslide_susceptibility.core import samples as core_samples  # noqa: E402
from landslide_susceptibility.core.gdal_cache import gdal_cache_budget  # noqa: E402
from landslide_susceptibility.core.grid import Factor, FactorReader, Grid, create_geotiff  # noqa: E402

N_FACTORS = 16
RADIUS = 4  # cells
COVER = 0.02
BUFFER_CELLS = 2
CELL = 10.0
UNLABELED_PER_LANDSLIDE = 10
RATIO = 10
#: run-to-run spread of the peak memory of one configuration (threaded prior map; measured +-40 MB)
NOISE_MB = 64


def _crs():
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    return srs.ExportToWkt()


def _grid(size):
    return Grid(size, size, (700000.0, CELL, 0.0, 9500000.0 + size * CELL, 0.0, -CELL), _crs())


def make_data(folder, size, seed=0):
    """The 16-band stack (written band by band), the disc polygons (WKB), the study area, the samples."""
    rng = np.random.default_rng(seed)
    grid = _grid(size)
    # discs overlap a little and a disc of 4 cells radius holds ~49 cell centres: 10 % more discs
    n_poly = int(round(1.1 * COVER * size * size / (np.pi * RADIUS**2)))
    # polygon centres away from the margin, where band 0 is high (the factors explain the landslides)
    margin = RADIUS + BUFFER_CELLS + 1
    centres = rng.integers(margin, size - margin, (4 * n_poly, 2))
    path = os.path.join(folder, "stack.tif")
    ds = create_geotiff(path, grid, bands=N_FACTORS, descriptions=[f"f{i}" for i in range(N_FACTORS)])
    for b in range(N_FACTORS):
        band = rng.normal(0.0, 1.0, (size, size)).astype(np.float32)
        if b < 3:
            # a smooth trend the landslides follow: higher towards the east in bands 0..2
            band += np.linspace(-1.0, 1.0, size, dtype=np.float32)[None, :] * (1.5 - 0.4 * b)
        ds.GetRasterBand(b + 1).WriteArray(band)
        if b == 0:
            trend = band[centres[:, 0], centres[:, 1]]
        del band
    ds = None
    weight = np.exp(1.5 * trend)
    pick = rng.choice(centres.shape[0], n_poly, replace=False, p=weight / weight.sum())
    centres = centres[pick]
    x, y = grid.xy(centres[:, 0], centres[:, 1])
    wkbs = []
    from osgeo import ogr

    for cx, cy in zip(x, y):
        disc = ogr.CreateGeometryFromWkt(f"POINT ({cx} {cy})").Buffer(RADIUS * CELL, 8)
        wkbs.append(bytes(disc.ExportToWkb()))
    xmin, ymin, xmax, ymax = grid.extent
    dx, dy = 0.05 * (xmax - xmin), 0.05 * (ymax - ymin)
    study = ogr.CreateGeometryFromWkt(
        f"POLYGON (({xmin + dx} {ymin + dy}, {xmax - dx} {ymin + dy}, {xmax - dx} {ymax - dy}, "
        f"{xmin + dx} {ymax - dy}, {xmin + dx} {ymin + dy}))"
    )
    np.save(os.path.join(folder, "polygons.npy"), np.array(wkbs, dtype=object), allow_pickle=True)
    np.save(
        os.path.join(folder, "study.npy"),
        np.array([bytes(study.ExportToWkb())], dtype=object),
        allow_pickle=True,
    )
    # samples as lsm:buildsamples makes them: a landslide per polygon (its centre cell), 70/30, and
    # unlabeled cells off the polygons and their buffer, inside the study area, disjoint per split
    ls_cells = centres[:, 0].astype(np.int64) * size + centres[:, 1]
    n = ls_cells.size
    split_ls = np.where(rng.permutation(n) < round(0.3 * n), "test", "train")
    rows, cols, _notes = core_samples.distinct_polygon_cells(wkbs, grid)
    closed = core_samples.Exclusion(rows, cols, grid, BUFFER_CELLS * CELL)
    n_unl = UNLABELED_PER_LANDSLIDE * n
    candidates = np.unique(rng.integers(0, size * size, 3 * n_unl))
    r_, c_ = candidates // size, candidates % size
    inside = (r_ >= 0.05 * size) & (r_ < 0.95 * size) & (c_ >= 0.05 * size) & (c_ < 0.95 * size)
    near = core_samples.mask_at(closed, r_, c_, grid)
    unl = rng.permutation(candidates[inside & ~near])[:n_unl]
    split_unl = np.where(np.arange(unl.size) < round(0.7 * unl.size), "train", "test")
    cells = np.concatenate([ls_cells, unl])
    # the sample values read here, in the parent: the child's peak memory is then the run's own
    factors = [Factor(f"f{i}", path, i + 1) for i in range(N_FACTORS)]
    np.savez(
        os.path.join(folder, "samples.npz"),
        X=FactorReader(factors, grid).read_cells(cells // size, cells % size),
        cells=cells,
        labels=np.concatenate([np.ones(n, np.int64), np.zeros(unl.size, np.int64)]),
        splits=np.concatenate([split_ls, split_unl]),
    )
    return {"polygons": n_poly, "polygon_cells": int(rows.size), "landslides": n, "unlabeled": int(unl.size)}


def child(folder, size, mode, trees, jobs):
    """One configuration in this process: prints RESULT {seconds, peak_mb, ...}."""
    grid = _grid(size)
    path = os.path.join(folder, "stack.tif")
    factors = [Factor(f"f{i}", path, i + 1) for i in range(N_FACTORS)]
    data = np.load(os.path.join(folder, "samples.npz"))
    X, cells, labels, splits = data["X"], data["cells"], data["labels"], data["splits"]
    params = pu.PuParams(n_trees=trees, seed=0, n_jobs=jobs, ratio=RATIO)
    base_mb = status_kb("VmRSS") / 1024.0
    # the GDAL block-cache budget every algorithm runs under (algorithms/base.py)
    with gdal_cache_budget(), tempfile.TemporaryDirectory(prefix="lsm_bench_excl_") as tmp:
        t0 = time.perf_counter()
        eligible = None
        if mode == "on":
            wkbs = list(np.load(os.path.join(folder, "polygons.npy"), allow_pickle=True))
            study = list(np.load(os.path.join(folder, "study.npy"), allow_pickle=True))
            rows, cols, _notes = core_samples.distinct_polygon_cells(wkbs, grid)
            ls = labels == 1
            mask = core_samples.polygon_mask(study, grid, tmp, "study area")
            eligible = core_samples.negative_eligibility(
                grid,
                np.concatenate([cells[ls] // size, rows]),
                np.concatenate([cells[ls] % size, cols]),
                BUFFER_CELLS * CELL,
                mask,
            )
        t_rules = time.perf_counter() - t0
        result = pu.pu_sampling(
            factors,
            X,
            labels,
            splits,
            cells,
            {s: os.path.join(tmp, f"prior_{s}.tif") for s in ("train", "test")},
            params,
            eligible=eligible,
        )
        seconds = time.perf_counter() - t0
        eligible = mask = None
    times = result.times
    out = {
        "mode": mode,
        "seconds": seconds,
        "rules": t_rules,
        "feasibility": times.get("feasibility", 0.0),
        "maps": sum(v for k, v in times.items() if k.endswith("_prior_map")),
        "draw": times.get("draw", 0.0),
        "negatives": {s: int(o.negatives) for s, o in result.outcomes.items()},
        "base_mb": base_mb,
        "peak_mb": peak_rss_mb(),
    }
    print("RESULT " + json.dumps(out), flush=True)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--trees", type=int, default=pu.N_TREES)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--quick", action="store_true", help="1000 x 1000, 30 trees")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs of each configuration (off, on, off, ...)"
    )
    parser.add_argument("--child", nargs=2, metavar=("FOLDER", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.quick:
        args.size, args.trees = 1000, 30
    if args.child:
        child(args.child[0], args.size, args.child[1], args.trees, args.jobs)
        return
    with tempfile.TemporaryDirectory(prefix="lsm_bench_excl_") as folder:
        t = time.perf_counter()
        shape = make_data(folder, args.size)
        print(
            f"{args.size} x {args.size} x {N_FACTORS} bands ({args.size**2 * N_FACTORS * 4 / 2**20:.0f} MB float32), "
            f"{shape['polygons']} polygons ({shape['polygon_cells']} cells, "
            f"{shape['polygon_cells'] / args.size**2:.1%} of the area), {shape['landslides']} landslides, "
            f"{shape['unlabeled']} unlabeled; buffer {BUFFER_CELLS} cells, study area 90 % x 90 %; spy, "
            f"{args.trees} trees, {args.jobs} threads, 1:{RATIO}; data made in {time.perf_counter() - t:.0f} s; "
            f"load {os.getloadavg()[0]:.2f}",
            flush=True,
        )
        runs = []
        for _ in range(max(1, args.repeat)):
            for mode in ("off", "on"):
                command = [sys.executable, os.path.abspath(__file__), "--child", folder, mode]
                command += ["--size", str(args.size), "--trees", str(args.trees), "--jobs", str(args.jobs)]
                runs.append(child_result(command, f"exclusions {mode}"))
    # per configuration: the fastest run's times, the highest peak memory of its runs
    results = {}
    for mode in ("off", "on"):
        mine = [r for r in runs if r["mode"] == mode]
        results[mode] = dict(min(mine, key=lambda r: r["seconds"]), peak_mb=max(r["peak_mb"] for r in mine))
    rows = [
        [
            f"{r['mode']} (run {i // 2 + 1})",
            f"{r['seconds']:.1f}",
            f"{r['rules']:.1f}",
            f"{r['feasibility']:.1f}",
            f"{r['maps']:.1f}",
            f"{r['draw']:.1f}",
            f"{r['negatives']['train']}/{r['negatives']['test']}",
            f"{r['base_mb']:.0f}",
            f"{r['peak_mb']:.0f}",
        ]
        for i, r in enumerate(runs)
    ]
    print_table(
        f"spysampling core, exclusions off vs on ({args.size}^2 x {N_FACTORS})",
        (
            "exclusions",
            "total s",
            "rules s",
            "feasibility s",
            "prior maps s",
            "draw s",
            "negatives",
            "base MB",
            "peak MB",
        ),
        rows,
    )
    ratio = results["on"]["seconds"] / results["off"]["seconds"]
    peak_on, peak_off = results["on"]["peak_mb"], results["off"]["peak_mb"]
    print(
        f"time on/off {ratio:.2f}x (fastest runs); peak memory on {peak_on:.0f} MB, off {peak_off:.0f} MB (highest); "
        f"load {os.getloadavg()[0]:.2f}"
    )
    goal(f"spysampling exclusions on vs off, {args.size}^2 x 16", f"{ratio:.2f}x", "<= 1.2x", ratio <= 1.2)
    goal(
        f"spysampling exclusions on, peak memory, {args.size}^2 x 16",
        f"{peak_on:.0f} MB (off {peak_off:.0f} MB)",
        f"< 1024 MB, not above off by more than {NOISE_MB} MB",
        peak_on < 1024 and peak_on <= peak_off + NOISE_MB,
    )


if __name__ == "__main__":
    main()
