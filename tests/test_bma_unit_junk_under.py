"""A line of OCR junk under the responsible unit (digits, Latin letters, a letter with its mark: "9๑7  ๕ ๑7 ซ์  ๐",
"Ayes  A  cuiog &", "๑7๑7"; sets s66o, s61z, s63z), standing before the next label: the unit's three parts read
whole, and a line of no Thai word is no part of a section's name, which is Thai words; it was appended to the
section ("กลุ่มงานส่งเสริมวิชาการ 9๑7 ๕ ๑7 ซ์ ๐").  Now left as section text, under a labelled value
(parsers.reader.sort_out asks fields.unit_closed) and under a value whose label OCR lost (read._wrap_end)."""

from __future__ import annotations

from parsers.bma_progress import read_copies
from parsers.bma_progress.fields import unit_closed
from tests.lines import numbered_lines as _lines

_UNIT = "สำนักการศึกษา / สำนักงานการศึกษาขั้นพื้นฐาน / กลุ่มงานส่งเสริมวิชาการ"


def test_a_line_of_no_thai_word_closes_a_whole_unit():
    for junk in ("9๑7                    ๕ ๑7 ซ์    ๐", "Ayes         A    cuiog &", "๑7๑7"):
        assert unit_closed(_UNIT, junk)
    # a wrapped part of the name, a unit not yet read whole: the value goes on
    assert not unit_closed(_UNIT, "และเทคโนโลยี")
    assert not unit_closed("สำนักการศึกษา / สำนักงานการศึกษาขั้นพื้นฐาน /", "๑7")
    assert not unit_closed("สำนักการศึกษา / สำนักงานการศึกษาขั้นพื้นฐาน", "๑7")


def _section(*lines: str) -> str:
    text = ["ชื่อโครงการ/กิจกรรม : พัฒนาศักยภาพครู", "รหัสโครงการ : 09000000-3863", "1.2 หน่วยงานที่รับผิดชอบ", *lines,
            "ชื่อผู้รับผิดชอบ : นางสาววรรณา บุญมา โทร.๕๕๕๑", "ผู้ประสานงาน สยป : นายธนพล บุญประเสริฐ โทร.๕๕๕๒"]
    return read_copies(_lines(*text))[0].tables["project"][0]["section"].value


def test_junk_under_a_labelled_unit_is_not_its_section():
    assert _section("หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / สำนักงานการศึกษาขั้นพื้นฐาน /", "กลุ่มงานส่งเสริมวิชาการ",
                    "", "9๑7                    ๕ ๑7 ซ์    ๐") == "กลุ่มงานส่งเสริมวิชาการ"


def test_junk_under_a_unit_whose_label_ocr_lost_is_not_its_section():
    assert _section(": สำนักการศึกษา / สำนักงานการศึกษาพิเศษ / กลุ่มงานส่งเสริมการจัดการศึกษา", "",
                    "๑7๑7") == "กลุ่มงานส่งเสริมการจัดการศึกษา"
