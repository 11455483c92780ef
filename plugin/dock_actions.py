"""Actions of the metrics dock on the selected runs: rename, delete, export the table or the chart, load
the output layers; and the message bar / dialog helpers they use (replaceable in tests)."""

import os

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ..algorithms._styling import apply_classed_style, apply_continuous_style, band_min_max
from ..core.run_compare import delete_record, rename_record, write_csv
from .run_table import tr

#: suffixes of run outputs that are not map layers
NOT_LAYERS = (
    ".zip",
    ".lsmodel",
    ".json",
    ".pkl",
    ".pt",
    ".html",
    ".txt",
    ".model3",
    ".png",
    ".svg",
    ".pdf",
    ".jpg",
    ".csv",
)

#: the names of at most this many runs are listed in the delete question
LISTED_RUNS = 12


def layer_outputs(record):
    """{key: path} of the outputs of *record* that may be map layers (not bundles, images, reports)."""
    outputs = record.get("outputs")
    if not isinstance(outputs, dict):
        return {}
    return {
        key: path
        for key, path in outputs.items()
        if isinstance(path, str)
        and path
        and os.path.splitext(path.split("|")[0])[1].lower() not in NOT_LAYERS
    }


def integer_band(layer):
    """True when band 1 of the raster *layer* holds integers."""
    return layer.dataProvider().dataType(1) in (
        Qgis.DataType.Byte,
        Qgis.DataType.UInt16,
        Qgis.DataType.Int16,
        Qgis.DataType.UInt32,
        Qgis.DataType.Int32,
    )


def run_name(record):
    """The display name of *record*: its name, else its run id."""
    return str(record.get("name") or record["run_id"])


def class_labels(record):
    """The class labels of a classified map of *record* (record['class_areas']['labels']), or None."""
    areas = record.get("class_areas")
    return areas.get("labels") if isinstance(areas, dict) else None


def open_layer(path, name):
    """A valid raster, else vector layer of *path*, or None."""
    layer = QgsRasterLayer(path, name)
    if not layer.isValid():
        layer = QgsVectorLayer(path, name, "ogr")
    return layer if layer.isValid() else None


def style_raster(layer, labels):
    """Style a loaded raster as the algorithms do: a single-band integer raster of a run with class
    labels gets the class palette and labels, another single-band raster the green-to-red ramp
    (over 0..1 when its values lie there, as the susceptibility maps, else over its range)."""
    if layer.bandCount() != 1:
        return
    if labels and integer_band(layer):
        apply_classed_style(layer, [str(v) for v in labels])
        return
    if integer_band(layer):
        return
    low, high = band_min_max(layer.dataProvider(), 1)
    if low is None or high is None:
        return
    if low >= 0.0 and high <= 1.0:
        low, high = 0.0, 1.0
    apply_continuous_style(layer, low, high)


def record_layers(record):
    """(layers, missing paths) of the outputs of *record*, rasters styled by style_raster."""
    layers, missing = [], []
    labels = class_labels(record)
    for key, path in layer_outputs(record).items():
        if not os.path.exists(path.split("|")[0]):
            missing.append(path)
            continue
        layer = open_layer(path, "{} – {}".format(run_name(record), key))
        if layer is None:
            continue
        if isinstance(layer, QgsRasterLayer):
            style_raster(layer, labels)
        layers.append(layer)
    return layers, missing


def load_message(layers, missing):
    """(text, level) telling how the loading of the outputs went."""
    text = tr("{} layer(s) loaded.").format(len(layers))
    if not layers and not missing:
        text = tr("The selected runs have no output layers (model bundles and reports are not layers).")
    if missing:
        text += " " + tr("Missing files: {}").format(", ".join(missing))
    return text, Qgis.MessageLevel.Warning if missing else Qgis.MessageLevel.Info


def delete_question(records):
    """The confirmation question before deleting the record files of *records*."""
    names = "\n".join("• " + str(r.get("name") or r["run_id"]) for r in records[:LISTED_RUNS])
    if len(records) > LISTED_RUNS:
        names += "\n" + tr("… and {} more").format(len(records) - LISTED_RUNS)
    return tr(
        "Delete {} run record(s)?\n\n{}\n\nThe record files are removed from the run store; the output "
        "files of the runs are left on disk."
    ).format(len(records), names)


class RunActionsMixin:
    """The run actions part of the dock: needs `records`, `model`, `grouped`, `chart`, `iface`,
    `selected_rows()`, `selected_records()`, `reload()` and the replaceable dialogs `confirm`,
    `ask_text`, `ask_save_path`."""

    def _record(self, run_id):
        for record in self.records:
            if record["run_id"] == run_id:
                return record
        return None

    def rename_run(self, run_id, name):
        """Write *name* as the display name of run *run_id* (into its record file)."""
        record = self._record(run_id)
        if record is None:
            return False
        try:
            rename_record(record, name)
        except (OSError, ValueError) as exc:
            self.notify(tr("Could not rename the run: {}").format(exc), Qgis.MessageLevel.Warning)
            return False
        self.reload()
        return True

    def rename_selected_dialog(self):
        rows = self.selected_rows()
        if len(rows) != 1 or self.grouped:
            return
        name = self.ask_text(tr("Rename run"), tr("New name of the run:"), rows[0]["name"])
        if name and name.strip():
            self.rename_run(rows[0]["run_ids"][0], name.strip())

    def delete_selected(self):
        """Delete the record files of the selected runs after confirmation; returns how many."""
        records = self.selected_records()
        if not records:
            return 0
        if not self.confirm(tr("Delete runs"), delete_question(records)):
            return 0
        deleted = 0
        for record in records:
            try:
                delete_record(record)
                deleted += 1
            except OSError as exc:
                self.notify(
                    tr("Could not delete {}: {}").format(record.get("_path"), exc), Qgis.MessageLevel.Warning
                )
        self.reload()
        return deleted

    def export_csv(self, path):
        """Write the tables as shown (filters and grouping applied) to the CSV file *path*: the metric
        runs, then the priors and the maps (their test_set column tells them apart)."""
        write_csv(path, self.model.rows + self.priors_model.rows + self.maps_model.rows, self.grouped)
        self.notify(tr("Table exported to {}").format(path), Qgis.MessageLevel.Success)
        return path

    def export_csv_dialog(self):
        path = self.ask_save_path(tr("Export the runs table"), "lsm_runs.csv", tr("CSV files (*.csv)"))
        if path:
            if not path.lower().endswith(".csv"):
                path += ".csv"
            try:
                self.export_csv(path)
            except OSError as exc:
                self.notify(tr("Could not write {}: {}").format(path, exc), Qgis.MessageLevel.Warning)

    def export_chart(self, path):
        """Save the current chart to *path* (.png or .svg; another suffix gets .png added)."""
        if not self.chart.available:
            raise RuntimeError(tr("Charts need matplotlib."))
        if os.path.splitext(path)[1].lower() not in (".png", ".svg", ".pdf"):
            path += ".png"
        self.chart.save(path)
        self.notify(tr("Chart saved to {}").format(path), Qgis.MessageLevel.Success)
        return path

    def export_chart_dialog(self):
        if not self.chart.available:
            return
        path = self.ask_save_path(
            tr("Save the chart"), "lsm_chart.png", tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if path:
            try:
                self.export_chart(path)
            except OSError as exc:
                self.notify(tr("Could not write {}: {}").format(path, exc), Qgis.MessageLevel.Warning)

    def load_outputs(self, records):
        """Add the output layers of *records* (record['outputs']) to the project; returns the layers.

        Each run gets a layer tree group named after it; files that are not layers (model bundles,
        reports) and files that no longer exist are skipped and counted in the message.
        """
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        layers, missing = [], []
        for record in records:
            if not isinstance(record.get("outputs"), dict):
                continue
            run_layers, run_missing = record_layers(record)
            missing.extend(run_missing)
            if run_layers:
                group = root.insertGroup(0, run_name(record))
                for layer in run_layers:
                    project.addMapLayer(layer, False)
                    group.addLayer(layer)
                layers.extend(run_layers)
        self.notify(*load_message(layers, missing))
        return layers

    def load_selected_outputs(self):
        self.load_outputs(self.selected_records())

    # -- messages and dialogs ------------------------------------------------------------------

    def notify(self, text, level=Qgis.MessageLevel.Info):
        """Show *text* in the QGIS message bar (kept in last_message too)."""
        self.last_message = (text, level)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Compare runs"), text, level, 6)

    def _confirm_dialog(self, title, text):
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _text_dialog(self, title, label, text):
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _save_dialog(self, title, default, filters):
        path, _ = QFileDialog.getSaveFileName(self, title, default, filters)
        return path

    def _folder_dialog(self, title):
        return QFileDialog.getExistingDirectory(self, title)
