"""The PU claim on the bundled Ecuador data: landslide density around spy negatives vs random cells.

    cd <repo> && QT_QPA_PLATFORM=offscreen .venv/bin/python tools/spy_density.py [--seeds 0 1 2] [--radius 100]

The real processing chain, through processing.run on a temporary copy of resources/sample_data/ecuador
(QGIS may rewrite GeoPackages it opens, so the shipped files are never opened):
1. lsm:buildsamples: the 175 landslides split 70/30, UNLABELED unlabeled cells per landslide from
   disjoint train/test pools;
2. lsm:spysampling (spy technique, defaults: spy fraction 0.15, noise share 0.05, 100 trees, Jenks
   classes 1-2 of 5), RATIO reliable negatives (RN) per landslide of each split;
3. for each split, a random draw of the same number of unlabeled cells (valid cells that are not a
   landslide cell, uniform, without repetition).

For each set it prints the mean, over its cells, of the number of landslides within --radius metres
(centre to centre), also as landslides per km2. Two figures: against all 175 landslides, and against
the landslides the split's prior model never saw (the other split's: the test landslides for the
training RN, and the other way round), which is the fair test of the claim. Lower is better for RN.
"""

import argparse
import os
import shutil
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "build", "plugins"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = os.path.join(REPO, "resources", "sample_data", "ecuador")
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def landslides_within(xy, points, radius):
    """Number of *points* within *radius* of each row of *xy* (both (n, 2) map coordinates)."""
    import numpy as np

    out = np.zeros(len(xy), dtype=np.int64)
    for start in range(0, len(xy), 2000):
        d2 = ((xy[start : start + 2000, None, :] - points[None, :, :]) ** 2).sum(axis=2)
        out[start : start + 2000] = (d2 <= radius * radius).sum(axis=1)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2], help="seeds of samples and spy")
    parser.add_argument("--radius", type=float, default=100.0, help="radius in metres (default 100)")
    parser.add_argument("--unlabeled", type=float, default=10.0, help="unlabeled cells per landslide (10)")
    parser.add_argument("--ratio", type=float, default=10.0, help="reliable negatives per landslide (10)")
    parser.add_argument("--trees", type=int, default=100, help="trees of the step classifier (100)")
    args = parser.parse_args()

    from qgis.core import QgsApplication

    work = tempfile.mkdtemp(prefix="lsm_spy_density_")
    app = QgsApplication([], False, os.path.join(work, "profile"))
    app.initQgis()
    try:
        run(work, args)
    finally:
        app.exitQgis()
        shutil.rmtree(work, ignore_errors=True)


def run(work, args):
    import numpy as np
    from _headless import processing_runner
    from landslide_susceptibility.core.grid import Factor, FactorReader, check_grids
    from qgis.core import QgsVectorLayer

    alg = processing_runner()

    data = os.path.join(work, "data")
    shutil.copytree(DATA, data)
    rasters = [os.path.join(data, f"{n}.tif") for n in FACTORS]
    grid = check_grids([Factor(n, p) for n, p in zip(FACTORS, rasters)])
    _, valid = FactorReader([Factor(n, p) for n, p in zip(FACTORS, rasters)], grid).read_window(
        (0, 0, grid.width, grid.height)
    )
    area_km2 = np.pi * args.radius**2 / 1e6
    print(
        "Ecuador: landslides within {:g} m of each cell, mean over the cells (landslides per km2 in brackets); "
        "{:g} unlabeled and {:g} spy negatives per landslide, {} trees".format(
            args.radius, args.unlabeled, args.ratio, args.trees
        )
    )
    header = "{:>4} {:6} {:>5} | {:>15} {:>15} {:>6} | {:>15} {:>15} {:>6}".format(
        "seed", "split", "n", "all: spy RN", "random unl.", "ratio", "unseen: spy RN", "random unl.", "ratio"
    )
    print(header)
    print("-" * len(header))
    totals = {"all": [], "unseen": []}
    for seed in args.seeds:
        folder = os.path.join(work, f"seed{seed}")
        os.makedirs(folder)
        samples = alg(
            "lsm:buildsamples",
            {
                "FACTORS": rasters,
                "INVENTORY": os.path.join(data, "landslides.gpkg"),
                "RATIO": args.unlabeled,
                "TRAIN_FRACTION": 0.7,
                "SEED": seed,
                "OUTPUT": os.path.join(folder, "samples.gpkg"),
            },
        )
        spy = alg(
            "lsm:spysampling",
            {
                "INPUT": samples["OUTPUT"],
                "FACTORS": rasters,
                "RATIO": args.ratio,
                "N_TREES": args.trees,
                "SEED": seed,
                "N_JOBS": 2,
                "RUN_STORE": os.path.join(folder, "runs"),
                "OUTPUT": os.path.join(folder, "negatives.gpkg"),
                "PRIOR_TRAIN": os.path.join(folder, "prior_train.tif"),
                "PRIOR_TEST": os.path.join(folder, "prior_test.tif"),
                "BUNDLE_TRAIN": os.path.join(folder, "prior_train.lsmodel"),
                "BUNDLE_TEST": os.path.join(folder, "prior_test.lsmodel"),
                "SUMMARY": os.path.join(folder, "summary.csv"),
            },
        )
        layer = QgsVectorLayer(spy["OUTPUT"], "negatives", "ogr")
        rows = [(f["label"], f["split"], f["row"], f["col"]) for f in layer.getFeatures()]
        label = np.array([r[0] for r in rows])
        split = np.array([r[1] for r in rows])
        cell = np.array([r[2] * grid.width + r[3] for r in rows], dtype=np.int64)
        landslide_cells = cell[label == 1]
        unlabeled = valid.copy()
        unlabeled[landslide_cells] = False
        pool = np.flatnonzero(unlabeled)
        rng = np.random.default_rng(1000 + seed)

        def xy(cells):
            return np.column_stack(grid.xy(cells // grid.width, cells % grid.width))

        for s, other in (("train", "test"), ("test", "train")):
            rn = cell[(label == 0) & (split == s)]
            rand = rng.choice(pool, rn.size, replace=False)
            figures = []
            for which, points in (
                ("all", xy(landslide_cells)),
                ("unseen", xy(cell[(label == 1) & (split == other)])),
            ):
                d_rn = landslides_within(xy(rn), points, args.radius).mean()
                d_rand = landslides_within(xy(rand), points, args.radius).mean()
                totals[which].append((d_rn, d_rand))
                figures.append((d_rn, d_rand))
            print(
                "{:>4} {:6} {:>5} | {} | {}".format(
                    seed,
                    s,
                    rn.size,
                    *(
                        "{:>7.4f} ({:5.2f}) {:>7.4f} ({:5.2f}) {:>6.2f}".format(
                            a, a / area_km2, b, b / area_km2, a / b if b else float("nan")
                        )
                        for a, b in figures
                    ),
                )
            )
    print("-" * len(header))
    for which in ("all", "unseen"):
        values = np.array(totals[which])
        a, b = values.mean(axis=0)
        print(
            "mean over seeds and splits, {:6} landslides: spy RN {:.4f} ({:.2f}/km2), random unlabeled {:.4f} "
            "({:.2f}/km2), ratio {:.2f}".format(which, a, a / area_km2, b, b / area_km2, a / b)
        )


if __name__ == "__main__":
    main()
