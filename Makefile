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

.PHONY: setup apt venv plugin-link test lint unit qgis-tests smoke demo package translations bench clean docs screenshots

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
	$(PY) -m pip install -q "numpy<2" "torch==$(TORCH_VERSION)"
	$(PY) -m pip install -q -r requirements.txt -r requirements-dev.txt "numpy<2" "torch==$(TORCH_VERSION)"
	$(PY) -c "import numpy, osgeo.gdal, qgis.core, sklearn, imblearn, torch; print('venv ok: numpy', numpy.__version__, 'torch', torch.__version__)"
	touch $@

venv: $(VENV)/.done

plugin-link:
	mkdir -p $(PLUGIN_PATH) $(XDG_RUNTIME_DIR)
	ln -sfn $(CURDIR) $(PLUGIN_PATH)/$(PLUGIN)
	$(QGIS_PROCESS) plugins enable $(PLUGIN) >/dev/null 2>&1 || true
	@$(QGIS_PROCESS) plugins 2>/dev/null | grep -q "^\* $(PLUGIN)\|$(PLUGIN)" && echo "plugin $(PLUGIN) visible to qgis_process" || (echo "qgis_process does not see $(PLUGIN)"; exit 1)

lint:
	$(VENV)/bin/ruff check .

unit:
	$(PY) -m pytest -q tests/unit

qgis-tests:
	$(PY) -m pytest -q tests/qgis

smoke:
	$(PY) -m pytest -q tests/smoke

# sets up first (idempotent, seconds when done), so `make test` works on a fresh machine too
test: setup
	$(VENV)/bin/ruff check .
	$(PY) -m pytest -q tests/unit tests/qgis
	$(PY) -m pytest -q tests/smoke

demo: setup
	$(PY) -m tools.demo

package:
	mkdir -p dist
	git archive --format=zip --prefix=$(PLUGIN)/ -o dist/$(PLUGIN)-$(VERSION).zip HEAD
	@echo dist/$(PLUGIN)-$(VERSION).zip

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

bench:
	$(PY) -m pip install -q ckmeans statsmodels "numpy<2"
	$(PY) bench/run_all.py

clean:
	rm -rf build dist demo_output .pytest_cache
