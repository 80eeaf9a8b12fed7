"""Versions written into every output: bump PARSER_VERSION whenever parsing
changes what rows a document gives, so incremental runs redo those files.
The manifest records RUN_VERSION, which adds the output schema's version
(schemas.dictionary.SCHEMA_VERSION): files read for an older schema are
redone too, so every shard has the columns the tables have."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from schemas.dictionary import SCHEMA_VERSION

PARSER_VERSION = "1"

try:
    PACKAGE_VERSION = version("raingan")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    PACKAGE_VERSION = "0+unknown"

FULL_VERSION = f"{PACKAGE_VERSION}+parser.{PARSER_VERSION}"
RUN_VERSION = f"{FULL_VERSION}+schema.{SCHEMA_VERSION}"  # what the manifest compares
