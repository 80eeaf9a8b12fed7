"""An entries table (entries as columns) whose description row wraps over lines of fewer cells than entries: OCR
keeps no indent, so a line of one cell has no page column, and the reading order gives it to the cell read last on
the line above.  Where that last cell closed its parenthesis at its end ("... ศึกษาดูงาน (กิจกรรมที่ ๓)", the form's
descriptions close their last clause so) its description ended there and holds no next piece: the line goes on with
the last cell still open on the line above (fresh sets s68z, s72b, s75b: "แพร่ระบาดของ" under report 1's
"...สถานการณ์การ" beside report 2's "(กิจกรรมที่ ๓)" was given to report 2).  The line stays said
(entry_cell_in_doubt)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines

_HEAD = ("รายการ\tรายงานครั้งที่ ๑\tรายงานครั้งที่ ๒", "วันที่รายงาน\t๑ มี.ค. ๒๕๖๗\t๑ เม.ย. ๒๕๖๗")
_TAIL = ("ความก้าวหน้าของงานฯ\t๑๐.๐%\t๒๐.๐%", "งบประมาณที่เบิกใช้\t0 บาท\t0 บาท",
         "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


def _read(*description: str):
    return parse_entries(numbered_lines(*_HEAD, *description, *_TAIL, start=60))


def _text(entry) -> str:
    return "".join((entry.description or "").split())


def test_a_line_of_one_cell_goes_on_with_the_cell_still_open():
    result = _read("รายละเอียดการดำเนินงาน\tเลื่อนการจัดกิจกรรม\tอยู่ระหว่างติดต่อประสานงาน",
                   "เนื่องจาก\tสถานที่ศึกษาดูงาน", "สถานการณ์การ\t(กิจกรรมที่ ๓)", "แพร่ระบาดของ", "โรคติดเชื้อไวรัส")
    entries = result.entries
    assert _text(entries[1]) == "เลื่อนการจัดกิจกรรมเนื่องจากสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัส"
    assert _text(entries[2]) == "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน(กิจกรรมที่๓)"
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 65 for i in result.issues)


def test_a_parenthesis_still_open_keeps_the_reading_order():
    # report 2's parenthesis opened and not closed on the line above: its cell goes on, the line is its
    result = _read("รายละเอียดการดำเนินงาน\tเลื่อนการจัดกิจกรรม\tอยู่ระหว่างติดต่อประสานงาน",
                   "เนื่องจาก\tสถานที่ศึกษาดูงาน", "สถานการณ์การ\t(กิจกรรมที่", "๓)")
    entries = result.entries
    assert _text(entries[2]) == "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน(กิจกรรมที่๓)"


def test_a_line_closing_a_parenthesis_goes_to_the_one_cell_left_open():
    # report 1's cell left "(กิจกรรมที่" open on the line above, report 2's cell read after it: the line "๓)" closes
    # report 1's parenthesis (fresh set s72o, bma_progress_s72o003: "3)" was given to the cell read last)
    result = _read("รายละเอียดการดำเนินงาน\tอยู่ระหว่างติดต่อประสานงาน\tจัดประชุมคณะกรรมการ",
                   "สถานที่ศึกษาดูงาน\tดำเนินงาน", "(กิจกรรมที่\tเพื่อพิจารณา", "๓)")
    entries = result.entries
    assert _text(entries[1]) == "อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน(กิจกรรมที่๓)"
    assert _text(entries[2]) == "จัดประชุมคณะกรรมการดำเนินงานเพื่อพิจารณา"
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 65 for i in result.issues)
