"""parsers.digits._FIGURE_RE opens with a lookahead on the characters a
figure of free text can open with (a speed-up, no rule): text_figures finds
exactly what the pattern as written finds, in the corpus' OCR'd texts and in
random text of the words and digits the pattern turns on."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from parsers import digits
from parsers.digits import _FIGURE_AS_WRITTEN, _FIGURE_RE, text_figures

ROOT = Path(__file__).resolve().parent.parent


def _matches(rx, text: str) -> list[tuple]:
    return [(m.span(), tuple(sorted(m.groupdict().items()))) for m in rx.finditer(text)]


@pytest.fixture
def as_written(monkeypatch):
    def figures(text: str) -> list[tuple[str, str]]:
        with monkeypatch.context() as m:
            m.setattr(digits, "_FIGURE_RE", _FIGURE_AS_WRITTEN)
            return text_figures(text)
    return figures


LINES = ["จำนวน ๖๔ คน ร้อยละ ๘๐", "ปีงบประมาณ ๒๕๖๗ และปีการศึกษา ๒๕๖๖", "วันที่ ๒ พฤษภาคม พ.ศ. ๒๕๖๕",
         "ภายในวันที่ ๒๐ กันยายน", "๑ ต.ค. ๒๕๖๖ ถึง ๓๐ ก.ย. ๒๕๖๗", "เมษายน wa. ๒๕๖๗", "ศตวรรษที่ ๒๑ เขต ๔",
         "จำนวน 9๘ คน", "ระหว่าง ๕ มี.ค. ๖๗", "กุย. ๒๕๖๗", "มกราคม ๒๕๖๘ และ ธันวาคม ๒๕๖๗"]


def test_the_figures_as_written(as_written):
    found = 0
    for line in LINES + [" ".join(LINES)]:
        assert text_figures(line) == as_written(line), line
        assert _matches(_FIGURE_RE, line) == _matches(_FIGURE_AS_WRITTEN, line), line
        found += len(text_figures(line))
    assert found >= 2 * len(LINES)  # (figures found: a test of figures, not of none)


def test_the_corpus_texts(as_written):
    for path in sorted((ROOT / "tests/corpus/ocr").glob("obec_progress_*.txt"))[:4]:
        text = path.read_text(encoding="utf-8")[:20000]
        assert text_figures(text) == as_written(text)
        assert _matches(_FIGURE_RE, text) == _matches(_FIGURE_AS_WRITTEN, text)


def test_random_text(as_written):
    words = ["จำนวน", "ร้อยละ", "ปีงบประมาณ", "ปีการศึกษา", "มกราคม", "เมษายน", "ต.ค.", "มี.ค", "กุย.", "พ.ศ.",
             "ที่", "คน", "ก", "ๆ", " ", " ", "\n", ".", "๒", "๕", "๖", "1", "0", ",", "wa.", "ธ.ค."]
    rng = random.Random(39)
    for _ in range(600):
        text = "".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        assert _matches(_FIGURE_RE, text) == _matches(_FIGURE_AS_WRITTEN, text), text
        assert text_figures(text) == as_written(text), text
