"""Versions written into every output.  PARSER_VERSION is the parser's
release, bumped by hand when parsing changes what rows a document gives.
The manifest records RUN_VERSION, which adds the output schema's version
(schemas.dictionary.SCHEMA_VERSION) and CODE_DIGEST, a digest of the code
that reads a document: a file read by other code is redone at the next run
even when nobody bumped the version, so an upgraded archive never mixes
rows of two parsers (PARSER_VERSION stayed "1" through many parser changes
before the digest was added)."""

from __future__ import annotations

import hashlib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from schemas.names import SCHEMA_VERSION

PARSER_VERSION = "2"
# the packages whose code decides what rows a document gives (the CLI, report and views do not)
CODE_PACKAGES = ("normalizers", "parsers", "pipeline", "schemas")


def code_digest(root: Path = Path(__file__).resolve().parent.parent) -> str:
    """The first 12 hex digits of sha256 over the .py files of CODE_PACKAGES
    under `root` (their paths and bytes, in path order)."""
    h = hashlib.sha256()
    for package in CODE_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:12]


CODE_DIGEST = code_digest()

try:
    PACKAGE_VERSION = version("raingan")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    PACKAGE_VERSION = "0+unknown"

FULL_VERSION = f"{PACKAGE_VERSION}+parser.{PARSER_VERSION}"
RUN_VERSION = f"{FULL_VERSION}+schema.{SCHEMA_VERSION}+code.{CODE_DIGEST}"  # what the manifest compares
