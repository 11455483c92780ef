"""A stated GDAL block-cache budget for the algorithms, instead of GDAL's default (5 % of RAM).

GDAL keeps decoded raster blocks in one process-wide cache. Its default size grows with the
machine (5 % of RAM: 1.6 GB on a 32 GB desktop), and on a pixel-interleaved stack every block read
of one band fills the cache with the blocks of all bands, so the cache becomes most of a run's
memory. Every algorithm runs inside `gdal_cache_budget()` (algorithms/base.py): the cache is capped
at GDAL_CACHE_MB while it runs and put back afterwards. 256 MB holds a full row of 256 x 256 tiles
of a 16-band float32 stack 4000 cells wide (16 x 16 x 256 KB = 64 MB) several times over, so the
block readers never decode a tile twice within a pass.
"""

import threading
from contextlib import contextmanager

from osgeo import gdal

#: GDAL block-cache budget while an algorithm runs (MB)
GDAL_CACHE_MB = 256

_LOCK = threading.Lock()
_DEPTH = [0, None]  # nesting depth, cache size to put back


@contextmanager
def gdal_cache_budget(megabytes=GDAL_CACHE_MB):
    """Cap GDAL's block cache at *megabytes* MB while the block runs (never raising a smaller cap
    already set); the size before is put back when the outermost budget ends. Thread-safe: nested
    and concurrent runs share one budget."""
    budget = int(megabytes) * 1024 * 1024
    with _LOCK:
        if _DEPTH[0] == 0:
            _DEPTH[1] = gdal.GetCacheMax()
        _DEPTH[0] += 1
        if gdal.GetCacheMax() > budget:
            gdal.SetCacheMax(budget)
    try:
        yield budget
    finally:
        with _LOCK:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                gdal.SetCacheMax(_DEPTH[1])


def cache_stats():
    """(bytes in GDAL's block cache now, its cap in bytes)."""
    return int(gdal.GetCacheUsed()), int(gdal.GetCacheMax())
