# Landslide Susceptibility plugin: set-up, tests, demo, packaging.
# `make setup` then `make test` on a fresh Debian 12 machine (as root).

SHELL := /bin/bash
PLUGIN := landslide_susceptibility
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
VENV := .venv
PY := $(VENV)/bin/python
SYS_PY := /usr/bin/python3
PLUGIN_PATH := $(CURDIR)/build/plugins
QGIS_PROCESS := /usr/bin/qgis_process.bin
APT_PACKAGES := qgis python3-qgis qgis-providers xvfb pyqt5-dev-tools
export QT_QPA_PLATFORM := offscreen
export QGIS_PLUGINPATH := $(PLUGIN_PATH)
export XDG_RUNTIME_DIR ?= /tmp/runtime-$(shell id -u)
TORCH_VERSION := 2.13.0
# Debian 12's GDAL was built on NumPy 1.x, and torch 2.13.0 is the local CPU wheel for Python 3.11 (a bare
# `torch` takes a CUDA build of GBs); on Python 3.12+ (Debian 13) Debian's numpy and python3-torch serve
VENV_PINS := "numpy<2; python_version < '3.12'" "torch==$(TORCH_VERSION); python_version < '3.12'"

.PHONY: setup apt venv plugin-link test lint unit qgis-tests smoke demo package translations bench clean docs screenshots \
	test-qgis340 test-qgis340-apt chroot-qgis340 compare-qgis340 chroot-qgis344 test-qgis344 test-qgis344-apt compare-qgis344

setup: apt venv plugin-link
	@echo "setup done: $(PY), plugin path $(PLUGIN_PATH)"

apt:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing python3-venv python3-matplotlib; \
	fi

$(VENV)/.done: requirements.txt requirements-dev.txt
	[ -x $(PY) ] || $(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=23"
	$(PY) -m pip install -q $(VENV_PINS)
	$(PY) -m pip install -q -r requirements.txt -r requirements-dev.txt $(VENV_PINS)
	$(PY) -c "import numpy, osgeo.gdal, qgis.core, sklearn, imblearn, torch; print('venv ok: numpy', numpy.__version__, 'torch', torch.__version__)"
	touch $@

venv: $(VENV)/.done

plugin-link:
	mkdir -p $(PLUGIN_PATH) $(XDG_RUNTIME_DIR)
	ln -sfn $(CURDIR) $(PLUGIN_PATH)/$(PLUGIN)
	$(QGIS_PROCESS) plugins enable $(PLUGIN) >/dev/null 2>&1 || true
	@$(QGIS_PROCESS) plugins 2>/dev/null | grep -q "^\* $(PLUGIN)\|$(PLUGIN)" && echo "plugin $(PLUGIN) visible to qgis_process" || (echo "qgis_process does not see $(PLUGIN)"; exit 1)

# ruff's lint rules (complexity ceiling C901 <= 10 in pyproject.toml) and its formatting
lint:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

unit:
	$(PY) -m pytest -q tests/unit

qgis-tests:
	$(PY) -m pytest -q tests/qgis

smoke:
	$(PY) -m pytest -q tests/smoke

# sets up first (idempotent, seconds when done), so `make test` works on a fresh machine too
test: setup lint
	$(PY) -m pytest -q tests/unit tests/qgis
	$(PY) -m pytest -q tests/smoke

demo: setup
	$(PY) -m tools.demo

# the zip of HEAD for the plugin repository, checked (tools/ci/package.py; add REF=... for another tree)
package:
	$(SYS_PY) tools/ci/package.py --ref $(or $(REF),HEAD) --out dist

# second tier: QGIS 3.40 on Debian 13 in a chroot kept in /var/cache/lsm-chroots/trixie (built when missing)
chroot-qgis340:
	bash tools/ci/qgis340.sh build

# the unit, qgis and smoke tests there (Debian's packages + a venv with what Debian lacks; lint runs here)
test-qgis340:
	bash tools/ci/qgis340.sh test

# the apt route: Debian's python3 and packages only, no pip (tests needing pip-only packages skip)
test-qgis340-apt:
	bash tools/ci/qgis340.sh test-apt

# the demo chain and lsm:pipeline through qgis_process on the host's QGIS and on 3.40, outputs compared within
# 1e-9 (the host side in build/compare-venv with the chroot's scikit-learn & co, so that only QGIS differs)
compare-qgis340:
	bash tools/ci/qgis340.sh compare

# third tier: QGIS 3.44 LTR (Debian 13 + trixie-backports) in /var/cache/lsm-chroots/trixie-qgis344, same targets
chroot-qgis344:
	bash tools/ci/qgis344.sh build

test-qgis344:
	bash tools/ci/qgis344.sh test

test-qgis344-apt:
	bash tools/ci/qgis344.sh test-apt

compare-qgis344:
	bash tools/ci/qgis344.sh compare

translations:
	mkdir -p i18n build
	$(SYS_PY) tools/i18n_strings.py build/i18n_strings.py
	pylupdate5 -noobsolete $$(git ls-files '*.py' | grep -v '^tests/\|^bench/\|^tools/') build/i18n_strings.py \
		-ts i18n/$(PLUGIN)_fr.ts i18n/$(PLUGIN)_es.ts
	@command -v lrelease >/dev/null && lrelease i18n/*.ts || true

docs:
	$(PY) tools/make_reference.py README.md

screenshots:
	$(PY) tools/screenshots.py --demo demo_output
	$(PY) tools/screenshot_dock.py
	xvfb-run -a -s "-screen 0 1920x1200x24" $(PY) tools/screenshot_modeler.py

bench:
	$(PY) -m pip install -q ckmeans statsmodels "numpy<2"
	$(PY) bench/run_all.py

clean:
	rm -rf build dist demo_output .pytest_cache
