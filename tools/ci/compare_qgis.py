"""The demo chain and the shipped model through `qgis_process` on two QGIS versions, compared output by output.

    python tools/ci/compare_qgis.py run OUT          run the chain with the QGIS (and Python) running this script
    python tools/ci/compare_qgis.py compare A B      compare two run folders; exit 1 when an output differs

`run` calls the real `qgis_process` binary, as batch users do, on a copy of the bundled Ecuador data with fixed
seeds: lsm:buildsamples -> lsm:spysampling -> lsm:trainmodel (BRF and EasyEnsemble) -> lsm:evaluatemodel ->
lsm:predictraster -> lsm:jenksclassify -> lsm:ratecurves, then the shipped model lsm:pipeline. It writes every
output under OUT, the algorithms' results in OUT/results.json and the versions of QGIS and of the libraries
in OUT/versions.json. `compare` checks, in chain order, rasters cell by cell (grid, nodata mask, max |diff|),
vector layers attribute by attribute (features sorted by geometry and attributes), CSV tables cell by cell,
the algorithms' numeric results and the run records' numbers (metrics, intervals, confusion, summaries), all
within --tol (1e-9); it names the first step that differs, so a difference is traced to where it starts.
tools/ci/qgis340.sh compare runs it on the host's QGIS and in the QGIS 3.40 chroot.
"""

import argparse
import csv
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO))

from tools.demo import FACTORS, QGIS_PROCESS, SAMPLE, QgisProcess  # noqa: E402

SEED = 42
#: (model key, index in lsm:trainmodel's MODEL enum): the imbalanced-learn forests of the demo
MODELS = [("brf", 0), ("easyensemble", 1)]
#: lsm:pipeline's outputs, as in tests/smoke/test_model.py
PIPELINE_OUTPUTS = {
    "trainmodel:Model bundle": "brf.lsmodel",
    "predictraster:Susceptibility": "susceptibility.tif",
    "jenksclassify:Classes": "classes.tif",
    "jenksclassify:Class table": "classes.csv",
}
#: run-record keys holding results (numbers compared within the tolerance); the rest is provenance
RECORD_KEYS = (
    "metrics",
    "metrics_best",
    "confusion",
    "confusion_best",
    "intervals",
    "summary",
    "class_areas",
)
#: keys of provenance, not results: run ids, record paths, file paths, timings
IGNORED_KEY = re.compile(r"^(RUN_ID|RUN_RECORD|times_s|.*_path)$")
#: the packages whose versions are recorded beside the outputs
PACKAGES = ("numpy", "scipy", "sklearn", "imblearn", "joblib", "osgeo.gdal", "torch")


# --------------------------------------------------------------------------------------------------- run
def versions(env):
    """QGIS's and the libraries' versions as qgis_process's Python sees them (it gets this interpreter's
    site-packages on its PYTHONPATH, see tools/demo.py)."""
    import importlib

    found = {"python": sys.version.split()[0]}
    for name in PACKAGES:
        try:
            found[name] = importlib.import_module(name).__version__
        except Exception as error:  # noqa: BLE001 - a missing package is recorded, not fatal
            found[name] = f"missing ({type(error).__name__})"
    proc = subprocess.run([QGIS_PROCESS, "--version"], env=env, capture_output=True, text=True, check=False)
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.startswith(("QGIS ", "GDAL"))]
    found["qgis"] = lines[0] if lines else "unknown"
    found["gdal_qgis"] = lines[1] if len(lines) > 1 else "unknown"
    return found


def run_chain(qp, data, out):
    """The demo chain at fixed seeds; {step: qgis_process results}. Each model's records go to a run store of
    their own, so that records pair by algorithm and test set."""
    rasters = [str(data / f"{name}.tif") for name in FACTORS]
    runs = out / "runs"
    results = {}
    results["buildsamples"] = qp.run(
        "lsm:buildsamples",
        FACTORS=rasters,
        INVENTORY=str(data / "landslides.gpkg"),
        RATIO=30,
        BUFFER=30,
        TRAIN_FRACTION=0.7,
        SEED=SEED,
        OUTPUT=str(out / "samples.gpkg"),
    )
    samples = results["buildsamples"]["OUTPUT"]
    results["spysampling"] = qp.run(
        "lsm:spysampling",
        INPUT=samples,
        FACTORS=rasters,
        FACTOR_FIELDS=FACTORS,
        RATIO=10,
        SEED=SEED,
        N_JOBS=2,
        RUN_STORE=str(runs / "spy"),
        OUTPUT=str(out / "spy_samples.gpkg"),
        PRIOR_TRAIN=str(out / "prior_train.tif"),
        PRIOR_TEST=str(out / "prior_test.tif"),
        BUNDLE_TRAIN=str(out / "prior_train.lsmodel"),
        BUNDLE_TEST=str(out / "prior_test.lsmodel"),
        SUMMARY=str(out / "spy_summary.csv"),
    )
    spy = results["spysampling"]["OUTPUT"]
    for key, index in MODELS:
        bundle = out / f"model_{key}.lsmodel"
        results[f"trainmodel_{key}"] = qp.run(
            "lsm:trainmodel",
            INPUT=spy,
            FACTOR_FIELDS=FACTORS,
            MODEL=index,
            RATIO=10,
            SEED=SEED,
            N_JOBS=2,
            FACTOR_RASTERS=rasters,
            RUN_STORE=str(runs / key),
            OUTPUT=str(bundle),
        )
        results[f"evaluatemodel_{key}"] = qp.run(
            "lsm:evaluatemodel",
            INPUT=spy,
            BUNDLE=str(bundle),
            MODEL_NAME=key,
            RUN_STORE=str(runs / key),
            OUTPUT_METRICS=str(out / f"metrics_{key}.csv"),
        )
        susceptibility = qp.run(
            "lsm:predictraster",
            MODEL=str(bundle),
            FACTORS=rasters,
            N_JOBS=2,
            OUTPUT=str(out / f"susceptibility_{key}.tif"),
        )
        results[f"predictraster_{key}"] = susceptibility
        results[f"jenksclassify_{key}"] = qp.run(
            "lsm:jenksclassify",
            INPUT=susceptibility["OUTPUT"],
            CLASSES=5,
            LANDSLIDES=samples,
            MODEL_TYPE=key,
            RUN_NAME=f"{key} classes",
            RUN_STORE=str(runs / key),
            OUTPUT=str(out / f"classes_{key}.tif"),
            OUTPUT_CSV=str(out / f"classes_{key}.csv"),
        )
        results[f"ratecurves_{key}"] = qp.run(
            "lsm:ratecurves",
            INPUT=susceptibility["OUTPUT"],
            SAMPLES=samples,
            RUN_STORE=str(runs / key),
            OUTPUT_TABLE=str(out / f"rates_{key}.csv"),
        )
    return results


def run_pipeline(qp, data, out):
    """The shipped model lsm:pipeline with the smoke test's settings."""
    folder = out / "pipeline"
    folder.mkdir()
    parameters = {
        "FACTORS": [str(data / f"{name}.tif") for name in FACTORS],
        "INVENTORY": str(data / "landslides.gpkg"),
        "TREES": 30,
        "UNLABELED_RATIO": 10,
        "NEGATIVE_RATIO": 2,
        "N_CLASSES": 5,
        "SEED": 7,
        "RUN_STORE": str(folder / "runs"),
    }
    parameters.update({name: str(folder / file) for name, file in PIPELINE_OUTPUTS.items()})
    return qp.run("lsm:pipeline", **parameters)


def command_run(args):
    out = Path(args.out).resolve()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="lsm_compare_"))
    try:
        data = work / "ecuador"
        shutil.copytree(SAMPLE, data)  # QGIS may rewrite a GeoPackage's header: never touch the shipped copy
        qp = QgisProcess(work)
        found = versions(qp.env)
        print(f"run on {found['qgis']} (numpy {found['numpy']}, scikit-learn {found['sklearn']}) -> {out}")
        started = time.perf_counter()
        results = run_chain(qp, data, out)
        results["pipeline"] = run_pipeline(qp, data, out)
        found["seconds"] = round(time.perf_counter() - started, 1)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # paths as the folder's own (the two runs write to different folders)
    text = json.dumps(results, indent=1).replace(str(out), "<OUT>")
    (out / "results.json").write_text(text, encoding="utf-8")
    (out / "versions.json").write_text(json.dumps(found, indent=1), encoding="utf-8")
    print(f"done in {found['seconds']} s")


# ----------------------------------------------------------------------------------------------- compare
class Report:
    """The differences found, item by item, in chain order."""

    def __init__(self, tol):
        self.tol = tol
        self.rows = []  # (step, item, ok, detail)

    def add(self, step, item, problems, detail=""):
        self.rows.append((step, item, not problems, "; ".join(problems[:5]) or detail))

    @property
    def failed(self):
        return [row for row in self.rows if not row[2]]


def numbers_differ(a, b, tol):
    """'' when *a* and *b* agree (numbers within tol, other values equal), else how they differ."""
    if isinstance(a, bool) or isinstance(b, bool) or not all(isinstance(v, (int, float)) for v in (a, b)):
        return "" if a == b else f"{a!r} != {b!r}"
    if math.isnan(a) and math.isnan(b):
        return ""
    return "" if abs(a - b) <= tol else f"{a!r} != {b!r} (|diff| {abs(a - b):.3g})"


def walk(a, b, tol, path=""):
    """Differences between two JSON-like values, recursively: ['path: how', ...]."""
    if isinstance(a, dict) and isinstance(b, dict):
        found = [f"{path}.{k}: only in one run" for k in sorted(set(a) ^ set(b)) if not IGNORED_KEY.match(k)]
        for key in sorted(k for k in set(a) & set(b) if not IGNORED_KEY.match(k)):
            found += walk(a[key], b[key], tol, f"{path}.{key}")
        return found
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} != {len(b)} items"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in walk(x, y, tol, f"{path}[{i}]")]
    how = numbers_differ(a, b, tol)
    return [f"{path}: {how}"] if how else []


def as_number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return text


def compare_raster(a, b, tol):
    """Grid, nodata mask and values of every band; (problems, detail)."""
    import numpy as np
    from osgeo import gdal, osr

    da, db = gdal.Open(str(a)), gdal.Open(str(b))
    problems = []
    if (da.RasterXSize, da.RasterYSize, da.RasterCount) != (db.RasterXSize, db.RasterYSize, db.RasterCount):
        return [
            f"size {da.RasterXSize}x{da.RasterYSize}x{da.RasterCount} != {db.RasterXSize}x{db.RasterYSize}"
        ], ""
    gt = walk(list(da.GetGeoTransform()), list(db.GetGeoTransform()), 1e-9, "geotransform")
    sa, sb = osr.SpatialReference(da.GetProjection()), osr.SpatialReference(db.GetProjection())
    problems += gt + ([] if sa.IsSame(sb) else ["CRS differs"])
    worst = 0.0
    for index in range(1, da.RasterCount + 1):
        ba, bb = da.GetRasterBand(index), db.GetRasterBand(index)
        if gdal.GetDataTypeName(ba.DataType) != gdal.GetDataTypeName(bb.DataType):
            problems.append(
                f"band {index} type {gdal.GetDataTypeName(ba.DataType)} != {gdal.GetDataTypeName(bb.DataType)}"
            )
        if numbers_differ(ba.GetNoDataValue(), bb.GetNoDataValue(), 0):
            problems.append(f"band {index} nodata {ba.GetNoDataValue()} != {bb.GetNoDataValue()}")
        va, vb = ba.ReadAsArray().astype("float64"), bb.ReadAsArray().astype("float64")
        ma, mb = _invalid(va, ba.GetNoDataValue()), _invalid(vb, bb.GetNoDataValue())
        if (ma != mb).any():
            problems.append(f"band {index}: nodata masks differ in {int((ma != mb).sum())} cells")
        both = ~ma & ~mb
        diff = np.abs(va[both] - vb[both])
        if diff.size:
            worst = max(worst, float(diff.max()))
            if diff.max() > tol:
                problems.append(
                    f"band {index}: {int((diff > tol).sum())} of {diff.size} cells differ, max |diff| {diff.max():.3g}"
                )
    return problems, f"max |diff| {worst:.3g}"


def _invalid(values, nodata):
    import numpy as np

    invalid = ~np.isfinite(values)
    if nodata is not None and not math.isnan(nodata):
        invalid |= values == nodata
    return invalid


def vector_rows(path):
    """{layer: (field names, rows sorted by geometry and attributes)} of a vector file."""
    from osgeo import ogr

    source = ogr.Open(str(path))
    layers = {}
    for index in range(source.GetLayerCount()):
        layer = source.GetLayerByIndex(index)
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        rows = []
        for feature in layer:
            geometry = feature.GetGeometryRef()
            coords = (
                [round(c, 6) for c in geometry.GetPoint_2D()] if geometry and geometry.GetPointCount() else []
            )
            wkt = geometry.ExportToIsoWkt() if geometry and not coords else ""
            rows.append([coords, wkt] + [feature.GetField(name) for name in names])
        rows.sort(key=lambda row: json.dumps(row[:2] + [str(v) for v in row[2:]]))
        layers[layer.GetName()] = (names, rows)
    return layers


def compare_vector(a, b, tol):
    la, lb = vector_rows(a), vector_rows(b)
    if sorted(la) != sorted(lb):
        return [f"layers {sorted(la)} != {sorted(lb)}"], ""
    problems, count = [], 0
    for name in la:
        (fa, ra), (fb, rb) = la[name], lb[name]
        if fa != fb:
            problems.append(f"{name}: fields {fa} != {fb}")
            continue
        if len(ra) != len(rb):
            problems.append(f"{name}: {len(ra)} != {len(rb)} features")
            continue
        count += len(ra)
        for row_a, row_b in zip(ra, rb):
            problems += [f"{name} {row_a[0]}{d}" for d in walk(row_a, row_b, tol)]
    return problems, f"{count} features"


def compare_csv(a, b, tol):
    def read(path):
        with open(path, encoding="utf-8", newline="") as handle:
            return [[as_number(cell) for cell in row] for row in csv.reader(handle)]

    ra, rb = read(a), read(b)
    return walk(ra, rb, tol), f"{len(ra)} rows"


def record_key(record):
    """A key that pairs a record with its twin of the other run (names carry no run id when given)."""
    name = re.sub(r"\b[0-9a-f]{6,12}\b", "<id>", str(record.get("name")))
    return (record.get("algorithm"), record.get("model_type") or "", record.get("test_set") or "", name)


def records(folder):
    found = {}
    for path in sorted(Path(folder).glob("*.lsmrun.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        found.setdefault(record_key(record), []).append(
            {k: record.get(k) for k in RECORD_KEYS if k in record}
        )
    return found


def compare_records(report, step, a, b):
    ra, rb = records(a), records(b)
    for key in sorted(set(ra) | set(rb), key=str):
        label = f"record {key[0]} {key[1] or ''} {key[2] or ''}".replace("  ", " ").strip()
        if key not in ra or key not in rb:
            report.add(step, label, ["only in one run"])
            continue
        report.add(step, label, walk(ra[key], rb[key], report.tol), "numbers equal")


#: output files by step, in chain order (a step's outputs depend on those above it)
def chain_files():
    files = [
        ("buildsamples", "samples.gpkg"),
        ("spysampling", "spy_samples.gpkg"),
        ("spysampling", "prior_train.tif"),
        ("spysampling", "prior_test.tif"),
        ("spysampling", "spy_summary.csv"),
    ]
    for key, _index in MODELS:
        files += [
            (f"evaluatemodel_{key}", f"metrics_{key}.csv"),
            (f"predictraster_{key}", f"susceptibility_{key}.tif"),
            (f"jenksclassify_{key}", f"classes_{key}.tif"),
            (f"jenksclassify_{key}", f"classes_{key}.csv"),
            (f"ratecurves_{key}", f"rates_{key}.csv"),
        ]
    files += [
        ("pipeline", f"pipeline/{name}")
        for name in PIPELINE_OUTPUTS.values()
        if not name.endswith(".lsmodel")
    ]
    return files


COMPARERS = {".tif": compare_raster, ".gpkg": compare_vector, ".csv": compare_csv}


def compare(a, b, tol):
    report = Report(tol)
    results_a = json.loads((a / "results.json").read_text(encoding="utf-8"))
    results_b = json.loads((b / "results.json").read_text(encoding="utf-8"))
    steps = list(results_a)
    files = chain_files()
    for step in steps:
        if step not in results_b:
            report.add(step, "results", ["step missing in the second run"])
            continue
        report.add(step, "results (qgis_process JSON)", walk(results_a[step], results_b[step], tol), "equal")
        for _step, name in (f for f in files if f[0] == step):
            if not (a / name).exists() or not (b / name).exists():
                report.add(step, name, ["file missing"])
                continue
            problems, detail = COMPARERS[Path(name).suffix](a / name, b / name, tol)
            report.add(step, name, problems, detail)
    for folder in ["spy"] + [key for key, _index in MODELS]:
        compare_records(report, f"run records ({folder})", a / "runs" / folder, b / "runs" / folder)
    compare_records(report, "run records (pipeline)", a / "pipeline" / "runs", b / "pipeline" / "runs")
    return report


def command_compare(args):
    a, b = Path(args.a), Path(args.b)
    va = json.loads((a / "versions.json").read_text(encoding="utf-8"))
    vb = json.loads((b / "versions.json").read_text(encoding="utf-8"))
    print(f"A: {a}\nB: {b}\n")
    width = max(len(k) for k in va)
    for key in va:
        mark = "" if va.get(key) == vb.get(key) or key == "seconds" else "   <- differs"
        print(f"  {key:<{width}}  {str(va.get(key)):<28} {str(vb.get(key))}{mark}")
    report = compare(a, b, args.tol)
    print()
    for step, item, ok, detail in report.rows:
        print(f"  {'ok  ' if ok else 'DIFF'}  {step:<24} {item:<44} {detail}")
    if args.json:
        Path(args.json).write_text(json.dumps({"versions": [va, vb], "rows": report.rows}, indent=1), "utf-8")
    failed = report.failed
    if failed:
        print(
            f"\n{len(failed)} of {len(report.rows)} items differ beyond {args.tol:g}; first in chain order: "
            f"{failed[0][0]} ({failed[0][1]})"
        )
        return 1
    print(f"\nall {len(report.rows)} items equal within {args.tol:g}")
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run the chain and the model into OUT")
    run.add_argument("out")
    diff = commands.add_parser("compare", help="compare two run folders")
    diff.add_argument("a")
    diff.add_argument("b")
    diff.add_argument("--tol", type=float, default=1e-9)
    diff.add_argument("--json", help="write the comparison here too")
    args = parser.parse_args(argv)
    if args.command == "run":
        command_run(args)
        return 0
    return command_compare(args)


if __name__ == "__main__":
    sys.exit(main())
