"""Shared fixtures: the samples ingested once per session, and spec matching
for the hand-written expected snapshots in samples/*.expected.json."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from pipeline.run import ingest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"


def sample_text(name: str) -> str:
    """A sample's text (samples/ holds copies of the seeds)."""
    return (SAMPLES / name).read_text(encoding="utf-8")


def read_tables(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {p.stem: pq.read_table(p).to_pylist() for p in sorted(out.glob("*.parquet"))}


@pytest.fixture(scope="session")
def samples_out(tmp_path_factory) -> dict[str, list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("samples_out")
    ingest([SAMPLES], out)
    return read_tables(out)


def plain(value: Any) -> Any:
    """A value as the expected JSON snapshots write it (money "1.00", ISO dates)."""
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return value


def check(spec: Any, actual: Any, where: str) -> list[str]:
    """Differences between an expected spec and an actual value.

    A spec is an exact value, or a dict with any of: one_of, startswith,
    endswith, contains (list), not_contains (list).
    """
    actual = plain(actual)
    if isinstance(spec, dict):
        errors = []
        if "one_of" in spec and actual not in spec["one_of"]:
            errors.append(f"{where}: {actual!r} is none of {spec['one_of']!r}")
        if not isinstance(actual, str):
            return errors or ([f"{where}: expected text, got {actual!r}"] if set(spec) - {"one_of"} else [])
        if "startswith" in spec and not actual.startswith(spec["startswith"]):
            errors.append(f"{where}: {actual[:80]!r}... does not start with {spec['startswith']!r}")
        if "endswith" in spec and not actual.endswith(spec["endswith"]):
            errors.append(f"{where}: ...{actual[-80:]!r} does not end with {spec['endswith']!r}")
        for part in spec.get("contains", []):
            if part not in actual:
                errors.append(f"{where}: does not contain {part!r}")
        for part in spec.get("not_contains", []):
            if part in actual:
                errors.append(f"{where}: contains {part!r}")
        return errors
    if actual != spec:
        return [f"{where}: expected {spec!r}, got {actual!r}"]
    return []


def check_rows(specs: list[dict[str, Any]], rows: list[dict[str, Any]], table: str, keys: tuple[str, ...]) -> list[str]:
    errors = []
    if len(rows) != len(specs):
        errors.append(f"{table}: expected {len(specs)} rows, got {len(rows)}")
    by_key = {tuple(plain(r[k]) for k in keys): r for r in rows}
    for spec in specs:
        key = tuple(spec[k] for k in keys)
        row = by_key.get(key)
        if row is None:
            errors.append(f"{table}: no row {key}")
            continue
        for column, value in spec.items():
            errors += check(value, row[column], f"{table}{list(key)}.{column}")
    return errors


def load_expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
