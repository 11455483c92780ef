"""One rule for label fields, used by every algorithm that reads 1/0 labels.

Accepted: 1 / 0 as numbers or text ("1", "0", "1.0", "0.0"), true / false, yes / no (any case),
booleans. NULL (None, NaN, empty text) rows are dropped by the caller and counted in its log. Anything
else is an LsmError naming the layer, the field and the values found.
"""

import math

import numpy as np

from .errors import LsmError

#: label of a NULL row in the array parse_labels returns
NULL_LABEL = -1
_TEXT = {"1": 1, "0": 0, "1.0": 1, "0.0": 0, "true": 1, "false": 0, "yes": 1, "no": 0}
_SHOWN = 8


def _label_of(value):
    """1, 0, NULL_LABEL, or None when *value* is not a label."""
    if value is None:
        return NULL_LABEL
    if isinstance(value, (bool, np.bool_)):
        return int(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if not text:
            return NULL_LABEL
        return _TEXT.get(text)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(number):
        return NULL_LABEL
    if number in (0.0, 1.0):
        return int(number)
    return None


def parse_labels(values, layer_name, field_name):
    """int64 labels of a field's values: 1 landslide, 0 unlabeled/negative, NULL_LABEL (-1) for NULL.

    Raises LsmError naming the other values (up to eight) found in the field."""
    out = np.full(len(values), NULL_LABEL, dtype=np.int64)
    bad = set()
    for i, value in enumerate(values):
        label = _label_of(value)
        if label is None:
            bad.add(str(value))
        else:
            out[i] = label
    if bad:
        shown = ", ".join(sorted(bad)[:_SHOWN])
        more = f" (and {len(bad) - _SHOWN} more)" if len(bad) > _SHOWN else ""
        raise LsmError(
            f"Field '{field_name}' of layer '{layer_name}' must hold 1 (landslide) or 0 (non-landslide); it also "
            f"holds {shown}{more}. Choose the right label field or recode it (true/false and yes/no are "
            f"accepted too; NULL rows are skipped)."
        )
    return out


def labelled(labels):
    """(mask of the rows with a label, number of NULL rows) of parse_labels' output."""
    mask = np.asarray(labels) != NULL_LABEL
    return mask, int((~mask).sum())


def null_note(n_null, layer_name, field_name):
    """The log line for dropped NULL-label rows, or '' when there were none."""
    if not n_null:
        return ""
    return f"{n_null} feature(s) of '{layer_name}' have no value in '{field_name}' and were skipped."
