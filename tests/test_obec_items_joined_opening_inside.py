"""OBEC: a round's row holding three findings OCR read as one, the last printed alike by another row (a witness),
the middle one opening as other rows of the list open (the office's name, "สพป.ชัยภูมิ เขต ๑ ...") but printed
alone nowhere (fresh set s83c, obec_progress_s83c002): split_joined_items cut the last off and kept the first two
as one row, so both rows it made stood a place short (a wrong repair, rule items_joined).  The words before a cut
that hold, after words of their own, the opening other rows of the list open with are an item run in that no
witness names: the row is kept as read and said now (texts._opening_inside: items_cut_in_doubt)."""

from __future__ import annotations

import json

from parsers.obec_progress.texts import split_joined_items

_SHARED = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
_OFFICE = "สพป.ชัยภูมิ เขต ๑ ได้ดำเนินการขับเคลื่อนการจัดการเรียนการสอนรายวิชาประวัติศาสตร์ ครบตามแผนที่กำหนด"
_MEETING = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 2, "kind": "result", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def _tables(middle: str) -> dict:
    # two rows of other projects open with the office's name, as the form's findings do
    return {"findings": [_finding("a", 1, "สพป.ชัยภูมิ เขต ๑ ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด", 100),
                         _finding("a", 2, _MEETING, 102),
                         _finding("c", 1, "สพป.ชัยภูมิ เขต ๑ ได้ดำเนินการพัฒนาศักยภาพครูผู้สอนภาษาไทย", 150),
                         _finding("b", 1, f"{_SHARED} {middle} {_MEETING}", 200)]}


def test_words_before_the_cut_holding_an_item_s_opening_keep_the_row_and_say_it():
    tables = _tables(_OFFICE)
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [f"{_SHARED} {_OFFICE} {_MEETING}"]
    assert [(i.code, i.field, i.line_start) for i in said] == [("items_cut_in_doubt", "findings", 200)]
    assert "สพป.ชัยภูมิ เขต" in said[0].message
    assert json.loads(said[0].evidence)["candidates"] == [f"{_SHARED} {_OFFICE}", _MEETING]


def test_words_before_the_cut_with_no_such_opening_are_cut_as_before():
    middle = "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"
    tables = _tables(middle)
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [f"{_SHARED} {middle}", _MEETING]
    assert [i.code for i in said] == ["value_repaired"] * 2


def test_a_row_holding_an_item_s_opening_with_no_witness_to_cut_by_is_said():
    # fresh set s83b, obec_progress_s83b001: "ได้ดำเนินการนิเทศ ... จำนวน ๕๓ โรงเรียน สพป.ขอนแก่น เขต ๑ ได้ดำเนินการ
    # ส่งเสริม..." (items 3 and 4, the number of 4 lost), no row printing either alone: kept, said (before, the
    # list's fourth row was lost with no issue naming it)
    joined = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๕๓ โรงเรียน " + _OFFICE
    tables = {"findings": _tables(_OFFICE)["findings"][:3] + [_finding("b", 3, joined, 300)]}
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "b"] == [joined]
    assert [(i.code, i.field, i.line_start) for i in said] == [("items_cut_in_doubt", "findings", 300)]
    # the office named inside an item, the words before going on into it ("ของ"), is the item's own wording
    own = "การบริหารจัดการของ สพป.ชัยภูมิ เขต ๑ มีประสิทธิภาพ โปร่งใส ตรวจสอบได้"
    tables = {"findings": _tables(_OFFICE)["findings"][:3] + [_finding("b", 3, own, 300)]}
    assert split_joined_items(tables, []) == []
