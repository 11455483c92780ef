"""The plugin version, read from metadata.txt (its single source)."""

import configparser
from functools import lru_cache
from pathlib import Path

METADATA = Path(__file__).resolve().parent.parent / "metadata.txt"


@lru_cache(maxsize=1)
def plugin_version():
    """Version string of metadata.txt, e.g. '0.1.0'."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(METADATA, encoding="utf-8")
    return parser.get("general", "version", fallback="0.0.0")
