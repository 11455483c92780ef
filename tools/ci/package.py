"""Build the plugin zip for the QGIS plugin repository and check it.

    python3 tools/ci/package.py [--ref REF | --worktree] [--out DIR]

The files are those of `git archive REF` (HEAD by default; --worktree: the working tree's tracked files as
they are now), less what only developers use (tools/, tests/, bench/, .ci/, docs/images, build files), plus
the compiled translations (i18n/*.qm) when `lrelease` is installed. The check fails on __pycache__ or *.pyc,
on binary files other than the demo data, icons and translations, on a missing LICENSE and on a metadata.txt
without a field the plugin repository requires; it prints the zip's size.
"""

import argparse
import configparser
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
PLUGIN = "landslide_susceptibility"
#: left out of the zip: developer files (some are also export-ignore in .gitattributes)
EXCLUDED_DIRS = ("tools/", "tests/", "bench/", ".ci/", "docs/images/", "build/", "dist/")
EXCLUDED_FILES = {"Makefile", "pyproject.toml", "requirements-dev.txt", ".gitignore", ".gitattributes"}
#: the only places binary files may be in
BINARY_OK = ("resources/sample_data/", "resources/icons/", "i18n/")
REQUIRED_METADATA = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
)
MAX_BYTES = 20 * 1024 * 1024


def shipped(name):
    """Whether the repository file *name* goes into the zip."""
    parts = name.split("/")
    if "__pycache__" in parts or name.endswith(".pyc"):
        return False
    return name not in EXCLUDED_FILES and not name.startswith(EXCLUDED_DIRS)


def tree_files(ref):
    """{path: bytes} of `git archive ref`."""
    data = subprocess.run(
        ["git", "archive", "--format=tar", ref], cwd=REPO, check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile() and shipped(m.name)}


def compiled_translations(files):
    """{i18n/x.qm: bytes} compiled from the .ts files, or {} without lrelease."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        print("lrelease not found: no compiled translations in the zip", file=sys.stderr)
        return {}
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files.items():
            if name.startswith("i18n/") and name.endswith(".ts"):
                ts, qm = Path(tmp) / Path(name).name, Path(tmp) / (Path(name).stem + ".qm")
                ts.write_bytes(data)
                subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
                out[f"i18n/{qm.name}"] = qm.read_bytes()
    return out


def problems(files):
    """What the plugin repository would refuse in *files* ({path: bytes}), as sentences."""
    found = []
    for name, data in sorted(files.items()):
        if "__pycache__" in name or name.endswith(".pyc"):
            found.append(f"{name}: compiled Python")
        elif b"\0" in data[:8192] and not name.startswith(BINARY_OK):
            found.append(f"{name}: binary file outside {', '.join(BINARY_OK)}")
    if "LICENSE" not in files:
        found.append("LICENSE missing")
    meta = configparser.ConfigParser(interpolation=None)
    meta.optionxform = str
    meta.read_string(files.get("metadata.txt", b"").decode("utf-8"))
    general = meta["general"] if meta.has_section("general") else {}
    found += [f"metadata.txt: {key} missing or empty" for key in REQUIRED_METADATA if not general.get(key)]
    return found


def build(ref, out_dir):
    files = tree_files(ref)
    files.update(compiled_translations(files))
    bad = problems(files)
    version = "unknown"
    for line in files.get("metadata.txt", b"").decode("utf-8").splitlines():
        if line.startswith("version="):
            version = line.split("=", 1)[1].strip()
    out_dir.mkdir(parents=True, exist_ok=True)
    zip_path = out_dir / f"{PLUGIN}-{version}.zip"
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(f"{PLUGIN}/{name}", files[name])
    size = zip_path.stat().st_size
    if size > MAX_BYTES:
        bad.append(f"zip is {size} bytes, over {MAX_BYTES}")
    print(f"{zip_path}: {len(files)} files, {size / 1e6:.2f} MB")
    return zip_path, bad


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="HEAD", help="git tree-ish to package (default HEAD)")
    parser.add_argument("--worktree", action="store_true", help="package the working tree's tracked files")
    parser.add_argument("--out", type=Path, default=REPO / "dist")
    args = parser.parse_args(argv)
    ref = args.ref
    if args.worktree:
        stash = subprocess.run(
            ["git", "stash", "create"], cwd=REPO, capture_output=True, text=True, check=True
        )
        ref = stash.stdout.strip() or "HEAD"
    _, bad = build(ref, args.out)
    for line in bad:
        print(f"package check: {line}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
