"""core.bundle: safe bundles. Every model type round-trips through skops; bundles holding untrusted
types, old pickles, changed manifests or members, zip bombs and corrupt files are refused with an
LsmError (never a traceback, never code run)."""

import json
import logging
import os
import pickle
import tracemalloc
import zipfile

import numpy as np
import pytest
from _helpers import fit_with_last_categorical
from landslide_susceptibility.core import bundle as lsm_bundle
from landslide_susceptibility.core import models
from landslide_susceptibility.core.bundle import load_bundle, make_manifest, save_bundle
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.progress import NullFeedback

NAMES = ["slope", "elev", "ndvi", "litho"]
SMALL = {
    "brf": {"n_estimators": 8},
    "rf": {"n_estimators": 8},
    "easyensemble": {"n_estimators": 3, "boost_estimators": 5},
    "smote_dnn": {"epochs": 2},
    "adasyn_dnn": {"epochs": 2},
    "dnn": {"epochs": 2},
    "klr": {"n_components": 40},
}
#: every model type of the catalogue, plus imbalanced-learn's balanced random forest
CASES = [(t, dict(SMALL.get(t, {}))) for t in models.MODEL_TYPES] + [
    ("brf", {"n_estimators": 5, "implementation": "imblearn"})
]


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(240, 4))
    X[:, 3] = rng.integers(1, 4, size=240)  # a categorical factor
    y = (X[:, 0] + 0.5 * X[:, 3] + rng.normal(size=240) > 1.0).astype(int)
    return X, y


def _fit(model_type, params, data):
    X, y = data
    return fit_with_last_categorical(model_type, X, y, params, seed=5, device="cpu")


@pytest.fixture(scope="module")
def lr_bundle(data, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("lr") / "lr.lsmodel")
    save_bundle(path, make_manifest("lr", NAMES, categorical={"litho": [1, 2, 3]}), _fit("lr", None, data))
    return path


def _members(path):
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _write(path, manifest, members, rehash=True):
    """A bundle written by hand: *members* as given, the integrity hashes recomputed when *rehash*."""
    manifest = json.loads(json.dumps(manifest))
    if rehash:
        manifest.pop("integrity", None)
        manifest["integrity"] = {
            "algorithm": "sha256",
            "manifest": lsm_bundle.manifest_digest(manifest),
            "factors": lsm_bundle.factors_digest(manifest["factors"]),
            "members": {
                n: {"sha256": lsm_bundle._sha256(d), "size": len(d)}
                for n, d in members.items()
                if n != "manifest.json"
            },
        }
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        for name, value in members.items():
            if name != "manifest.json":
                archive.writestr(name, value)
    return str(path)


# -- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model_type,params", CASES, ids=[f"{t}-{p.get('implementation', '')}" for t, p in CASES]
)
def test_every_model_type_round_trips(model_type, params, data, tmp_path):
    import torch

    torch.set_num_threads(1)
    X, _y = data
    model = _fit(model_type, params, data)
    path = save_bundle(str(tmp_path / "m.lsmodel"), make_manifest(model_type, NAMES), model)
    members = _members(path)
    assert set(members) == {"manifest.json", "model.skops"}  # no pickle anywhere
    manifest = json.loads(members["manifest.json"])
    assert manifest["format_version"] == lsm_bundle.FORMAT_VERSION == 2
    assert manifest["integrity"]["members"]["model.skops"]["size"] == len(members["model.skops"])
    loaded = load_bundle(path)
    np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X)[:, 1])
    assert type(loaded.model) is type(model)


def test_pu_prior_bundle_round_trips(data, tmp_path):
    from landslide_susceptibility.core import pu

    X, y = data
    for method in ("spy", "bagging"):
        params = pu.PuParams(method=method, n_trees=6, seed=2)
        model = pu.fit_prior(X[y == 1], X[y == 0], params).model
        manifest = make_manifest(pu.MODEL_TYPES[method], NAMES, role="pu_prior", split="train")
        loaded = load_bundle(save_bundle(str(tmp_path / f"{method}.lsmodel"), manifest, model))
        assert loaded.manifest["role"] == "pu_prior"
        np.testing.assert_array_equal(loaded.predict_proba(X), model.predict_proba(X)[:, 1])


def test_lsnet_bundle_round_trips_and_weights_are_verified(tmp_path):
    import torch
    from landslide_susceptibility.core import lsnet

    arch = lsnet.plan_architecture(3, 9, 4)
    torch.manual_seed(0)
    model = lsnet.LsnetModel(arch, lsnet.Normalisation([0.0] * 3, [1.0] * 3), NAMES[:3])
    model.network.eval()
    path = str(model.save(tmp_path / "net.lsmodel", cell_size=[10.0, 10.0]))
    patches = np.random.default_rng(1).normal(size=(6, 3, 9, 9)).astype(np.float32)
    loaded = lsnet.LsnetModel.from_bundle(load_bundle(path))
    np.testing.assert_array_equal(loaded.predict_patches(patches), model.predict_patches(patches))
    # other weights of the same size: the member's hash is checked when it is read
    members = _members(path)
    weights = bytearray(members["weights.pt"])
    weights[-20] ^= 0xFF
    members["weights.pt"] = bytes(weights)
    changed = _write(
        tmp_path / "changed.lsmodel", json.loads(members["manifest.json"]), members, rehash=False
    )
    with pytest.raises(LsmError, match="changed after it was saved.*weights.pt"):
        lsnet.LsnetModel.from_bundle(load_bundle(changed))


def test_trusted_types_name_the_plugin_classes():
    trusted = lsm_bundle.trusted_types()
    for cls in (models.BalancedRandomForest, models.TorchMLPClassifier, models.KernelLogisticRegression):
        assert f"{cls.__module__}.{cls.__qualname__}" in trusted
    from landslide_susceptibility.core import pu

    assert f"{pu.BalancedForest.__module__}.{pu.BalancedForest.__qualname__}" in trusted
    assert not any(name.startswith("builtins.") for name in trusted)


# -- malicious and changed bundles -------------------------------------------------------------


class Planted:
    """Not a trusted type: loading it would run its __setstate__ (writes a file)."""

    target = ""

    def __setstate__(self, state):
        with open(state["target"], "w") as handle:
            handle.write("pwned")


class _PickleBomb:
    def __init__(self, target):
        self.target = target

    def __reduce__(self):
        return (open, (self.target, "w"))


def test_untrusted_type_is_refused_naming_it_and_nothing_runs(lr_bundle, tmp_path):
    import skops.io as sio

    target = tmp_path / "planted.txt"
    planted = Planted()
    planted.__dict__["target"] = str(target)
    manifest = json.loads(_members(lr_bundle)["manifest.json"])
    payload = sio.dumps({"factors": NAMES, "model": planted})
    path = _write(tmp_path / "evil.lsmodel", manifest, {"model.skops": payload})
    bundle = load_bundle(path)
    with pytest.raises(LsmError, match=r"does not trust: .*test_bundle\.Planted"):
        bundle.predict_proba(np.zeros((1, 4)))
    assert not target.exists()
    # the plugin never writes such a bundle itself
    with pytest.raises(ValueError, match="Planted"):
        save_bundle(str(tmp_path / "never.lsmodel"), make_manifest("lr", NAMES), planted)
    assert not (tmp_path / "never.lsmodel").exists()


def test_old_pickled_bundle_is_refused_unless_trusted(data, tmp_path, caplog):
    target = tmp_path / "ran.txt"
    manifest = dict(make_manifest("lr", NAMES), format_version=1)
    path = tmp_path / "old.lsmodel"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("model.pkl", pickle.dumps(_PickleBomb(str(target))))
    with pytest.raises(LsmError, match=r"old format.*pickle.*run any code.*Retrain.*Trust this model file"):
        load_bundle(path).predict_proba(np.zeros((1, 4)))
    assert not target.exists()
    # trusted: loaded (and run), with a warning in the log and on the feedback
    feedback = NullFeedback()
    with caplog.at_level(logging.WARNING, logger="landslide_susceptibility.core.bundle"):
        bundle = load_bundle(path, trust=True, feedback=feedback)
        with pytest.raises(LsmError, match="not a model with predict_proba"):
            bundle.predict_proba(np.zeros((1, 4)))
    assert target.exists()
    assert any("old pickled bundle" in r.getMessage() for r in caplog.records)
    assert any(m.startswith("WARNING:") and "trusted" in m for m in feedback.messages)
    # a real old model loads when trusted, predicting as before
    model = _fit("lr", None, data)
    good = tmp_path / "old_good.lsmodel"
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        archive.writestr("model.pkl", pickle.dumps(model, protocol=4))
    X = data[0]
    np.testing.assert_array_equal(
        load_bundle(good, trust=True).predict_proba(X), model.predict_proba(X)[:, 1]
    )


def test_reversed_factors_are_refused(lr_bundle, tmp_path):
    members = _members(lr_bundle)
    manifest = json.loads(members["manifest.json"])
    manifest["factors"] = list(reversed(manifest["factors"]))
    edited = _write(tmp_path / "edited.lsmodel", manifest, members, rehash=False)
    with pytest.raises(LsmError, match="changed after it was saved: the SHA-256 of its manifest"):
        load_bundle(edited)
    # manifest hash recomputed but not the factor hash
    manifest["integrity"]["manifest"] = lsm_bundle.manifest_digest(manifest)
    half = _write(tmp_path / "half.lsmodel", manifest, members, rehash=False)
    with pytest.raises(LsmError, match="factor list"):
        load_bundle(half)
    # every hash recomputed: the factor list saved with the model still disagrees
    rehashed = _write(tmp_path / "rehashed.lsmodel", manifest, members)
    with pytest.raises(LsmError, match=r"trained on the factors \['slope', 'elev', 'ndvi', 'litho'\]"):
        load_bundle(rehashed).predict_proba(np.zeros((1, 4)))


def test_changed_or_extra_members_are_refused(lr_bundle, data, tmp_path):
    members = _members(lr_bundle)
    manifest = json.loads(members["manifest.json"])
    # same size, other bytes
    model = bytearray(members["model.skops"])
    model[len(model) // 2] ^= 0x01
    path = _write(tmp_path / "flip.lsmodel", manifest, dict(members, **{"model.skops": bytes(model)}), False)
    with pytest.raises(LsmError, match="SHA-256 of member 'model.skops' does not match"):
        load_bundle(path).predict_proba(data[0][:2])
    # another model (other size)
    other = lsm_bundle._dump_model(_fit("rf", {"n_estimators": 2}, data), NAMES)
    path = _write(tmp_path / "swap.lsmodel", manifest, dict(members, **{"model.skops": other}), False)
    with pytest.raises(LsmError, match="size"):
        load_bundle(path)
    path = _write(tmp_path / "extra.lsmodel", manifest, dict(members, **{"run.py": b"print(1)"}), False)
    with pytest.raises(LsmError, match="members are"):
        load_bundle(path)


# -- zip bombs and corrupt files ----------------------------------------------------------------


def test_zip_bomb_is_refused_without_allocating(lr_bundle, tmp_path):
    manifest = json.loads(_members(lr_bundle)["manifest.json"])
    path = tmp_path / "bomb.lsmodel"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps(manifest))
        with archive.open("model.skops", "w", force_zip64=True) as handle:
            zeros = bytes(1024**2)
            for _ in range(256):
                handle.write(zeros)
    assert os.path.getsize(path) < 2 * 1024**2
    tracemalloc.start()
    try:
        with pytest.raises(LsmError, match="compressed .* times .*zip bomb"):
            load_bundle(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024**2


def test_member_over_the_size_limit_is_refused(lr_bundle, tmp_path, monkeypatch):
    monkeypatch.setattr(lsm_bundle, "MAX_MEMBER_BYTES", 1024)
    with pytest.raises(LsmError, match="over the limit of 1024.*without reading it"):
        load_bundle(lr_bundle).predict_proba(np.zeros((1, 4)))
    monkeypatch.setattr(lsm_bundle, "MAX_MANIFEST_BYTES", 100)
    with pytest.raises(LsmError, match="manifest.json' unpacks to"):
        load_bundle(lr_bundle)


def _corrupt_deflate(path, tmp_path):
    """The bundle with the compressed bytes of its manifest overwritten (a zlib error when read)."""
    raw = bytearray(open(path, "rb").read())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("manifest.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start : start + 40] = b"\xff" * 40
    out = tmp_path / "zlib.lsmodel"
    out.write_bytes(bytes(raw))
    return out


@pytest.mark.parametrize(
    "case,pattern",
    [
        ("zlib", "damaged|not a model bundle"),
        ("format_version_text", "format_version 'abc' is not a positive whole number"),
        ("no_factors", "no 'factors' list"),
        ("manifest_list", "manifest.json is not a JSON object"),
        ("deep_json", "not valid JSON"),
        ("pickled_dict", "old format"),
        ("bad_categorical", "'categorical'"),
        ("no_integrity", "no integrity hashes"),
        ("skops_not_dict", "does not hold a model"),
    ],
)
def test_corrupt_bundles_give_a_clear_error(case, pattern, lr_bundle, tmp_path):
    import skops.io as sio

    members = _members(lr_bundle)
    manifest = json.loads(members["manifest.json"])
    path = tmp_path / f"{case}.lsmodel"
    if case == "zlib":
        path = _corrupt_deflate(lr_bundle, tmp_path)
    elif case == "format_version_text":
        _write(path, dict(manifest, format_version="abc"), members)
    elif case == "no_factors":
        _write(path, {k: v for k, v in manifest.items() if k != "factors"} | {"factors": []}, members)
    elif case == "bad_categorical":
        _write(path, dict(manifest, categorical=[1, 2]), members)
    elif case in ("manifest_list", "deep_json"):
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(
                "manifest.json", "[1, 2]" if case == "manifest_list" else "[" * 100000 + "]" * 100000
            )
    elif case == "pickled_dict":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("manifest.json", json.dumps(manifest))
            archive.writestr("model.pkl", pickle.dumps({"not": "a model"}))
    elif case == "no_integrity":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(
                "manifest.json", json.dumps({k: v for k, v in manifest.items() if k != "integrity"})
            )
            archive.writestr("model.skops", members["model.skops"])
    else:
        _write(path, manifest, {"model.skops": sio.dumps([1, 2, 3])})
    with pytest.raises(LsmError, match=pattern):
        load_bundle(path).predict_proba(np.zeros((1, 4)))
    if case == "pickled_dict":
        with pytest.raises(LsmError, match="holds a dict, not a model"):
            load_bundle(path, trust=True).predict_proba(np.zeros((1, 4)))
