"""BMA progress entries printed as the columns of a wide table, header rows
OCR damaged (s59o008):

- a header row whose numbers' line a wrap carried below it and OCR lost as
  noise ("รายงานครั้ง<tab>รายงานครั้งที่ รายงานครั้งที่ ๓" over ": No ๒"): the
  first cell, a header cut after "ครั้ง", was read as the row's label, and the
  second header's lost number took the next header's first letters
  ("ครั้งที่ ราย"), so a table of three entries was read as two;
- the date row right under a header row, its label misspelt by a letter and
  its gap to the first date lost ("จันทรายงาน ๑๕ มีนาคม ๒๑<tab>..."): a
  misspelt label was taken only where the table had begun, so the block's
  rows were no table at all.

Now a header's number is no opening of the next header's word
(transposed._ONE_HEAD_RE), a first cell that is a header cut after "ครั้ง" is
a header whose number is lost (_CUT_HEAD_RE, numbered by the entries'
sequence), and a misspelt date label opens the table's first row where the
description's row opens right after it (_description_ahead), said."""

from parsers.bma_progress.transposed import _heads_of, untranspose_with_doubts
from pipeline.clean import clean_lines
from schemas.document import Line
from tests.conftest import entries_by_header


def test_a_header_row_whose_numbers_ocr_lost_keeps_every_header():
    line = Line(81, "รายงานครั้ง\tรายงานครั้งที่ รายงานครั้งที่ ๓", "text", False, False, (0, 12))
    heads = _heads_of(line)
    assert [h for h, _ in heads] == ["ครั้งที่", "รายงานครั้งที่", "รายงานครั้งที่ ๓"]


def test_a_label_cell_is_no_header():
    line = Line(81, "รายการ\tรายงานครั้งที่ 2\tรายงานครั้งที่ 3", "text", False, False, (0, 12, 30))
    assert [h for h, _ in _heads_of(line)] == ["รายงานครั้งที่ 2", "รายงานครั้งที่ 3"]


_TABLE = """รายงานครั้งที่ 4 รายงานครั้งที่ 5 รายงานครั้งที่ 6
{label} ๑๕ มีนาคม ๒๑       ๕/๕/๒๕๖๑       ๑๒ มิ.ย. ๖๑
รายละเอียด        ประชุม         เวียนแจ้ง           ขอรายชื่อ
การดำเนินงาน ผู้บริหาร       ประชาสัมพันธ์     ผู้ร่วมกิจกรรม
ความก้าวหน้า ๕๑.๐๐ %     ๕๓.๐๐ %        ๕๕.๐๐ %
ของงานฯ
งบประมาณที่      ๐ บาท         ๐ บาท            ๐ บาท
เบิกใช้
ความสอดคล้อง เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน
กับแผน
ความสอดคล้อง เป็นไปตาม เป็นไปตาม        เป็นไปตาม
กับเป้าหมาย      เป้าหมาย      เป้าหมาย         เป้าหมาย
"""


def test_a_misspelt_date_label_under_the_header_row_opens_the_table():
    lines, _ = clean_lines(_TABLE.format(label="จันทรายงาน"))
    got, issues = untranspose_with_doubts(lines)
    by = entries_by_header(got)
    assert " ".join(by["รายงานครั้งที่ 4"]).startswith(":: ๑๕ มีนาคม ๒๑")
    assert "ประชุม" in by["รายงานครั้งที่ 4"] and "ขอรายชื่อ" in by["รายงานครั้งที่ 6"]
    assert any(i.code == "label_inferred" and "misspelt" in i.message for i in issues)


def test_a_misspelt_date_label_with_no_description_row_after_it_opens_nothing():
    text = "\n".join(ln for ln in _TABLE.format(label="จันทรายงาน").splitlines()
                     if not ln.startswith(("รายละเอียด", "การดำเนินงาน")))
    lines, _ = clean_lines(text)
    got, _ = untranspose_with_doubts(lines)
    assert not any(ln.text.startswith(":: ๑๕") for ln in got)
