"""The landslide counts and the class table outputs of lsm:jenksclassify (algorithms/jenksclassify.py is the adapter).

    counted_note(alg, counted) -> the table note telling which landslides were counted
    selection(alg, parameters, context, source) -> (label field or None, split field or None, split choice)
    landslide_counts(alg, source, selection, raster_layer, class_path, k, context, feedback)
        -> (counts per class, (what was counted, number, unit))
    row_values(alg, row) -> the TABLE_COLUMNS values of a class row
    write_table_sink(alg, parameters, context, rows) -> the table sink id or None
    write_csv(alg, path, rows): the class table as CSV
*alg* is the JenksClassifyAlgorithm instance (its parameter ids); messages are translated in its context."""

import csv
import os

import numpy as np
from qgis.core import QgsCoordinateTransform
from qgis.PyQt.QtCore import QCoreApplication

from ..core import classing, sampleset
from ..core.errors import LsmError
from ..core.labels import parse_labels
from ._compat import GEOMETRY_POINT, GEOMETRY_POLYGON, geometry_type
from .base import table_values, write_table


def counted_note(alg, counted):
    if counted is None:
        return ""
    what, n, unit = counted
    names = {
        "test": QCoreApplication.translate("JenksClassifyAlgorithm", "test landslides"),
        "train": QCoreApplication.translate("JenksClassifyAlgorithm", "TRAINING landslides (optimistic)"),
        "all": QCoreApplication.translate("JenksClassifyAlgorithm", "all landslides given"),
    }
    return QCoreApplication.translate("JenksClassifyAlgorithm", "Landslides counted: {} ({} {})").format(
        names[what], n, unit
    )


def selection(alg, parameters, context, source):
    """(label field or None, split field or None, split choice) for the landslide layer."""
    names = source.fields().names()
    label = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    split = alg.parameterAsString(parameters, alg.SPLIT_FIELD, context) or "split"
    choice = alg.SPLITS[alg.parameterAsEnum(parameters, alg.SPLIT, context)]
    return (label if label in names else None, split if split in names else None, choice)


def landslide_counts(alg, source, selection, raster_layer, class_path, k, context, feedback):
    """(counts per class, (what was counted: 'test' / 'train' / 'all', number, unit))."""
    transform = QgsCoordinateTransform(source.sourceCrs(), raster_layer.crs(), context.transformContext())
    kind = geometry_type(source.wkbType())
    if kind not in (GEOMETRY_POINT, GEOMETRY_POLYGON):
        raise LsmError(
            QCoreApplication.translate(
                "JenksClassifyAlgorithm",
                "The landslide layer '{}' must be a point or polygon layer (landslide points, inventory "
                "polygons or a sample layer); it holds other geometries."
            ).format(source.sourceName())
        )  # fmt: skip
    polygons = kind == GEOMETRY_POLYGON
    xs, ys, wkbs, what = selected_geometries(alg, source, selection, transform, polygons, feedback)
    counts = class_counts(alg, raster_layer, class_path, k, polygons, (xs, ys, wkbs), feedback)
    n = len(wkbs) if polygons else len(xs)
    return counts, (
        what,
        n,
        QCoreApplication.translate("JenksClassifyAlgorithm", "polygons")
        if polygons
        else QCoreApplication.translate("JenksClassifyAlgorithm", "points"),
    )


def selected_geometries(alg, source, selection, transform, polygons, feedback):
    """(xs, ys, wkbs, what) of the landslides to count: label 1 rows of a layer with the label
    field, the chosen split of a layer with the split field."""
    label_field, split_field, choice = selection
    xs, ys, wkbs, labels, splits = _landslide_geometries(
        source, transform, polygons, feedback, (label_field, split_field)
    )
    keep = np.ones(len(labels), dtype=bool)
    if label_field:
        keep &= parse_labels(labels, source.sourceName(), label_field) == 1
    what = "all"
    if split_field and choice != "all":
        keep &= sampleset.parse_split(splits) == choice
        what = choice
        if not keep.any():
            raise LsmError(
                QCoreApplication.translate(
                    "JenksClassifyAlgorithm",
                    "The landslide layer '{}' has no '{}' landslide in its field '{}': choose another split "
                    "(Landslides counted) or another layer."
                ).format(source.sourceName(), choice, split_field)
            )  # fmt: skip
    parts = np.asarray(keep if polygons else np.repeat(keep, [len(p) for p in xs]), dtype=bool)
    if polygons:
        return [], [], [w for w, k in zip(wkbs, parts) if k], what
    flat_x = [x for part in xs for x in part]
    flat_y = [y for part in ys for y in part]
    return [x for x, k in zip(flat_x, parts) if k], [y for y, k in zip(flat_y, parts) if k], [], what


def class_counts(alg, raster_layer, class_path, k, polygons, geometries, feedback):
    xs, ys, wkbs = geometries
    if polygons:
        if not wkbs:
            raise LsmError(
                QCoreApplication.translate("JenksClassifyAlgorithm", "The landslide layer has no geometry.")
            )
        counts, notes = classing.polygon_class_counts(class_path, wkbs, k, feedback)
        for note in notes:
            feedback.pushInfo(note)
        if counts.sum() == 0:
            raise LsmError(
                QCoreApplication.translate(
                    "JenksClassifyAlgorithm",
                    "No landslide polygon covers a valid cell of '{}': check that the layers overlap."
                ).format(raster_layer.name())
            )  # fmt: skip
        return counts
    if not xs:
        raise LsmError(
            QCoreApplication.translate("JenksClassifyAlgorithm", "The landslide layer has no points.")
        )
    counts, outside, nodata = classing.point_class_counts(class_path, np.array(xs), np.array(ys), k)
    if outside or nodata:
        feedback.pushWarning(
            QCoreApplication.translate(
                "JenksClassifyAlgorithm",
                "{} landslide point(s) outside the raster and {} on nodata were dropped."
            ).format(outside, nodata)
        )  # fmt: skip
    if counts.sum() == 0:
        raise LsmError(
            QCoreApplication.translate(
                "JenksClassifyAlgorithm",
                "No landslide point falls on a valid cell of '{}': check that the layers overlap."
            ).format(raster_layer.name())
        )  # fmt: skip
    return counts


def row_values(alg, row):
    return table_values(
        [
            row.klass,
            row.label,
            row.lower,
            row.upper,
            row.pixels,
            row.area,
            row.area_km2,
            row.area_percent,
            row.landslides,
            row.landslide_percent,
            row.frequency_ratio,
        ],
        alg.TABLE_COLUMNS,
    )


def write_table_sink(alg, parameters, context, rows):
    if parameters.get(alg.OUTPUT_TABLE) is None:
        return None
    return write_table(
        alg,
        parameters,
        alg.OUTPUT_TABLE,
        context,
        alg.TABLE_COLUMNS,
        [row_values(alg, r) for r in rows],
    )


def write_csv(alg, path, rows):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([name for name, _ in alg.TABLE_COLUMNS])
        for row in rows:
            writer.writerow(["" if v is None else v for v in row_values(alg, row)])


def _landslide_geometries(source, transform, polygons, feedback, fields=(None, None)):
    """(xs, ys, wkbs, labels, splits) of the features in the raster's CRS: polygon WKBs, else per
    feature the list of its points' x and y; the values of the *fields* (label, split; None: no
    such field) per feature."""
    xs, ys, wkbs, labels, splits = [], [], [], [], []
    label_field, split_field = fields
    for feature in source.getFeatures():
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry.transform(transform)
        labels.append(feature[label_field] if label_field else None)
        splits.append(feature[split_field] if split_field else None)
        if polygons:
            wkbs.append(geometry.asWkb())
            continue
        parts = list(geometry.constParts())
        xs.append([part.x() for part in parts])
        ys.append([part.y() for part in parts])
    return xs, ys, wkbs, labels, splits
