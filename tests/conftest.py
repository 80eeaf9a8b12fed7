"""Shared fixtures: the samples ingested once per session, and the
hand-written expected files in samples/*.expected.json."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

# the dictionary's indexes kept on disk (normalizers.index_cache) go to a folder of the test session's own, never
# the user's cache: set before any index is built, inherited by every process a test starts, removed at the end
_INDEX_CACHE = tempfile.mkdtemp(prefix="raingan-test-index-cache-")
os.environ["RAINGAN_CACHE_DIR"] = _INDEX_CACHE
atexit.register(shutil.rmtree, _INDEX_CACHE, True)

# pytest rewrites the asserts of every test module it imports (an AST pass over some 9,000 asserts in 750
# modules, about half the collection's CPU time) and keeps the result in tests/__pycache__ only where Python may
# write bytecode: where the environment sets PYTHONDONTWRITEBYTECODE (this machine does) every session would
# redo it.  This process writes its bytecode as `make test` does for the project's modules (the Makefile's PYC);
# the processes the tests start inherit the environment as it was.
sys.dont_write_bytecode = False

from pipeline.run import ingest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEEDS = ROOT.parent / "shared" / "seeds"


def numbered_lines(texts: list[str], start: int = 1) -> list[Any]:
    """Text lines numbered from `start`, as the stages give them (schemas.document.Line)."""
    from schemas.document import Line
    return [Line(k, t) for k, t in enumerate(texts, start=start)]


def sample_text(name: str) -> str:
    """A sample's text (samples/ holds copies of the seeds)."""
    return (SAMPLES / name).read_text(encoding="utf-8")


def recorded_versions(out: Path) -> set[str]:
    """The parser versions (pipeline.version.RUN_VERSION) the run manifest OUT/manifest.sqlite recorded for
    its files.  A test that interrupts a run and resumes it checks first that the run it interrupted read the
    files with the test's own code: a checkout edited while the test runs makes the resumed run redo every
    file (the version carries a digest of the code), which is right, not a loss."""
    import sqlite3

    db = sqlite3.connect(f"{(out / 'manifest.sqlite').resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in db.execute("SELECT DISTINCT parser_version FROM files")}
    finally:
        db.close()


def manifest_shards(out: Path) -> set[str]:
    """The shards whose files the run manifest OUT/manifest.sqlite has
    committed (read-only, while a run may be writing it; empty when there is
    none yet).  A test that kills or interrupts a run waits for one: on a
    loaded machine a shard can stand renamed into place a while before its
    files' rows are committed, and a kill between the two keeps nothing."""
    import sqlite3

    path = out / "manifest.sqlite"
    if not path.is_file():
        return set()
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.OperationalError:
        return set()
    try:
        return {row[0] for row in db.execute("SELECT DISTINCT shard FROM files")}
    except sqlite3.OperationalError:  # (not created yet, or locked for a moment by the writer)
        return set()
    finally:
        db.close()


def read_tables(out: Path) -> dict[str, list[dict[str, Any]]]:
    return {p.stem: pq.read_table(p).to_pylist() for p in sorted(out.glob("*.parquet"))}


@pytest.fixture
def repair_on(monkeypatch) -> None:
    """Repairs enabled (RAINGAN_REPAIR=1): a module of repair tests says
    `pytestmark = pytest.mark.usefixtures("repair_on")`."""
    monkeypatch.setenv("RAINGAN_REPAIR", "1")


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


def entries_by_header(lines: list[Any]) -> dict[str, list[str]]:
    """A BMA progress entries table's lines as untranspose gives them, by
    entry: each 'รายงานครั้งที่ ...' header's text -> the texts after it."""
    out: dict[str, list[str]] = {}
    cur = None
    for ln in lines:
        if ln.text.startswith("รายงานครั้งที่"):
            cur = ln.text
            out[cur] = []
        elif cur is not None:
            out[cur].append(ln.text)
    return out


def expense_figures(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    """The BMA progress expense lines the clause reader finds in `text`, as printed: (item, quantity, unit,
    unit amount, amount)."""
    from normalizers.numbers import thai_digits_to_arabic
    from parsers.bma_progress.clauses import expenses_in

    return [(e.value.item, e.value.quantity, e.value.unit, e.value.each, e.value.amount)
            for _, _, e in expenses_in(thai_digits_to_arabic(text), text, 1)]
