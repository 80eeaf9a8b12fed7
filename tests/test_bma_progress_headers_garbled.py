"""Report headers OCR damaged past reading their number, whose entry was lost whole with its figures: a header
row's cell of a table with entries as columns ("รายงานครั้งที่ ท"), and a header of a run of headers on one line
with a speck glued to its number ("รายงานครั้งที่ ๑@ รายงานครั้งที่ 2")."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.bma_progress.entries import _header_run_apart, figure_values, parse_entries
from parsers.bma_progress.transposed import untranspose
from schemas.document import Line
from tests.lines import numbered_lines as _lines

_COLS = (0, 22, 40, 58)


def _table(third: str) -> list[Line]:
    """Three entries as the columns of a table, the third's header cell `third` as OCR read it."""
    rows = (
        f"รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2\t{third}",
        "วันที่รายงาน\t10/01/2564\t12/02/2564\t15/03/2564",
        "รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tประชุมผู้บริหาร\tจัดสัมมนา",
        "ความก้าวหน้าของงานฯ\t10\t20\t30",
        "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t500 บาท",
        "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
        "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    )
    return [Line(i, text, cols=_COLS) for i, text in enumerate(rows, start=40)]


def test_a_header_cell_whose_number_no_reading_reads_opens_its_entry_numbered_by_the_sequence():
    """'รายงานครั้งที่ ท' (๔ as OCR wrote it, no letter OCR writes for a digit): before, it stood as
    'รายงานครั้งที่ ท :', no header, and its column's entry was lost whole with its figures."""
    lines = _table("รายงานครั้งที่ ท")
    assert [ln.text for ln in untranspose(lines) if ln.text.startswith("รายงาน")] == [
        "รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "รายงานครั้งที่"]
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2, 3]
    third = result.entries[3]
    assert third.date.isoformat() == "2021-03-15"
    values, bad = figure_values(third)
    assert not bad
    assert values["progress_pct"] == Decimal("30") and values["disbursed"] == Decimal("500")
    assert values["on_plan"] is False and values["on_target"] is True
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert len(said) == 1 and said[0].line_start == 40
    assert json.loads(said[0].evidence)["chosen"] == 3


def test_a_header_cell_whose_number_is_a_letter_ocr_writes_for_a_digit_keeps_it():
    """'รายงานครั้งที่ ซ' (ซ for ๗): read as before, a number before a separator."""
    lines = _table("รายงานครั้งที่ ซ")
    assert "รายงานครั้งที่ ซ :" in [ln.text for ln in untranspose(lines)]


_RUN = (
    "ความก้าวหน้าของงานฯ = 9 งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = 0 บาท ความก้าวหน้าของงานฯ = ๒๕",
    "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท ความก้าวหน้าของงานฯ = ๓๕ งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
    "เป็นไปตามแผน : เป็นไปตามเป้าหมาย เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    "ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
)


def test_a_header_of_a_run_with_a_speck_glued_to_its_number_stays_apart_from_the_next_header():
    """A table read column by column on few lines: its headers run on in one line, a speck OCR glued to the
    first one's number ('๑@').  Before, the second header was read as the first one's text, and report 2
    was lost whole."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๑@ รายงานครั้งที่ 2 รายงานครั้งที่ ๓ ๒๐๒๓-๑๑-๒๕ :",
        "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน 2024-1-11 : ประชุมผู้บริหาร",
        "เพื่อกำหนดวันจัดสัมมนา ๒๐๒๔-๒-๒ : เวียนแจ้งประชาสัมพันธ์", *_RUN))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2023-11-25", "2024-01-11", "2024-02-02"]
    assert entries[1].description == "ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน"
    assert figure_values(entries[2])[0]["progress_pct"] == Decimal("25")


def test_only_a_speck_between_two_headers_of_a_line_cuts_it_there():
    """A speck glued to a header's number stays with that header; a word between two headers is text, and the
    line is not cut before the second (a header standing in text is no header of the run)."""
    cut = _header_run_apart(_lines("รายงานครั้งที่ ๑@ รายงานครั้งที่ 2 รายงานครั้งที่ ๓ ๒๐๒๓-๑๑-๒๕ :"))
    assert [ln.text for ln in cut] == ["รายงานครั้งที่ ๑@", "รายงานครั้งที่ 2", "รายงานครั้งที่ ๓ ๒๐๒๓-๑๑-๒๕ :"]
    # a number OCR wrote as a Thai letter (ซ for ๗) stays with its header, which reads it alone on its line
    lettered = _header_run_apart(_lines("รายงานครั้งที่ ซ รายงานครั้งที่ ๕ ๒๐๒๑-๑๒-๑๕ : ได้รับการอนุมัติโครงการ"))
    assert [ln.text for ln in lettered] == ["รายงานครั้งที่ ซ", "รายงานครั้งที่ ๕ ๒๐๒๑-๑๒-๑๕ : ได้รับการอนุมัติโครงการ"]
    kept = _header_run_apart(_lines("รายงานครั้งที่ ๑ ดู รายงานครั้งที่ 2 รายงานครั้งที่ ๓ ๒๐๒๓-๑๑-๒๕ :"))
    assert [ln.text for ln in kept] == ["รายงานครั้งที่ ๑ ดู รายงานครั้งที่ 2", "รายงานครั้งที่ ๓ ๒๐๒๓-๑๑-๒๕ :"]


def _flagged(seq: str, day: str) -> str:
    return f"เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ {seq} :: {day} ๒๕๖๒ : ดำเนินการ"


def test_a_renumbered_header_takes_no_clause_of_a_header_standing_false_with_the_old_number():
    """Report 6's header printed '๒' (๖ read ๒) is read as 6; report 2's header, its date and colon parted by a
    wrap, stands as a false header until the assembly opens it.  Report 2's clause '(ครั้งที่ ๒)' stays report
    2's: before, it followed report 6's header, report 6 read report 2's progress and report 2 none."""
    result = parse_entries(_lines(
        "รายงานครั้งที่ ๑ :: ๒๕ ต.ค. ๒๕๖๑ : จัดทำคำสั่ง",
        "ความก้าวหน้าของงานฯ = ๑.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย รายงานครั้งที่ ๒ ๓ พฤศจิกายน ๒๕๒๐๑",
        ": ประชุมผู้บริหารสถานศึกษา",
        "ความก้าวหน้าของงานฯ = ๒.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท",
        _flagged("๓", "๑ ธ.ค."),
        "ความก้าวหน้าของงานฯ = ๓.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๓) = ๐ บาท",
        _flagged("๔", "๑ ม.ค."),
        "ความก้าวหน้าของงานฯ = ๔.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๐ บาท",
        _flagged("๕", "๑ ก.พ."),
        "ความก้าวหน้าของงานฯ = ๕.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๕) = ๐ บาท",
        _flagged("๒", "๑ มี.ค."),
        "ความก้าวหน้าของงานฯ = ๖.๐% งบประมาณที่เบิกใช้ (ครั้งที่ 5) = ๐ บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4, 5, 6]
    assert [entries[n].figures.get("progress") for n in (2, 6)] == ["2.0", "6.0"]
    assert entries[2].figures["plan"] is True and entries[2].figures["target"] is True
    said = {i.message.split(":")[0] for i in result.issues if i.field == "progress_reports.seq"}
    assert said == {"the report number after report 5", "a budget clause inside report 6 names report 5 (printed '5'), "
                    "whose figures stand elsewhere; report 6 has no other figures"}
