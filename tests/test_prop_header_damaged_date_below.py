"""BMA progress entries table read column by column, a header alone on its
line with its date on the line below OCR damaged past reading, no separator
after it ("รายงานครั้งที่ ๒" / "mo มี.ค. ๒๕๒๐๕", "รายงานครั้งที 4" /
"๒ NLA. อ๕"): the header was taken for text of the entry before it (not
followed by a date) and its entry lost whole.  Now the line is the header's
damaged date slot (clauses._date_line_below); a header so read whose number
runs ahead of the run, no reading of it the next number, stays text as
before (assemble._ahead_below).  A synthetic text in the shape of s25x002's
OCR."""
from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line


def _col(num: str, date: str, desc: list[str], pct: str) -> list[str]:
    return ["", f"รายงานครั้งที่ {num}", date, "", *desc, "", pct, "", "เป็นไปตามแผน", "", "เป็นไปตามเป้าหมาย"]


def _parse(*cols: list[str]):
    texts = [t for c in cols for t in c]
    return parse_entries([Line(i, t) for i, t in enumerate(texts, start=1)])


def test_a_header_whose_date_below_ocr_damaged_opens_its_entry():
    result = _parse(_col("๑", "๘/๑๐/๒๕๖๒", ["ประชุมผู้บริหาร", "สถานศึกษาเพื่อ"], "๓"),
                    _col("๒", "๙/๑๑/๒๕๖๒", ["เวียนแจ้ง", "ประชาสัมพันธ์"], "๕"),
                    _col("๒", "mo มี.ค. ๒๕๒๐๕", ["ได้รับการอนุมัติ", "โครงการ และโอน"], "๓๐"),
                    _col("๔", "๗/๑/๒๕๖๓", ["จัดกิจกรรมนิเทศ", "ติดตาม"], "๔๖"))
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert result.entries[3].description.startswith("ได้รับการอนุมัติ โครงการ และโอน")
    assert "มี.ค." not in result.entries[2].description
    assert not [i for i in result.issues if i.code == "false_entry_header"]


def test_a_header_so_read_whose_number_runs_ahead_stays_text():
    # "1 | 5": columns read out of order; nothing but the damaged line vouches for report 5 here
    result = _parse(_col("1", "8/10/2562", ["ประชุมผู้บริหาร"], "3"),
                    _col("5", "25 A.W. 2561", ["อยู่ระหว่างการเตรียม"], "5"),
                    _col("2", "9/11/2562", ["เวียนแจ้ง"], "7"))
    assert 5 not in result.entries
    assert [i for i in result.issues if i.code == "false_entry_header"]


def test_a_line_of_words_or_a_figure_below_a_header_is_no_date_slot():
    for below in ("จัดกิจกรรม 2 ครั้ง แล้วเสร็จตามแผนงานที่วางไว้", "1,750.- บาท", "๑๕.๐%"):
        result = _parse(_col("1", "8/10/2562", ["ประชุมผู้บริหาร"], "3"),
                        _col("2", "9/11/2562", ["เวียนแจ้ง"], "5"),
                        _col("2", below, ["ได้รับการอนุมัติ"], "7"))
        assert 3 not in result.entries, below


def test_a_header_so_read_whose_own_budget_clause_names_its_number_opens_its_entry():
    # reports lost between (a table OCR left unread): the header's number runs ahead, but its entry's budget
    # clause, its words a cell's width wrapped apart ("งบประมาณที่" / "(ครั้งที่ ๑๐)"), names that number too
    result = _parse(_col("1", "8/10/2562", ["ประชุมผู้บริหาร"], "3"),
                    _col("๑๐", "๓ๆ กันยายน ๒๕๒๕", ["ดำเนินการเบิกจ่าย", "งบประมาณที่", "(ครั้งที่ ๑๐)"], "100"))
    assert sorted(result.entries) == [1, 10]
    assert result.entries[10].description.startswith("ดำเนินการเบิกจ่าย")
    assert not [i for i in result.issues if i.code == "false_entry_header"]
