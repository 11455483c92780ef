"""Module-level helpers of the `lsm` algorithms (re-exported by algorithms/base.py, where they are imported from).

table_fields(columns) -> QgsFields of (name, kind) pairs
table_values(row, columns) -> attribute values of one row (None for missing values and NaN)
write_table(alg, parameters, name, context, columns, rows, required=False) -> sink id or None
push_notes(feedback, notes): core notes to the log ('WARNING: ' ones as warnings)
joblib_threads() -> context in which joblib runs on threads
json_parameters(alg, parameters, context) -> the parameters as JSON-safe values, for run records
"""

import contextlib

from qgis.core import QgsFeature, QgsFeatureSink, QgsFields
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from ._compat import WKB_NO_GEOMETRY, make_field


def table_fields(columns):
    """QgsFields from (name, kind) pairs, kind in _compat.FIELD_TYPES ('str', 'int', 'long', 'double')."""
    fields = QgsFields()
    for column, kind in columns:
        fields.append(make_field(column, kind))
    return fields


def table_values(row, columns):
    """Attribute values of one row for *columns*: None (NULL) for missing values and NaN, the
    column's Python type otherwise (numpy scalars included). Infinity stays: a VIF of a perfectly
    collinear factor is reported as inf."""
    import numpy as np

    values = []
    for value, (_column, kind) in zip(row, columns):
        if value is None or (isinstance(value, (float, np.floating)) and np.isnan(value)):
            values.append(None)
        elif kind in ("int", "long"):
            values.append(int(value))
        elif kind == "double":
            values.append(float(value))
        else:
            values.append(str(value))
    return values


def write_table(alg, parameters, name, context, columns, rows, required=False):
    """Write *rows* (sequences in *columns* order) into the table sink parameter *name* (no
    geometry); returns its destination id, or None when the sink was not asked for. With
    *required*, a sink that cannot be created is an error."""
    fields = table_fields(columns)
    sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, WKB_NO_GEOMETRY)
    if sink is None:
        if required:
            raise LsmError(alg.invalidSinkError(parameters, name))
        return None
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(table_values(row, columns))
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise LsmError(
                QCoreApplication.translate("LsmAlgorithm", "Cannot write the table '{}': {}").format(
                    alg.parameterDefinition(name).description(), sink.lastError()
                )
            )
    return dest_id


def push_notes(feedback, notes):
    """Show core notes in the log: those starting with 'WARNING: ' as warnings, the rest as info."""
    for note in notes:
        if note.startswith("WARNING: "):
            feedback.pushWarning(note[len("WARNING: ") :])
        else:
            feedback.pushInfo(note)


def joblib_threads():
    """Context in which joblib (scikit-learn's and imbalanced-learn's n_jobs) runs on threads.

    Inside QGIS, sys.executable is the QGIS binary (or, under qgis_process, whatever `python3` the
    PATH finds), so joblib's default process workers would start the wrong program; threads also
    avoid copying the data to worker processes. The setting is local to the running thread.
    """
    try:
        from joblib import parallel_config
    except ImportError:
        try:
            from joblib import parallel_backend
        except ImportError:
            return contextlib.nullcontext()
        return parallel_backend("threading")
    return parallel_config(backend="threading")


def json_parameters(alg, parameters, context):
    """The algorithm parameters as JSON-safe values (layers by source, objects as text), for run records."""
    import json

    result = {}
    for definition in alg.parameterDefinitions():
        key = definition.name()
        if key not in parameters:
            continue
        value = parameters[key]
        try:
            json.dumps(value)
            result[key] = value
        except (TypeError, ValueError):
            result[key] = str(getattr(value, "source", value))
    return result
