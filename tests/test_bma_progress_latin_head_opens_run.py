"""An entries table read column by column whose header row has no label cell and whose first header OCR read as
Latin letters before its number ("ASIN ๑" for ครั้งที่ ๑; s57o's bma_progress_s57o002): the row is a header row by
its shape, its headers' numbers running on one by one (transposed._latin_opens_run).  Before, the row was taken
for a row with a label cell holding a figure, no table was read, and the table's four reports were lost whole.
And a share whose Thai-digit printing a neighbour cell of its row prints again in Arabic digits ("6๕.0% 65.0%")
keeps its doubt (pipeline.doubtful: the neighbour is another entry's figure, no witness of this one)."""

from __future__ import annotations

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _latin_opens_run, untranspose_with_doubts
from pipeline.doubtful import flag_values
from schemas.document import Line

_ROWS = (
    "วันที่รายงาน\t10/01/2564\t12/02/2564\t15/03/2564\t16/04/2564",
    "รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tประชุมผู้บริหาร\tจัดสัมมนา\tสรุปผล",
    "ความก้าวหน้าของงานฯ\t10\t20\t30\t40",
    "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t500 บาท\t700 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def _table(head: str) -> list[Line]:
    return [Line(40, head, cols=(0, 13, 31))] + [
        Line(i, text, cols=(0, 22, 40, 58, 76)) for i, text in enumerate(_ROWS, start=41)]


def test_a_header_row_whose_first_header_is_latin_letters_and_no_label_opens_the_table():
    lines = _table("ASIN ๑\tครั้งที่๒ ครั้งที่ 3\tครั้งที่ 4")
    out, issues = untranspose_with_doubts(lines)
    assert [ln.text for ln in out if ln.text.startswith("รายงาน")][0].startswith("รายงานครั้งที่ ๑")
    assert any(i.code == "entry_cell_in_doubt" and "ASIN" in i.message and i.field == "progress_reports.seq"
               for i in issues)
    result = parse_entries(lines)
    assert sorted(result.entries) == [1, 2, 3, 4]
    assert result.entries[1].date.isoformat() == "2021-01-10"
    assert figure_values(result.entries[4])[0]["progress_pct"] == Decimal("40")


def test_the_header_shape_needs_numbers_running_on_and_two_thai_headers():
    assert _latin_opens_run(["ASIN ๑", "ครั้งที่๒ ครั้งที่ 3", "ครั้งที่ 4"])
    assert _latin_opens_run(["ARN 5", "ครั้งที่ 6", "ครั้งที่ 7"])  # a later page's table
    assert not _latin_opens_run(["ASIN ๑", "ครั้งที่ 5", "ครั้งที่ 6"])  # numbers that do not run on
    assert not _latin_opens_run(["ASIN ๑", "ครั้งที่ 2"])  # one header in Thai letters only
    assert not _latin_opens_run(["ASIN", "ครั้งที่ 1", "ครั้งที่ 2"])  # no number: a word, a label's cell
    assert not _latin_opens_run(["วันที่ 1", "ครั้งที่ 2", "ครั้งที่ 3"])  # Thai words: no header OCR garbled
    lines = _table("ASIN ๑\tครั้งที่ 5\tครั้งที่ 6")
    assert sorted(parse_entries(lines).entries) != [1, 2, 3, 4]


NEVER_READ = " ๑๒๓๕๐" * 40


def test_a_thai_share_beside_its_arabic_twin_on_one_row_line_stays_in_doubt():
    text = [Line(1, "รายงาน" + NEVER_READ), Line(10, "ความก้าวหน้าของงานฯ 9.0% 6๕.0% 65.0% 100.0%")]
    row = {"progress_pct": 65.0, "line_start": 10, "line_end": 10}
    (issue,) = flag_values("46789", {"progress_reports": [row]}, text, [])
    assert (issue.code, issue.field) == ("ocr_digits_doubtful", "progress_reports.progress_pct")
    # printed in Arabic digits on another line (another copy's printing): the reading stands
    text.append(Line(11, "ความก้าวหน้าของงานฯ = 65.0%"))
    assert flag_values("46789", {"progress_reports": [dict(row, line_end=11)]}, text, []) == []


def _stacked(third_date: str) -> list[Line]:
    """Three reports as a table read column by column: headers, then their date and description cells, then
    their figures and flags; the third cell's date as OCR read it."""
    from tests.lines import numbered_lines
    return numbered_lines(
        "รายงานครั้งที่ ๑", "รายงานครั้งที่ ๒", "รายงานครั้งที่ ๓", "รายงานครั้งที่ ๔",
        "16 พฤษภาคม 2565 : ได้รับการอนุมัติโครงการ",
        "10 มิ.ย. 2565 : อยู่ระหว่างแต่งตั้งคณะกรรมการฯ",
        f"{third_date}:  ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดวันจัดสัมมนา",
        "23 ส.ค. 65 : สรุปผลการดำเนินงาน",
        *(f"ความก้าวหน้าของงานฯ = {p} งบประมาณที่เบิกใช้ (ครั้งที่ {k}) = 0 บาท.-"
          for k, p in ((1, 12), (2, 16), (3, 86), (4, 98))),
        *("เป็นไปตามแผน : เป็นไปตามเป้าหมาย",) * 4, start=100)


def test_a_date_cell_ocr_garbled_into_latin_letters_opens_its_own_cell_in_a_column_of_cells():
    """(s57o005) '๖ ก.ค. ๖๕ :' read '» TA. dé:': before, its description ran into report 2's and every cell
    after it went to the report before its own (report 4's to report 3, report 4 lost its date)."""
    result = parse_entries(_stacked("» TA. dé"))
    entries = result.entries
    assert entries[3].date is None and entries[3].description.startswith("ประชุมผู้บริหาร")
    assert entries[2].description == "อยู่ระหว่างแต่งตั้งคณะกรรมการฯ"
    assert entries[4].date.isoformat() == "2022-08-23" and entries[4].description == "สรุปผลการดำเนินงาน"
    # a readable date there is read as before
    assert parse_entries(_stacked("6 ก.ค. 65 ")).entries[3].date.isoformat() == "2022-07-06"
