"""Every value `raingan inspect` shows keeps its source lines, on real OCR'd
text: each copy's reading of each field names the lines it was read from.
A BMA form whose fiscal year no copy read (given by the dates that fall in
it) once had a reading without lines, and `raingan inspect` failed on that
document (tests/corpus/extra3 w013) with a TypeError; this walks one
committed OCR'd set whole (35 documents of the three forms, a few seconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.explain import explain

OCR = sorted((Path(__file__).parent / "corpus" / "extra3" / "ocr").glob("*.txt"))


def test_the_set_is_there():
    assert len(OCR) >= 30 and {p.name.split("_")[0] for p in OCR} == {"bma", "obec"}


@pytest.mark.parametrize("path", OCR, ids=lambda p: p.stem)
def test_every_reading_inspect_shows_keeps_its_lines(path):
    shown = explain(path)
    assert shown["fields"]
    for field in shown["fields"]:
        for reading in field["readings"]:
            start, end = reading["lines"]
            assert isinstance(start, int) and isinstance(end, int) and 1 <= start <= end, (field["field"], reading)
