"""Model bundles: one file holding a fitted model and everything needed to apply it safely.

Format version 2 (a ZIP archive, extension `.lsmodel`; docs/BUNDLE_FORMAT.md has the details):
- `manifest.json`: readable without loading any model. Keys: `format` ("lsm-bundle"),
  `format_version` (int), `kind` ("sklearn": an object with predict_proba(X_raw); "lsnet": a torch
  CNN, see core/lsnet.py), `model_type`, `factors` (ordered names; rows of X are given in this
  order), `categorical` ({factor: [known category values]}), `preprocessing` (free description),
  `crs_wkt`, `cell_size`, `versions` (python, numpy, scikit-learn, imbalanced-learn, torch at
  training time), `parameters`, `seed`, `data_hash`, `training_metrics`, `created` (ISO time),
  `plugin_version`, plus any extra keys. lsm:trainmodel adds `test_metrics` (or null), `ratio`,
  `n_train_positive`, `n_train_negative`, `n_test`, `label_field`, `dataset` and `cv` ({mode,
  table} of the grid search, or null); lsm:spysampling adds `role` ("pu_prior") and `split`.
  `integrity` (written by save_bundle): {"algorithm": "sha256", "manifest": SHA-256 of the
  canonical JSON of the manifest without `integrity`, "factors": SHA-256 of the JSON factor list,
  "members": {name: {"sha256", "size"}} for every other member}.
- `model.skops` (kind "sklearn"): the model saved with skops.io as {"factors": [...], "model":
  model}; it is loaded only when every type it holds is in trusted_types() (the plugin's own
  estimator classes and the scikit-learn / imbalanced-learn ones the plugin builds). Other kinds
  store other members (LSNet: `weights.pt`, a plain torch state_dict read with weights_only=True).
- Checks on loading (load_bundle / Bundle): member count and sizes from the ZIP directory before
  anything is read (MAX_MANIFEST_BYTES, MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, MAX_RATIO), reads capped
  at the declared size; the manifest's keys and types; a format_version not newer than
  FORMAT_VERSION; the manifest and factor hashes, the member list and sizes; each member's hash
  when it is read; the factor list stored with the model equal to the manifest's. Every failure is
  an LsmError saying what is wrong. `version_warnings()` names each library whose major.minor
  differs from training or that is missing now; `order_factors()` matches rasters to `factors` by
  name and names the missing ones.
- Format version 1 bundles hold a pickle (`model.pkl`), which can run any code when it is loaded:
  load_bundle refuses them unless called with trust=True (the user's "trust this file" choice),
  which logs a warning.
"""

import hashlib
import json
import logging
import pickle
import platform
import zipfile
import zlib
from datetime import datetime, timezone

import numpy as np

from .errors import LsmError
from .version import plugin_version

FORMAT = "lsm-bundle"
FORMAT_VERSION = 2
EXTENSION = ".lsmodel"
MANIFEST_MEMBER = "manifest.json"
MODEL_MEMBER = "model.skops"
#: the pickled model of format version 1 bundles (read only with trust=True)
LEGACY_MODEL_MEMBER = "model.pkl"
#: limits checked on the ZIP directory before anything is read (zip bombs)
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_MEMBER_BYTES = 2 * 1024**3
MAX_TOTAL_BYTES = 4 * 1024**3
MAX_MEMBERS = 64
#: members of the skops archive inside model.skops (a forest stores a few arrays per tree)
MAX_MODEL_PARTS = 200_000
#: uncompressed / compressed size above which a member larger than RATIO_FLOOR is refused
MAX_RATIO = 200
RATIO_FLOOR = 1024**2
READ_CHUNK = 1024**2

_LOG = logging.getLogger(__name__)
#: the package the plugin is imported as (landslide_susceptibility in QGIS and in the tests)
_PACKAGE = __name__.rsplit(".", 2)[0]
#: (module, class name) of the types a model member may hold besides skops' own safe defaults:
#: the plugin's estimator classes and the scikit-learn / imbalanced-learn objects they are built from
TRUSTED_CLASSES = (
    (".core.models", "BalancedRandomForest"),
    (".core.forest", "BalancedRandomForest"),
    (".core.models", "TorchMLPClassifier"),
    (".core.models", "TorchCnnLstmSamClassifier"),
    (".core.models", "TorchCnnClassifier"),
    (".core.models", "KernelLogisticRegression"),
    (".core.models", "Oversampler"),
    (".core.models", "EasyEnsemble"),
    (".core.pu", "BalancedForest"),
    (".core.models", "GradientBoosting"),
    (".core.classic", "ClassicIndexClassifier"),
    (".core.classic", "LogitClassifier"),
    ("sklearn.pipeline", "Pipeline"),
    ("sklearn.compose", "ColumnTransformer"),
    ("sklearn.preprocessing", "OneHotEncoder"),
    ("sklearn.preprocessing", "StandardScaler"),
    ("sklearn.ensemble", "RandomForestClassifier"),
    ("sklearn.ensemble", "AdaBoostClassifier"),
    ("sklearn.tree", "DecisionTreeClassifier"),
    ("sklearn.tree._tree", "Tree"),
    ("sklearn.calibration", "CalibratedClassifierCV"),
    ("sklearn.calibration", "_CalibratedClassifier"),
    ("sklearn.calibration", "_SigmoidCalibration"),
    ("sklearn.svm", "SVC"),
    ("sklearn.linear_model", "LogisticRegression"),
    ("sklearn.kernel_approximation", "Nystroem"),
    ("imblearn.pipeline", "Pipeline"),
    ("imblearn.ensemble", "EasyEnsembleClassifier"),
    ("imblearn.ensemble", "BalancedRandomForestClassifier"),
    ("imblearn.under_sampling", "RandomUnderSampler"),
)
_TRUSTED_CACHE = []


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


def trusted_types():
    """Full names ("module.Class", as skops reports them) of the types a model member may hold
    besides skops' safe defaults; types of libraries that are not installed are left out."""
    if not _TRUSTED_CACHE:
        import importlib

        names = set()
        for module, attribute in TRUSTED_CLASSES:
            module = _PACKAGE + module if module.startswith(".") else module
            try:
                cls = getattr(importlib.import_module(module), attribute)
            except (ImportError, AttributeError):
                continue
            names.add(f"{cls.__module__}.{cls.__qualname__}")
        _TRUSTED_CACHE.append(sorted(names))
    return list(_TRUSTED_CACHE[0])


def _skops():
    try:
        import skops.io as sio
    except ImportError as exc:
        raise LsmError(
            "Model bundles need the Python package skops; install it into the Python of QGIS "
            "(pip install skops)."
        ) from exc
    return sio


def _sha256(data):
    return hashlib.sha256(data).hexdigest()


def factors_digest(factors):
    """SHA-256 of the factor list (names in order) as JSON."""
    return _sha256(json.dumps([str(f) for f in factors]).encode("utf-8"))


def manifest_digest(manifest):
    """SHA-256 of the canonical JSON of *manifest* without its `integrity` key."""
    body = {k: v for k, v in manifest.items() if k != "integrity"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), default=_json_default)
    return _sha256(text.encode("utf-8"))


def _dump_model(model, factors):
    """skops bytes of {"factors", "model"}; refuses (at saving, not at the user's loading) a model
    holding a type that loading would not trust."""
    sio = _skops()
    data = sio.dumps({"factors": list(factors), "model": model})
    refused = sorted(set(sio.get_untrusted_types(data=data)) - set(trusted_types()))
    if refused:
        raise ValueError(
            f"a bundle model may not hold {', '.join(refused)} (see core.bundle.TRUSTED_CLASSES)"
        )
    return data


def save_bundle(path, manifest, model=None, members=None):
    """Write a bundle atomically: manifest.json (with the integrity hashes), model.skops (if
    *model*) and the raw *members* ({name: bytes})."""
    from .grid import atomic_path

    for key in ("format", "kind", "model_type", "factors"):
        if key not in manifest:
            raise ValueError(f"bundle manifest lacks '{key}'")
    parts = dict(members or {})
    if MANIFEST_MEMBER in parts or (model is not None and MODEL_MEMBER in parts):
        raise ValueError(f"bundle member names {MANIFEST_MEMBER} / {MODEL_MEMBER} are reserved")
    if model is not None:
        parts[MODEL_MEMBER] = _dump_model(model, manifest["factors"])
    # the hashes are taken on the manifest as it reads back from JSON (numpy values as Python ones)
    body = json.loads(json.dumps(manifest, default=_json_default))
    body.pop("integrity", None)
    body["integrity"] = {
        "algorithm": "sha256",
        "manifest": manifest_digest(body),
        "factors": factors_digest(body["factors"]),
        "members": {name: {"sha256": _sha256(data), "size": len(data)} for name, data in parts.items()},
    }
    with atomic_path(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST_MEMBER, json.dumps(body, indent=2))
            for name, data in parts.items():
                archive.writestr(name, data)
    return path


# -- reading ---------------------------------------------------------------------------------


def check_sizes(infos, where, max_member=None, max_members=None):
    """LsmError when the ZIP directory entries *infos* announce too many members, a member over
    its limit (default MAX_MEMBER_BYTES), too much in all, or a compression ratio of a zip bomb;
    nothing is read."""
    max_member = MAX_MEMBER_BYTES if max_member is None else max_member
    max_members = MAX_MEMBERS if max_members is None else max_members
    if len(infos) > max_members:
        raise LsmError(f"{where} has {len(infos)} members (at most {max_members}): it is not a model bundle.")
    total = 0
    for info in infos:
        limit = MAX_MANIFEST_BYTES if info.filename == MANIFEST_MEMBER else max_member
        if info.file_size > limit:
            raise LsmError(
                f"{where}: member '{info.filename}' unpacks to {info.file_size} bytes, over the limit of "
                f"{limit}; the file was refused without reading it."
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise LsmError(
                f"{where}: member '{info.filename}' is compressed {info.file_size // max(1, info.compress_size)} "
                "times (a zip bomb?); the file was refused without reading it."
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise LsmError(f"{where} unpacks to {total} bytes in all, over the limit of {MAX_TOTAL_BYTES}.")


def _read_capped(archive, info, where):
    """Bytes of member *info*, read in chunks and never more than its declared size."""
    chunks, size = [], 0
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(READ_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > info.file_size:
                    raise LsmError(f"{where}: member '{info.filename}' is larger than its ZIP entry says.")
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
        raise LsmError(f"{where}: member '{info.filename}' is damaged ({exc}).") from exc
    return b"".join(chunks)


def _not_a_bundle(path):
    return LsmError(
        f"'{path}' is not a model bundle of this plugin (made by lsm:trainmodel, lsm:spysampling or "
        "lsm:trainlsnet)."
    )


def _read_manifest(path):
    """(manifest dict, {name: ZipInfo}) of the bundle at *path*, sizes checked before reading."""
    where = f"Model bundle '{path}'"
    try:
        with zipfile.ZipFile(str(path)) as archive:
            infos = archive.infolist()
            check_sizes(infos, where)
            by_name = {info.filename: info for info in infos}
            if MANIFEST_MEMBER not in by_name:
                raise _not_a_bundle(path)
            data = _read_capped(archive, by_name[MANIFEST_MEMBER], where)
    except FileNotFoundError as exc:
        raise LsmError(f"Model bundle '{path}' does not exist.") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
        raise _not_a_bundle(path) from exc
    except OSError as exc:
        raise LsmError(f"Model bundle '{path}' cannot be read: {exc}") from exc
    try:
        manifest = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise LsmError(
            f"{where}: manifest.json is not valid JSON ({str(exc)[:200]}); the file is damaged."
        ) from exc
    if not isinstance(manifest, dict):
        raise LsmError(f"{where}: manifest.json is not a JSON object; the file is damaged.")
    return manifest, by_name


def _check_factors(where, factors):
    if not isinstance(factors, list) or not factors:
        raise LsmError(f"{where}: the manifest has no 'factors' list; the file is damaged.")
    if not all(isinstance(f, str) and f for f in factors) or len(set(factors)) != len(factors):
        raise LsmError(
            f"{where}: the manifest's 'factors' must be distinct non-empty names; the file is damaged."
        )


def check_manifest(path, manifest):
    """LsmError unless *manifest* has the keys and types this plugin reads."""
    where = f"Model bundle '{path}'"
    if manifest.get("format") != FORMAT:
        raise LsmError(f"'{path}' is not a model bundle of this plugin.")
    version = manifest.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise LsmError(
            f"{where}: format_version {version!r} is not a positive whole number; the file is damaged."
        )
    if version > FORMAT_VERSION:
        raise LsmError(
            f"Model bundle '{path}' has format version {version}, newer than this plugin reads "
            f"({FORMAT_VERSION}): update the plugin."
        )
    for key in ("kind", "model_type"):
        if not isinstance(manifest.get(key, ""), str):
            raise LsmError(f"{where}: the manifest's '{key}' is not text; the file is damaged.")
    _check_factors(where, manifest.get("factors"))
    categorical = manifest.get("categorical", {})
    if not isinstance(categorical, dict) or not all(isinstance(v, list) for v in categorical.values()):
        raise LsmError(
            f"{where}: the manifest's 'categorical' is not {{factor: [values]}}; the file is damaged."
        )
    versions = manifest.get("versions", {})
    if not isinstance(versions, dict) or not all(isinstance(v, str) for v in versions.values()):
        raise LsmError(
            f"{where}: the manifest's 'versions' is not {{library: version}}; the file is damaged."
        )


def _changed(where, what):
    return LsmError(
        f"{where} was changed after it was saved: {what}. Use the file as lsm:trainmodel, lsm:spysampling "
        "or lsm:trainlsnet wrote it, or retrain the model."
    )


def check_integrity(path, manifest, infos):
    """LsmError unless the manifest's hashes match it, its factor list and the member list."""
    where = f"Model bundle '{path}'"
    integrity = manifest.get("integrity")
    members = integrity.get("members") if isinstance(integrity, dict) else None
    if not isinstance(members, dict) or not all(isinstance(m, dict) for m in members.values()):
        raise LsmError(f"{where} has no integrity hashes in its manifest; the file is damaged.")
    if integrity.get("manifest") != manifest_digest(manifest):
        raise _changed(where, "the SHA-256 of its manifest does not match")
    if integrity.get("factors") != factors_digest(manifest["factors"]):
        raise _changed(where, "its factor list (names or order) is not the one it was saved with")
    present = set(infos) - {MANIFEST_MEMBER}
    if present != set(members):
        raise _changed(
            where, "its members are {} but the manifest lists {}".format(sorted(present), sorted(members))
        )
    for name, entry in members.items():
        if entry.get("size") != infos[name].file_size:
            raise _changed(where, f"member '{name}' does not have the size the manifest records")


def _legacy_message(path):
    return (
        f"Model bundle '{path}' is in the old format of this plugin (a Python pickle, which can run any code "
        "when it is opened), so it was not loaded. Retrain the model with this version of the plugin to get "
        "a safe bundle; or, only if you made this file yourself or fully trust where it comes from, run the "
        "algorithm again with 'Trust this model file (old format: it can run code)' checked."
    )


def load_bundle(path, trust=False, feedback=None):
    """Open a bundle and check it (sizes, manifest, hashes); LsmError saying what is wrong otherwise.

    Old pickled bundles (format version 1) are refused unless *trust* is True: the caller passes the
    user's "trust this file" choice; loading one then logs a warning (and pushes it to *feedback*).
    """
    manifest, infos = _read_manifest(path)
    check_manifest(path, manifest)
    if LEGACY_MODEL_MEMBER in infos:
        if not trust:
            raise LsmError(_legacy_message(path))
        warning = (
            f"Model bundle '{path}' is an old pickled bundle loaded because it was marked as trusted: a pickle "
            "can run any code. Retrain the model to get a safe bundle."
        )
        _LOG.warning(warning)
        if feedback is not None:
            feedback.pushWarning(warning)
    elif manifest["format_version"] >= 2:
        check_integrity(path, manifest, infos)
    # a format 1 bundle without a pickle (LSNet: weights.pt read with weights_only) has no hashes
    return Bundle(path, manifest, trust=trust, members=list(infos))


def _check_model_parts(data, where):
    """Sizes of the skops archive inside model.skops, from its directory (nothing unpacked)."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as inner:
            infos = inner.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise LsmError(
            f"{where}: {MODEL_MEMBER} is not a skops archive ({exc}); the file is damaged."
        ) from exc
    check_sizes(infos, f"{where} ({MODEL_MEMBER})", max_members=MAX_MODEL_PARTS)


_LOAD_ERRORS = (
    ImportError,
    AttributeError,
    TypeError,
    ValueError,
    KeyError,
    IndexError,
    EOFError,
    RecursionError,
    zipfile.BadZipFile,
    zlib.error,
    pickle.UnpicklingError,
)


class Bundle:
    """An opened bundle: the manifest at once, the model loaded on first use."""

    def __init__(self, path, manifest, trust=False, members=None):
        self.path = str(path)
        self.manifest = manifest
        self.trust = bool(trust)
        self.members = list(members) if members is not None else None
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

    @property
    def pickled(self):
        """Whether the model is an old-format pickle (loaded only when trusted)."""
        return self.members is not None and LEGACY_MODEL_MEMBER in self.members

    def _expected_hash(self, name):
        integrity = self.manifest.get("integrity")
        if self.pickled or not isinstance(integrity, dict):
            return None
        entry = (integrity.get("members") or {}).get(name)
        return entry.get("sha256") if isinstance(entry, dict) else None

    def member(self, name):
        """Raw bytes of a member of the archive, size-checked and verified against its hash."""
        where = f"Model bundle '{self.path}'"
        try:
            with zipfile.ZipFile(self.path) as archive:
                try:
                    info = archive.getinfo(name)
                except KeyError as exc:
                    raise LsmError(f"{where} has no '{name}': the file is incomplete.") from exc
                check_sizes([info], where)
                data = _read_capped(archive, info, where)
        except (OSError, zipfile.BadZipFile) as exc:
            raise LsmError(f"{where} cannot be read: {exc}") from exc
        expected = self._expected_hash(name)
        if expected is not None and _sha256(data) != expected:
            raise _changed(where, f"the SHA-256 of member '{name}' does not match its manifest")
        return data

    @property
    def model(self):
        """The model: from model.skops (trusted types only), or the pickle of a trusted old bundle."""
        if self._model is None:
            try:
                model = self._load_pickle() if self.pickled else self._load_skops()
            except _LOAD_ERRORS as exc:
                raise LsmError(
                    "Model bundle '{}' cannot be loaded with the installed libraries ({}). It was made "
                    "with {}; install matching versions or retrain the model.".format(
                        self.path, str(exc)[:300], self.version_summary()
                    )
                ) from exc
            if not callable(getattr(model, "predict_proba", None)) and self.kind == "sklearn":
                raise LsmError(
                    f"Model bundle '{self.path}' holds a {type(model).__name__}, not a model with "
                    "predict_proba; the file is damaged or was not made by this plugin."
                )
            self._model = model
        return self._model

    def _load_pickle(self):
        if not self.trust:
            raise LsmError(_legacy_message(self.path))
        return pickle.loads(self.member(LEGACY_MODEL_MEMBER))

    def _load_skops(self):
        where = f"Model bundle '{self.path}'"
        data = self.member(MODEL_MEMBER)
        _check_model_parts(data, where)
        sio = _skops()
        untrusted = sio.get_untrusted_types(data=data)
        refused = sorted(set(untrusted) - set(trusted_types()))
        if refused:
            raise LsmError(
                f"{where} holds types this plugin does not trust: {', '.join(refused)}. Nothing was loaded: "
                "the file was not made by this version of the plugin (or was altered). Retrain the model."
            )
        payload = sio.loads(data, trusted=untrusted)
        if not isinstance(payload, dict) or "model" not in payload:
            raise LsmError(f"{where}: {MODEL_MEMBER} does not hold a model; the file is damaged.")
        if payload.get("factors") != self.factors:
            raise _changed(
                where,
                "the model was trained on the factors {} (in this order) but the manifest lists {}".format(
                    payload.get("factors"), self.factors
                ),
            )
        return payload["model"]

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
