"""lsm:comparenegatives through processing.run on a tiny synthetic area (issue 13 item 7)."""

import csv
import importlib.util
import json
from pathlib import Path

import numpy as np
from _helpers import write_points


def _synthetic(folder):
    spec = importlib.util.spec_from_file_location(
        "compare_unit", Path(__file__).parents[1] / "unit" / "test_compare_negatives.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_area(folder)


def _sample_layer(path, samples):
    rows = [
        (col * 10.0 + 5.0, 500.0 - row * 10.0 - 5.0, label, split)
        for label, split, row, col in zip(samples.labels, samples.splits, samples.rows, samples.cols)
    ]
    return write_points(path, rows)


def test_table_has_every_strategy_times_model(run_alg, tmp_path):
    factors, samples = _synthetic(tmp_path)
    layer = _sample_layer(tmp_path / "samples.gpkg", samples)
    store = tmp_path / "runs"
    result = run_alg(
        "lsm:comparenegatives",
        {
            "INPUT": layer,
            "FACTORS": [f.path for f in factors],
            "STRATEGIES": [0, 1, 2, 3],
            "MODELS": [0, 7],  # brf, lr
            "REPEATS": 2,
            "RATIO": 2.0,
            "BUFFER_DISTANCE": 15.0,
            "SEED": 5,
            "N_JOBS": 1,
            "RUN_STORE": str(store),
            "OUTPUT_TABLE": str(tmp_path / "compare.csv"),
            "OUTPUT_PLOT": str(tmp_path / "compare.png"),
        },
    )
    with open(result["OUTPUT_TABLE"], newline="") as handle:
        rows = list(csv.DictReader(handle))
    keys = {(r["strategy"], r["model"], r["test_set"]) for r in rows}
    for strategy in ("random", "buffer", "spy", "bagging"):
        for model in ("brf", "lr"):
            assert {(strategy, model, "random"), (strategy, model, "area")} <= keys
    assert all(int(r["n"]) == 2 for r in rows)
    aucs = [float(r["mean"]) for r in rows if r["metric"] == "prediction_rate_auc"]
    assert len(aucs) == 8 and all(0.5 < a <= 1.0 for a in aucs)
    assert Path(result["OUTPUT_PLOT"]).stat().st_size > 1000
    records = [json.loads(p.read_text(encoding="utf-8")) for p in store.glob("*.lsmrun.json")]
    assert len(records) == 4 * 2 * 2
    assert {r["test_set"] for r in records} == {"random"} and {r["group"] for r in records} == {
        result["GROUP"]
    }
    assert all(np.isfinite(r["summary"]["area_metrics"]["prediction_rate_auc"]) for r in records)
