"""Factor rasters resampled onto one reference grid through GDAL's warper (lsm:alignfactors).

    target_grid(extent, cell_size, crs_wkt) -> Grid
        the grid of cell size *cell_size* whose top-left corner is the extent's (xmin, ymax) and that
        covers the extent (a partial last column / row is kept)
    output_names(factors) -> [file stem per factor]: the factor name with characters other than
        letters, digits, '_', '-' and '.' replaced by '_'; LsmError when two factors get one name
    align_factors(factors, grid, folder, continuous="bilinear", vrt_path=None, feedback=None)
        -> AlignResult(paths, vrt_path, notes)
        one Float32 GeoTIFF per factor in *folder* (<stem>.tif, nodata FLOAT_NODATA), resampled with
        "near" for categorical factors and *continuous* (one of CONTINUOUS_METHODS) for the others;
        with *vrt_path* also a VRT stack of them (band descriptions = factor names, the names the
        algorithms give stack bands). Every file is written under a temporary name and renamed only
        when all are written: an error or a cancel leaves none of them.

Nodata: the source band's nodata (NaN for a float band without one) is not used by the warper, and
cells without a value (outside the source, or whose resampling kernel holds only nodata) get
FLOAT_NODATA, the convention of core.grid.
"""

import math
import os
import re
from dataclasses import dataclass, field

from osgeo import gdal

from .errors import Canceled, LsmError
from .grid import FLOAT_NODATA, GTIFF_OPTIONS, Grid, open_raster
from .progress import check_canceled, ensure_feedback

gdal.UseExceptions()

#: resampling methods offered for continuous factors (GDAL names); categorical ones always use "near"
CONTINUOUS_METHODS = ("bilinear", "cubic", "average")
CATEGORICAL_METHOD = "near"
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass
class AlignResult:
    """What align_factors wrote: one GeoTIFF per factor (factor order), the VRT stack or None."""

    paths: list
    vrt_path: str = None
    notes: list = field(default_factory=list)


def target_grid(extent, cell_size, crs_wkt):
    """Grid covering *extent* (xmin, ymin, xmax, ymax) with square cells of *cell_size*."""
    xmin, ymin, xmax, ymax = (float(v) for v in extent)
    size = float(cell_size)
    if not (size > 0 and math.isfinite(size)):
        raise LsmError(f"The cell size must be a positive number, got {cell_size}.")
    if not (xmax > xmin and ymax > ymin):
        raise LsmError(f"The extent ({xmin}, {ymin}, {xmax}, {ymax}) is empty: choose a larger one.")
    # a cell is added only when the extent goes more than 1 % of a cell beyond whole cells
    width = max(1, math.ceil((xmax - xmin) / size - 0.01))
    height = max(1, math.ceil((ymax - ymin) / size - 0.01))
    return Grid(width, height, (xmin, size, 0.0, ymax, 0.0, -size), crs_wkt or "")


def output_names(factors):
    """File stems of the aligned factors (the factor names made safe for a file name)."""
    stems = [_UNSAFE.sub("_", f.name).strip("._") or f"factor_{i + 1}" for i, f in enumerate(factors)]
    seen = {}
    for factor, stem in zip(factors, stems):
        other = seen.get(stem.lower())
        if other is not None:
            raise LsmError(
                f"Factors '{other}' and '{factor.name}' would both be written as '{stem}.tif': rename one "
                "of the layers (or band descriptions)."
            )
        seen[stem.lower()] = factor.name
    return stems


def _partial(path):
    directory, name = os.path.split(os.path.abspath(path))
    stem, ext = os.path.splitext(name)
    return os.path.join(directory, f".{stem}.partial-{os.getpid()}-{os.urandom(4).hex()}{ext}")


def _single_band(factor):
    """The factor's band as a one-band dataset (an in-memory VRT for a band of a stack)."""
    ds = open_raster(factor.path, f"factor raster '{factor.name}'")
    if factor.band < 1 or factor.band > ds.RasterCount:
        raise LsmError(
            f"Factor '{factor.name}': band {factor.band} does not exist in '{factor.path}' "
            f"({ds.RasterCount} bands)."
        )
    if ds.RasterCount == 1:
        return ds
    return gdal.Translate("", ds, format="VRT", bandList=[factor.band])


def _source_nodata(dataset):
    band = dataset.GetRasterBand(1)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        return nodata
    if band.DataType in (gdal.GDT_Float32, gdal.GDT_Float64):
        return float("nan")
    return None


def _progress_callback(feedback, start, span):
    def callback(complete, _message, _data):
        if feedback.isCanceled():
            return 0
        feedback.setProgress(start + span * complete)
        return 1

    return callback


def warp_onto(dst, src, grid, method, src_nodata, dst_nodata, format="GTiff", **options):
    """gdal.Warp of the dataset *src* into *dst* as Float32 on *grid* (its CRS, extent and size), resampled
    by *method* (a GDAL resampling name); *options* go to gdal.Warp as they are."""
    xmin, ymin, xmax, ymax = grid.extent
    return gdal.Warp(
        dst,
        src,
        format=format,
        dstSRS=grid.crs_wkt or None,
        outputBounds=(xmin, ymin, xmax, ymax),
        width=grid.width,
        height=grid.height,
        resampleAlg=method,
        srcNodata=src_nodata,
        dstNodata=dst_nodata,
        outputType=gdal.GDT_Float32,
        **options,
    )


def _warp(factor, grid, tmp, method, feedback, start, span):
    src = _single_band(factor)
    try:
        warp_onto(
            tmp,
            src,
            grid,
            method,
            _source_nodata(src),
            FLOAT_NODATA,
            creationOptions=GTIFF_OPTIONS + ["PREDICTOR=3"],
            callback=_progress_callback(feedback, start, span),
        )
    except RuntimeError as exc:
        check_canceled(feedback)
        raise LsmError(f"GDAL could not resample factor '{factor.name}' ({factor.path}): {exc}") from exc
    check_canceled(feedback)
    ds = gdal.Open(tmp, gdal.GA_Update)
    ds.GetRasterBand(1).SetDescription(factor.name)
    ds = None


def _write_vrt(tmp_vrt, final_paths, factors):
    """A VRT stack of the final GeoTIFF names (relative to the VRT), band descriptions = factor names."""
    # BuildVRT reads the sources, so it is built on the final names after they are in place
    vrt = gdal.BuildVRT(tmp_vrt, final_paths, separate=True)
    if vrt is None:
        raise LsmError(f"GDAL could not build the VRT stack '{tmp_vrt}'.")
    for b, factor in enumerate(factors, start=1):
        band = vrt.GetRasterBand(b)
        band.SetDescription(factor.name)
        band.SetNoDataValue(FLOAT_NODATA)
    vrt.FlushCache()
    vrt = None
    with open(tmp_vrt, encoding="utf-8") as handle:
        text = handle.read()
    folder = os.path.dirname(os.path.abspath(tmp_vrt))
    for path in final_paths:
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, folder).replace(os.sep, "/")
        text = text.replace(
            f'<SourceFilename relativeToVRT="0">{absolute}</SourceFilename>',
            f'<SourceFilename relativeToVRT="1">{relative}</SourceFilename>',
        )
    with open(tmp_vrt, "w", encoding="utf-8") as handle:
        handle.write(text)


def _remove(paths):
    for path in paths:
        for p in (path, path + ".aux.xml"):
            try:
                os.remove(p)
            except OSError:
                pass


def align_factors(factors, grid, folder, continuous="bilinear", vrt_path=None, feedback=None):
    """Resample *factors* onto *grid* into *folder* (see the module docstring); AlignResult."""
    feedback = ensure_feedback(feedback)
    if continuous not in CONTINUOUS_METHODS:
        raise LsmError(f"Unknown resampling method '{continuous}' (one of {', '.join(CONTINUOUS_METHODS)}).")
    if not factors:
        raise LsmError("No factor raster was given.")
    os.makedirs(folder, exist_ok=True)
    stems = output_names(factors)
    finals = [os.path.join(folder, f"{stem}.tif") for stem in stems]
    temps = [_partial(path) for path in finals]
    notes = []
    span = 100.0 / len(factors)
    try:
        for k, (factor, tmp) in enumerate(zip(factors, temps)):
            check_canceled(feedback)
            method = CATEGORICAL_METHOD if factor.categorical else continuous
            _warp(factor, grid, tmp, method, feedback, k * span, span)
            notes.append(f"'{factor.name}' resampled ({method}) onto the {grid.width} x {grid.height} grid.")
    except BaseException:
        _remove(temps)
        raise
    return _commit(factors, temps, finals, vrt_path, notes)


def _commit(factors, temps, finals, vrt_path, notes):
    """Rename the temporary GeoTIFFs to their names, then write the VRT (under a temporary name)."""
    done = []
    try:
        for tmp, final in zip(temps, finals):
            os.replace(tmp, final)
            done.append(final)
        if vrt_path:
            tmp_vrt = _partial(vrt_path)
            try:
                _write_vrt(tmp_vrt, finals, factors)
                os.replace(tmp_vrt, vrt_path)
            except BaseException:
                _remove([tmp_vrt])
                raise
    except (OSError, RuntimeError, LsmError, Canceled) as exc:
        _remove(temps + done)
        if isinstance(exc, LsmError):
            raise
        raise LsmError(f"Cannot write the aligned factors: {exc}") from exc
    return AlignResult(list(finals), vrt_path or None, notes)
