"""A four-column table of entries OCR read row by row, then column by column from a row on (extra x008): that
row's header cell kept its first word alone ("รายงาน 12 มิ.ย. 2567 : เวียนแจ้ง ..."), its "ครั้งที่ 3" lost, and a
run of header cells one under another follows it ("รายงาน" / "ครั้งที่ 4" / "รายงาน" / "ครังที 5" / ...).  The row
took the run's first "ครั้งที่ 4" for its own: report 3's cells were read as report 4's, report 4's header lost,
and every later date and description cell went one entry late.  Now the run's first "รายงาน" opens the next
entry's header; the row's header is one whose number OCR lost, numbered by its place (and said).  The rest of
the row's description cell, read after the run of headers (four lines here), is the row's too
(assemble._across_rest)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines as _lines

_TABLE = (
    "รายงาน     26 พ.ค. 2567 : ยังไม่สามารถ     ความก้าวหน้าของงานฯ ไม่เป็นไปตาม",
    "ครั้งที่2 ดำเนินการประชุมคณะกรรมการ = 34.50 %             แผน : ไม่",
    "ประเมินครูดีเด่นได้ตามกำหนด งบประมาณที่เบิกใช้       เป็นไปตาม",
    "เนื่องจากรอการอนุมัติคำสั่ง        (ครั้งที่ 2) = 0 บาท       เป้าหมาย",
    "รายงาน     12 มิ.ย. 2567 : เวียนแจ้ง        เป็นไปตามแผน :",
    "รายงาน",
    "ครั้งที่ 4",
    "รายงาน",
    "ครังที 5",
    "รายงาน",
    "ครั้งที่ 6",
    "ประชาสัมพันธ์เชิญชวนให้",
    "ข้าราชการครูและบุคลากรทาง",
    "การศึกษาส่งผลงานเข้าร่วม",
    "กิจกรรม",
    "12 ก.ค. 2567 : ยังไม่ได้ดำเนิน",
    "กิจกรรมตามแผน",
    "19 ส.ค. 2567 : ประชุมผู้บริหาร",
    "13 ก.ย. 2567 : สรุป",
    "และรายงานผลโครงการ",
    "ความก้าวหน้าของงานฯ",
    "= 35.00 %",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 3) = 0 บาท",
    "ความก้าวหน้าของงานฯ",
    "= 71.50 %",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 4) = 0 บาท",
    "ความก้าวหน้าของงานฯ",
    "= 92.00 %",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 5) = 0 บาท",
    "ความก้าวหน้าของงานฯ",
    "= 100.00 %",
    "งบประมาณที่เบิกใช้",
    "(ครั้งที่ 6) = 0 บาท",
)


def _words(text: str) -> str:
    return "".join(text.split())


def test_a_row_whose_number_was_lost_keeps_its_cells_and_the_run_below_opens_the_next_entries():
    result = parse_entries(_lines(*_TABLE))
    e = result.entries
    assert sorted(e) == [2, 3, 4, 5, 6]
    assert _words(e[3].description) == "เวียนแจ้งประชาสัมพันธ์เชิญชวนให้ข้าราชการครูและบุคลากรทางการศึกษาส่งผลงานเข้าร่วมกิจกรรม"
    assert e[3].date_text == "12 มิ.ย. 2567"
    assert _words(e[4].description) == "ยังไม่ได้ดำเนินกิจกรรมตามแผน"
    assert _words(e[5].description) == "ประชุมผู้บริหาร"
    assert _words(e[6].description) == "สรุปและรายงานผลโครงการ"
    assert "ประชาสัมพันธ์" not in e[2].description
