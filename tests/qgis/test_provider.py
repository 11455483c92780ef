"""The provider exposes every algorithm under the ids users' scripts depend on."""

import pytest

#: ids of the issues: users' scripts and models depend on them
EXPECTED_IDS = [
    "lsm:jenksclassify",
    "lsm:buildsamples",
    "lsm:factorscreening",
    "lsm:frequencyratio",
    "lsm:spysampling",
    "lsm:trainmodel",
    "lsm:evaluatemodel",
    "lsm:saturationtest",
    "lsm:predictraster",
    "lsm:trainlsnet",
    "lsm:lsnetpredict",
    "lsm:trainfcn",
    "lsm:fcnpredict",
    "lsm:report",
    "lsm:ratecurves",
    "lsm:crossvalidate",
    "lsm:comparenegatives",
    "lsm:alignfactors",
    "lsm:deformationmatrix",
    "lsm:unitfactors",
    "lsm:predictunits",
    "lsm:unitclasses",
    "lsm:unitnegatives",
    "lsm:explainmodel",
    "lsm:contributionmaps",
]
#: graphical models shipped in resources/models (not in the algorithm groups)
MODEL_IDS = ["lsm:pipeline", "lsm:paperexperiment", "lsm:unitworkflow"]


def test_provider_identity(lsm_provider):
    assert lsm_provider.id() == "lsm"
    assert lsm_provider.name() == "Landslide susceptibility"
    assert not lsm_provider.icon().isNull()


@pytest.mark.parametrize("alg_id", EXPECTED_IDS)
def test_algorithm_registered(lsm_provider, alg_id):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg is not None, f"{alg_id} not registered"
    assert alg.groupId() in {"factors", "samples", "negatives", "models", "maps", "evaluation"}
    assert alg.shortHelpString()
    assert alg.createInstance().name() == alg_id.split(":")[1]


def test_every_algorithm_well_formed(lsm_provider):
    from qgis.core import QgsApplication

    algs = [a for a in QgsApplication.processingRegistry().algorithms() if a.provider().id() == "lsm"]
    ids = {a.id() for a in algs}
    assert set(EXPECTED_IDS) <= ids
    assert ids == set(EXPECTED_IDS + MODEL_IDS), f"ids differ: {sorted(ids ^ set(EXPECTED_IDS + MODEL_IDS))}"
    for alg in algs:
        assert alg.name() == alg.name().lower()
        assert alg.displayName()
        for parameter in alg.parameterDefinitions():
            assert parameter.description(), f"{alg.id()}:{parameter.name()} has no description"


def test_can_execute_names_missing_dependency(lsm_provider, monkeypatch):
    from landslide_susceptibility.algorithms.base import LsmAlgorithm
    from landslide_susceptibility.core import dependencies

    class Needs(LsmAlgorithm):
        REQUIRES = ("not_a_real_module_xyz",)

    ok, message = Needs().canExecute()
    assert not ok
    assert "python3 -m pip install" in message and "not_a_real_module_xyz" in message
    monkeypatch.setattr(dependencies, "missing_modules", lambda modules: [])
    assert Needs().canExecute() == (True, "")


@pytest.mark.parametrize("model_id", MODEL_IDS)
def test_shipped_models_registered(lsm_provider, model_id):
    from qgis.core import QgsApplication

    model = QgsApplication.processingRegistry().algorithmById(model_id)
    assert model is not None, f"{model_id} not registered"
    assert model.provider().id() == "lsm"
    assert model.outputDefinitions(), "a model whose steps were not found has no outputs"


def _lsm_algorithms():
    from qgis.core import QgsApplication

    return [
        a
        for a in QgsApplication.processingRegistry().algorithms()
        if a.provider().id() == "lsm" and a.id() not in MODEL_IDS
    ]


def test_every_parameter_has_help(lsm_provider):
    """Every non-destination parameter of every algorithm says what it does (setHelp)."""
    missing = [
        f"{alg.id()}:{p.name()}"
        for alg in _lsm_algorithms()
        for p in alg.parameterDefinitions()
        if not p.isDestination() and not p.help().strip()
    ]
    assert not missing, f"parameters without setHelp: {', '.join(missing)}"


def test_short_help_is_short_and_urls_distinct(lsm_provider):
    """shortHelpString stays at most ~10 lines; each algorithm links its own README anchor."""
    algs = _lsm_algorithms()
    assert {a.id() for a in algs} == set(EXPECTED_IDS)
    long = {}
    for alg in algs:
        text = alg.shortHelpString()
        # a rendered line of the dialog's help panel holds ~100 characters
        lines = sum(max(1, -(-len(line) // 100)) for line in text.splitlines())
        if lines > 10:
            long[alg.id()] = lines
    assert not long, f"shortHelpString over 10 lines: {long}"
    urls = [alg.helpUrl() for alg in algs]
    assert len(set(urls)) == len(urls), "help URLs are not distinct"
    for alg, url in zip(algs, urls):
        assert url.endswith("#lsm-" + alg.name()), url


def test_shared_parameters_are_declared_once(lsm_provider):
    """SEED / N_JOBS / DEVICE / RUN_STORE: one label and one default in every dialog."""
    from landslide_susceptibility.algorithms._compat import FLAG_ADVANCED

    seen = {}
    for alg in _lsm_algorithms():
        for name in ("N_JOBS", "DEVICE", "RUN_STORE"):
            p = alg.parameterDefinition(name)
            if p is None:
                continue
            flags = p.flags() & ~FLAG_ADVANCED
            seen.setdefault(name, set()).add((p.description(), str(p.defaultValue()), int(flags)))
        p = alg.parameterDefinition("SEED")
        if p is not None:
            seen.setdefault("SEED", set()).add(p.description())
    for name, variants in seen.items():
        assert len(variants) == 1, f"{name} is declared differently: {variants}"
    n_jobs = next(iter(seen["N_JOBS"]))
    assert n_jobs[1] == "-1"
