"""Model bundles: one file holding a fitted model and everything needed to apply it safely.

Format (a ZIP archive, extension `.lsmodel`):
- `manifest.json`: readable without unpickling anything. Keys: `format` ("lsm-bundle"),
  `format_version` (int), `kind` ("sklearn": a pickled object with predict_proba(X_raw);
  "lsnet": a torch CNN, see core/lsnet.py), `model_type`, `factors` (ordered names; rows of X
  are given in this order), `categorical` ({factor: [known category values]}), `preprocessing`
  (free description), `crs_wkt`, `cell_size`, `versions` (python, numpy, scikit-learn,
  imbalanced-learn, torch at training time), `parameters`, `seed`, `data_hash`,
  `training_metrics`, `created` (ISO time), `plugin_version`, plus any extra keys. lsm:trainmodel
  adds `test_metrics` (or null), `ratio`, `n_train_positive`, `n_train_negative`, `n_test`,
  `label_field`, `dataset` and `cv` ({mode, table} of the grid search, or null); lsm:spysampling
  adds `role` ("pu_prior") and `split`.
- Checks on loading (load_bundle / Bundle): the format name and a format_version not newer than
  FORMAT_VERSION (LsmError otherwise); `version_warnings()` names each library whose major.minor
  differs from training or that is missing now; `order_factors()` matches rasters to `factors` by
  name and names the missing ones; a model that cannot be unpickled raises LsmError naming the
  training versions.
- `model.pkl`: the pickled model (pickle protocol 4) for kind "sklearn"; other kinds may store
  other members (e.g. `weights.pt`).

Pickles can run code when loaded: load bundles only from sources you trust.
"""

import hashlib
import io
import json
import pickle
import platform
import zipfile
from datetime import datetime, timezone

import numpy as np

from .errors import LsmError
from .version import plugin_version

FORMAT = "lsm-bundle"
FORMAT_VERSION = 1
EXTENSION = ".lsmodel"


def library_versions():
    """Versions of the libraries a model depends on ('' when not installed)."""
    versions = {"python": platform.python_version(), "numpy": np.__version__}
    for module, key in (("sklearn", "scikit-learn"), ("imblearn", "imbalanced-learn"), ("torch", "torch")):
        versions[key] = _installed_version(module, key)
    return versions


def _installed_version(module, distribution):
    """Version of an importable package without importing it when possible (importing torch
    costs seconds and hundreds of MB just to read a version string)."""
    import importlib.util
    import sys

    loaded = sys.modules.get(module)
    if loaded is not None:
        return getattr(loaded, "__version__", "")
    if importlib.util.find_spec(module) is None:
        return ""
    try:
        from importlib.metadata import PackageNotFoundError, version

        return version(distribution)
    except (ImportError, PackageNotFoundError):
        pass
    try:
        return __import__(module).__version__
    except ImportError:
        return ""


def data_hash(*arrays):
    """sha256 of the given arrays (shape, dtype and bytes), to trace which data trained a model."""
    digest = hashlib.sha256()
    for array in arrays:
        array = np.ascontiguousarray(array)
        digest.update(str(array.shape).encode())
        digest.update(str(array.dtype).encode())
        digest.update(array.tobytes())
    return digest.hexdigest()


def make_manifest(model_type, factors, kind="sklearn", categorical=None, **extra):
    """A manifest with the common keys filled in; *extra* keys are added as they are."""
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "model_type": model_type,
        "factors": list(factors),
        "categorical": {k: list(v) for k, v in (categorical or {}).items()},
        "versions": library_versions(),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "plugin_version": plugin_version(),
    }
    manifest.update(extra)
    return manifest


def _json_default(value):
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def save_bundle(path, manifest, model=None, members=None):
    """Write a bundle atomically: manifest.json, model.pkl (if *model*) and raw *members*."""
    from .grid import atomic_path

    for key in ("format", "kind", "model_type", "factors"):
        if key not in manifest:
            raise ValueError(f"bundle manifest lacks '{key}'")
    with atomic_path(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, indent=2, default=_json_default))
            if model is not None:
                archive.writestr("model.pkl", pickle.dumps(model, protocol=4))
            for name, data in (members or {}).items():
                archive.writestr(name, data)
    return path


class Bundle:
    """An opened bundle: the manifest at once, the model unpickled on first use."""

    def __init__(self, path, manifest):
        self.path = str(path)
        self.manifest = manifest
        self._model = None

    @property
    def factors(self):
        return list(self.manifest["factors"])

    @property
    def kind(self):
        return self.manifest.get("kind", "sklearn")

    @property
    def model_type(self):
        return self.manifest.get("model_type", "")

    def member(self, name):
        """Raw bytes of a member of the archive."""
        with zipfile.ZipFile(self.path) as archive:
            try:
                return archive.read(name)
            except KeyError as exc:
                raise LsmError(
                    f"Model bundle '{self.path}' has no '{name}': the file is incomplete."
                ) from exc

    @property
    def model(self):
        """The unpickled model (trusted files only)."""
        if self._model is None:
            try:
                self._model = pickle.loads(self.member("model.pkl"))
            except (pickle.UnpicklingError, AttributeError, ImportError, EOFError) as exc:
                raise LsmError(
                    "Model bundle '{}' cannot be loaded with the installed libraries ({}). It was made "
                    "with {}; install matching versions or retrain the model.".format(
                        self.path, exc, self.version_summary()
                    )
                ) from exc
        return self._model

    def version_summary(self):
        versions = self.manifest.get("versions", {})
        return ", ".join(f"{k} {v}" for k, v in versions.items() if v)

    def version_warnings(self):
        """Sentences about libraries whose major.minor differs from the training time."""
        current = library_versions()
        warnings = []
        for key, trained in self.manifest.get("versions", {}).items():
            now = current.get(key, "")
            if key == "python" or not trained:
                continue
            if not now:
                warnings.append(f"{key} {trained} was used for training but is not installed now.")
            elif trained.split(".")[:2] != now.split(".")[:2]:
                warnings.append(
                    f"{key} {trained} was used for training, {now} is installed: results may differ."
                )
        return warnings

    def order_factors(self, factors):
        """*factors* (core.grid.Factor list) ordered as the model expects; LsmError otherwise."""
        from .grid import check_factors_match

        ordered, _extra = check_factors_match(self.factors, factors)
        for f in ordered:
            if bool(f.categorical) != (f.name in self.manifest.get("categorical", {})) and f.categorical:
                raise LsmError(
                    f"Factor '{f.name}' is declared categorical now but was continuous at training."
                )
        return ordered

    def predict_proba(self, X):
        """Probability of the landslide class for rows of X (factors in manifest order)."""
        if self.kind != "sklearn":
            raise LsmError(
                f"Model bundle '{self.path}' is a '{self.kind}' model; use the algorithm made for it "
                "(LSNet bundles: lsm:lsnetpredict)."
            )
        return np.asarray(self.model.predict_proba(X))[:, 1]


def load_bundle(path):
    """Open a bundle and check its format; LsmError saying what is wrong otherwise."""
    try:
        with zipfile.ZipFile(str(path)) as archive:
            manifest = json.load(io.BytesIO(archive.read("manifest.json")))
    except FileNotFoundError as exc:
        raise LsmError(f"Model bundle '{path}' does not exist.") from exc
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError) as exc:
        raise LsmError(
            f"'{path}' is not a model bundle of this plugin (made by lsm:trainmodel, lsm:spysampling or "
            "lsm:trainlsnet)."
        ) from exc
    if manifest.get("format") != FORMAT:
        raise LsmError(f"'{path}' is not a model bundle of this plugin.")
    if int(manifest.get("format_version", 0)) > FORMAT_VERSION:
        raise LsmError(
            f"Model bundle '{path}' has format version {manifest.get('format_version')}, newer than this "
            f"plugin reads ({FORMAT_VERSION}): update the plugin."
        )
    return Bundle(path, manifest)
