"""OBEC: split_joined_items cuts a row where its text ends with a text other rows print as items of their own.
Two kinds of such rows witness nothing of their own, and a cut on their word alone made a right item two wrong rows
(fresh sets s118p, s118q):

- a row that opens with no number amid items that do ("๑. ระยะเวลา..." / "เร่งรีบ เนื่องจาก..."): the piece of an item
  whose first line OCR lost with its number (rounds.unnumbered_amid, passed as `amid`);
- a row of a list without numbers that the items the report prints whole parted (lists.PARTED_BY_KNOWN): where its
  items end was read off other rows, so taking it for a witness is circular."""

from __future__ import annotations

from parsers.obec_progress.lists import PARTED_BY_KNOWN
from parsers.obec_progress.rounds import unnumbered_amid
from parsers.obec_progress.texts import split_joined_items
from schemas.document import Issue, Line

_HEAD = "มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงานแบบ กระชันชิด"
_TAIL = "เร่งรีบ เนื่องจากต้องดำเนินการตามกรอบระยะเวลาที่กำหนด"
_FIRST = "ระยะเวลาในการอบรมพัฒนามีจำกัด"


def _finding(project_key: str, seq: int, text: str, line: int) -> dict:
    return {"project_key": project_key, "quarter": 2, "kind": "problem", "seq": seq, "aspect": None, "text": text,
            "line_start": line, "line_end": line + 1}


def _tables() -> dict:
    return {"findings": [_finding("a", 1, f"{_HEAD} {_TAIL}", 674),
                         _finding("b", 1, _FIRST, 802), _finding("b", 2, _TAIL, 806)]}


def test_a_witness_opening_with_no_number_amid_numbered_items_makes_no_cut():
    tables = _tables()
    said = split_joined_items(tables, [], amid=frozenset({("findings", 806)}))
    assert [i.code for i in said if i.code == "value_repaired"] == []
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "a"] == [f"{_HEAD} {_TAIL}"]


def test_a_witness_in_a_list_parted_by_the_items_known_whole_makes_no_cut():
    tables = _tables()
    parted = Issue("warning", "items_cut_in_doubt", f"findings: a list ... its lines are 2 {PARTED_BY_KNOWN}: ...",
                   None, 802, 807, field="findings")
    said = split_joined_items(tables, [parted])
    assert [i.code for i in said if i.code == "value_repaired"] == []
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "a"] == [f"{_HEAD} {_TAIL}"]


def test_a_witness_of_its_own_still_cuts():
    tables = _tables()
    said = split_joined_items(tables, [], amid=frozenset({("findings", 802)}))
    assert [r["text"] for r in tables["findings"] if r["project_key"] == "a"] == [_HEAD, _TAIL]
    assert [i.code for i in said] == ["value_repaired"] * 2


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=800)]


def test_unnumbered_amid_names_the_items_without_a_number_in_a_numbered_list():
    part = _lines(f"๑. {_FIRST}", "", _TAIL)
    assert unnumbered_amid(part, [(_FIRST, 800, 800), (_TAIL, 802, 802)]) == [802]


def test_unnumbered_amid_names_nothing_in_a_list_without_numbers_or_with_all():
    assert unnumbered_amid(_lines(_FIRST, "", _TAIL), [(_FIRST, 800, 800), (_TAIL, 802, 802)]) == []
    assert unnumbered_amid(_lines(f"๑. {_FIRST}", f"๒. {_TAIL}"), [(_FIRST, 800, 800), (_TAIL, 801, 801)]) == []
