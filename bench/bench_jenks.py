"""Jenks natural breaks: our exact streamed method vs jenkspy, mapclassify, ckmeans and QGIS.

k = 5 on float32 values of three shapes (Beta(0.6, 2.5), lognormal(0, 1.5), probabilities
quantised at 1/200 as a pure-leaf forest gives) at 1e6 and 16e6 values. The O(k n^2) peers run
on samples (1e4 / 1e5; mapclassify and QGIS as they are used: on a sample), and each method's
breaks are scored by their GVF over ALL values against our exact optimum.
Run: python bench/bench_jenks.py [--quick]
"""

import os

import numpy as np
from _common import goal, print_table, quick_flag, timed
from landslide_susceptibility.core import jenks as J

SHAPES = {
    "beta(0.6,2.5)": lambda rng, n: rng.beta(0.6, 2.5, n),
    "lognormal(0,1.5)": lambda rng, n: rng.lognormal(0, 1.5, n),
    "quantised 1/200": lambda rng, n: np.round(rng.beta(0.6, 2.5, n) * 200) / 200,
}


def gvf_of(values, uppers):
    edges = np.concatenate([[values.min()], np.sort(np.asarray(uppers, dtype=float))])
    return J.goodness_of_variance_fit(J.array_source(values), edges)[0]


def peer_rows(values, exact_gvf, rng, quick):
    rows = []
    try:
        import jenkspy

        for n in (10_000,) if quick else (10_000, 100_000):
            sample = rng.choice(values, n, replace=False).astype(float).tolist()
            t, br = timed(jenkspy.jenks_breaks, sample, n_classes=5)
            rows.append((f"jenkspy (sample {n:.0e})", t, exact_gvf - gvf_of(values, br[1:])))
    except ImportError:
        rows.append(("jenkspy", "not installed", ""))
    try:
        import mapclassify

        n = 10_000
        sample = rng.choice(values, n, replace=False).astype(float)
        t, fj = timed(mapclassify.FisherJenks, sample, k=5)
        rows.append((f"mapclassify FisherJenks (sample {n:.0e})", t, exact_gvf - gvf_of(values, fj.bins)))
    except ImportError:
        rows.append(("mapclassify", "not installed", ""))
    try:
        import ckmeans

        data = values.astype(float)
        t, clusters = timed(ckmeans.ckmeans, data, 5)
        rows.append(
            (f"ckmeans (all {values.size:.0e})", t, exact_gvf - gvf_of(values, [c.max() for c in clusters]))
        )
    except ImportError:
        rows.append(("ckmeans", "not installed (pip install ckmeans)", ""))
    try:
        from qgis.core import QgsClassificationJenks

        method = QgsClassificationJenks()
        sample = values[:: max(1, values.size // 100_000)].astype(float).tolist()
        t, ranges = timed(method.classes, sample, 5)
        uppers = [r.upperBound() for r in ranges]
        rows.append(("QgsClassificationJenks (3000-value sample)", t, exact_gvf - gvf_of(values, uppers)))
    except ImportError:
        rows.append(("QgsClassificationJenks", "QGIS not importable", ""))
    return rows


def main():
    quick = quick_flag()
    sizes = (1_000_000,) if quick else (1_000_000, 16_000_000)
    rng = np.random.default_rng(42)
    table = []
    for shape, gen in SHAPES.items():
        for n in sizes:
            values = gen(rng, n).astype(np.float32)
            t, result = timed(lambda v=values: J.jenks(J.array_source(v), 5), repeat=1 if n > 2e6 else 3)
            table.append((shape, f"{n:.0e}", "ours (exact, all values)", f"{t:.3f}", "1.00", "0 (exact)"))
            limit = 0.1 if n <= 1e6 else 0.5
            goal(f"ours, {shape}, {n:.0e} values", f"{t:.3f} s", f"< {limit} s", t < limit)
            if n == sizes[-1] or quick:
                for name, pt, gap in peer_rows(values, result.gvf, rng, quick):
                    if isinstance(pt, str):
                        table.append((shape, f"{n:.0e}", name, pt, "", ""))
                    else:
                        table.append((shape, f"{n:.0e}", name, f"{pt:.3f}", f"{pt / t:.2f}", f"{gap:.2e}"))
                        if name.startswith("ckmeans"):
                            # ckmeans is exact too: our breaks must be at least as good (gap >= -1e-12)
                            goal(
                                f"exact vs ckmeans, {shape}",
                                f"gap {gap:.1e}, {pt / t:.1f}x faster",
                                "gap >= -1e-12",
                                gap >= -1e-12,
                            )
    print_table(
        "Jenks k=5: seconds, ratio = peer time / our time, GVF gap to the exact optimum over all values",
        ("values", "n", "method", "seconds", "ratio", "GVF gap"),
        table,
    )
    print("goals: exact (GVF gap <= 1e-12), 1e6 in < 0.1 s, 16e6 in < 0.5 s; cores:", os.cpu_count())


if __name__ == "__main__":
    main()
