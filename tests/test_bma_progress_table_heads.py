"""A table whose entries are its columns numbers its headers one by one ("ครั้งที่ ๔ | ครั้งที่ ๕ | ครั้งที่ ๖"), on
from the table before it: a header row whose numbers OCR misread is numbered as a row (assemble._table_numbered)."""

import json

from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines


def _table(heads: list[str], dates: list[str]) -> list[str]:
    n = len(heads)
    return ["รายการ\t" + "\t".join(f"ครั้งที่ {h}" for h in heads),
            "วันที่รายงาน\t" + "\t".join(dates),
            "รายละเอียดการดำเนินงาน\t" + "\t".join(f"ดำเนินการขั้นที่ {k + 1}" for k in range(n)),
            "ความก้าวหน้าของงานฯ\t" + "\t".join(f"{10 * (k + 1)}.00 %" for k in range(n)),
            "งบประมาณที่เบิกใช้\t" + "\t".join("0 บาท" for _ in range(n)),
            "ความสอดคล้องกับแผน\t" + "\t".join("เป็นไปตามแผน" for _ in range(n)),
            "ความสอดคล้องกับเป้าหมาย\t" + "\t".join("เป็นไปตามเป้าหมาย" for _ in range(n))]


def _repairs(result) -> list[dict]:
    return [json.loads(i.evidence) for i in result.issues
            if i.code == "value_repaired" and i.field == "progress_reports.seq"]


def test_a_header_row_misread_after_a_lost_table_is_numbered_as_a_row():
    """The copy's first table lost (its header row read apart from its rows), the next one's headers read
    '๕ ๕ ๒' (๔ ๕ ๖): only from 4 may every header's digits be its number (๕ is no reading of 6); before, the
    row was read 5, 6, 7 and the next table's 'ซ ๕' 8, 9: an entry more, each one's cells a report off."""
    lines = _lines(*_table(["๕", "๕", "๒"], ["๒๕ พ.ค. ๒๕๖๕", "๑๕ มิ.ย. ๒๕๖๕", "๑ ก.ค. ๒๕๖๕"]),
                   *_table(["ซ", "๕"], ["๕ ส.ค. ๒๕๖๕", "๒ ก.ย. ๒๕๖๕"]), start=140)
    result = parse_entries(lines)
    assert sorted(result.entries) == [4, 5, 6, 7, 8]
    assert result.entries[4].date.isoformat() == "2022-05-25"
    assert result.entries[8].date.isoformat() == "2022-09-02"
    said = _repairs(result)
    assert {"rule": "report_sequence", "printed": "๕", "read": 5, "chosen": 4} in said
    assert {"rule": "report_sequence", "printed": "๒", "read": 2, "chosen": 6} in said


def test_a_header_row_after_lost_tables_is_numbered_from_its_plain_number():
    """'๓ | ๑๐' after reports 1 to 4, the tables between lost: 10 is printed plainly, and only 9, 10 past 4
    lets both headers' digits be their numbers (๓ a misread of ๙; 7, 8 does not: ๑๐ is no reading of 8);
    before, the row was read 5, 10."""
    lines = _lines(*_table(["๑", "๒"], ["๑ ต.ค. ๒๕๖๔", "๑ พ.ย. ๒๕๖๔"]),
                   *_table(["๓", "๔"], ["๑ ธ.ค. ๒๕๖๔", "๑ ม.ค. ๒๕๖๕"]),
                   *_table(["๓", "๑๐"], ["๑ มิ.ย. ๒๕๖๕", "๑ ก.ค. ๒๕๖๕"]), start=100)
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2, 3, 4, 9, 10]
    assert {"rule": "report_sequence", "printed": "๓", "read": 3, "chosen": 9} in _repairs(result)


def test_a_header_row_two_numberings_fit_is_numbered_by_its_months():
    """'๓ | ๕' after reports 1, 2: 3, 4 and 7, 8 both fit the digits; its dates, December and January, let 3, 4
    alone (report 7 is dated April or later): the row is numbered so, as the pass in order read it, and said with
    the months (_by_months; tests/test_bma_progress_table_heads_months.py)."""
    lines = _lines(*_table(["๑", "๒"], ["๑ ต.ค. ๒๕๖๔", "๑ พ.ย. ๒๕๖๔"]),
                   *_table(["๓", "๕"], ["๑ ธ.ค. ๒๕๖๔", "๑ ม.ค. ๒๕๖๕"]), start=100)
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert all("months of its dates" in i.message for i in result.issues if "only from" in i.message)

