"""The data dictionary: each column's description (English and Thai), unit,
allowed values and source, read from the row models (schemas.rows), and the
Parquet metadata that carries it into every output file.

Field metadata keys: `description`, `description_th`, `unit`, `values`,
`source` (JSON when it is per form).  File (schema) metadata:
`raingan.schema_version`, `raingan.table`, `raingan.description`,
`raingan.description_th`.  Bump SCHEMA_VERSION (schemas.names) whenever a column is added,
renamed, retyped or removed.
"""

from __future__ import annotations

import json
import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from schemas.names import SCHEMA_VERSION  # noqa: F401  (defined there, read without pydantic: schemas.names)


@dataclass(frozen=True)
class ColumnDoc:
    name: str
    type: str  # the Arrow type
    nullable: bool
    description: str
    description_th: str
    unit: str | None
    values: str | None  # allowed values or range
    source: dict[str, str] | str | None

    def source_text(self) -> str:
        if self.source is None:
            return ""
        if isinstance(self.source, str):
            return self.source
        return "; ".join(f"{form}: {text}" for form, text in self.source.items())


def _parts(annotation: Any) -> tuple[Any, list[Any]]:
    """(inner type, constraint metadata) of X | None, Annotated[X, ...]."""
    metadata: list[Any] = []
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        annotation = args[0] if len(args) == 1 else str
    if typing.get_origin(annotation) is typing.Annotated:
        inner, *meta = typing.get_args(annotation)
        for m in meta:
            metadata.extend(getattr(m, "metadata", [m]))
        annotation = inner
    return annotation, metadata


def allowed_values(info: FieldInfo) -> str | None:
    """The values a column may take, from its type: a Literal's values, a
    range, true/false."""
    inner, metadata = _parts(info.annotation)
    metadata = metadata + list(info.metadata)
    if typing.get_origin(inner) is typing.Literal:
        return ", ".join(str(v) for v in typing.get_args(inner))
    if inner is bool:
        return "true, false"
    low = next((getattr(m, "ge", None) for m in metadata if getattr(m, "ge", None) is not None), None)
    high = next((getattr(m, "le", None) for m in metadata if getattr(m, "le", None) is not None), None)
    if low is not None or high is not None:
        show = (lambda v: v.isoformat()) if inner is date else (lambda v: f"{v:g}" if isinstance(v, float) else str(v))
        return f"{show(low) if low is not None else ''}..{show(high) if high is not None else ''}"
    if inner is Decimal:
        return "decimal, 2 places"
    return None


def column_docs(model: type[BaseModel], arrow_fields: dict[str, tuple[str, bool]]) -> list[ColumnDoc]:
    """The dictionary entries of a model's columns; `arrow_fields` gives each
    column's Arrow type and nullability."""
    out = []
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        arrow_type, nullable = arrow_fields[name]
        out.append(ColumnDoc(name, arrow_type, nullable, info.description or "", str(extra.get("th", "")),
                             extra.get("unit"), allowed_values(info), extra.get("source")))
    return out


def field_metadata(info: FieldInfo) -> dict[bytes, bytes]:
    """The Parquet field metadata of one column."""
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    meta = {b"description": info.description or "", b"description_th": extra.get("th", "")}
    if extra.get("unit"):
        meta[b"unit"] = extra["unit"]
    values = allowed_values(info)
    if values:
        meta[b"values"] = values
    source = extra.get("source")
    if source:
        meta[b"source"] = source if isinstance(source, str) else json.dumps(source, ensure_ascii=False)
    return {k: str(v).encode("utf-8") for k, v in meta.items()}


def table_metadata(name: str, model: type[BaseModel], description_th: str) -> dict[bytes, bytes]:
    """The Parquet file metadata of one table."""
    return {
        b"raingan.schema_version": SCHEMA_VERSION.encode(),
        b"raingan.table": name.encode(),
        b"raingan.description": " ".join((model.__doc__ or "").split()).encode("utf-8"),
        b"raingan.description_th": description_th.encode("utf-8"),
    }
