"""Model factory: the imbalanced learners of Fu et al. 2024, their benchmarks and the kernel models
of Zhang et al. 2022, each wrapped in a pipeline that takes raw factor values.

Every model built here is a scikit-learn compatible object whose ``predict_proba(X_raw)`` takes
the factor values in manifest order, as read from the rasters (categorical factors as their raw
codes): categorical factors are one-hot encoded and continuous ones standardised inside the
pipeline, so the pickled object is all a bundle needs. The estimator classes defined here live at
module level so that pickles made in ``qgis_process`` load in the QGIS GUI and in tests alike
(import this module as ``landslide_susceptibility.core.models``).

Model types (``MODEL_TYPES``):
  brf           Balanced Random Forest (Chen, Liaw & Breiman 2004): each tree grown on a balanced
                sample, n_pos draws with replacement from each class. Our implementation draws the
                indices up front and grows the trees in threads, so its time does not grow with the
                number of negatives (imbalanced-learn's resamples the whole data for every tree);
                ``implementation="imblearn"`` gives imbalanced-learn's as the reference.
  easyensemble  EasyEnsemble (Liu, Wu & Zhou 2009): AdaBoost members, each on a balanced
                under-sample (imbalanced-learn).
  smote_dnn     SMOTE oversampling (imbalanced-learn), then a torch multilayer perceptron trained
                in mini-batches (so millions of synthetic rows fit).
  adasyn_dnn    ADASYN oversampling, then the same multilayer perceptron.
  cnn_lstm_sam  SMOTE (training set only: an imbalanced-learn pipeline step) after z-scoring, then
                CNN-LSTM-SAM: 1-D convolutions over the factor vector, a spatial attention module
                from max- and average-pooled maps, an LSTM, a logistic output (core.tabular_nets).
  cnn           the plain 1-D CNN baseline of the CNN-LSTM-SAM comparison, no resampling.
  rf            random forest benchmark (scikit-learn; balanced data in Fu et al. 2024).
  dnn           multilayer perceptron benchmark, no resampling.
  svm           support vector machine, RBF kernel, Platt probabilities (Zhang et al. 2022).
  lr            logistic regression.
  klr           kernel logistic regression: RBF features (Nystroem) + logistic regression
                (Zhang et al. 2022).
  fr, iv, woe   summed frequency ratio / information value / weights-of-evidence contrast per factor
                class, normalised 0-1 (core.classic; raw factor values, no preprocessing step).
  logit         unpenalised logistic regression with its coefficient table (core.classic).
  lgbm          gradient boosting (LightGBM), classes balanced by weights (optional package).
"""

import inspect

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.ensemble import RandomForestClassifier
from sklearn.utils.validation import check_is_fitted

from .forest import BalancedRandomForest, check_matrix  # noqa: F401 (BRF: pickles name it here)

try:
    from imblearn.ensemble import EasyEnsembleClassifier as _EasyEnsembleBase
except ImportError:  # imbalanced-learn missing: the algorithms say so through canExecute()
    _EasyEnsembleBase = None
from .catalogue import (  # noqa: F401 (re-exported: the model catalogue)
    CLASSIC_MODELS,
    DEFAULT_GRIDS,
    DEFAULT_PARAMS,
    ENSEMBLE_MODELS,
    MODEL_REQUIRES,
    MODEL_TYPES,
    OVERSAMPLED_MODELS,
    TORCH_MODELS,
    model_params,
    resolve_device,
)
from .model_parts import (  # noqa: F401 (re-exported)
    _check_model_packages,
    copy_model,
    make_classic,
    make_preprocessor,
    member_probabilities,
)
from .progress import check_canceled

#: the MLP's mini-batch shrinks on small tables so that an epoch has at least this many steps
MIN_BATCHES_PER_EPOCH = 16

#: torch threads of the MLP's training (small matrices: more threads only add synchronisation)
TRAIN_THREADS = 1


def _as_labels(y):
    y = np.asarray(y).astype(int).ravel()
    if y.size and not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 or 1")
    return y


class TorchMLPClassifier(ClassifierMixin, BaseEstimator):
    """Multilayer perceptron (ReLU, dropout, one logit) trained with Adam on the binary
    cross-entropy in shuffled mini-batches, so it takes millions of rows with bounded extra
    memory. Pickles hold the weights as numpy arrays (on the CPU): a model trained on a GPU
    loads on a machine without one."""

    def __init__(
        self,
        hidden_layers=(64, 32),
        dropout=0.1,
        epochs=30,
        batch_size=512,
        learning_rate=1e-3,
        weight_decay=1e-5,
        device="auto",
        random_state=None,
        n_threads=None,
    ):
        self.hidden_layers = hidden_layers
        self.dropout = dropout
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.weight_decay = weight_decay
        self.device = device
        self.random_state = random_state
        self.n_threads = n_threads

    def _build(self, n_inputs):
        from torch import nn

        layers = []
        width = n_inputs
        for units in tuple(self.hidden_layers):
            layers += [nn.Linear(width, int(units)), nn.ReLU()]
            if self.dropout:
                layers.append(nn.Dropout(float(self.dropout)))
            width = int(units)
        layers.append(nn.Linear(width, 1))
        return nn.Sequential(*layers)

    def fit(self, X, y, feedback=None):
        """Train; *feedback* gets progress per epoch and may cancel between mini-batches.

        Training uses *n_threads* torch threads (default 1: the network is small, so one thread
        is fastest and several fits can run side by side); the previous count is restored after.
        """
        import torch

        X = check_matrix(X, np.float32)
        y = _as_labels(y)
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        device = resolve_device(self.device)
        previous = torch.get_num_threads()
        torch.set_num_threads(int(self.n_threads or TRAIN_THREADS))
        try:
            self._train(torch, X, y, device, feedback)
        finally:
            torch.set_num_threads(previous)
        return self

    def _train(self, torch, X, y, device, feedback):
        seed = int(np.random.default_rng(self.random_state).integers(0, 2**31 - 1))
        torch.manual_seed(seed)
        generator = torch.Generator().manual_seed(seed)
        module = self._build(X.shape[1]).to(device)
        optimizer = torch.optim.Adam(
            module.parameters(), lr=float(self.learning_rate), weight_decay=float(self.weight_decay)
        )
        loss_fn = torch.nn.BCEWithLogitsLoss()
        features = torch.from_numpy(X)
        labels = torch.from_numpy(y.astype(np.float32))
        on_device = device != "cpu" and X.nbytes < 2 * 1024**3
        if on_device:
            features, labels = features.to(device), labels.to(device)
        n = X.shape[0]
        # at least MIN_BATCHES_PER_EPOCH optimiser steps per epoch, so small tables train too
        batch = max(1, min(int(self.batch_size), max(16, -(-n // MIN_BATCHES_PER_EPOCH))))
        self.loss_curve_ = []
        module.train()
        for epoch in range(int(self.epochs)):
            order = torch.randperm(n, generator=generator)
            if on_device:
                order = order.to(device)
            total = torch.zeros((), device=device)
            for b, start in enumerate(range(0, n, batch)):
                if b % 64 == 0:
                    check_canceled(feedback)
                idx = order[start : start + batch]
                xb, yb = features[idx], labels[idx]
                if not on_device and device != "cpu":
                    xb, yb = xb.to(device, non_blocking=True), yb.to(device, non_blocking=True)
                optimizer.zero_grad(set_to_none=True)
                loss = loss_fn(module(xb).squeeze(1), yb)
                loss.backward()
                optimizer.step()
                total += loss.detach() * len(idx)
            self.loss_curve_.append(float(total) / n)
            if feedback is not None:
                feedback.setProgress(100.0 * (epoch + 1) / int(self.epochs))
        self.module_ = module.cpu().eval()

    def set_device(self, device):
        """Device for later predictions ('auto', 'cpu' or 'cuda')."""
        self.device = device

    def predict_proba(self, X, batch_rows=65536):
        """Class probabilities, computed in batches of *batch_rows* rows on self.device
        ('auto': a CUDA GPU when torch sees one)."""
        import torch

        check_is_fitted(self, "module_")
        X = check_matrix(X, np.float32)
        device = resolve_device(self.device)
        module = self.module_
        if device != "cpu":
            cached = getattr(self, "_device_module", None)
            if cached is None or cached[0] != device:
                import copy

                self._device_module = (device, copy.deepcopy(self.module_).to(device).eval())
            module = self._device_module[1]
        out = np.empty(X.shape[0], dtype=np.float64)
        with torch.no_grad():
            for start in range(0, X.shape[0], batch_rows):
                batch = torch.from_numpy(X[start : start + batch_rows]).to(device)
                logits = module(batch).squeeze(1)
                out[start : start + batch_rows] = torch.sigmoid(logits).double().cpu().numpy()
        return np.column_stack([1.0 - out, out])

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_device_module", None)
        module = state.pop("module_", None)
        if module is not None:
            state["_weights"] = {k: v.detach().cpu().numpy() for k, v in module.state_dict().items()}
        return state

    def __setstate__(self, state):
        weights = state.pop("_weights", None)
        self.__dict__.update(state)
        if weights is not None:
            import torch

            module = self._build(int(self.n_features_in_))
            module.load_state_dict({k: torch.from_numpy(np.asarray(v)) for k, v in weights.items()})
            self.module_ = module.eval()


class _TorchSequenceClassifier(TorchMLPClassifier):
    """Shared fit/predict/pickling of the 1-D convolutional table models (core.tabular_nets):
    TorchMLPClassifier's training loop, loss and numpy-array weights, another network."""

    def _network_kwargs(self):
        return {
            "channels": tuple(int(c) for c in self.channels),
            "kernel_size": int(self.kernel_size),
            "dropout": float(self.dropout),
        }


class TorchCnnLstmSamClassifier(_TorchSequenceClassifier):
    """CNN-LSTM-SAM on the factor vector: 1-D convolutions, a spatial attention module from the
    max- and average-pooled maps, an LSTM, a logistic output (core.tabular_nets)."""

    def __init__(
        self,
        channels=(32, 64),
        kernel_size=3,
        lstm_units=64,
        dropout=0.2,
        epochs=30,
        batch_size=512,
        learning_rate=1e-3,
        weight_decay=1e-5,
        device="auto",
        random_state=None,
        n_threads=None,
    ):
        self.channels = channels
        self.kernel_size = kernel_size
        self.lstm_units = lstm_units
        self.dropout = dropout
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.weight_decay = weight_decay
        self.device = device
        self.random_state = random_state
        self.n_threads = n_threads

    def _build(self, n_inputs):
        from .tabular_nets import build_cnn_lstm_sam

        return build_cnn_lstm_sam(n_inputs, lstm_units=int(self.lstm_units), **self._network_kwargs())


class TorchCnnClassifier(_TorchSequenceClassifier):
    """The plain 1-D CNN baseline on the factor vector (core.tabular_nets)."""

    def __init__(
        self,
        channels=(32, 64),
        kernel_size=3,
        hidden_units=64,
        dropout=0.2,
        epochs=30,
        batch_size=512,
        learning_rate=1e-3,
        weight_decay=1e-5,
        device="auto",
        random_state=None,
        n_threads=None,
    ):
        self.channels = channels
        self.kernel_size = kernel_size
        self.hidden_units = hidden_units
        self.dropout = dropout
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.weight_decay = weight_decay
        self.device = device
        self.random_state = random_state
        self.n_threads = n_threads

    def _build(self, n_inputs):
        from .tabular_nets import build_cnn

        return build_cnn(n_inputs, hidden_units=int(self.hidden_units), **self._network_kwargs())


class KernelLogisticRegression(ClassifierMixin, BaseEstimator):
    """Kernel logistic regression: an RBF feature map (Nystroem, at most *n_components* landmark
    rows of the training data) followed by L2 logistic regression (Zhang et al. 2022)."""

    def __init__(self, C=1.0, gamma=None, n_components=300, random_state=None):
        self.C = C
        self.gamma = gamma
        self.n_components = n_components
        self.random_state = random_state

    def fit(self, X, y):
        from sklearn.kernel_approximation import Nystroem
        from sklearn.linear_model import LogisticRegression

        X = check_matrix(X, np.float64)
        y = _as_labels(y)
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        self.features_ = Nystroem(
            kernel="rbf",
            gamma=self.gamma,
            n_components=min(int(self.n_components), len(X)),
            random_state=self.random_state,
        ).fit(X)
        self.logistic_ = LogisticRegression(C=self.C, max_iter=2000).fit(self.features_.transform(X), y)
        return self

    def predict_proba(self, X):
        check_is_fitted(self, "logistic_")
        X = check_matrix(X, np.float64)
        return self.logistic_.predict_proba(self.features_.transform(X))

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)


class Oversampler(BaseEstimator):
    """SMOTE (Chawla et al. 2002) or ADASYN (He et al. 2008) from imbalanced-learn, as a pipeline
    step that only acts at fit time: the minority class is oversampled up to the majority's size.
    Data that are already balanced pass through unchanged (ADASYN refuses them otherwise)."""

    def __init__(self, method="smote", k_neighbors=5, random_state=None):
        self.method = method
        self.k_neighbors = k_neighbors
        self.random_state = random_state

    def fit_resample(self, X, y):
        from imblearn.over_sampling import ADASYN, SMOTE

        y = _as_labels(y)
        counts = np.bincount(y, minlength=2)
        self.sampling_counts_ = counts
        if counts.min() == counts.max() or counts.min() == 0:
            return X, y
        k = max(1, min(int(self.k_neighbors), int(counts.min()) - 1))
        if self.method == "adasyn":
            sampler = ADASYN(n_neighbors=k, random_state=self.random_state)
        else:
            sampler = SMOTE(k_neighbors=k, random_state=self.random_state)
        try:
            return sampler.fit_resample(X, y)
        except (ValueError, RuntimeError) as exc:
            if "No samples will be generated" in str(exc) or "Not any neigbours" in str(exc):
                return X, y
            raise

    def fit(self, X, y):
        self.fit_resample(X, y)
        return self


if _EasyEnsembleBase is not None:

    class EasyEnsemble(_EasyEnsembleBase):
        """imbalanced-learn's EasyEnsembleClassifier whose members fit and predict in threads
        (joblib's default process pool does not work inside QGIS, whose executable is not a
        Python interpreter)."""

        def _parallel_args(self):
            return {"prefer": "threads"}


class GradientBoosting(ClassifierMixin, BaseEstimator):
    """LightGBM gradient boosting with classes balanced by weights (class_weight='balanced'). The
    fitted booster is kept as LightGBM's model text (model_string_), so a bundle holds no native
    object; booster() rebuilds it."""

    def __init__(
        self,
        n_estimators=200,
        learning_rate=0.05,
        num_leaves=31,
        min_child_samples=10,
        random_state=None,
        n_jobs=None,
    ):
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.num_leaves = num_leaves
        self.min_child_samples = min_child_samples
        self.random_state = random_state
        self.n_jobs = n_jobs

    def fit(self, X, y):
        import lightgbm

        X = check_matrix(X, np.float64)
        y = _as_labels(y)
        model = lightgbm.LGBMClassifier(
            n_estimators=int(self.n_estimators),
            learning_rate=float(self.learning_rate),
            num_leaves=int(self.num_leaves),
            min_child_samples=int(self.min_child_samples),
            class_weight="balanced",
            random_state=0 if self.random_state is None else int(self.random_state) % (2**31 - 1),
            n_jobs=int(self.n_jobs) if self.n_jobs else 1,
            deterministic=True,
            force_col_wise=True,
            verbose=-1,
        ).fit(X, y)
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        self.model_string_ = model.booster_.model_to_string()
        self._booster = model.booster_
        return self

    def booster(self):
        """The fitted lightgbm.Booster (rebuilt from model_string_ after loading)."""
        check_is_fitted(self, "model_string_")
        if getattr(self, "_booster", None) is None:
            import lightgbm

            self._booster = lightgbm.Booster(model_str=self.model_string_)
        return self._booster

    def predict_proba(self, X):
        p = np.asarray(self.booster().predict(check_matrix(X, np.float64)), dtype=np.float64)
        return np.column_stack([1.0 - p, p])

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("_booster", None)
        return state


def _classic_or_boosting(model_type, p, seed, n_jobs):
    """The estimator of a classic model type or of gradient boosting (lgbm)."""
    if model_type in CLASSIC_MODELS:
        return make_classic(model_type, p)
    _check_model_packages(model_type)
    keys = ("n_estimators", "learning_rate", "num_leaves", "min_child_samples")
    return GradientBoosting(**{k: p[k] for k in keys}, random_state=seed, n_jobs=n_jobs)


def _mlp(params, seed, device, n_threads):
    return TorchMLPClassifier(
        hidden_layers=tuple(params["hidden_layers"]),
        dropout=params["dropout"],
        epochs=params["epochs"],
        batch_size=params["batch_size"],
        learning_rate=params["learning_rate"],
        weight_decay=params["weight_decay"],
        device=device,
        random_state=seed,
        n_threads=n_threads,
    )


def _torch_net(model_type, params, seed, device, n_threads):
    """The torch estimator of dnn / smote_dnn / adasyn_dnn (the MLP), cnn_lstm_sam or cnn."""
    if model_type not in ("cnn_lstm_sam", "cnn"):
        return _mlp(params, seed, device, n_threads)
    common = {k: params[k] for k in ("kernel_size", "dropout", "epochs", "batch_size")}
    common.update(learning_rate=params["learning_rate"], weight_decay=params["weight_decay"])
    common.update(channels=tuple(params["channels"]), device=device, random_state=seed, n_threads=n_threads)
    if model_type == "cnn_lstm_sam":
        return TorchCnnLstmSamClassifier(lstm_units=params["lstm_units"], **common)
    return TorchCnnClassifier(hidden_units=params["hidden_units"], **common)


def make_estimator(model_type, params=None, seed=None, n_jobs=None, device="auto", n_threads=None):
    """The bare estimator of *model_type* (no preprocessing), built from its parameters."""
    p = model_params(model_type, params)
    if model_type == "brf":
        if p.get("implementation", "fast") == "imblearn":
            from imblearn.ensemble import BalancedRandomForestClassifier

            return BalancedRandomForestClassifier(
                n_estimators=p["n_estimators"],
                max_features=p["max_features"],
                max_depth=p["max_depth"],
                min_samples_leaf=p["min_samples_leaf"],
                sampling_strategy="all",
                replacement=True,
                bootstrap=False,
                n_jobs=n_jobs,
                random_state=seed,
            )
        return BalancedRandomForest(
            n_estimators=p["n_estimators"],
            max_features=p["max_features"],
            max_depth=p["max_depth"],
            min_samples_leaf=p["min_samples_leaf"],
            n_jobs=n_jobs,
            random_state=seed,
        )
    if model_type == "rf":
        return RandomForestClassifier(
            n_estimators=p["n_estimators"],
            max_features=p["max_features"],
            max_depth=p["max_depth"],
            min_samples_leaf=p["min_samples_leaf"],
            n_jobs=n_jobs,
            random_state=seed,
        )
    if model_type == "easyensemble":
        from sklearn.ensemble import AdaBoostClassifier

        boost = {"n_estimators": p["boost_estimators"], "learning_rate": p["learning_rate"]}
        if "algorithm" in inspect.signature(AdaBoostClassifier).parameters:
            # scikit-learn < 1.6 defaults to SAMME.R; SAMME is the only rule from 1.6 on: the same
            # ensemble (and the same maps) on Debian's 1.2 / 1.4 and on current wheels
            boost["algorithm"] = "SAMME"
        return EasyEnsemble(
            n_estimators=p["n_estimators"],
            estimator=AdaBoostClassifier(**boost),
            n_jobs=n_jobs,
            random_state=seed,
        )
    if model_type in ("dnn", "smote_dnn", "adasyn_dnn", "cnn_lstm_sam", "cnn"):
        return _torch_net(model_type, p, seed, device, n_threads)
    if model_type == "svm":
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.svm import SVC

        # Platt scaling (sigmoid) fitted by 5-fold cross-validation, one SVC on all data
        return CalibratedClassifierCV(
            SVC(kernel="rbf", C=p["C"], gamma=p["gamma"], random_state=seed),
            method="sigmoid",
            cv=5,
            ensemble=False,
        )
    if model_type == "lr":
        from sklearn.linear_model import LogisticRegression

        return LogisticRegression(C=p["C"], max_iter=2000)
    if model_type in CLASSIC_MODELS or model_type == "lgbm":
        return _classic_or_boosting(model_type, p, seed, n_jobs)
    return KernelLogisticRegression(
        C=p["C"], gamma=p["gamma"], n_components=p["n_components"], random_state=seed
    )


def make_sampler(model_type, params=None, seed=None, n_jobs=None):
    """The oversampler of smote_dnn / adasyn_dnn (None for the other models)."""
    p = model_params(model_type, params)
    if model_type in OVERSAMPLED_MODELS:
        method = "adasyn" if model_type == "adasyn_dnn" else "smote"
        return Oversampler(method=method, k_neighbors=p["k_neighbors"], random_state=seed)
    return None


def make_model(
    model_type,
    n_factors,
    categorical_index=(),
    categories=None,
    params=None,
    seed=None,
    n_jobs=None,
    device="auto",
    n_threads=None,
    factor_names=None,
):
    """An unfitted pipeline: preprocessing -> [oversampler] -> estimator, taking raw factor values.

    Fit it with ``fit_model`` (which passes progress/cancel feedback to the estimators that take
    it); the fitted object is what a bundle pickles. The classic models (CLASSIC_MODELS) take the
    raw values themselves: their pipeline's preprocessing step is 'passthrough'; *factor_names*
    (manifest order) names their tables and user breaks.
    """
    if model_type in CLASSIC_MODELS:
        from sklearn.pipeline import Pipeline

        classic = make_classic(model_type, params, categorical_index, categories, factor_names)
        return Pipeline([("preprocess", "passthrough"), ("model", classic)])
    preprocess = make_preprocessor(n_factors, categorical_index, categories)
    estimator = make_estimator(model_type, params, seed, n_jobs, device, n_threads)
    sampler = make_sampler(model_type, params, seed, n_jobs)
    if sampler is not None:
        from imblearn.pipeline import Pipeline as ImbPipeline

        return ImbPipeline([("preprocess", preprocess), ("resample", sampler), ("model", estimator)])
    from sklearn.pipeline import Pipeline

    return Pipeline([("preprocess", preprocess), ("model", estimator)])


def accepts_feedback(estimator):
    """Whether the estimator's fit takes a feedback argument (ours do)."""
    return isinstance(estimator, (BalancedRandomForest, TorchMLPClassifier))


def fit_model(model, X, y, feedback=None):
    """Fit a pipeline of make_model, with progress/cancel for the estimators that support it."""
    final = model.steps[-1][1]
    if accepts_feedback(final) and feedback is not None:
        model.fit(X, y, model__feedback=feedback)
    else:
        check_canceled(feedback)
        model.fit(X, y)
        check_canceled(feedback)
    return model
