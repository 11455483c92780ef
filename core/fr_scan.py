"""One read of the factor stack for lsm:frequencyratio; the later passes read compact value files.

Where the time went (bench/bench_scale.py, 2000^2 x 16, py-spy): a third of the run decoded the
stack into one-band copies, a third classified every cell of every factor again to count the class
areas (a searchsorted per cell), a fifth ran the Jenks passes over the copies (each through the
raster reader: nodata checks, float64 copies), a tenth read the whole grid again for 2000 landslide
cells, and every pass re-ran the mask. Here (17 s -> 2.8 s there, read 2.4 s; 1.56x one read at 4000^2):

- `scan_factors`: ONE pass over the factors' rasters (each file read once per window, all its
  bands at once, the next window read ahead in a background thread). Per factor it keeps the
  valid values inside the mask (float32, nothing else) in a raw scratch file, with the count per
  window; the per-window summary of the Jenks passes (core.jenks' summary part, on the same float64
  values in the same windows: identical sums); and the values of every factor at the landslide
  cells (NaN on nodata) with the mask applied to those cells.
- `StoredValues`: a core.jenks chunk source over one factor's value file, one chunk per window as
  before (so every float sum, and so every break, is the one of the reader-based passes); its
  summary pass is answered from the scan (core.jenks' distinct part hands the refinement each
  window's distinct values with their counts), and its `Tally` keeps the per-bin counts of the
  histogram pass and the distinct values of the bins the refinement expands. The passes over the
  rasters of core.fr_passes keep a `Tally` too (core.frequency_ratio.TalliedSource).
- `Tally.class_cells(edges)`: the cells of each class without another pass. Every inner Jenks (or
  quantile) edge is a data value inside an expanded bin; bins are monotone in the value, so the
  cells at or below the edge are the cells of the bins before its bin plus the expanded values of
  its bin up to the edge. None (the caller counts in one more pass over the value files) when an
  edge is not such a value (equal intervals) or a bin is not wholly known.
"""

import os
import shutil
import tempfile
from contextlib import contextmanager

import numpy as np

from . import jenks as jenks_module
from .grid import block_windows, natural_block, open_raster
from .parallel import imap_ahead
from .progress import check_canceled

#: free disk space kept beyond the value files (bytes)
SCRATCH_RESERVE = 256 * 1024 * 1024


def scratch_space_ok(grid, n_factors, folder=None):
    """True when *folder* (default the temp folder) has room for the value files (4 bytes per cell
    and factor, at most)."""
    folder = folder or tempfile.gettempdir()
    return shutil.disk_usage(folder).free >= 4 * grid.n_cells * n_factors + SCRATCH_RESERVE


@contextmanager
def scratch_folder(folder=None):
    """A scratch folder removed afterwards (cancel and errors included)."""
    path = tempfile.mkdtemp(prefix="lsm_fr_", dir=folder)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


class Tally:
    """What the Jenks / quantile passes of one factor saw: per-bin counts, expanded values."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.bin_counts = None
        self.units = []

    def collector(self, part, args):
        """A function taking each chunk's *part* result (core.jenks' moments or distinct parts)."""
        if part is jenks_module._moments_part:
            self.bin_counts = np.zeros(int(args[2]))
            self.units = []

            def add(result):
                if result is not None:
                    result.add_to(self.bin_counts)

            return add
        if part is jenks_module._distinct_part:

            def add(result):
                if result[0].size:
                    self.units.append(result)

            return add
        return lambda result: None

    def class_cells(self, edges, n_total):
        """int64 cells per class of *edges* (class i: edges[i] < v <= edges[i+1], the first from
        the minimum), or None when the passes seen do not determine them."""
        if not self.units:
            return None
        v = np.concatenate([u[0] for u in self.units])
        w = np.concatenate([u[1] for u in self.units])
        if self.bin_counts is None:  # the direct programme: every value was seen
            if w.sum() != n_total:
                return None
            at_most = [w[v <= e].sum() for e in edges[1:-1]]
        else:
            b = np.concatenate([u[2] for u in self.units])
            at_most = []
            for e in edges[1:-1]:
                hit = np.flatnonzero(v == e)
                if not hit.size:
                    return None
                in_bin = b == b[hit[0]]
                if w[in_bin].sum() != self.bin_counts[b[hit[0]]]:
                    return None
                at_most.append(self.bin_counts[: b[hit[0]]].sum() + w[in_bin & (v <= e)].sum())
        return np.diff(np.concatenate([[0.0], at_most, [float(n_total)]])).round().astype(np.int64)


class StoredValues:
    """core.jenks chunk source over one factor's valid values as the scan stored them."""

    def __init__(self, path, counts, summary_parts, feedback=None):
        self.path = path
        self.counts = counts
        self.summary_parts = summary_parts
        self.feedback = feedback
        self.tally = Tally()

    @property
    def n_values(self):
        return int(sum(self.counts))

    def __call__(self):
        with open(self.path, "rb") as handle:
            for n in self.counts:
                check_canceled(self.feedback)
                yield np.fromfile(handle, dtype=np.float32, count=n).astype(np.float64), None

    def map_parts(self, part, *args):
        """part(values, None, *args) of every window; the summary part from the scan."""
        if part is jenks_module._summary_part:
            self.tally.reset()  # a new Jenks run starts with its summary
            yield from self.summary_parts
            return
        add = self.tally.collector(part, args)
        for v, w in self():
            result = part(v, w, *args)
            add(result)
            yield result


class _WindowReads:
    """Reads one window of every file of a group of factors (each file's bands at once)."""

    def __init__(self, factors):
        self.files = {}
        self.where = []  # (path, row in that file's read) per factor
        for f in factors:
            if f.path not in self.files:
                self.files[f.path] = (open_raster(f.path), [])
            bands = self.files[f.path][1]
            if f.band not in bands:
                bands.append(f.band)
            self.where.append((f.path, bands.index(f.band)))
        self.nodata = []
        for f in factors:
            nodata = self.files[f.path][0].GetRasterBand(f.band).GetNoDataValue()
            self.nodata.append(np.float32(nodata) if nodata is not None and np.isfinite(nodata) else None)

    def __call__(self, window):
        xoff, yoff, xs, ys = window
        arrays = {}
        for path, (ds, bands) in self.files.items():
            a = ds.ReadAsArray(xoff, yoff, xs, ys, band_list=bands)
            arrays[path] = a.reshape(len(bands), xs * ys)
        return [arrays[path][i].astype(np.float32, copy=False) for path, i in self.where]


class ScanResult:
    """The scan: a StoredValues per factor, the kept landslide cells and their factor values."""

    def __init__(self, sources, rows, cols, values):
        self.sources = sources
        self.rows = rows
        self.cols = cols
        self.values = values


def _groups(factors, grid):
    """Factor indices grouped by window layout (the natural block of each factor's band)."""
    out = {}
    for j, f in enumerate(factors):
        shape = natural_block(f.path, f.band)
        out.setdefault(tuple(block_windows(grid, shape)), []).append(j)
    return out


def cells_in_window(rows, cols, window):
    """Indices of the (row-sorted) cells (rows, cols) inside *window*, and their offsets in it."""
    xoff, yoff, xs, ys = window
    lo, hi = np.searchsorted(rows, [yoff, yoff + ys])
    idx = lo + np.flatnonzero((cols[lo:hi] >= xoff) & (cols[lo:hi] < xoff + xs))
    return idx, (rows[idx] - yoff) * xs + (cols[idx] - xoff)


def scan_factors(factors, grid, rows, cols, mask_fn, folder, feedback=None):
    """ScanResult of one pass over the factors (see the module docstring). *rows*, *cols*: the
    distinct landslide cells inside the grid, sorted by row; those outside the mask are dropped."""
    n_windows = 0
    groups = _groups(factors, grid)
    total = sum(len(w) for w in groups)
    values = np.full((rows.size, len(factors)), np.nan)
    in_mask = np.ones(rows.size, dtype=bool)
    sources = [None] * len(factors)
    for windows, members in groups.items():
        files = [open(os.path.join(folder, f"f{j:04d}.f32"), "wb") for j in members]
        counts = [[] for _ in members]
        summaries = [[] for _ in members]
        reads = _WindowReads([factors[j] for j in members])
        try:
            with imap_ahead(reads, windows) as blocks:
                for window, block in zip(windows, blocks):
                    check_canceled(feedback)
                    keep_in = None if mask_fn is None else np.asarray(mask_fn(window), dtype=bool).ravel()
                    idx, at = cells_in_window(rows, cols, window)
                    if keep_in is not None and idx.size:
                        in_mask[idx] = keep_in[at]
                    for i, j in enumerate(members):
                        v = block[i]
                        keep = np.isfinite(v)
                        if reads.nodata[i] is not None:
                            keep &= v != reads.nodata[i]
                        values[idx, j] = np.where(keep[at], v[at], np.nan)
                        if keep_in is not None:
                            keep &= keep_in
                        valid = v[keep]
                        valid.tofile(files[i])
                        counts[i].append(valid.size)
                        summaries[i].append(jenks_module._summary_part(valid.astype(np.float64), None))
                    n_windows += 1
                    if feedback is not None:
                        feedback.setProgress(100.0 * n_windows / total)
        finally:
            for handle in files:
                handle.close()
        for i, j in enumerate(members):
            path = os.path.join(folder, f"f{j:04d}.f32")
            sources[j] = StoredValues(path, counts[i], summaries[i], feedback)
    return ScanResult(sources, rows[in_mask], cols[in_mask], values[in_mask])
