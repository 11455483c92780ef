"""core.report: the HTML report of a run store, checked on hand-made run records."""

import base64
import re

import pytest
from _helpers import write_evaluation
from landslide_susceptibility.core import report
from landslide_susceptibility.core.errors import Canceled
from landslide_susceptibility.core.metrics import METRIC_KEYS
from landslide_susceptibility.core.runrecord import new_record, write_record

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _metrics(base):
    """Metrics whose every value is *base* plus a per-key offset (all distinct, easy to find)."""
    return {key: round(base + i / 1000, 4) for i, key in enumerate(METRIC_KEYS)}


def _curves(bend):
    fpr = [i / 10 for i in range(11)]
    return {
        "roc": {"fpr": fpr, "tpr": [min(1.0, x**bend) for x in fpr]},
        "pr": {"recall": fpr, "precision": [1 - 0.5 * x ** (1 / bend) for x in fpr]},
    }


@pytest.fixture()
def store(tmp_path):
    folder = tmp_path / "runs"
    write_evaluation(
        folder,
        "BRF 1:10",
        "brf",
        10.0,
        _metrics(0.8),
        metrics_best=_metrics(0.85),
        best_threshold=0.42,
        curves=_curves(0.3),
        created="2026-01-01T10:00:00+00:00",
    )
    write_evaluation(
        folder,
        "RF <benchmark>",
        "rf",
        1.0,
        _metrics(0.7),
        curves=_curves(0.6),
        created="2026-01-01T11:00:00+00:00",
    )
    write_record(
        folder,
        new_record(
            "lsm:jenksclassify",
            name="Classes",
            created="2026-01-01T12:00:00+00:00",
            class_areas={
                "labels": ["Very low", "Low", "High"],
                "percent": [61.25, 27.5, 11.25],
                "landslide_percent": [3.5, 16.5, 80.0],
            },
        ),
    )
    (folder / "broken.lsmrun.json").write_text("{not json", encoding="utf-8")
    (folder / "other.lsmrun.json").write_text('{"schema": "something-else"}', encoding="utf-8")
    (folder / "notes.txt").write_text("not a record", encoding="utf-8")
    return folder


def _images(text):
    return re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)


def test_report_has_metrics_curves_classes_and_reasons(store, tmp_path):
    out = tmp_path / "report.html"
    summary = report.write_report(out, str(store), title="Study <area>")
    text = out.read_text(encoding="utf-8")
    best = summary.pop("best")
    assert summary == {"runs": 3, "unreadable": 2, "maps": 0, "images": 2}
    assert best.startswith("BRF 1:10 (run ")
    assert "<title>Study &lt;area&gt;</title>" in text
    # every metric value of both evaluated runs, at 4 decimals, in the table at the reported threshold
    for base in (0.8, 0.7):
        for value in _metrics(base).values():
            assert f"{value:.4f}" in text
    # the G-mean-best table has the first run's best metrics and its threshold
    assert f"{_metrics(0.85)['roc_auc']:.4f}" in text and "0.420" in text
    # the best value of each column is marked, and it is the BRF run's (all its metrics are higher)
    best_cells = re.findall(r'<td class="best"[^>]*>([0-9.]+)&#9733;</td>', text)
    at_threshold = text.split('data-set="metrics"')[1].split("</table>")[0]
    marked = re.findall(r'<td class="best"[^>]*>([0-9.]+)&#9733;</td>', at_threshold)
    assert marked == [f"{v:.4f}" for v in _metrics(0.8).values()]
    # the G-mean-best table has one run: nothing to compare it with, no mark
    assert len(best_cells) == len(METRIC_KEYS)
    assert "RF &lt;benchmark&gt;" in text and "RF <benchmark>" not in text
    # class areas: a chart and the table values
    assert "Class-area distribution" in text
    for value in ("61.25", "27.50", "11.25", "80.00"):
        assert value in text
    # the two unreadable files are listed with their reason; the .txt is no record at all
    assert "broken.lsmrun.json: not valid JSON" in text
    assert "other.lsmrun.json: not an lsm run record" in text
    assert "notes.txt" not in text


def test_images_are_embedded_png_and_nothing_external(store, tmp_path):
    maps = [
        report.MapImage(
            "Susceptibility", _tiny_png(), [("#1a9641", "Very low"), ("#d7191c", "Very high")], "EPSG:32717"
        )
    ]
    out = tmp_path / "report.html"
    report.write_report(out, str(store), maps=maps)
    text = out.read_text(encoding="utf-8")
    images = _images(text)
    assert len(images) == 3  # the map, the curves, the class chart
    for data in images:
        assert base64.b64decode(data).startswith(PNG_SIGNATURE)
    assert base64.b64decode(images[0]) == _tiny_png()
    assert "Very high" in text and "background:#d7191c" in text and "EPSG:32717" in text
    # self-contained: every src/href is a data URI, no stylesheet or script is fetched
    assert "http://" not in text and "https://" not in text
    assert not re.search(r'(src|href)="(?!data:)', text)
    assert "<link" not in text and "<script" not in text


def test_curves_figure_draws_the_best_runs_first(store):
    from landslide_susceptibility.core.runrecord import read_store

    records, _ = read_store(str(store))
    chosen, left_out = report.curve_records(records, limit=1)
    assert [r["name"] for r in chosen] == ["BRF 1:10"] and left_out == 1
    assert report.curves_png(chosen).startswith(PNG_SIGNATURE)
    assert report.curves_png([]) is None


def test_empty_store_still_gives_a_report(tmp_path):
    out = tmp_path / "empty.html"
    summary = report.write_report(out, str(tmp_path / "missing"))
    assert summary["runs"] == 0 and summary["images"] == 0
    assert "No run record has metrics." in out.read_text(encoding="utf-8")


def test_cancel_leaves_no_file(store, tmp_path):
    class Cancelled:
        def isCanceled(self):  # noqa: N802
            return True

        def setProgress(self, value):  # noqa: N802
            pass

        def pushInfo(self, message):  # noqa: N802
            pass

    out = tmp_path / "report.html"
    with pytest.raises(Canceled):
        report.write_report(out, str(store), feedback=Cancelled())
    assert list(tmp_path.glob("*.html")) == []


def _tiny_png():
    """A 2x1 PNG made by matplotlib (red, blue)."""
    import numpy as np
    from matplotlib.figure import Figure

    figure = Figure(figsize=(0.2, 0.1))
    figure.figimage(np.array([[[1.0, 0, 0], [0, 0, 1.0]]]))
    return report._figure_png(figure)


def test_classed_map_areas_counted_unless_a_record_has_them(tmp_path):
    import numpy as np
    from osgeo import gdal

    raster = tmp_path / "classes.tif"
    data = np.array([[0, 1, 1, 2], [1, 2, 2, 2]], dtype=np.uint8)  # 0 nodata: 3 of class 1, 4 of class 2
    ds = gdal.GetDriverByName("GTiff").Create(str(raster), 4, 2, 1, gdal.GDT_Byte)
    ds.GetRasterBand(1).SetNoDataValue(0)
    ds.GetRasterBand(1).WriteArray(data)
    ds = None
    assert report.raster_class_percent(raster, 1, [1, 2]) == pytest.approx([300 / 7, 400 / 7])
    store = tmp_path / "runs"
    store.mkdir()
    out = tmp_path / "r.html"
    report.write_report(out, str(store), class_maps=[("My classes", str(raster), [1, 2], ["Low", "High"])])
    text = out.read_text(encoding="utf-8")
    assert "<h3>My classes</h3>" in text and "42.86" in text and "57.14" in text
    # a jenksclassify record naming the raster brings its own areas (with landslides): no second count
    write_record(
        store,
        new_record(
            "lsm:jenksclassify",
            name="Jenks",
            outputs={"classes": str(raster)},
            class_areas={
                "labels": ["Low", "High"],
                "percent": [40.0, 60.0],
                "landslide_percent": [10.0, 90.0],
            },
        ),
    )
    report.write_report(out, str(store), class_maps=[("My classes", str(raster), [1, 2], ["Low", "High"])])
    text = out.read_text(encoding="utf-8")
    assert "<h3>My classes</h3>" not in text and "<h3>Jenks</h3>" in text and "90.00" in text
