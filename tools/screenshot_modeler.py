"""Render the shipped model `lsm:pipeline` in QGIS's Graphical Modeler into docs/images/modeler_pipeline.png.

    cd <repo> && xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python tools/screenshot_modeler.py
        [--model resources/models/lsm_pipeline.model3] [--out docs/images/modeler_pipeline.png]

QGIS's own model designer (processing.modeler.ModelerDialog, a QgsModelDesignerDialog) opens the
.model3 file with the `lsm` provider registered (so every step resolves to its algorithm), zooms to the
whole model and is grabbed as the user sees it, toolbars and panels included (in a throw-away QGIS profile folder, so
the user's QGIS settings are not touched). The script prints whether
the model validates (QgsProcessingModelAlgorithm.validate()) and exits with 1 when it does not, so a
screenshot of a red, invalid model is never saved silently. Under an X server (xvfb-run) the widgets
are drawn by the xcb platform as on a desktop; without one it falls back to Qt's offscreen platform.
"""

import argparse
import os
import shutil
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "build", "plugins"))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
MODEL = os.path.join(REPO, "resources", "models", "lsm_pipeline.model3")
OUT = os.path.join(REPO, "docs", "images", "modeler_pipeline.png")
#: size of the designer window grabbed (pixels)
WINDOW = (1040, 860)


def _settle(app, rounds=20):
    for _ in range(rounds):
        app.processEvents()


def modeler_png(app, model_path, out, size=WINDOW):
    """Open *model_path* in the model designer, zoom to the model, save the window to *out*; returns
    (valid, errors) of the model."""
    from processing.modeler.ModelerDialog import ModelerDialog
    from qgis.core import QgsProcessingModelAlgorithm
    from qgis.PyQt.QtWidgets import QAction

    model = QgsProcessingModelAlgorithm()
    if not model.fromFile(model_path):
        raise SystemExit(f"{model_path} is not a Processing model")
    valid, errors = model.validate()
    dialog = ModelerDialog.create(model)
    dialog.show()
    _settle(app)
    dialog.resize(*size)  # after show(): the designer restores a remembered geometry when shown
    _settle(app)
    zoom = dialog.findChild(QAction, "mActionZoomToItems")  # the designer's "Zoom Full"
    if zoom is None:
        raise SystemExit("the model designer has no 'Zoom Full' action")
    zoom.trigger()
    _settle(app)
    image = dialog.grab().toImage()
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    if not image.save(out, "PNG", 0):  # 0: smallest file (most compression)
        raise SystemExit(f"cannot write {out}")
    print(f"{out}: {image.width()} x {image.height()} px, {os.path.getsize(out) // 1024} KB")
    dialog.setModel(QgsProcessingModelAlgorithm())  # no "save changes?" question on close
    dialog.close()
    _settle(app)
    return valid, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--out", default=OUT)
    args = parser.parse_args()
    from qgis.core import QgsApplication

    profile = tempfile.mkdtemp(prefix="lsm_modeler_profile_")  # the user's QGIS settings are left alone
    app = QgsApplication([], True, profile)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from landslide_susceptibility.plugin.provider import LsmProvider
    from processing.core.Processing import Processing

    Processing.initialize()
    provider = LsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    valid, errors = modeler_png(app, args.model, args.out)
    print("model validates" if valid else "model is invalid:\n  " + "\n  ".join(errors))
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    shutil.rmtree(profile, ignore_errors=True)
    return 0 if valid else 1


if __name__ == "__main__":
    sys.exit(main())
