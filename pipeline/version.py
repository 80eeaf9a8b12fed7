"""Versions written into every output: bump PARSER_VERSION whenever parsing
changes what rows a document gives, so incremental runs redo those files."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

PARSER_VERSION = "1"

try:
    PACKAGE_VERSION = version("raingan")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    PACKAGE_VERSION = "0+unknown"

FULL_VERSION = f"{PACKAGE_VERSION}+parser.{PARSER_VERSION}"
