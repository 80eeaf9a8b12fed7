"""Shared fixtures: the samples ingested once per session, and the
hand-written expected files in samples/*.expected.json."""

from __future__ import annotations

import json
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
def samples_out_dir(tmp_path_factory) -> Path:
    """The samples ingested once per session: the output folder."""
    out = tmp_path_factory.mktemp("samples_out")
    ingest([SAMPLES], out)
    return out


@pytest.fixture(scope="session")
def samples_out(samples_out_dir) -> dict[str, list[dict[str, Any]]]:
    return read_tables(samples_out_dir)


def expected_of(sample: str) -> dict[str, Any]:
    """The expected file of a sample ("000"), as JSON."""
    (path,) = SAMPLES.glob(f"{sample}_*.expected.json")
    return json.loads(path.read_text(encoding="utf-8"))


CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="session")
def corpus_rows() -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Every corpus document, clean and OCR'd, through process_document once
    per session: "clean/<name>.txt" -> its rows per table."""
    from pipeline.stages import process_document

    paths = sorted((CORPUS / "clean").glob("*.txt")) + sorted((CORPUS / "ocr").glob("*.txt"))
    return {f"{p.parent.name}/{p.name}": process_document(p.name, p.read_bytes()) for p in paths}
