"""Speed-ups of the eightieth session that must decide exactly what the code they shortcut decides (issue 13):
the BMA progress flags' words asked once before PLAN_RE and TARGET_RE (clauses._runs_across, clauses._clauses),
the specks at an OBEC text's edges left alone where a letter or a digit opens and closes it
(texts._specks_off_edges), and a line with no header token passed over by transposed._heads_mended without the
pattern's second pass."""
import random
from pathlib import Path

import regex

from parsers.bma_progress import clauses
from parsers.obec_progress import texts

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["เป็นไปตามแผน", "ไม่เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", "เป็นใปดามแผน", "เปนไปตามเปาหมาย", "เป็น ไป ตาม แผน",
         "เป็นไปตาม", "ไม่ เป็นไปตามเป้าหมาย"]


def _corpus_lines(prefix: str, limit: int = 4000) -> list[str]:
    lines: list[str] = []
    for folder in ("ocr", "clean", "extra/ocr", "extra2/ocr"):
        for path in sorted((ROOT / "tests" / "corpus" / folder).glob(f"{prefix}*.txt")):
            lines += path.read_text(encoding="utf-8").splitlines()
    return lines[:limit]


def test_every_flag_match_holds_the_flags_words():
    """Every match of PLAN_RE and TARGET_RE holds a match of _FLAG_WORDS_RE (their patterns end with the
    flags' words as ocr_tolerant spells them, "เป็นไปตาม" first): a text without it holds no flag."""
    rnd = random.Random(80)
    found = 0
    pieces = FLAGS + [" ", "\n", ": ", "|", "\t", "๑๒ ", "ร้อยละ 50 ", "รายงานครั้งที่ 1 ", "cece ", ". ", "ท- ",
                      "ความสอดคล้องกับแผน ", "ไม่ ", "\u0e48", "\u0e49"]
    texts_ = [*_corpus_lines("bma_progress"), *FLAGS]
    texts_ += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8))) for _ in range(3000)]
    for text in texts_:
        for rx in (clauses.PLAN_RE, clauses.TARGET_RE):
            for m in rx.finditer(text):
                assert clauses._FLAG_WORDS_RE.search(m.group()), (text, m.group())
                found += 1
    assert found > 500


def test_runs_across_decides_as_every_pattern_asked(monkeypatch):
    """_runs_across, the flags' patterns asked only where their words stand, answers as it did asking every
    pattern (the gate made to pass everything), on the BMA progress lines of the corpus and on lines made of flags
    and figures."""
    lines = _corpus_lines("bma_progress")
    rnd = random.Random(8)
    pieces = FLAGS + [" ", ": ", "= ", "๕๐๐ บาท", "ค่าอาหาร ", "รายงานครั้งที่ ", "๓ ", "ความก้าวหน้า ", "70.00 %", "\t"]
    made = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))) for _ in range(2000)]
    pairs = list(zip(lines, lines[1:])) + list(zip(made, made[1:]))
    gated = [clauses._runs_across(before, line) for before, line in pairs]
    monkeypatch.setattr(clauses, "_FLAG_WORDS_RE", regex.compile(""))  # every text "holds" the words: no gate
    every = [clauses._runs_across(before, line) for before, line in pairs]
    assert gated == every
    assert sum(every) > 50


def test_specks_off_edges_is_the_pattern_pass():
    """_specks_off_edges gives what _EDGE_SPECKS_RE.sub gives, on texts opening and closing with a letter,
    a mark or a digit (the pattern left out) and on every other: specks, spaces of every kind, newlines."""
    rnd = random.Random(80)
    alphabet = "กขค\u0e48\u0e49\u0e31าเ 12๑๒ \t\n.,;:)(abZ-•|!?\u00a0\u2003\u200b\x1c"
    for _ in range(100000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert texts._specks_off_edges(text) == texts._EDGE_SPECKS_RE.sub("", text), repr(text)
    for text in _corpus_lines("obec_progress", 20000):
        assert texts._specks_off_edges(text) == texts._EDGE_SPECKS_RE.sub("", text), repr(text)
    for text in ["b ยนได้รับการพัฒนา", ". We ยนได้รับ", "ครูได้รับการพัฒนา ab", "ร้อยละ ๘๐", "๑๒ คน", "ก", ""]:
        assert texts._specks_off_edges(text) == texts._EDGE_SPECKS_RE.sub("", text), text
