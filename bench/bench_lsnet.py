"""Benchmark of LSNet whole-raster inference (core.lsnet): dense tiles vs one patch per cell.

Same network, same cells, same input:
- dense:     LsnetModel.predict_tile over a square tile with a halo of half a patch (pooling with
             stride 1, later convolutions dilated, dense layers as (dilated) convolutions, batch norm
             folded, channels_last); what lsm:lsnetpredict runs
- per-patch: the patch network on one patch per cell, patches cut with torch's unfold from the
             same prepared tile, row by row, in batches of 256 (what a naive implementation does)
- raster:    LsnetModel.predict_raster file to file on the Ecuador stack (GDAL reads with halo,
             tiles of 256, GeoTIFF writes), for the paper-width network only

Networks are untrained (random weights with random batch-norm statistics): the cost does not depend
on the weights. They are unpadded ('valid': the networks with a dense twin; a zero-padded network
maps patch by patch, i.e. at the per-patch rate). Configurations: the paper's width (64) on the 5
Ecuador factors with the 33-cell patch, narrower networks on 16 bands (the issue's reference
setting), and a late-fusion network (one branch per factor, grouped convolutions).

Goals (issue 7): dense >= 100 k cells/s on 2 CPU cores, >= 50x per-patch, max |dense - per-patch|
<= 1e-6. The device is printed (CUDA when torch sees a GPU, else the CPU with 2 threads).
"dense GMAC/s" is the arithmetic rate the dense path sustains (cells/s x multiply-accumulates per
cell). The dense path does the minimum work per cell (each layer once per cell), so its cells/s are
bounded by what the machine's matrix products sustain: "GEMM bound" is the measured rate of one
large float32 matrix product divided by the MACs per cell (the paper-width head alone is 0.8 MMAC
per cell, so >= 100 k cells/s needs >= 105 GMAC/s).

    .venv/bin/python bench/bench_lsnet.py            # 512-cell tiles, 3 networks (a few minutes)
    .venv/bin/python bench/bench_lsnet.py --quick    # 192-cell tiles, smaller samples (< 1 min)
"""

import sys
import time

import numpy as np  # noqa: E402
import torch  # noqa: E402
from _common import REPO, goal, print_table, quick_flag
from landslide_susceptibility.core import grid as grid_module  # noqa: E402
from landslide_susceptibility.core import lsnet  # noqa: E402

THREADS = 2
PATCH_BATCH = 256


def random_model(n_factors, patch_size, width, seed=0, fusion="early"):
    """An untrained unpadded LSNet (the one with a dense twin) with non-trivial batch-norm statistics."""
    arch = lsnet.plan_architecture(n_factors, patch_size, width, padding="valid", fusion=fusion)
    rng = np.random.default_rng(seed)
    norm = lsnet.Normalisation(list(rng.normal(size=n_factors)), list(rng.uniform(0.5, 2.0, size=n_factors)))
    torch.manual_seed(seed)
    model = lsnet.LsnetModel(arch, norm, [f"f{i}" for i in range(n_factors)])
    for module in model.network.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            module.running_mean.uniform_(-0.5, 0.5)
            module.running_var.uniform_(0.5, 2.0)
            module.weight.data.uniform_(0.5, 1.5)
            module.bias.data.uniform_(-0.2, 0.2)
    model.network.eval()
    return model


def macs_per_cell(arch):
    """Multiply-accumulates per cell: (dense path, one patch per cell)."""
    dense = patch = 0
    size, groups = arch.patch_size, arch.branches
    channels = None
    for i, (out, k, pooled) in enumerate(zip(arch.feature_maps, arch.kernels(), arch.pooling)):
        size -= k - 1
        if i == 0:  # late fusion: each branch reads its factor's channels and the mask
            cost = sum(len(inputs) for inputs in arch.branch_inputs()) * out * k * k
        else:  # grouped: each branch's maps from its own previous maps
            cost = channels * out * groups * k * k
        dense += cost
        patch += cost * size * size
        if pooled:
            size //= 2
        channels = out
    channels *= groups
    units = channels * size * size
    for hidden in list(arch.dense_units) + [2]:
        dense += units * hidden
        patch += units * hidden
        units = hidden
    return dense, patch


def gemm_rate(device, repeat=5):
    """Multiply-accumulates per second of one large float32 matrix product on *device*: what the
    machine (with THREADS threads) sustains; the dense path's cells/s can at best approach
    this rate divided by its MACs per cell."""
    a = torch.randn(65536, 512, device=device)
    b = torch.randn(512, 1024, device=device)
    seconds = float("inf")
    for i in range(repeat + 1):
        start = time.perf_counter()
        a @ b
        if device.type == "cuda":
            torch.cuda.synchronize()
        if i:
            seconds = min(seconds, time.perf_counter() - start)
    return a.shape[0] * a.shape[1] * b.shape[1] / seconds


def per_patch(model, values, rows, device):
    """Probabilities of the cells of *rows* (tile rows) with one patch per cell (unfold, batches of 256)."""
    patch = model.patch_size
    x = torch.as_tensor(model.prepare(values)[None], device=device)
    width = values.shape[2] - 2 * model.arch.half
    out = np.empty((len(rows), width), dtype=np.float32)
    network = model.network.to(device).eval()
    with torch.no_grad():
        for i, r in enumerate(rows):
            strip = x[:, :, r : r + patch, :]
            columns = torch.nn.functional.unfold(strip, (patch, patch))  # (1, C*P*P, width)
            patches = columns[0].T.reshape(width, -1, patch, patch).contiguous()
            for start in range(0, width, PATCH_BATCH):
                logits = network(patches[start : start + PATCH_BATCH])
                out[i, start : start + PATCH_BATCH] = torch.softmax(logits, dim=1)[:, 1].cpu().numpy()
    return out


def synthetic_tile(n_factors, size, half, seed=1):
    rng = np.random.default_rng(seed)
    values = rng.normal(size=(n_factors, size + 2 * half, size + 2 * half)).astype(np.float32)
    values[:, 40:48, 60:70] = np.nan  # a nodata hole, as in real rasters
    return values


def bench_config(name, n_factors, patch_size, width, tile, patch_rows, device, repeat, fusion="early"):
    model = random_model(n_factors, patch_size, width, fusion=fusion)
    values = synthetic_tile(n_factors, tile, model.arch.half)
    dense_net = model.dense_network(device)
    model.predict_tile(values, dense_net, device)  # warm-up
    seconds = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        dense = model.predict_tile(values, dense_net, device)
        if device.type == "cuda":
            torch.cuda.synchronize()
        seconds = min(seconds, time.perf_counter() - start)
    dense_rate = tile * tile / seconds
    gemm = gemm_rate(device, repeat=3)  # right after the dense timing: the same load on a shared machine
    rows = np.linspace(0, tile - 1, patch_rows).round().astype(int)
    per_patch(model, values, rows[:1], device)  # warm-up
    start = time.perf_counter()
    reference = per_patch(model, values, rows, device)
    patch_rate = reference.size / (time.perf_counter() - start)
    valid = np.isfinite(dense[rows])
    diff = float(np.max(np.abs(dense[rows][valid] - reference[valid])))
    macs_dense, macs_patch = macs_per_cell(model.arch)
    blocks = "-".join(str(c) for c in model.arch.feature_maps)
    dense_units = "-".join(str(u) for u in model.arch.dense_units)
    return [
        name,
        f"{n_factors}",
        f"{patch_size}",
        f"{blocks} / {dense_units}",
        f"{macs_dense / 1e6:.2f}",
        f"{macs_patch / 1e6:.1f}",
        f"{tile}x{tile}",
        f"{dense_rate / 1e3:.1f}",
        f"{dense_rate * macs_dense / 1e9:.1f}",
        f"{gemm / 1e9:.1f}",
        f"{gemm / macs_dense / 1e3:.0f}",
        f"{patch_rate / 1e3:.2f} ({reference.size})",
        f"{dense_rate / patch_rate:.0f}x",
        f"{diff:.1e}",
        "yes" if dense_rate >= 100e3 else "no",
        "yes" if dense_rate >= 50 * patch_rate else "no",
        "yes" if diff <= 1e-6 else "no",
    ]


def bench_raster(device, repeat):
    """File-to-file map of the 5 Ecuador factors with the paper-width network."""
    import tempfile

    sample = REPO / "resources" / "sample_data" / "ecuador"
    factors = grid_module.band_factors(sample / "factor_stack.tif")
    model = random_model(len(factors), lsnet.SMALL_PATCH_SIZE, lsnet.DEFAULT_WIDTH)
    model.factor_names = [f.name for f in factors]
    grid = grid_module.check_grids(factors)
    seconds = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        for i in range(repeat):
            start = time.perf_counter()
            model.predict_raster(factors, f"{folder}/map{i}.tif", tile_size=256, device=device)
            seconds = min(seconds, time.perf_counter() - start)
    return grid.n_cells / seconds, grid


def main():
    quick = quick_flag()
    torch.set_num_threads(THREADS)
    device = lsnet.resolve_device("auto")
    tile = 192 if quick else 512
    patch_rows = 2 if quick else 6
    repeat = 1 if quick else 3
    configs = [
        ("paper width", 5, 33, 64, "early"),
        ("width 32", 16, 33, 32, "early"),
        ("width 16", 16, 33, 16, "early"),
        ("late fusion, width 16", 5, 33, 16, "late"),
    ]
    label = f"{device.type}" + (
        f" ({torch.cuda.get_device_name(0)})" if device.type == "cuda" else f", {THREADS} threads"
    )
    print(f"LSNet inference, torch {torch.__version__}, device {label}, {'quick' if quick else 'full'} run")
    rows = []
    for name, n_factors, patch, width, fusion in configs:
        rows.append(bench_config(name, n_factors, patch, width, tile, patch_rows, device, repeat, fusion))
        print("  done:", name, flush=True)
    print_table(
        "Dense tile inference vs one patch per cell (same network, same cells)",
        [
            "network",
            "bands",
            "patch",
            "feature maps / dense",
            "MMAC/cell dense",
            "MMAC/cell patch",
            "tile",
            "dense kcells/s",
            "dense GMAC/s",
            "GEMM GMAC/s",
            "GEMM bound kcells/s",
            "per-patch kcells/s (cells)",
            "speed-up",
            "max diff",
            ">=100k/s",
            ">=50x",
            "<=1e-6",
        ],
        rows,
    )
    for row in rows:
        goal(
            f"dense vs per-patch, {row[0]}",
            f"{row[7]} kcells/s, {row[12]}, diff {row[13]}",
            ">= 100 k cells/s, >= 50x, <= 1e-6",
            all(str(v).startswith("yes") for v in row[-3:]),
        )
    rate, grid = bench_raster(device, 1 if quick else 2)
    print_table(
        "File to file (predict_raster, Ecuador stack, paper width, patch 33, tiles of 256)",
        ["raster", "cells", "kcells/s"],
        [[f"{grid.width}x{grid.height}x5", f"{grid.n_cells}", f"{rate / 1e3:.1f}"]],
    )


if __name__ == "__main__":
    sys.exit(main())
