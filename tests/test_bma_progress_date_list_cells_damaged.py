"""A BMA progress form's entries printed as a list of "date : description" lines, then the figures, then the
flags, as OCR damaged them (issue 11).

(a) A date cell whose day OCR made four marks ("log! มี.ค. ๒๕๒ :" for ๒๙ มี.ค. ๒๕๖๗) or whose month's
abbreviation it misread into letters with a vowel ("๗ จิ.ค. ๒๕๒อ๒ :" for ๗ ธ.ค. ๒๕๖๖) opens its entry
(clauses._MONTH_CELL_RE, clauses._month_shape_between): before, the line ran into the entry above, and every
description after it went to the entry before its own.

(b) The figures column read in two, the progress figures before the budget clauses ("๕.๐๐ % งบประมาณที่เบิกใช้
(ครั้งที่ ๒) ="): a budget clause whose amount stands elsewhere does not take the next line's percentage
(clauses._NO_PROGRESS_AFTER; before, 5.00 was report 1's disbursement and report 2's progress was lost); nor do
the progress words alone take an amount whose unit follows a digit more ("ความก้าวหน้าของงานฯ" / "๑๒,๓๔๐๐ บาท.-",
clauses._BAHT_AFTER_RE).

(c) The left half of that column, each cell's progress words and its amount's last line ("ความก้าวหน้าของงานฯ" /
"๘๔๐ บาท.-", or the baht word alone where the figure stood on the clause's line), gives the budget clauses that
lack their amount theirs, in order, where the halves agree cell by cell (entries._amounts_left_apart, said
label_inferred); before, those disbursements were lost."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.clauses import date_cell_opens
from parsers.bma_progress.entries import figure_values, parse_entries
from normalizers.numbers import thai_digits_to_arabic
from schemas.document import Line

LIST = [
    "ครั้งที่",
    "รายงานครั้งที่ ๑",
    "รายงานครั้งที่ ๒",
    "รายงานครั้งที่ ๓",
    "รายงานครั้งที่ ๔",
    "รายงานครั้งที่ ๕",
    "วันที่รายงาน : รายละเอียดการดำเนินงาน",
    "๑๕ พ.ย. ๒๕๒๐ : ประชุมคณะทำงานเพื่อวางแผนการดำเนินงาน",
    "๗ จิ.ค. ๒๕๒อ๒ : จัดทำคำสั่งแต่งตั้งคณะกรรมการ",
    "๑๘ ม.ค. ๒๕๒ : ติดต่อประสานงานวิทยากร",
    "log! มี.ค. ๒๕๒ : ดำเนินการจัดอบรมตามโครงการ",
    "๓ พ.ค. ๒๕๒ : สรุปผลการดำเนินงานและรายงานผล",
]


def _lines(texts: list[str], start: int = 200) -> list[Line]:
    return [Line(start + k, t) for k, t in enumerate(texts)]


def test_damaged_day_and_month_cells_open_their_entries():
    for cell in ("๗ จิ.ค. ๒๕๒อ๒ : จัดทำ", "log! มี.ค. ๒๕๒ : ดำเนินการ"):
        assert date_cell_opens(thai_digits_to_arabic(cell)), cell
    result = parse_entries(_lines(LIST))
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert result.entries[2].description.startswith("จัดทำคำสั่ง")
    assert result.entries[4].description.startswith("ดำเนินการจัดอบรม")
    assert result.entries[5].description.startswith("สรุปผล")


def test_words_of_a_description_with_dots_are_no_month():
    # a word of a description in the month's slot, no dot after its letters: no date slot (the shape says month)
    assert not date_cell_opens(thai_digits_to_arabic("๕ จัดทำ ๒๕๒อ๒ : ประชุม"))


FIGURES = [
    "ผลการดำเนินงาน",
    "ความก้าวหน้าของงานฯ",
    "บาท.-",
    "ความก้าวหน้าของงานฯ",
    "๑๒,๓๔๐๐ บาท.-",
    "ความก้าวหน้าของงานฯ",
    "๘๔๐ บาท.-",
    "๒.๕๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐",
    "๔.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๒) =",
    "",
    "๗.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๓) =",
    "ความสอดคล้อง",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
]


def test_a_budget_clause_takes_no_percentage_and_progress_words_no_amount():
    rows = LIST[:4] + LIST[6:10] + FIGURES
    result = parse_entries([ln for ln in _lines(rows) if ln.text.strip()])
    values = {seq: figure_values(result.entries[seq]) for seq in (1, 2, 3)}
    assert [values[seq][0].get("progress_pct") for seq in (1, 2, 3)] == [2.5, 4.0, 7.0]
    assert not any(e.figures.get("progress") and "๑๒,๓๔" in str(e.figures.get("progress"))
                   for e in result.entries.values())
    # (c) the left half's amounts are the disbursements of the clauses that lack theirs, in order, said
    assert values[1][0]["disbursed"] == Decimal("0.00")
    assert "disbursed" not in values[2][0] and [b[0] for b in values[2][1]] == ["disbursed"]  # damaged: unreadable
    assert values[3][0]["disbursed"] == Decimal("840.00")
    said = sorted(i.line_start for i in result.issues
                  if i.code == "label_inferred" and i.field == "progress_reports.disbursed")
    assert len(said) == 2


def test_halves_that_disagree_pair_nothing():
    # the first pair's line holds an amount where its clause reads one too: the halves do not match cell by cell
    rows = LIST[:4] + LIST[6:10] + [FIGURES[0], FIGURES[1], "๕๐๐ บาท.-", *FIGURES[3:]]
    result = parse_entries([ln for ln in _lines(rows) if ln.text.strip()])
    assert not any(i.code == "label_inferred" and i.field == "progress_reports.disbursed" for i in result.issues)
    assert figure_values(result.entries[3])[0].get("disbursed") is None


def test_a_header_date_cut_after_its_month_keeps_its_entry():
    # (d) entries run on in a paragraph, the first header's date cut by a line break after its month's name, its
    # year OCR damaged with a speck (clauses._year_after_month): before, the year opened a date cell of its own,
    # the header stayed in the column titles' text and report 1's description was lost
    rows = [
        "รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ ครั้งที่ วันที่รายงาน :",
        "รายละเอียดการดำเนินงาน ผลการดำเนินงาน ความสอดคล้อง รายงานครั้งที่ ๑ ๑๔ มีนาคม",
        "๒๕5๐๓» : จัดประชุมคณะทำงานเพื่อวางแผน ความก้าวหน้าของงานฯ = ๑๒.๐% งบประมาณที่เบิกใช้",
        "(ครั้งที่ ๑) = ๐ เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ ๒ ๙ เมษายน ๒๕๖๓ :",
        "ดำเนินการจัดอบรมครู ความก้าวหน้าของงานฯ = ๔๐.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    ]
    result = parse_entries(_lines(rows))
    assert sorted(result.entries) == [1, 2]
    assert result.entries[1].description.startswith("จัดประชุมคณะทำงาน")
    assert result.entries[2].description.startswith("ดำเนินการจัดอบรม")
    assert figure_values(result.entries[1])[0]["progress_pct"] == 12.0
