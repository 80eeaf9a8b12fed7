"""A narrow table of entries as columns whose description row OCR read with no gap wider than a space (no tab on
its lines: s61o bma_progress 007's first block): its first line holds one word for each entry, and so do its next
lines while every entry's cell goes on.  Such a line is one word each, in order (transposed._words_dealt), said
(entry_cell_in_doubt); before, the line went whole to the first entry or the last, and the other entries lost
their descriptions.  In a table of two entries only the row's first line is so dealt (every entry's cell opens
there: "ดำเนินการจัดสัมมนา ดำเนินการจัดกิจกรรมครบ", s69o bma_progress 005's last block, report 8 lost its opening
words to report 7); its next lines are left as they were: a two-word line there is as likely one entry's."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_HEAD = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3",
    "วันที่รายงาน\t3/3/2565\t15/4/2565\t10/5/2565",
)
_DESCRIPTION = (
    "รายละเอียด ประชุม จัดทำคำสั่ง อยู่ระหว่าง",
    "การดำเนินงาน ผู้บริหาร คณะกรรมการ การเตรียม",
    "สถานศึกษา เจ้าหน้าที่ การอบรม",
)
_LOWER = (
    "ความก้าวหน้า\t1.5%\t1.0%\t12.0%",
    "งบประมาณที่\t0 บาท\t0 บาท\t0 บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def _descriptions(*texts: str):
    result = parse_entries([Line(i, t) for i, t in enumerate(texts, start=1)])
    return result, {n: "".join((result.entries[n].description or "").split()) for n in result.entries}


def test_a_gapless_description_row_of_one_word_per_entry_is_dealt_one_word_each():
    result, got = _descriptions(*_HEAD, *_DESCRIPTION, *_LOWER)
    assert got == {1: "ประชุมผู้บริหารสถานศึกษา", 2: "จัดทำคำสั่งคณะกรรมการเจ้าหน้าที่", 3: "อยู่ระหว่างการเตรียมการอบรม"}
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)


_HEAD_TWO = ("รายการ\tครั้งที่ 1\tครั้งที่ 2", "วันที่รายงาน\t3/3/2565\t15/4/2565")
_LOWER_TWO = tuple("\t".join(line.split("\t")[:3]) for line in _LOWER)


def test_a_table_of_two_entries_deals_its_first_line_of_two_words():
    # the first line's gap read as a space, the next lines in cells, one an entry
    description = ("รายละเอียดการ ดำเนินการจัดสัมมนา ดำเนินการจัดกิจกรรมครบ",
                   "ดำเนินงาน\tและเบิกจ่ายตาม\tทุกกิจกรรมตามแผน",
                   "งบประมาณ\tและเบิกจ่ายตามงบประมาณ")
    result, got = _descriptions(*_HEAD_TWO, *description, *_LOWER_TWO)
    assert got == {1: "ดำเนินการจัดสัมมนาและเบิกจ่ายตามงบประมาณ",
                   2: "ดำเนินการจัดกิจกรรมครบทุกกิจกรรมตามแผนและเบิกจ่ายตามงบประมาณ"}
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)


def test_a_table_of_two_entries_keeps_a_two_word_line_below_its_first_whole():
    description = ("รายละเอียดการ ได้รับการอนุมัติโครงการ อยู่ระหว่างการเตรียม",
                   "ดำเนินงาน และโอนเงิน ห้องสมุด", "ให้เครือข่าย")
    result, got = _descriptions(*_HEAD_TWO, *description, *_LOWER_TWO)
    assert got[1].startswith("ได้รับการอนุมัติโครงการ") and got[2].startswith("อยู่ระหว่างการเตรียม")
    assert any("และโอนเงินห้องสมุด" in text for text in got.values())  # the second line not parted
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)


def test_a_first_line_of_fewer_cells_than_entries_and_one_word_each_is_dealt():
    # the row's first line, the gap between the first two entries' words read as a space, the third's cell apart
    # (s61o bma_progress 007's third block); its next lines in cells, one an entry
    description = ("รายละเอียดการ ดำเนินการอบรม ได้ดำเนิน\tยกเลิกโครงการ",
                   "ดำเนินงาน\tเชิงปฏิบัติการ\tการอบรม\tเนื่องจาก")
    result, got = _descriptions(*_HEAD, *description, *_LOWER)
    assert got == {1: "ดำเนินการอบรมเชิงปฏิบัติการ", 2: "ได้ดำเนินการอบรม", 3: "ยกเลิกโครงการเนื่องจาก"}
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" for i in result.issues)
