"""Prior-shift (prevalence) correction of susceptibility scores (core.predict, issue 13 item 6)."""

import numpy as np
import pytest
from landslide_susceptibility.core.bundle import Bundle
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.predict import fitted_ratio, prior_shift, prior_shifts


def test_hand_values():
    # fitted 1:1 (pi = 0.5), area prevalence 0.1: a = 0.2, b = 1.8, s = 0.5 -> 0.1 / (0.1 + 0.9) = 0.1
    assert prior_shift(0.5, 0.5, 0.1) == pytest.approx(0.1)
    # fitted 1:10 (pi = 1/11), p = 0.01: a = 0.11, b = 0.99 * 11 / 10 = 1.089
    # s = 0.8 -> 0.088 / (0.088 + 0.2 * 1.089) = 0.088 / 0.3058
    assert prior_shift(0.8, 1.0 / 11.0, 0.01) == pytest.approx(0.088 / 0.3058)
    # the ends stay, and p = pi changes nothing
    np.testing.assert_allclose(prior_shift([0.0, 1.0], 0.3, 0.02), [0.0, 1.0])
    s = np.linspace(0, 1, 11)
    np.testing.assert_allclose(prior_shift(s, 0.2, 0.2), s)


def test_order_of_cells_is_unchanged():
    rng = np.random.default_rng(0)
    s = rng.random(10_000)
    shifted = prior_shift(s, 0.5, 0.015)
    np.testing.assert_array_equal(np.argsort(s, kind="stable"), np.argsort(shifted, kind="stable"))
    assert np.all(shifted <= s + 1e-12)  # a lower prevalence lowers every score
    assert shifted.mean() < 0.1 < s.mean()


def test_bad_prevalence_is_an_error():
    with pytest.raises(LsmError, match="between 0 and 1"):
        prior_shift(0.5, 0.5, 0.0)
    with pytest.raises(LsmError, match="fitted prevalence"):
        prior_shift(0.5, 1.0, 0.1)


def _bundle(model_type, **manifest):
    return Bundle("/x/model.lsmodel", dict(manifest, model_type=model_type))


def test_fitted_ratio_from_the_manifest():
    # balanced learners score as at 1:1 whatever the ratio they were given
    assert fitted_ratio(_bundle("brf", ratio=10.0, n_train_positive=100, n_train_negative=1000)) == 1.0
    assert fitted_ratio(_bundle("spy")) == 1.0
    # others: the training counts, else the ratio, else unknown
    assert fitted_ratio(_bundle("rf", ratio=0.0, n_train_positive=100, n_train_negative=450)) == 4.5
    assert fitted_ratio(_bundle("lr", ratio=3.0)) == 3.0
    assert fitted_ratio(_bundle("lr")) is None
    with pytest.raises(LsmError, match="model.lsmodel.*sampling ratio"):
        prior_shifts([_bundle("lr")], 0.02)
    shift = prior_shifts([_bundle("lr")], 0.1, ratio=1.0)[0]
    assert shift(np.array([0.5]))[0] == pytest.approx(0.1)
