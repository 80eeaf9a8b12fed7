"""parsers.bma_progress.clauses._EXPENSE_FIGURES_RE opens with a lookahead on
the characters an expense line's figures can open with (a speed-up, no rule):
it finds exactly the matches the pattern as written finds, each holding the
"=", "เป็นเงิน" or "รวม" _runs_across looks for first (_FIGURES_JOINED_RE),
in every layout its alternatives read (a line of its own, a run-on
paragraph, a wrap), in the OCR corpus' BMA progress texts and in random text
made of the characters the pattern turns on."""

from __future__ import annotations

import random
from pathlib import Path

from normalizers.confusions import LOOKALIKES
from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress import clauses
from parsers.bma_progress.clauses import (_EXPENSE_FIGURES_AS_WRITTEN, _EXPENSE_FIGURES_RE, _FIGURES_JOINED_RE,
                                          expenses_in)

ROOT = Path(__file__).resolve().parent.parent


def _found(rx, text: str) -> list[tuple]:
    return [(m.span(), tuple(sorted(m.groupdict().items())),
             tuple(m.span(g) for g in sorted(m.groupdict()))) for m in rx.finditer(text)]


def _same(text: str) -> int:
    as_written = _found(_EXPENSE_FIGURES_AS_WRITTEN, text)
    assert _found(_EXPENSE_FIGURES_RE, text) == as_written, text
    for m in _EXPENSE_FIGURES_AS_WRITTEN.finditer(text):  # (_runs_across looks for none in a text without one)
        assert _FIGURES_JOINED_RE.search(m.group()), m.group()
    for start in range(0, len(text), max(1, len(text) // 7)):  # .match at a place, as _runs_across asks
        a, b = _EXPENSE_FIGURES_AS_WRITTEN.match(text, start), _EXPENSE_FIGURES_RE.match(text, start)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), (text, start)
    return len(as_written)


# every alternative of the pattern, as OCR leaves it (item, quantity and unit amount, "=" alone, garbled)
LINES = [
    "ค่าอาหารฯ = 10,000.- บาท",
    "ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท",
    "ค่าอาหาร จำนวน 50 คนๆ ละ 200 บาท เป็นเงิน 10,000 บาท",
    "ค่าอาหาร จำนวน ๕๐ คนๆ ax 50 เป็นเงิน ๒,๕๐๐",
    "ค่าของที่ระลึก อ๑๒ ใบ % อ๐๐ บาท = ๗,๒๐๐ บาท",
    "ค่าวัสดุ = 87,000",
    "ค่าวิทยากร ซ ชั่วโมง % ๖๐๐ บาท = ๔,๒๐๐ บาท",
    "ค่าเอกสาร oo ชุด x 35 = 3,500",
    "ค่าอาหาร Sey คน x 50 = 1,000",
    "ค่าอาหาร & คน x 50 = 1,000",
    "ค่าเช่ารถ ๓ คันๆ AL [8๒,๐๐๐ เป็นเงิน ๖,๐๐๐",
    "ค่าเกียรติบัตร = Bod,doo ค่าเช่ารถโดยสาร = Bo, pee",
    "ค่าอาหารฯ = = 18๑๕,๐๐๐ ::",
    "ค่าวัสดุ = 4 7๐2.๕0 บาท",
    "ค่าเอกสาร 127 เล่มๆ ละ 850 เป็นเงิน 86,350",
    "ค่าป้าย ๒ ป้าย x ฿๓๕๐ = ฿๗๐๐",
    "ค่าอาหาร ๑๒ คน % ๒๕๐.๐๐ บาท = สผ่,๕๐๐.๐๐ บาท",
    "ค่าวัสดุ = Bos, ๑๐๐ :",
    "ค่าตอบแทน ๓ คน x ๕๐๐ บาท รวม ๑,๕๐๐ บาท",
    "(ครั้งที่ 2) = 0 บาท",
    "รายงานครั้งที่ ๑ :: ๑๕ ม.ค. ๒๕๖๗ : ค่าวัสดุ = ๓,๐๐๐ บาท : เป็นไปตามแผน",
]


def test_every_alternative_found_as_written():
    found = 0
    for line in LINES:
        for text in (line, thai_digits_to_arabic(line), "ข้อความ " + line + "\n" + line + " ต่อ"):
            found += _same(text)
    assert found >= 2 * len(LINES)  # (each line holds figures: a test of matches, not of none)
    assert expenses_in(thai_digits_to_arabic(LINES[2]), LINES[2], 0)


def test_the_corpus_texts_found_as_written():
    found = 0
    for path in sorted((ROOT / "tests/corpus/ocr").glob("bma_progress_*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        found += _same(thai_digits_to_arabic(text))
        for line in text.split("\n")[:400]:
            _same(thai_digits_to_arabic(line))
    assert found > 50


def test_random_text_found_as_written():
    """Random runs of the characters the pattern's pieces turn on: every character the lookahead
    leaves out among them, so an alternative that opened with one would show here."""
    alphabet = (list("0123456789๐๑๒๓๔๕๖๗๘๙=:;|()%xX×*.,-฿B#[]\t\n    ")
                + list(LOOKALIKES) + ["ค่า", "จำนวน", "คน", "ๆ ละ", "ๆ ", "บาท", "um", "เป็นเงิน", "เป็นงิน", "รวม",
                                      "ชุด", "ก", "ร", "น", "ม", "เ", "่", "ั", "Z", "q"])
    rng = random.Random(39)
    found = 0
    for _ in range(3000):
        found += _same("".join(rng.choice(alphabet) for _ in range(rng.randint(3, 40))))
    assert found > 100


def test_the_open_lets_in_what_opens_an_alternative():
    for ch in ["=", "จ", "5", "๕", "@", "o", "O", "อ", "ฒ", "ซ", "B", "&"]:
        assert clauses.regex.match(rf"(?:{clauses._FIGURES_OPEN})", ch), ch
    for ch in [" ", "\n", "ค", "่", ":", "%", "("]:
        assert not clauses.regex.match(rf"(?:{clauses._FIGURES_OPEN})", ch), ch
