"""The lsm:spysampling run around core.pu: the sample table on the grid, the option parsing, the
negatives' rows, the summary table and the run record (core.pu does the PU learning itself).

API:
  parse_negative_classes(text, n_classes) -> tuple of class numbers (LsmError otherwise)
  parse_splits(values, layer_name, field) -> 'train' / 'test' per value (LsmError otherwise)
  SpySamples(X, labels, splits, xy, rows, cols)    the samples on the factors' grid
  on_grid(X, labels, splits, xy, grid, layer_name) -> (SpySamples, n_outside, n_incomplete)
  keep_unlabeled_in(samples, in_pool) -> (SpySamples, n dropped): unlabeled cells off the pool left out
  class_code_warnings(X, names, categorical=()) -> warnings for undeclared class-code factors
  negative_rows(result, samples, grid, include_landslides, feedback, random_splits=())
      -> iterator of (label, split, factor values, row, col, prior, x, y, kind), landslides first,
      kind 'landslide' / 'rn' (reliable negative) / 'random' (random unlabeled cell of a split in
      *random_splits*)
  SUMMARY_COLUMNS, summary_rows(result)            the PU summary table
  spy_record(result, params, samples, layer_name, factor_names, outputs) -> the run record
"""

from dataclasses import dataclass

import numpy as np

from . import pu
from .bundle import data_hash
from .errors import LsmError
from .progress import check_canceled
from .records import run_record

#: split names of a sample layer
SPLITS = ("train", "test")
#: features written between two looks at the cancel flag
CANCEL_EVERY = 5000

SUMMARY_COLUMNS = (
    ("split", "str"),
    ("landslides", "int"),
    ("unlabeled", "int"),
    ("spies", "int"),
    ("threshold", "double"),
    ("rrn", "int"),
    ("rejected_share", "double"),
    ("negatives", "int"),
    ("available_cells", "int"),
    ("jenks_breaks", "str"),
)


def parse_negative_classes(text, n_classes):
    """Sorted class numbers of a comma (or semicolon) separated list, from 1 to *n_classes*, leaving
    out at least the highest class."""
    text = text or ""
    try:
        classes = tuple(sorted({int(v) for v in text.replace(";", ",").split(",") if v.strip()}))
    except ValueError as exc:
        raise LsmError(
            f"Prior classes giving negatives: '{text}' is not a comma-separated list of class numbers (e.g. 1,2)."
        ) from exc
    if not classes or classes[0] < 1 or classes[-1] > n_classes or len(classes) >= n_classes:
        raise LsmError(
            f"Prior classes giving negatives must be numbers from 1 to {n_classes} (the Jenks classes), leaving "
            f"out at least the highest; got '{text}'."
        )
    return classes


def parse_splits(values, layer_name, field):
    """'train' / 'test' per value of a split field (any case, spaces stripped)."""
    splits = np.array([str(v).strip().lower() if v is not None else "" for v in values])
    bad = sorted(set(splits) - set(SPLITS))
    if bad:
        raise LsmError(
            "Field '{}' of '{}' holds {}: only 'train' and 'test' are understood.".format(
                field, layer_name, ", ".join(repr(b) for b in bad[:5])
            )
        )
    return splits


@dataclass
class SpySamples:
    """Samples on the factors' grid: values (n, F), labels 1/0, splits, points (n, 2), cells."""

    X: np.ndarray
    labels: np.ndarray
    splits: np.ndarray
    xy: np.ndarray
    rows: np.ndarray
    cols: np.ndarray

    def cells(self, grid):
        return self.rows * grid.width + self.cols

    def present(self):
        """The splits that have samples, in SPLITS order."""
        return [s for s in SPLITS if np.any(self.splits == s)]

    def subset(self, keep):
        """The samples of the bool mask *keep*."""
        return SpySamples(
            self.X[keep],
            self.labels[keep],
            self.splits[keep],
            self.xy[keep],
            self.rows[keep],
            self.cols[keep],
        )


def keep_unlabeled_in(samples, in_pool):
    """(samples, n dropped): the landslides and the unlabeled cells where *in_pool* (bool per sample,
    the unlabeled pool: core.samples.unlabeled_pool) holds; unlabeled cells elsewhere are left out."""
    keep = (samples.labels == 1) | np.asarray(in_pool, dtype=bool)
    return samples.subset(keep), int(np.sum(~keep))


def class_code_warnings(X, names, categorical=()):
    """Warnings for the factors not declared categorical whose sample values are a few whole numbers
    (the rule of core.sampleset for lsm:trainmodel): class codes read as numbers."""
    from .sampleset import FEW_VALUES

    out = []
    for j, name in enumerate(names):
        if name in set(categorical):
            continue
        distinct = np.unique(X[:, j][np.isfinite(X[:, j])])
        if 2 < distinct.size <= FEW_VALUES and np.allclose(distinct, np.round(distinct)):
            out.append(
                f"Factor '{name}' has only {distinct.size} whole-number values "
                f"({', '.join(f'{v:g}' for v in distinct)}): if these are class codes (lithology, land cover), "
                "declare it categorical (the step forests then one-hot encode it)."
            )
    return out


def on_grid(X, labels, splits, xy, grid, layer_name):
    """The labelled samples inside the grid with a value for every factor: (SpySamples, points
    outside, points inside without every factor). LsmError when no landslide is left."""
    n = len(labels)
    rows, cols = grid.rowcol(xy[:, 0], xy[:, 1]) if n else (np.zeros(0, int), np.zeros(0, int))
    labelled = labels >= 0
    inside = np.isfinite(xy).all(axis=1) & grid.inside(rows, cols)
    complete = np.isfinite(X).all(axis=1)
    keep = inside & complete & labelled
    if not np.any(keep & (labels == 1)):
        raise LsmError(
            f"No landslide of '{layer_name}' lies on the factor rasters with a value for every factor: check "
            "that the layer and the rasters cover the same area."
        )
    samples = SpySamples(X[keep], labels[keep], splits[keep], xy[keep], rows[keep], cols[keep])
    return samples, int(np.sum(~inside & labelled)), int(np.sum(inside & ~complete & labelled))


def _sample_rows(result, samples, label, split, kind):
    """Rows of the sample's points of *label* in *split*, scored by that split's prior model."""
    s = samples
    pos = np.flatnonzero((s.splits == split) & (s.labels == label))
    prior = result.models[split].predict_proba(s.X[pos])[:, 1] if pos.size else []
    for i, p in zip(pos, prior):
        yield label, split, s.X[i], s.rows[i], s.cols[i], p, s.xy[i, 0], s.xy[i, 1], kind


def negative_rows(result, samples, grid, include_landslides, feedback, random_splits=()):
    """Rows of the negatives layer: (label, split, values, row, col, prior, x, y, kind); the landslides
    of the sample (label 1, scored by their split's prior model) first when *include_landslides*,
    then the reliable negatives ('rn'), then the sample's unlabeled cells of the splits in
    *random_splits* (label 0, kind 'random', scored by their split's prior model): 'test' gives the
    random test set of issue 13, 'train' the random training negatives of Fu et al.'s Table II
    (core.sampleset.training_pool trains on the 'rn' rows when a layer holds both kinds)."""
    if include_landslides:
        for split in result.negatives:
            yield from _sample_rows(result, samples, 1, split, "landslide")
    for split, neg in result.negatives.items():
        x, y = grid.xy(neg["rows"], neg["cols"])
        for i in range(neg["rows"].size):
            if i % CANCEL_EVERY == 0:
                check_canceled(feedback)
            yield 0, split, neg["X"][i], neg["rows"][i], neg["cols"][i], neg["prior"][i], x[i], y[i], "rn"
    for split in result.negatives:
        if split in random_splits:
            check_canceled(feedback)
            yield from _sample_rows(result, samples, 0, split, "random")


def summary_rows(result):
    """Rows of the PU summary table (SUMMARY_COLUMNS), one per split."""
    return [
        [
            o.split,
            o.landslides,
            o.unlabeled,
            o.spies,
            o.threshold,
            o.rrn,
            o.rejected_share,
            o.negatives,
            o.available,
            ", ".join("{:.6g}".format(e) for e in o.edges),
        ]
        for o in result.outcomes.values()
    ]


def spy_record(result, params, samples, layer_name, factor_names, outputs):
    """The lsm:spysampling run record (metrics of the training prior on the test split when any)."""
    s = samples
    model_type = pu.MODEL_TYPES[params.method]
    summary = {
        "method": params.method,
        "splits": {split: dict(vars(o)) for split, o in result.outcomes.items()},
        "times_s": {k: round(v, 3) for k, v in result.times.items()},
        "factors": list(factor_names),
        "categorical": [factor_names[i] for i in params.categorical],
    }
    ratios = params.split_ratios()
    if "test" in s.present():
        summary["test_ratio"] = ratios["test"]
    return run_record(
        "lsm:spysampling",
        evaluation=result.metrics or None,
        # the metrics: the training prior on the test landslides and the test reliable negatives
        # (core.records test-set kind 'rn'); without a test split there are no metrics to name
        test_set="rn" if result.metrics else None,
        model_type=model_type,
        ratio=params.ratio,
        dataset=layer_name,
        parameters=pu.params_dict(params),
        data_hashes={sp: data_hash(s.X[s.splits == sp], s.labels[s.splits == sp]) for sp in s.present()},
        outputs=outputs,
        summary=summary,
        name="{} prior 1:{:g}".format(model_type, params.ratio),
    )
