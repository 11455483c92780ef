"""lsm:deformationmatrix: deformation classes x susceptibility classes (core.deformation)."""

import os

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import deformation, records
from ..core.errors import LsmError
from ..core.grid import Factor, atomic_path
from . import _params
from .base import LsmAlgorithm, json_parameters, push_notes

DEFAULT_BREAKS = "-inf,-10,-5,5,10,inf"


class DeformationMatrixAlgorithm(LsmAlgorithm):
    """Contingency table of deformation classes x susceptibility classes, chi-square and Cramer's V."""

    ALGORITHM_NAME = "deformationmatrix"
    DISPLAY_NAME = "Deformation x susceptibility matrix"
    GROUP_ID = "evaluation"
    HELP = (
        "Checks a susceptibility map against ground deformation (e.g. an SBAS-InSAR velocity map in mm/yr), as "
        "Tang et al. 2026 do: the cells of each deformation class (user breaks on the signed velocity or on "
        "|velocity|) counted per susceptibility class (a classed map such as lsm:jenksclassify writes, or a "
        "continuous map with breaks), with row and column shares, the chi-square test and Cramer's V.\n\n"
        "Both rasters must be on one grid (lsm:alignfactors puts them there). Outputs: a CSV table, a PNG "
        "heatmap and a run record."
    )

    DEFORMATION = "DEFORMATION"
    DEFORMATION_BREAKS = "DEFORMATION_BREAKS"
    ABSOLUTE = "ABSOLUTE"
    SUSCEPTIBILITY = "SUSCEPTIBILITY"
    SUSCEPTIBILITY_BREAKS = "SUSCEPTIBILITY_BREAKS"
    SUSCEPTIBILITY_LABELS = "SUSCEPTIBILITY_LABELS"
    RUN_STORE = "RUN_STORE"
    WRITE_RECORD = "WRITE_RECORD"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_PLOT = "OUTPUT_PLOT"
    OUT_CHI2 = "CHI2"
    OUT_P = "P_VALUE"
    OUT_V = "CRAMERS_V"
    OUT_RECORD = "RUN_RECORD"
    OUT_RUN_ID = "RUN_ID"

    def initAlgorithm(self, config=None):  # noqa: N802
        add = _params.add
        add(
            self,
            QgsProcessingParameterRasterLayer(self.DEFORMATION, self.tr("Deformation raster")),
            self.tr("Ground deformation, e.g. the LOS velocity of an SBAS-InSAR map in mm/yr (band 1)."),
        )
        add(
            self,
            QgsProcessingParameterString(
                self.DEFORMATION_BREAKS, self.tr("Deformation class edges (comma separated)"), DEFAULT_BREAKS
            ),
            self.tr(
                "Edges of the deformation classes, increasing; inf and -inf allowed. The default "
                "-inf,-10,-5,5,10,inf gives five classes of the signed velocity."
            ),
        )
        add(
            self,
            QgsProcessingParameterBoolean(self.ABSOLUTE, self.tr("Class |velocity|"), defaultValue=False),
            self.tr(
                "Class the absolute value of the deformation (e.g. edges 0,5,10,20,inf) instead of the sign."
            ),
        )
        add(
            self,
            QgsProcessingParameterRasterLayer(self.SUSCEPTIBILITY, self.tr("Susceptibility raster")),
            self.tr(
                "A classed map (whole class codes, e.g. lsm:jenksclassify's output) or, with class edges below, a "
                "continuous susceptibility index; on the deformation raster's grid."
            ),
        )
        add(
            self,
            QgsProcessingParameterString(
                self.SUSCEPTIBILITY_BREAKS,
                self.tr("Susceptibility class edges (comma separated)"),
                optional=True,
            ),
            self.tr(
                "For a continuous map: the edges of its classes, e.g. 0,0.2,0.4,0.6,0.8,1. Empty: the raster's "
                "values are class codes."
            ),
        )
        add(
            self,
            QgsProcessingParameterString(
                self.SUSCEPTIBILITY_LABELS,
                self.tr("Susceptibility class labels (comma separated)"),
                optional=True,
            ),
            self.tr(
                "One label per susceptibility class. Default: Very low ... Very high for codes 1..5, else "
                "'Class <code>' (or the edges for a continuous map)."
            ),
        )
        _params.add_run_store(self)
        add(
            self,
            QgsProcessingParameterBoolean(
                self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True
            ),
            self.tr("Write the matrix and its statistics into the run store."),
        )
        add(
            self,
            QgsProcessingParameterFileDestination(
                self.OUTPUT_TABLE, self.tr("Matrix table (CSV)"), self.tr("CSV files (*.csv)")
            ),
            self.tr(
                "One row per pair of classes: cells, share of the deformation class, of the susceptibility class."
            ),
        )
        add(
            self,
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PLOT, self.tr("Matrix heatmap (PNG)"), self.tr("PNG files (*.png)"), optional=True
            ),
            self.tr("Heatmap of the row shares with the cell counts."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_CHI2, self.tr("Chi-square statistic")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_P, self.tr("Chi-square p-value")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_V, self.tr("Cramer's V")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, self.tr("Run id")))

    def _raster(self, parameters, name, context, what):
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None or not layer.isValid():
            raise LsmError(self.tr("The {} could not be opened.").format(what))
        path = layer.source().split("|")[0]
        if not os.path.exists(path):
            raise LsmError(
                self.tr("The {} '{}' is not a file on disk ({}); save it as GeoTIFF first.").format(
                    what, layer.name(), path
                )
            )
        return layer, Factor(layer.name(), path, 1)

    def process(self, parameters, context, feedback):
        d_layer, d_factor = self._raster(parameters, self.DEFORMATION, context, self.tr("deformation raster"))
        s_layer, s_factor = self._raster(
            parameters, self.SUSCEPTIBILITY, context, self.tr("susceptibility raster")
        )
        if d_factor.name == s_factor.name:
            s_factor = Factor(s_factor.name + " (susceptibility)", s_factor.path, 1)
        d_edges = deformation.parse_breaks(
            self.parameterAsString(parameters, self.DEFORMATION_BREAKS, context), "deformation class edges"
        )
        s_text = self.parameterAsString(parameters, self.SUSCEPTIBILITY_BREAKS, context).strip()
        s_edges = deformation.parse_breaks(s_text, "susceptibility class edges") if s_text else None
        absolute = self.parameterAsBool(parameters, self.ABSOLUTE, context)
        matrix = deformation.contingency_matrix(d_factor, s_factor, d_edges, s_edges, absolute, feedback)
        self._relabel(parameters, context, matrix)
        push_notes(feedback, matrix.notes)
        self._log(feedback, matrix)
        results = self._write_outputs(parameters, context, matrix, s_layer.name())
        results.update({self.OUT_CHI2: matrix.chi2, self.OUT_P: matrix.p_value, self.OUT_V: matrix.cramers_v})
        results[self.OUT_RECORD], results[self.OUT_RUN_ID] = "", ""
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            record = self._record(parameters, context, matrix, d_factor, s_factor, results, absolute)
            results[self.OUT_RUN_ID] = self.write_run_record(
                record, parameters, context, feedback, results[self.OUTPUT_TABLE]
            )
            results[self.OUT_RECORD] = self.last_record_path
        return results

    def _relabel(self, parameters, context, matrix):
        text = self.parameterAsString(parameters, self.SUSCEPTIBILITY_LABELS, context).strip()
        if not text:
            return
        labels = [s.strip() for s in text.split(",")]
        if len(labels) != len(matrix.susceptibility_labels):
            raise LsmError(
                self.tr(
                    "{} susceptibility labels were given for {} classes ({}): give one label per class."
                ).format(
                    len(labels), len(matrix.susceptibility_labels), ", ".join(matrix.susceptibility_labels)
                )
            )
        matrix.susceptibility_labels = labels

    def _log(self, feedback, matrix):
        feedback.pushInfo(
            self.tr("{} cells counted in {} deformation x {} susceptibility classes.").format(
                matrix.n, len(matrix.deformation_labels), len(matrix.susceptibility_labels)
            )
        )
        feedback.pushInfo(
            self.tr("Chi-square {:.6g} (dof {}), p-value {:.3g}, Cramer's V {:.4f}.").format(
                matrix.chi2, matrix.dof, matrix.p_value, matrix.cramers_v
            )
        )

    def _write_outputs(self, parameters, context, matrix, map_name):
        table_path = self.parameterAsFileOutput(parameters, self.OUTPUT_TABLE, context)
        with atomic_path(table_path) as tmp:
            deformation.write_csv(matrix, tmp)
        results = {self.OUTPUT_TABLE: table_path, self.OUTPUT_PLOT: None}
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        if plot_path:
            from ..core.charts import save_png

            with atomic_path(plot_path) as tmp:
                save_png(deformation.matrix_figure(matrix, title=map_name), tmp)
            results[self.OUTPUT_PLOT] = plot_path
        return results

    def _record(self, parameters, context, matrix, d_factor, s_factor, results, absolute):
        outputs = {"deformation": d_factor.path, "raster": s_factor.path, "table": results[self.OUTPUT_TABLE]}
        if results[self.OUTPUT_PLOT]:
            outputs["plot"] = results[self.OUTPUT_PLOT]
        return records.run_record(
            "lsm:deformationmatrix",
            kind="deformation_matrix",
            name=f"{s_factor.name} x {d_factor.name}",
            dataset=s_factor.name,
            parameters=json_parameters(self, parameters, context),
            deformation_matrix={
                "deformation_labels": list(matrix.deformation_labels),
                "susceptibility_labels": list(matrix.susceptibility_labels),
                "counts": matrix.counts.tolist(),
                "absolute": bool(absolute),
            },
            outputs=outputs,
            summary={
                "chi2": matrix.chi2,
                "dof": matrix.dof,
                "p_value": matrix.p_value,
                "cramers_v": matrix.cramers_v,
                "n_cells": matrix.n,
                "notes": list(matrix.notes),
            },
        )
