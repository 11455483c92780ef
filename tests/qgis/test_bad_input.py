"""One table of user mistakes over every algorithm of the provider (issue 15).

Each case runs `lsm:<alg>` through processing.run with one mistake and asserts that it fails with a
QgsProcessingException (no other exception type, no traceback in the message) whose message matches
the case's pattern, and that the output folder holds nothing new afterwards (the run records of the
default run store, which lies beside the output, included). The table must name every algorithm of
the provider (test_every_algorithm_has_a_case). Inputs: the bundled Ecuador data (session copy),
small rasters and layers made here, and a sample layer and model bundle built once per module.
"""

import json
import os
import zipfile
from dataclasses import dataclass, field

import numpy as np
import pytest
from osgeo import gdal, ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
EPSG = 32717


# -- inputs -----------------------------------------------------------------------------------------


def _raster_like(template, path, values=None, epsg=None, shift=0.0, nodata=None):
    """A Float32 GeoTIFF on *template*'s grid (optionally shifted by *shift* cells, another CRS, other values)."""
    src = gdal.Open(str(template))
    array = src.GetRasterBand(1).ReadAsArray().astype(np.float32) if values is None else values
    array = np.broadcast_to(np.asarray(array, dtype=np.float32), (src.RasterYSize, src.RasterXSize))
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Float32
    )
    gt = list(src.GetGeoTransform())
    gt[0] += shift * gt[1]
    ds.SetGeoTransform(gt)
    srs = osr.SpatialReference()
    if epsg:
        srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    else:
        ds.SetProjection(src.GetProjection())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(np.ascontiguousarray(array))
    ds = None
    return str(path)


def _layer(path, geometry, coords, fields=None, epsg=EPSG):
    """A GeoPackage layer of points (x, y) or lines [(x, y), ...] with integer / real *fields* per feature."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    kind = ogr.wkbPoint if geometry == "point" else ogr.wkbLineString
    layer = ds.CreateLayer(os.path.splitext(os.path.basename(str(path)))[0], srs, kind)
    fields = fields or {}
    for name in fields:
        layer.CreateField(
            ogr.FieldDefn(name, ogr.OFTInteger if name in ("label", "row", "col") else ogr.OFTReal)
        )
    for i, xy in enumerate(coords):
        feature = ogr.Feature(layer.GetLayerDefn())
        geom = ogr.Geometry(kind)
        for x, y in [xy] if geometry == "point" else xy:
            geom.AddPoint_2D(float(x), float(y))
        feature.SetGeometry(geom)
        for name, values in fields.items():
            feature.SetField(name, values[i] if not isinstance(values[i], np.generic) else values[i].item())
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def _zip(path, members):
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return str(path)


def _run(alg_id, parameters, feedback=None):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg_id, parameters, context=context, feedback=feedback or QgsProcessingFeedback())


@pytest.fixture(scope="module")
def env(lsm_provider, sample_dir, tmp_path_factory):
    """Paths of every input of the table (built once)."""
    d = tmp_path_factory.mktemp("bad_input")
    slope = sample_dir / "slope.tif"
    e = {name: str(sample_dir / f"{name}.tif") for name in FACTORS}
    e["factors"] = [e[name] for name in FACTORS]
    e["landslides"] = str(sample_dir / "landslides.gpkg")
    e["points_350"] = str(sample_dir / "points_350.gpkg")
    src = gdal.Open(str(slope))
    gt = src.GetGeoTransform()
    x0, y0 = gt[0] + 50 * gt[1], gt[3] + 50 * gt[5]
    os.makedirs(d / "const")
    e["const"] = _raster_like(slope, d / "const" / "slope.tif", values=1.0)  # named as the factor it replaces
    e["all_nodata"] = _raster_like(slope, d / "all_nodata.tif", values=-9999.0, nodata=-9999.0)
    e["shifted"] = _raster_like(slope, d / "slope_shifted.tif", shift=0.5)
    e["far"] = _raster_like(slope, d / "slope_far.tif", shift=100000.0)
    e["wrong_crs"] = _raster_like(slope, d / "slope_4326.tif", epsg=4326)
    far_points = [(x0 + 5e6, y0 - i * 10.0) for i in range(12)]
    e["points_outside"] = _layer(d / "outside.gpkg", "point", far_points, {"label": [1] * 12})
    e["empty"] = _layer(d / "empty.gpkg", "point", [], {"label": []})
    e["empty_samples"] = _layer(
        d / "empty_samples.gpkg", "point", [], {"label": [], **{n: [] for n in FACTORS}}
    )
    e["lines"] = _layer(
        d / "lines.gpkg", "line", [[(x0, y0), (x0 + 100, y0 - 100)] for _ in range(12)], {"label": [1] * 12}
    )
    e["inventory_4326"] = _layer(
        d / "inv_4326.gpkg", "point", [(-78.0 - i * 1e-3, -2.0) for i in range(12)], {}, 4326
    )
    rng = np.random.default_rng(1)
    n = 40
    values = {name: rng.normal(size=n) for name in FACTORS}
    e["labels_2"] = _layer(
        d / "labels_2.gpkg",
        "point",
        [(x0 + i * 30.0, y0) for i in range(n)],
        {"label": [2] * 20 + [0] * 20, **values},
    )
    e["four_slides"] = _layer(
        d / "four.gpkg",
        "point",
        [(x0 + i * 30.0, y0) for i in range(n)],
        {"label": [1] * 4 + [0] * 36, **values},
    )
    e["bundle_garbage"] = str(d / "garbage.lsmodel")
    with open(e["bundle_garbage"], "wb") as handle:
        handle.write(os.urandom(2048))
    e["bundle_version_abc"] = _zip(
        d / "abc.lsmodel", {"manifest.json": json.dumps({"format_version": "abc"})}
    )
    e["bundle_manifest_list"] = _zip(d / "list.lsmodel", {"manifest.json": "[1, 2]"})
    e["bundle_no_factors"] = _zip(
        d / "nofactors.lsmodel", {"manifest.json": json.dumps({"format_version": 1})}
    )
    e["store_empty"] = str(d / "empty_store")
    os.makedirs(e["store_empty"])
    e["samples"] = _run(
        "lsm:buildsamples",
        {"FACTORS": e["factors"], "INVENTORY": e["landslides"], "OUTPUT": str(d / "samples.gpkg")},
    )["OUTPUT"]
    return e


# -- the table --------------------------------------------------------------------------------------


@dataclass
class Case:
    alg: str
    name: str
    parameters: object  # callable(env, out) -> dict
    pattern: str
    cancel_at: float = None  # cancel when progress passes this percentage
    marks: list = field(default_factory=list)

    @property
    def id(self):
        return f"{self.alg}-{self.name}"


def _buildsamples(e, out, **extra):
    return {
        "FACTORS": e["factors"],
        "INVENTORY": e["landslides"],
        "OUTPUT": str(out / "samples.gpkg"),
        **extra,
    }


def _spy(e, out, **extra):
    return {
        "INPUT": e["samples"],
        "FACTORS": e["factors"],
        "N_TREES": 20,
        "N_JOBS": 2,
        "OUTPUT": str(out / "negatives.gpkg"),
        "PRIOR_TRAIN": str(out / "prior_train.tif"),
        "BUNDLE_TRAIN": str(out / "prior_train.lsmodel"),
        **extra,
    }


def _jenks(e, out, **extra):
    return {
        "INPUT": e["slope"],
        "OUTPUT": str(out / "classes.tif"),
        "OUTPUT_CSV": str(out / "classes.csv"),
        **extra,
    }


def _fr(e, out, **extra):
    return {
        "FACTORS": e["factors"],
        "INVENTORY": e["landslides"],
        "OUTPUT_TABLE": str(out / "fr.gpkg"),
        "OUTPUT_FOLDER": str(out / "fr_rasters"),
        **extra,
    }


def _screening(e, out, **extra):
    return {"SAMPLES": e["samples"], "OUTPUT_TABLE": str(out / "screening.gpkg"), **extra}


def _train(e, out, **extra):
    return {
        "INPUT": e["samples"],
        "FACTOR_FIELDS": FACTORS,
        "MODEL": 0,
        "MODEL_PARAMS": "n_estimators=10",
        "N_JOBS": 2,
        "OUTPUT": str(out / "model.lsmodel"),
        **extra,
    }


def _predict(e, out, **extra):
    return {"MODEL": e["bundle_garbage"], "FACTORS": e["factors"], "OUTPUT": str(out / "susc.tif"), **extra}


def _evaluate(e, out, **extra):
    return {
        "INPUT": e["samples"],
        "BUNDLE": e["bundle_garbage"],
        "OUTPUT_METRICS": str(out / "metrics.gpkg"),
        **extra,
    }


def _cross(e, out, **extra):
    return {
        "INPUT": e["samples"],
        "FACTOR_FIELDS": FACTORS,
        "N_JOBS": 2,
        "OUTPUT_FOLDS": str(out / "folds.gpkg"),
        "OUTPUT_SUMMARY": str(out / "summary.gpkg"),
        "OUTPUT_SCORES": str(out / "scores.gpkg"),
        **extra,
    }


def _compare(e, out, **extra):
    return {
        "INPUT": e["samples"],
        "FACTORS": e["factors"],
        "STRATEGIES": [0, 1],
        "REPEATS": 1,
        "MAP_AUC": False,
        "BUFFER_DISTANCE": 0.0,
        "OUTPUT_TABLE": str(out / "compare.csv"),
        **extra,
    }


def _saturation(e, out, **extra):
    return {
        "INPUT": e["samples"],
        "FACTOR_FIELDS": FACTORS,
        "N_JOBS": 2,
        "REPEATS": 1,
        "OUTPUT_LONG": str(out / "long.gpkg"),
        "OUTPUT_SUMMARY": str(out / "summary.gpkg"),
        **extra,
    }


def _ratecurves(e, out, **extra):
    return {"INPUT": e["slope"], "SAMPLES": e["samples"], "OUTPUT_TABLE": str(out / "rates.csv"), **extra}


def _report(e, out, **extra):
    return {"RUN_STORE": e["store_empty"], "OUTPUT": str(out / "report.html"), **extra}


def _explain(e, out, **extra):
    return {
        "INPUT": e["samples"],
        "BUNDLE": e["bundle_garbage"],
        "OUTPUT_CSV": str(out / "shap.csv"),
        **extra,
    }


def _contribution(e, out, **extra):
    return {
        "MODEL": _unit_bundle(e),
        "FACTORS": e["factors"],
        "OUTPUT": str(out / "contributions.tif"),
        **extra,
    }


def _lsnetpredict(e, out, **extra):
    return {"BUNDLE": e["bundle_garbage"], "FACTORS": e["factors"], "OUTPUT": str(out / "lsnet.tif"), **extra}


def _trainlsnet(e, out, **extra):
    return {
        "FACTORS": e["factors"],
        "SAMPLES": e["empty"],
        "OUTPUT_BUNDLE": str(out / "lsnet.lsmodel"),
        **extra,
    }


def _align(e, out, **extra):
    return {
        "FACTORS": [e["slope"], e["shifted"]],
        "REFERENCE": e["slope"],
        "OUTPUT_FOLDER": str(out / "aligned"),
        **extra,
    }


def _deformation(e, out, **extra):
    return {
        "DEFORMATION": e["slope"],
        "SUSCEPTIBILITY": e["slope"],
        "SUSCEPTIBILITY_BREAKS": "0,10,20,90",
        "OUTPUT_TABLE": str(out / "matrix.csv"),
        "OUTPUT_PLOT": str(out / "matrix.png"),
        **extra,
    }


def _pipeline(e, out, **extra):
    return {
        "FACTORS": e["factors"],
        "INVENTORY": e["empty"],
        "TREES": 10,
        "jenksclassify:Classes": str(out / "classes.tif"),
        "predictraster:Susceptibility": str(out / "susc.tif"),
        "trainmodel:Model bundle": str(out / "model.lsmodel"),
        **extra,
    }


def _paper(e, out, **extra):
    return {
        "FACTORS": e["factors"],
        "INVENTORY": e["empty"],
        "TREES": 10,
        "report:Report": str(out / "report.html"),
        "saturationtest:Saturation summary": str(out / "saturation.csv"),
        **{
            f"{step}_{short.lower().replace('-', '_')}:{what} {short}": str(out / f"{step}_{short}.tif")
            for short in ("BRF", "EasyEnsemble", "SMOTE-DNN", "ADASYN-DNN")
            for step, what in (("predictraster", "Susceptibility"), ("jenksclassify", "Classes"))
        },
        **extra,
    }


def _under_file(out):
    """An output folder below a FILE: never creatable, whoever runs the test (root included)."""
    blocker = out / "not_a_folder.txt"
    blocker.write_text("a file")
    return blocker / "sub"


CANNOT_WRITE = r"cannot be written to .*not_a_folder\.txt.*cannot be created or is not writable"
CANCELLED = r"^Cancelled: no output was written\.$"
NOT_A_BUNDLE = r"is not a model bundle of this plugin"
NOT_ON_RASTERS = r"No landslide of .*lies on the factor rasters"
NOT_ONE_GRID = r"Factor rasters are not on the same grid as 'slope': 'slope_{}' \(the {}.*lsm:alignfactors"
TOO_FEW = r"has [34] landslide\(s\); at least 10 are needed"


def _case(alg, name, parameters, pattern, cancel_at=None, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return Case(alg, name, parameters, pattern, cancel_at, marks)


def _cases():
    u = _under_file
    c = [
        _case(
            "buildsamples",
            "points-outside",
            lambda e, o: _buildsamples(e, o, INVENTORY=e["points_outside"]),
            NOT_ON_RASTERS,
        ),
        _case(
            "buildsamples",
            "empty-layer",
            lambda e, o: _buildsamples(e, o, INVENTORY=e["empty"]),
            r"inventory 'empty' has no point",
        ),
        _case(
            "buildsamples",
            "grid-mismatch",
            lambda e, o: _buildsamples(e, o, FACTORS=[e["slope"], e["shifted"]]),
            NOT_ONE_GRID.format("shifted", "origin"),
        ),
        _case(
            "buildsamples",
            "wrong-crs",
            lambda e, o: _buildsamples(e, o, FACTORS=[e["slope"], e["wrong_crs"]]),
            NOT_ONE_GRID.format("4326", "CRS"),
        ),
        _case(
            "buildsamples", "no-overlap", lambda e, o: _buildsamples(e, o, FACTORS=[e["far"]]), NOT_ON_RASTERS
        ),
        _case(
            "buildsamples",
            "all-nodata",
            lambda e, o: _buildsamples(e, o, FACTORS=[e["all_nodata"]]),
            r"all_nodata have nodata at every landslide",
        ),
        _case(
            "buildsamples",
            "read-only-output",
            lambda e, o: _buildsamples(e, o, OUTPUT=str(u(o) / "s.gpkg")),
            CANNOT_WRITE,
        ),
        _case(
            "spysampling",
            "empty-layer",
            lambda e, o: _spy(e, o, INPUT=e["empty_samples"]),
            r"No landslide of 'empty_samples' lies on the factor rasters",
        ),
        _case(
            "spysampling",
            "grid-mismatch",
            lambda e, o: _spy(e, o, FACTORS=[e["shifted"]] + e["factors"][1:]),
            r"not on the same grid.*lsm:alignfactors",
        ),
        _case(
            "spysampling",
            "constant-raster",
            lambda e, o: _spy(e, o, FACTORS=[e["const"]] + e["factors"][1:]),
            r"do not give the values stored in 'samples'",
        ),
        _case(
            "spysampling",
            "read-only-output",
            lambda e, o: _spy(e, o, OUTPUT=str(u(o) / "n.gpkg")),
            CANNOT_WRITE,
        ),
        _case(
            "spysampling", "read-only-run-store", lambda e, o: _spy(e, o, RUN_STORE=str(u(o))), CANNOT_WRITE
        ),
        _case(
            "jenksclassify",
            "constant-raster",
            lambda e, o: _jenks(e, o, INPUT=e["const"]),
            r"only 1 distinct value",
        ),
        _case(
            "jenksclassify",
            "all-nodata",
            lambda e, o: _jenks(e, o, INPUT=e["all_nodata"]),
            r"no valid value to classify",
        ),
        _case(
            "jenksclassify",
            "breaks-outside",
            lambda e, o: _jenks(e, o, METHOD=3, BREAKS="-5, 1000"),
            r"break\(s\) -5, 1000 are not inside the data range",
        ),
        _case(
            "jenksclassify",
            "line-inventory",
            lambda e, o: _jenks(e, o, LANDSLIDES=e["lines"]),
            r"must be a point or polygon layer",
        ),
        _case(
            "jenksclassify",
            "points-outside",
            lambda e, o: _jenks(e, o, LANDSLIDES=e["points_outside"]),
            r"No landslide point falls on a valid cell",
        ),
        _case(
            "jenksclassify",
            "empty-layer",
            lambda e, o: _jenks(e, o, LANDSLIDES=e["empty"]),
            r"landslide layer has no points",
        ),
        _case(
            "jenksclassify",
            "read-only-output",
            lambda e, o: _jenks(e, o, OUTPUT=str(u(o) / "c.tif")),
            CANNOT_WRITE,
        ),
        _case(
            "jenksclassify",
            "read-only-csv",
            lambda e, o: _jenks(e, o, OUTPUT_CSV=str(u(o) / "c.csv")),
            CANNOT_WRITE,
        ),
        _case(
            "frequencyratio",
            "line-inventory",
            lambda e, o: _fr(e, o, INVENTORY=e["lines"]),
            r"inventory 'lines' must be a point or polygon layer",
        ),
        _case(
            "frequencyratio",
            "points-outside",
            lambda e, o: _fr(e, o, INVENTORY=e["points_outside"]),
            r"No landslide of 'outside' lies on the factor rasters",
        ),
        _case(
            "frequencyratio",
            "read-only-folder",
            lambda e, o: _fr(e, o, OUTPUT_FOLDER=str(u(o))),
            CANNOT_WRITE,
        ),
        _case(
            "factorscreening",
            "empty-layer",
            lambda e, o: _screening(e, o, SAMPLES=e["empty"]),
            r"Layer 'empty' has no usable \(labelled\) sample",
        ),
        _case(
            "factorscreening",
            "labels-2",
            lambda e, o: _screening(e, o, SAMPLES=e["labels_2"], FACTOR_FIELDS=FACTORS),
            r"must hold 1 \(landslide\) or 0 .* it also holds 2",
        ),
        _case(
            "factorscreening",
            "four-landslides",
            lambda e, o: _screening(e, o, SAMPLES=e["four_slides"], FACTOR_FIELDS=FACTORS),
            TOO_FEW,
        ),
        _case(
            "factorscreening",
            "read-only-report",
            lambda e, o: _screening(e, o, REPORT=str(u(o) / "r.html")),
            CANNOT_WRITE,
        ),
        _case(
            "trainmodel",
            "empty-layer",
            lambda e, o: _train(e, o, INPUT=e["empty_samples"]),
            r"Layer 'empty_samples' has no features",
        ),
        _case("trainmodel", "four-landslides", lambda e, o: _train(e, o, INPUT=e["four_slides"]), TOO_FEW),
        _case(
            "trainmodel",
            "read-only-output",
            lambda e, o: _train(e, o, OUTPUT=str(u(o) / "m.lsmodel")),
            CANNOT_WRITE,
        ),
        _case(
            "trainmodel", "read-only-run-store", lambda e, o: _train(e, o, RUN_STORE=str(u(o))), CANNOT_WRITE
        ),
        _case("predictraster", "corrupt-bundle-garbage", lambda e, o: _predict(e, o), NOT_A_BUNDLE),
        _case(
            "predictraster",
            "corrupt-bundle-version",
            lambda e, o: _predict(e, o, MODEL=e["bundle_version_abc"]),
            NOT_A_BUNDLE,
        ),
        _case(
            "predictraster",
            "corrupt-bundle-list",
            lambda e, o: _predict(e, o, MODEL=e["bundle_manifest_list"]),
            r"manifest\.json is not a JSON object",
        ),
        _case(
            "predictraster",
            "corrupt-bundle-no-factors",
            lambda e, o: _predict(e, o, MODEL=e["bundle_no_factors"]),
            NOT_A_BUNDLE,
        ),
        _case(
            "predictraster",
            "read-only-output",
            lambda e, o: _predict(e, o, OUTPUT=str(u(o) / "s.tif")),
            CANNOT_WRITE,
        ),
        _case("evaluatemodel", "corrupt-bundle", lambda e, o: _evaluate(e, o), NOT_A_BUNDLE),
        _case(
            "evaluatemodel",
            "all-nodata-map",
            lambda e, o: _evaluate(e, o, BUNDLE=None, RASTER=e["all_nodata"]),
            r"No test point of 'samples' falls on a value of raster 'all_nodata'",
        ),
        _case(
            "evaluatemodel",
            "read-only-plot",
            lambda e, o: _evaluate(e, o, OUTPUT_PLOT=str(u(o) / "p.png")),
            CANNOT_WRITE,
        ),
        _case("lsnetpredict", "corrupt-bundle", lambda e, o: _lsnetpredict(e, o), NOT_A_BUNDLE),
        _case(
            "trainlsnet",
            "empty-layer",
            lambda e, o: _trainlsnet(e, o),
            r"No sample of layer 'empty' falls on the factor rasters",
        ),
        _case(
            "trainlsnet",
            "read-only-output",
            lambda e, o: _trainlsnet(e, o, OUTPUT_BUNDLE=str(u(o) / "l.lsmodel")),
            CANNOT_WRITE,
        ),
        # issue 20 (LSNet categorical factors)
        _case(
            "trainlsnet",
            "unknown-categorical",
            lambda e, o: _trainlsnet(e, o, CATEGORICAL="lithology"),
            r"Categorical factor\(s\) lithology are not among the factor rasters",
        ),
        # issue 20 (FCN): lsm:trainfcn / lsm:fcnpredict
        _case(
            "fcnpredict",
            "corrupt-bundle",
            lambda e, o: {"BUNDLE": e["bundle_garbage"], "FACTORS": e["factors"], "OUTPUT": str(o / "f.tif")},
            NOT_A_BUNDLE,
        ),
        _case(
            "trainfcn",
            "empty-landslides",
            lambda e, o: {
                "FACTORS": e["factors"],
                "LANDSLIDES": e["empty"],
                "WINDOW": 32,
                "FILTERS": 2,
                "DEPTH": 1,
                "OUTPUT_BUNDLE": str(o / "f.lsmodel"),
            },
            r"The landslide inventory 'empty' has no point",
        ),
        _case(
            "trainfcn",
            "window-too-small",
            lambda e, o: {
                "FACTORS": e["factors"],
                "LANDSLIDES": e["landslides"],
                "WINDOW": 16,
                "DEPTH": 3,
                "OUTPUT_BUNDLE": str(o / "f.lsmodel"),
            },
            r"too small for depth 3",
        ),
        _case("crossvalidate", "four-landslides", lambda e, o: _cross(e, o, INPUT=e["four_slides"]), TOO_FEW),
        _case(
            "crossvalidate",
            "read-only-output",
            lambda e, o: _cross(e, o, OUTPUT_FOLDS=str(u(o) / "f.gpkg")),
            CANNOT_WRITE,
        ),
        _case(
            "comparenegatives",
            "zero-buffer",
            lambda e, o: _compare(e, o),
            r"buffer distance \(0 map units\) must be at least one cell",
        ),
        _case(
            "saturationtest",
            "four-landslides",
            lambda e, o: _saturation(e, o, INPUT=e["four_slides"]),
            TOO_FEW,
        ),
        _case(
            "saturationtest",
            "read-only-output",
            lambda e, o: _saturation(e, o, OUTPUT_LONG=str(u(o) / "l.gpkg")),
            CANNOT_WRITE,
        ),
        _case(
            "ratecurves",
            "all-nodata",
            lambda e, o: _ratecurves(e, o, INPUT=e["all_nodata"]),
            r"landslide cells lie on nodata of the map",
        ),
        _case(
            "ratecurves",
            "read-only-output",
            lambda e, o: _ratecurves(e, o, OUTPUT_TABLE=str(u(o) / "r.csv")),
            CANNOT_WRITE,
        ),
        _case(
            "report",
            "read-only-output",
            lambda e, o: _report(e, o, OUTPUT=str(u(o) / "r.html")),
            CANNOT_WRITE,
        ),
        _case(
            "alignfactors",
            "no-target-grid",
            lambda e, o: _align(e, o, REFERENCE=None),
            r"Choose the target grid: a reference raster, or an extent and a cell size",
        ),
        _case(
            "alignfactors",
            "unknown-categorical",
            lambda e, o: _align(e, o, CATEGORICAL="geology"),
            r"Categorical factor\(s\) geology are not among the factor rasters",
        ),
        _case(
            "alignfactors",
            "read-only-folder",
            lambda e, o: _align(e, o, OUTPUT_FOLDER=str(u(o))),
            CANNOT_WRITE,
        ),
        _case(
            "deformationmatrix",
            "grid-mismatch",
            lambda e, o: _deformation(e, o, SUSCEPTIBILITY=e["shifted"]),
            r"not on the same grid as 'slope': 'slope_shifted' \(the origin.*lsm:alignfactors",
        ),
        _case(
            "deformationmatrix",
            "breaks-decrease",
            lambda e, o: _deformation(e, o, DEFORMATION_BREAKS="5,1"),
            r"deformation class edges must increase strictly",
        ),
        _case(
            "deformationmatrix",
            "continuous-without-breaks",
            lambda e, o: _deformation(e, o, SUSCEPTIBILITY_BREAKS=""),
            r"not whole numbers: it is not a classed map",
        ),
        _case(
            "deformationmatrix",
            "read-only-plot",
            lambda e, o: _deformation(e, o, OUTPUT_PLOT=str(u(o) / "m.png")),
            CANNOT_WRITE,
        ),
        _case(
            "pipeline",
            "empty-inventory",
            lambda e, o: _pipeline(e, o),
            r"Error encountered while running Samples: .*has no (point|feature|landslide)",
        ),
        _case(
            "paperexperiment",
            "empty-inventory",
            lambda e, o: _paper(e, o),
            r"Error encountered while running Samples: .*has no (point|feature|landslide)",
        ),
        _case("explainmodel", "corrupt-bundle", lambda e, o: _explain(e, o), NOT_A_BUNDLE),
        _case(
            "contributionmaps",
            "missing-factor-raster",
            lambda e, o: _contribution(e, o, FACTORS=[e["slope"], e["cplan"], e["cprof"]]),
            r"needs factor\(s\) elev, log10_carea which are not among the given rasters",
        ),
        _case(
            "contributionmaps",
            "not-a-tif",
            lambda e, o: _contribution(e, o, OUTPUT=str(o / "contributions.img")),
            r"written as GeoTIFF: give '.*contributions\.img' a \.tif extension",
        ),
    ]
    # cancel at early, middle and late progress (jenksclassify and trainmodel report up to 66.7 %)
    for at in (5.0, 50.0, 96.0, 97.0, 99.0):
        c.append(_case("buildsamples", f"cancel-{at:g}", _buildsamples, CANCELLED, cancel_at=at))
        c.append(_case("spysampling", f"cancel-{at:g}", _spy, CANCELLED, cancel_at=at))
    for at in (5.0, 30.0, 66.0):
        c.append(
            _case(
                "jenksclassify",
                f"cancel-{at:g}",
                lambda e, o: _jenks(e, o, LANDSLIDES=e["landslides"]),
                CANCELLED,
                cancel_at=at,
            )
        )
        c.append(_case("trainmodel", f"cancel-{at:g}", _train, CANCELLED, cancel_at=at))
    return c


CASES = _cases()


def _unit_layer(e):
    return os.path.join(os.path.dirname(e["landslides"]), "half_basins.gpkg")


def _unit_cases():
    """Mapping units (issue 18): units in another CRS than the rasters, units with no valid cell or off the
    rasters, not a bundle, a missing factor field, a count field with negatives, an unwritable output;
    temporal folds without a time field."""
    u = _under_file
    return [
        _case(
            "unitfactors",
            "wrong-crs",
            lambda e, o: {"UNITS": _unit_layer(e), "FACTORS": [e["wrong_crs"]], "OUTPUT": str(o / "u.gpkg")},
            r"units 'half_basins' are in EPSG:32717 but the factor rasters are in EPSG:4326",
        ),
        _case(
            "predictunits",
            "not-a-bundle",
            lambda e, o: {
                "UNITS": _unit_layer(e),
                "BUNDLE": e["bundle_garbage"],
                "OUTPUT": str(o / "p.gpkg"),
            },
            r"is not a model bundle of this plugin",
        ),
        _case(
            "unitclasses",
            "read-only-output",
            lambda e, o: {"UNITS": _unit_layer(e), "FIELD": "unit_id", "OUTPUT": str(u(o) / "c.gpkg")},
            CANNOT_WRITE,
        ),
        _case(
            "unitfactors",
            "no-valid-cell",
            lambda e, o: {"UNITS": _unit_layer(e), "FACTORS": [e["all_nodata"]], "OUTPUT": str(o / "u.gpkg")},
            r"Factor 'all_nodata' has no valid cell \(only nodata\) under any unit",
        ),
        _case(
            "unitfactors",
            "units-off-the-rasters",
            lambda e, o: {"UNITS": _unit_layer(e), "FACTORS": [e["far"]], "OUTPUT": str(o / "u.gpkg")},
            r"No unit covers the centre of any cell of the factor rasters",
        ),
        _case(
            "predictunits",
            "missing-factor-field",
            lambda e, o: {"UNITS": _unit_layer(e), "BUNDLE": _unit_bundle(e), "OUTPUT": str(o / "p.gpkg")},
            r"'half_basins' has no field for the model factor\(s\) slope, cplan, cprof, elev, log10_carea",
        ),
        _case(
            "unitclasses",
            "negative-count",
            lambda e, o: {
                "UNITS": _negative_count_units(e),
                "FIELD": "f1",
                "LANDSLIDE_FIELD": "ls_count",
                "OUTPUT": str(o / "c.gpkg"),
                "OUTPUT_TABLE": str(o / "t.gpkg"),
            },
            r"landslide field 'ls_count' holds negative values \(-1\)",
        ),
        _case(
            "unitnegatives",
            "negative-count",
            lambda e, o: {
                "UNITS": _negative_count_units(e),
                "FACTOR_FIELDS": ["f1", "unit_id"],
                "OUTPUT": str(o / "n.gpkg"),
            },
            r"count field 'ls_count' holds values that are not counts \(-1\)",
        ),
        _case(
            "crossvalidate",
            "temporal-without-time-field",
            lambda e, o: _cross(e, o, FOLD_MODE=5),
            r"Temporal folds need a time field",
        ),
        _case(
            "unitworkflow",
            "wrong-crs",
            lambda e, o: {
                "UNITS": _unit_layer(e),
                "FACTORS": [e["wrong_crs"]],
                "INVENTORY": e["landslides"],
                "TREES": 5,
                "trainmodel:Model bundle": str(o / "m.lsmodel"),
                "unitclasses:Classed units": str(o / "c.gpkg"),
                "unitclasses_oof:Out-of-fold classed units": str(o / "oof.gpkg"),
            },
            r"running Units: .*units 'half_basins' are in EPSG:32717 but the factor rasters are in EPSG:4326",
        ),
    ]


def _unit_bundle(e):
    """A logistic regression on the bundled sample points (factors slope ... log10_carea), trained once."""
    if "unit_bundle" not in e:
        path = os.path.join(os.path.dirname(e["bundle_garbage"]), "units_lr.lsmodel")
        e["unit_bundle"] = _run(
            "lsm:trainmodel",
            {
                "INPUT": e["samples"],
                "FACTOR_FIELDS": FACTORS,
                "MODEL": 8,
                "WRITE_RECORD": False,
                "OUTPUT": path,
            },
        )["OUTPUT"]
    return e["unit_bundle"]


def _negative_count_units(e):
    """The half-basins with a count field holding -1 once (ls_count) and a numeric field f1, made once."""
    path = os.path.join(os.path.dirname(e["bundle_garbage"]), "units_negative.gpkg")
    if os.path.exists(path):
        return path
    src = ogr.Open(_unit_layer(e))
    layer = src.GetLayer(0)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    out = ds.CreateLayer("units_negative", layer.GetSpatialRef(), layer.GetGeomType())
    for name, kind in (("unit_id", ogr.OFTInteger), ("ls_count", ogr.OFTInteger), ("f1", ogr.OFTReal)):
        out.CreateField(ogr.FieldDefn(name, kind))
    for i, feature in enumerate(layer):
        new = ogr.Feature(out.GetLayerDefn())
        new.SetGeometry(feature.GetGeometryRef().Clone())
        new.SetField("unit_id", feature.GetField("unit_id"))
        new.SetField("ls_count", -1 if i == 0 else i % 3)
        new.SetField("f1", float(i % 7))
        out.CreateFeature(new)
    ds = None
    return path


CASES += _unit_cases()


def _cancelling_feedback(at):
    """A feedback that cancels once progress passes *at* percent."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress >= at else None)
    return feedback


def _listing(folder):
    return sorted(
        os.path.relpath(os.path.join(root, name), folder)
        for root, dirs, files in os.walk(folder)
        for name in dirs + files
    )


def test_every_algorithm_has_a_case(lsm_provider):
    ids = {a.name() for a in lsm_provider.algorithms()}
    covered = {case.alg for case in CASES}
    assert ids - covered == set(), f"algorithms without a bad-input case: {sorted(ids - covered)}"
    assert covered - ids == set(), f"cases of unknown algorithms: {sorted(covered - ids)}"


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.marks) for c in CASES])
def test_bad_input(case, env, tmp_path):
    from qgis.core import QgsProcessingException

    out = tmp_path / "out"
    out.mkdir()
    parameters = case.parameters(env, out)
    before = _listing(out)
    feedback = _cancelling_feedback(case.cancel_at) if case.cancel_at is not None else None
    with pytest.raises(QgsProcessingException) as excinfo:
        _run(f"lsm:{case.alg}", parameters, feedback)
    message = " ".join(str(a) for a in excinfo.value.args)
    assert "Traceback" not in message, message
    assert __import__("re").search(case.pattern, message), message
    assert _listing(out) == before, f"left behind: {sorted(set(_listing(out)) - set(before))}"


def test_missing_output_folder_is_created(env, tmp_path):
    """The one rule everywhere: an output folder that does not exist is made (before the work)."""
    out = tmp_path / "new" / "deeper"
    results = _run("lsm:jenksclassify", _jenks(env, out))
    assert os.path.isfile(results["OUTPUT"])
    assert os.path.dirname(results["OUTPUT"]) == str(out)


def _dead_pid():
    pid = 999_999
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid -= 1


def test_stale_temporary_files_are_cleaned_next_run(env, tmp_path):
    """Temporary files of killed runs go the next time an algorithm writes to that folder; those of a
    live process (and recent ones without a process id) stay."""
    out = tmp_path / "out"
    out.mkdir()
    dead = out / f".old.partial-{_dead_pid()}-0123abcd.tif"
    alive = out / f".busy.partial-{os.getpid()}-0123abcd.tif"
    old_unnamed = out / ".older.partial-0123abcd.tif"
    new_unnamed = out / ".recent.partial-4567abcd.tif"
    for path in (dead, alive, old_unnamed, new_unnamed):
        path.write_bytes(b"partial")
    two_hours_ago = os.path.getmtime(old_unnamed) - 7200
    os.utime(old_unnamed, (two_hours_ago, two_hours_ago))
    _run("lsm:jenksclassify", _jenks(env, out))
    assert not dead.exists() and not old_unnamed.exists()
    assert alive.exists() and new_unnamed.exists()


def test_failed_run_keeps_the_file_it_would_overwrite(env, tmp_path):
    """An existing output is moved aside during the run: a failure puts it back unchanged, success replaces it."""
    from qgis.core import QgsProcessingException

    out = tmp_path / "out"
    out.mkdir()
    (out / "classes.tif").write_bytes(b"the old map")
    (out / "classes.csv").write_text("the old table")
    with pytest.raises(QgsProcessingException, match="No landslide point falls"):
        _run("lsm:jenksclassify", _jenks(env, out, LANDSLIDES=env["points_outside"]))
    assert (out / "classes.tif").read_bytes() == b"the old map"
    assert (out / "classes.csv").read_text() == "the old table"
    assert _listing(out) == ["classes.csv", "classes.tif"]
    _run("lsm:jenksclassify", _jenks(env, out))
    assert gdal.Open(str(out / "classes.tif")) is not None
    assert not [n for n in os.listdir(out) if ".partial-" in n]
