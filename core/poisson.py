"""Soft landslide labels from the Poisson equation (after Fan et al. 2025, National Science Review).

Instead of 0/1 cells, a training window gets a label field u that is 1 on the mapped landslides and
falls smoothly to 0 around them. u solves the Poisson equation with zero source (Laplace's equation)
on the cells around the landslides, with Dirichlet boundary values:

    -(u[i-1, j] + u[i+1, j] + u[i, j-1] + u[i, j+1] - 4 u[i, j]) = 0   for every free cell (i, j)
    u = 1 on landslide cells
    u = 0 on cells farther than *buffer* cells (Euclidean distance to the nearest landslide cell)
    u = 0 beyond the window edge (the ring of cells just outside it)

The free cells are the non-landslide cells within *buffer* cells of a landslide: the standard
5-point finite-difference Laplacian, unit cell spacing. The sparse linear system over the free cells
is solved directly with scipy.sparse.linalg.spsolve (SuperLU); a window without a landslide is all 0.
By the maximum principle 0 <= u <= 1, and u decreases away from the landslides.

    soft_labels(landslides, buffer=DEFAULT_BUFFER) -> float32 (H, W)
    binary_labels(landslides) -> float32 (H, W)
    LABEL_MODES: 'poisson' (soft, the paper's) and 'binary'
"""

import numpy as np

#: cells around a landslide over which the soft label falls to 0 (ours; the paper gives no number)
DEFAULT_BUFFER = 10
LABEL_MODES = ("poisson", "binary")


def binary_labels(landslides):
    """1.0 on landslide cells, 0.0 elsewhere."""
    return np.asarray(landslides, dtype=bool).astype(np.float32)


def _free_cells(landslides, buffer):
    """Bool (H, W): non-landslide cells within *buffer* cells (Euclidean) of a landslide cell."""
    from scipy import ndimage

    distance = ndimage.distance_transform_edt(~landslides)
    return (~landslides) & (distance <= float(buffer))


def soft_labels(landslides, buffer=DEFAULT_BUFFER):
    """The Poisson soft label of a window (module docstring): float32 (H, W), 1 on *landslides*."""
    from scipy import sparse
    from scipy.sparse.linalg import spsolve

    landslides = np.asarray(landslides, dtype=bool)
    u = landslides.astype(np.float64)
    if not landslides.any():
        return u.astype(np.float32)
    free = _free_cells(landslides, buffer)
    n = int(free.sum())
    if n == 0:
        return u.astype(np.float32)
    height, width = landslides.shape
    index = np.full(landslides.shape, -1, dtype=np.int64)
    index[free] = np.arange(n)
    rows_i, cols_i = np.nonzero(free)
    diag = np.full(n, 4.0)
    rhs = np.zeros(n)
    a_rows, a_cols = [np.arange(n)], [np.arange(n)]
    a_vals = [diag]
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        r, c = rows_i + dr, cols_i + dc
        inside = (r >= 0) & (r < height) & (c >= 0) & (c < width)
        neighbour = np.full(n, -1, dtype=np.int64)
        neighbour[inside] = index[r[inside], c[inside]]
        coupled = neighbour >= 0
        a_rows.append(np.flatnonzero(coupled))
        a_cols.append(neighbour[coupled])
        a_vals.append(np.full(int(coupled.sum()), -1.0))
        # a landslide neighbour is a Dirichlet value 1 moved to the right-hand side (others are 0)
        on_slide = np.zeros(n, dtype=bool)
        on_slide[inside] = landslides[r[inside], c[inside]]
        rhs += on_slide
    matrix = sparse.csr_matrix(
        (np.concatenate(a_vals), (np.concatenate(a_rows), np.concatenate(a_cols))), shape=(n, n)
    )
    u[free] = spsolve(matrix.tocsc(), rhs)
    return np.clip(u, 0.0, 1.0).astype(np.float32)
