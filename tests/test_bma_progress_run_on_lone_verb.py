"""A table of reports run on in a paragraph whose description prints a run of actions set apart by spaces, a
verb alone between them and its object after it ("ตรวจเยี่ยม ประเมิน การจัดการเรียนรู้ของครู"): the verb and its
object each opened a piece of their own, the descriptions parted into more pieces than reports, and none was
given (set s66z's clean bma_progress_s66z004: reports 9 and 10).  A token of one dictionary word alone opens no
report's description, nor does a noun the prefix การ or ความ makes after it (transposed._lone_word); tried only
where the other readings leave more pieces than reports, and said (entry_cell_in_doubt)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _lone_word, _one_piece_each
from tests.test_bma_progress_entries_ocr import _lines
from tests.test_prop_run_on_descriptions_parted import _table

ONE = "สรุปผลการอบรมครู ๑. ส่งแบบสอบถาม ๒. รอผลการประเมิน"
TWO = "ออกตรวจเยี่ยมโรงเรียน ประเมิน การจัดการเรียนรู้ของครู"


def test_a_lone_word():
    assert _lone_word("ประเมิน") and _lone_word("ติดตาม")
    assert not _lone_word("ออกตรวจเยี่ยมโรงเรียน") and not _lone_word("2.") and not _lone_word("ไปแล้ว")


def test_a_lone_verb_and_its_object_go_on_the_description_before_them():
    text = f"{ONE} {TWO}"
    assert _one_piece_each(text, 0, len(text), 2, weak_open=False) is None  # (four pieces: the verb, its object)
    spans = _one_piece_each(text, 0, len(text), 2, weak_open=False, lone=True)
    assert spans is not None and [text[a:b] for a, b in spans] == [ONE, TWO]


def test_a_verb_after_a_lone_word_still_opens_a_description():
    one, two = "ขออนุมัติ จัดซื้อ", "ประชุมครูวิชาการ"
    text = f"{one} {two}"
    spans = _one_piece_each(text, 0, len(text), 2, lone=True)
    assert spans is not None and [text[a:b] for a, b in spans] == [one, two]


def test_a_run_on_table_gives_each_report_its_description_in_doubt():
    result = parse_entries(_lines(_table(f"{ONE} {TWO}", n=2)))
    assert [" ".join(result.entries[k].description.split()) for k in (1, 2)] == [ONE, TWO]
    assert any(i.code == "entry_cell_in_doubt" and "one dictionary word alone" in i.message for i in result.issues)


# fresh set s89a bma_progress_s89a010: four reports run on, the first two describing alike ("อยู่ระหว่างการดำเนินการ
# ดังนี้ ...", the second at a line's start), the third "จัดกิจกรรมนิเทศ ติดตาม" / "การดำเนินงาน...": the reading that
# takes a line's start for the page's wrap ran the first two together and cut the third before "ติดตาม"
ALIKE = "อยู่ระหว่างการดำเนินการ ดังนี้ ๑) ขอรายชื่อผู้ร่วมกิจกรรมที่ ๒ และ ๒) จัดทำคำสั่งคณะกรรมการ"
_ECHOED = (
    "ครั้งที่ 5 ครั้งที่ 6 ครั้งที่ 7 ครั้งที่ 8 วันที่รายงาน 12/04/2561 21/05/2561 10/06/2561 13/07/2561",
    f"รายละเอียดการดำเนินงาน {ALIKE}",
    f"{ALIKE} จัดกิจกรรมนิเทศ ติดตาม",
    "การดำเนินงานของโรงเรียนในสังกัด ผลการดำเนินงานในเดือนนี้ ๑. ได้ดำเนินการประชุมไปแล้ว",
    "ความก้าวหน้าของงานฯ 33.50 % 55.00 % 55.00 % 55.00 %",
    "งบประมาณที่เบิกใช้ 0 บาท 0 บาท 0 บาท 0 บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def test_a_cut_that_opens_a_description_with_a_lone_word_gives_way_to_the_echoed_openings():
    result = parse_entries(_lines(*_ECHOED))
    got = {k: " ".join((result.entries[k].description or "").split()) for k in (5, 6, 7, 8)}
    assert got[5] == ALIKE and got[6] == ALIKE
    assert got[7] == "จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของโรงเรียนในสังกัด"
    assert got[8].startswith("ผลการดำเนินงานในเดือนนี้")
