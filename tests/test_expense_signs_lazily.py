"""parsers.bma_progress.baht_sign.expense_signs reads a document's expense
lines one by one (clauses.expenses_lazily) and stops at the first figure that
says no sign (one that opens with another digit): the same answer as the
whole text's expense lines read first and the signs counted first, on the
BMA progress forms of the samples and the corpus sets (clean and OCR'd) and
on hand-made lines that print the sign; a speed-up, no rule."""

from __future__ import annotations

from pathlib import Path

from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress import baht_sign
from parsers.bma_progress.baht_sign import (_ALONE_SIGN_RE, _EXPENSE_FIGURE_RE, _SIGN_DIGIT, SIGNS_SEEN,
                                            expense_signs, signs_seen)
from parsers.bma_progress.clauses import expenses_in, expenses_lazily
from schemas.document import Line

ROOT = Path(__file__).resolve().parent.parent


def _whole_first(lines: list[Line]) -> bool:
    """expense_signs as it read before: every expense line, the signs counted, then the figures."""
    text = "\n".join(ln.text for ln in lines)
    events = expenses_in(thai_digits_to_arabic(text), text, 0)
    if signs_seen(text, events) + len(_ALONE_SIGN_RE.findall(text)) < SIGNS_SEEN:
        return False
    opened = False
    for _, _, event in events:
        for m in _EXPENSE_FIGURE_RE.finditer(event.text):
            if m.group(3) or (m.group(1) and m.group(2)[0] in _SIGN_DIGIT):
                return False
            if not m.group(1):
                if m.group(2)[0] not in _SIGN_DIGIT:
                    return False
                opened = True
    return opened


def _lines(*texts: str) -> list[Line]:
    return [Line(no, t, "text") for no, t in enumerate(texts, 1)]


SIGNED = _lines("ค่าเช่ารถโดยสาร = 813,300", "ค่าเกียรติบัตร = B16,800", "ค่าอาหาร = ฿2,500", "ค่าวัสดุ = 83,000")
UNSIGNED = _lines("ค่าอาหาร = 1,500 บาท", "ค่าวัสดุ = 8,300", "ค่าเช่า = B2,000", "ค่าป้าย = ฿500")


def test_expense_lines_lazily_are_expenses_in():
    for lines in (SIGNED, UNSIGNED):
        text = "\n".join(ln.text for ln in lines)
        src = thai_digits_to_arabic(text)
        assert list(expenses_lazily(src, text, 0)) == expenses_in(src, text, 0)


def test_signs_told_as_every_line_read_first():
    assert expense_signs(SIGNED) and _whole_first(SIGNED)
    assert not expense_signs(UNSIGNED) and not _whole_first(UNSIGNED)
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus").glob("**/bma_progress_*.txt"))
    assert len(paths) > 50
    for path in paths:
        lines = _lines(*path.read_text(encoding="utf-8").split("\n"))
        assert expense_signs(lines) == _whole_first(lines), path


def test_stops_at_the_first_figure_without_a_sign(monkeypatch):
    asked = []

    def counted(src, orig, no):
        for found in expenses_lazily(src, orig, no):
            asked.append(found)
            yield found

    monkeypatch.setattr(baht_sign, "expenses_lazily", counted)
    assert not expense_signs(UNSIGNED)
    assert len(asked) == 1  # "= 1,500": no sign; the three lines after it are not read
