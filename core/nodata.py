"""Values that look like a nodata marker in a raster band that does not declare them as nodata.

untagged_nodata_note(path, band=1, name=None) -> str | None
    'WARNING: ...' when the band's minimum (or maximum) is a common nodata marker (-9999, -32768,
    -3.4e38, ...) that is not its nodata value: those cells would be used as data (a class of their
    own, a factor value). None otherwise. One pass over the band (GDAL's exact min/max) unless the
    band's statistics are already stored.
"""

import numpy as np

from .grid import open_raster

#: markers of "no value" that rasters carry without a nodata tag (Float32 lowest/highest included)
SUSPECT_MINIMA = (
    -9999.0,
    -99999.0,
    -999999.0,
    -32768.0,
    -32767.0,
    -3.4028234663852886e38,
    -1.7976931348623157e308,
)
SUSPECT_MAXIMA = (3.4028234663852886e38, 1.7976931348623157e308)


def _min_max(band):
    stats_min = band.GetMetadataItem("STATISTICS_MINIMUM")
    stats_max = band.GetMetadataItem("STATISTICS_MAXIMUM")
    if stats_min is not None and stats_max is not None:
        return float(stats_min), float(stats_max)
    try:
        result = band.ComputeRasterMinMax(False)
    except RuntimeError:  # every cell is nodata
        result = None
    if not result:
        return None, None
    return float(result[0]), float(result[1])


def _is_marker(value, markers):
    return value is not None and any(np.isclose(value, m, rtol=1e-6, atol=0.0) for m in markers)


def untagged_nodata_note(path, band=1, name=None, value_range=None):
    """See the module docstring. *value_range* (min, max of the band's valid values, known from a
    pass the caller made anyway) saves the min/max pass over the band."""
    ds = open_raster(path)
    raster_band = ds.GetRasterBand(band)
    nodata = raster_band.GetNoDataValue()
    vmin, vmax = _min_max(raster_band) if value_range is None else value_range
    found = [v for v, markers in ((vmin, SUSPECT_MINIMA), (vmax, SUSPECT_MAXIMA)) if _is_marker(v, markers)]
    found = [v for v in found if nodata is None or not np.isclose(v, nodata, rtol=1e-6, atol=0.0)]
    if not found:
        return None
    label = name or str(path)
    return (
        "WARNING: Raster '{}' (band {}) holds {} but {}: such cells look like nodata and are used as "
        "data values. If they mean 'no value', set it as the band's nodata (Layer Properties > "
        "Transparency, or gdal_edit.py -a_nodata {} {}) and run again.".format(
            label,
            band,
            " and ".join(f"{v:g}" for v in found),
            "declares no nodata value" if nodata is None else f"its nodata value is {nodata:g}",
            f"{found[0]:g}",
            path,
        )
    )
