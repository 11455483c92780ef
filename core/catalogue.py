"""The model catalogue: model types, their default parameters and grids, cross-validation scores,
devices, and the one device resolver. A leaf module (numpy-free, no scikit-learn or torch at import),
so that the algorithms can list the models without the learning libraries and every core module
(models, fitting, cross_validation, saturation, predict, lsnet) imports it at top level.

API:
  MODEL_TYPES        model type -> English description (core.models builds them)
  TORCH_MODELS       model types that need torch
  CLASSIC_MODELS     the classic statistical models (core.classic, raw factor values)
  MODEL_REQUIRES     model type -> optional packages it needs (lgbm: lightgbm)
  ENSEMBLE_MODELS    model types whose members give an ensemble spread
  DEFAULT_PARAMS     model type -> default hyper-parameters
  DEFAULT_GRIDS      model type -> small default grid of the cross-validated search
  CV_SCORES          scores the cross-validated search can optimise
  DEVICES            ("auto", "cpu", "cuda"): the device option of every dialog, in this order
  model_params(model_type, params=None) -> dict   defaults updated with *params*; LsmError otherwise
  resolve_device(device="auto") -> "cpu" | "cuda"
  parse_value(text) / parse_params(text, multiple=False)   model parameters (and grids) from
                     'name=value; name=v1,v2' text
"""

from .errors import LsmError

#: model type -> English description
MODEL_TYPES = {
    "brf": "Balanced random forest",
    "easyensemble": "EasyEnsemble (AdaBoost members)",
    "smote_dnn": "SMOTE + deep neural network",
    "adasyn_dnn": "ADASYN + deep neural network",
    "rf": "Random forest (benchmark)",
    "dnn": "Deep neural network (benchmark)",
    "svm": "Support vector machine (RBF)",
    "lr": "Logistic regression",
    "klr": "Kernel logistic regression (RBF)",
    "cnn_lstm_sam": "SMOTE + CNN-LSTM with spatial attention (CNN-LSTM-SAM)",
    "cnn": "1-D convolutional network on the factors (CNN-LSTM-SAM baseline)",
    "fr": "Frequency ratio (summed, normalised 0-1)",
    "iv": "Information value (summed, normalised 0-1)",
    "woe": "Weights of evidence (summed contrast, normalised 0-1)",
    "logit": "Logistic regression with coefficient table (unpenalised)",
    "lgbm": "Gradient boosting (LightGBM, class-balanced)",
}
#: model types that need torch
TORCH_MODELS = ("smote_dnn", "adasyn_dnn", "dnn", "cnn_lstm_sam", "cnn")
#: the classic statistical models (core.classic): raw factor values, no preprocessing step
CLASSIC_MODELS = ("fr", "iv", "woe", "logit")
#: model type -> optional packages (import names) it needs beyond scikit-learn
MODEL_REQUIRES = {"lgbm": ("lightgbm",)}
#: model types whose members give an ensemble spread (see core.models.member_probabilities)
ENSEMBLE_MODELS = ("brf", "easyensemble", "rf")
#: model types with an oversampling step before the network
OVERSAMPLED_MODELS = ("smote_dnn", "adasyn_dnn", "cnn_lstm_sam")

_MLP = {
    "hidden_layers": (64, 32),
    "dropout": 0.1,
    "epochs": 30,
    "batch_size": 512,
    "learning_rate": 1e-3,
    "weight_decay": 1e-5,
}
#: the 1-D convolutional table models (core.tabular_nets): two convolution layers of 32 and 64 maps
_SEQUENCE = {
    "channels": (32, 64),
    "kernel_size": 3,
    "dropout": 0.2,
    "epochs": 30,
    "batch_size": 512,
    "learning_rate": 1e-3,
    "weight_decay": 1e-5,
}
_CLASSES = {"classing": "quantile", "n_classes": 5, "breaks": ""}
_FOREST = {"n_estimators": 100, "max_features": "sqrt", "max_depth": None, "min_samples_leaf": 1}

#: defaults of the hyper-parameters of each model type (overridable through make_model's params)
DEFAULT_PARAMS = {
    # 100 trees / 10 AdaBoost members: imbalanced-learn's and Fu et al. 2024's settings
    "brf": dict(_FOREST),
    "easyensemble": {"n_estimators": 10, "boost_estimators": 50, "learning_rate": 1.0},
    "smote_dnn": dict(_MLP, k_neighbors=5),
    "adasyn_dnn": dict(_MLP, k_neighbors=5),
    "rf": dict(_FOREST),
    "dnn": dict(_MLP),
    "svm": {"C": 1.0, "gamma": "scale"},
    "lr": {"C": 1.0},
    "klr": {"C": 1.0, "gamma": None, "n_components": 300},
    "cnn_lstm_sam": dict(_SEQUENCE, lstm_units=64, k_neighbors=5),
    "cnn": dict(_SEQUENCE, hidden_units=64),
    # class breaks of the training values (quantile, equal, jenks), user breaks 'slope:5|15|30 elev:500'
    "fr": dict(_CLASSES),
    "iv": dict(_CLASSES),
    "woe": dict(_CLASSES),
    "logit": {"max_iter": 100},
    "lgbm": {"n_estimators": 200, "learning_rate": 0.05, "num_leaves": 31, "min_child_samples": 10},
}
#: parameters a model takes beyond its defaults (brf: implementation="imblearn" for the reference)
EXTRA_PARAMS = {"brf": ("implementation",)}


def _mlp_grid():
    return {"hidden_layers": [(64, 32), (128, 64)], "dropout": [0.1, 0.3]}


def _forest_grid():
    return {"n_estimators": [100, 300], "max_depth": [None, 10]}


#: small default grids for the cross-validated search (trainmodel's GRID parameter overrides)
DEFAULT_GRIDS = {
    "brf": _forest_grid(),
    "easyensemble": {"n_estimators": [10, 20], "learning_rate": [0.5, 1.0]},
    "smote_dnn": _mlp_grid(),
    "adasyn_dnn": _mlp_grid(),
    "rf": _forest_grid(),
    "dnn": _mlp_grid(),
    "svm": {"C": [0.1, 1.0, 10.0], "gamma": ["scale", 0.1]},
    "lr": {"C": [0.1, 1.0, 10.0]},
    "klr": {"C": [0.1, 1.0, 10.0], "gamma": [None, 0.1]},
    "cnn_lstm_sam": {"lstm_units": [32, 64], "dropout": [0.2, 0.4]},
    "cnn": {"hidden_units": [32, 64], "dropout": [0.2, 0.4]},
    "fr": {"n_classes": [5, 10], "classing": ["quantile", "equal"]},
    "iv": {"n_classes": [5, 10], "classing": ["quantile", "equal"]},
    "woe": {"n_classes": [5, 10], "classing": ["quantile", "equal"]},
    "logit": {"max_iter": [100]},  # unpenalised: nothing to tune
    "lgbm": {"n_estimators": [100, 300], "num_leaves": [15, 31]},
}

#: scores the cross-validated search can optimise
CV_SCORES = ("roc_auc", "pr_auc", "balanced_accuracy", "g_mean", "f1", "kappa")

#: the device option of every dialog ('auto': a CUDA GPU when torch sees one)
DEVICES = ("auto", "cpu", "cuda")


def model_params(model_type, params=None):
    """The model's default parameters updated with *params*; LsmError for an unknown model type or
    parameter."""
    if model_type not in MODEL_TYPES:
        raise LsmError(
            "Unknown model type '{}'; choose one of {}.".format(model_type, ", ".join(MODEL_TYPES))
        )
    merged = dict(DEFAULT_PARAMS[model_type])
    extra = set(EXTRA_PARAMS.get(model_type, ()))
    unknown = sorted(set(params or {}) - set(merged) - extra)
    if unknown:
        raise LsmError(
            "Model '{}' has no parameter(s) {}; its parameters are {}.".format(
                model_type, ", ".join(unknown), ", ".join(sorted(set(merged) | extra))
            )
        )
    merged.update(params or {})
    return merged


def _cuda_available():
    """(torch imported, torch sees a CUDA GPU, torch version or '')."""
    try:
        import torch
    except ImportError:
        return False, False, ""
    return True, bool(torch.cuda.is_available()), str(torch.__version__)


def resolve_device(device="auto"):
    """'cpu' or 'cuda' for a device option: 'auto' gives 'cuda' when torch sees a GPU, else 'cpu'
    (also when torch is missing); 'cuda' without a usable GPU is an LsmError, as is an unknown
    name. A torch.device is read by its type."""
    name = str(getattr(device, "type", device) or "auto").strip().lower()
    if name not in DEVICES:
        raise LsmError(f"Unknown device '{device}': use one of {', '.join(DEVICES)}.")
    if name == "cpu":
        return "cpu"
    has_torch, available, version = _cuda_available()
    if name == "cuda" and not available:
        why = f"torch {version} sees no CUDA GPU here" if has_torch else "torch is not installed"
        raise LsmError(f"Device 'cuda' was asked for but {why}; choose 'auto' or 'cpu'.")
    return "cuda" if available else "cpu"


def parse_value(text):
    """A parameter value from text: None, True/False, int, float, '64x32' -> (64, 32), else the string."""
    text = text.strip()
    lowered = text.lower()
    if lowered in ("none", "null", ""):
        return None
    if lowered in ("true", "false"):
        return lowered == "true"
    if "x" in lowered and all(part.strip().isdigit() for part in lowered.split("x")):
        return tuple(int(part) for part in lowered.split("x"))
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


def parse_params(text, multiple=False):
    """'key=value; key=value' -> dict ('key=v1,v2' lists when *multiple*, for grids)."""
    result = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise LsmError(f"Cannot read '{part.strip()}': write parameters as name=value; name=value.")
        key, value = part.split("=", 1)
        values = [parse_value(v) for v in value.split(",")] if multiple else parse_value(value)
        result[key.strip()] = values
    return result
