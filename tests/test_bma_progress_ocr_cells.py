"""OCR damage in section 2 of the BMA progress form: garbled date cells and
budget clauses whose report number has specks glued to it."""

from parsers.bma_progress.clauses import DAMAGED_DATE_CELL_RE, BUDGET_RE, budget_seq, events_of
from normalizers.numbers import thai_digits_to_arabic
from schemas.document import Line


def test_garbled_date_cells_are_date_cells():
    for text in ("ฆ UA. 2563 :  จัดทำโครงการ", "om สี.ค. ๒5๒๓ : อยู่ระหว่าง", "26 A.A. 2567 : x",
                 "๑ณ๕/๐๑/๒๕๒๐๕ : ได้รับ"):
        assert DAMAGED_DATE_CELL_RE.match(thai_digits_to_arabic(text)), text


def test_text_and_wrapped_months_are_not_date_cells():
    # a wrapped date's second line ("... :: ๒๙" / "พ.ย. ๒๕๖๔ :") and ordinary text stay what they are
    for text in ("พ.ย. ๒๕๖๔ : ประชุม", "มี.ค. ๒๕๖๕ : ๑) ขอรายชื่อ", "ปี พ.ศ. 2563 : x", "ค่าอาหาร 2563 : x"):
        assert not DAMAGED_DATE_CELL_RE.match(thai_digits_to_arabic(text)), text


def test_garbled_date_cell_gives_an_undated_date_event():
    events = events_of(Line(1, "ฆ UA. 2563 :  จัดทำโครงการเพื่อขออนุมัติ"))
    assert events[0].kind == "date" and events[0].value is None and events[0].damaged == "ฆ UA. 2563"
    assert events[1].kind == "text" and events[1].text.startswith("จัดทำโครงการ")


def test_budget_clause_number_with_specks_keeps_its_amount():
    src = thai_digits_to_arabic("งบประมาณที่เบิกใช้ (ครั้งที่ ๕@) = ๑,๒๐๐ บาท")
    m = BUDGET_RE.search(src)
    assert m.group(2).startswith("1,200") and budget_seq(src, m) is None
    clean = thai_digits_to_arabic("งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๑,๒๐๐ บาท")
    m = BUDGET_RE.search(clean)
    assert budget_seq(clean, m) == 5 and m.group(2).startswith("1,200")
