"""OBEC: a list item that opens with its number, the next item of its list opening with the next number ("๑. สพป.X
... ด้าน" / "การศึกษา รัชกาลที ๑๐ ..." / "๒. โรงเรียนในสังกัด..."), was cut in two by texts.split_joined_items where
another list of the report printed the item's wrapped close as a row of its own: a row was added, two numbers
read for three rows, with no issue at its line (fresh set s85o, obec_progress_s85o003: a silent extra row).  No
number was lost between the two items, so nothing ran into the first: the rounds record such items
(rounds.numbered_on, the side table NUMBERED_ON) and the cut is not made there."""

from __future__ import annotations

from parsers.obec_progress.rounds import numbered_on
from parsers.obec_progress.texts import split_joined_items
from schemas.document import Line
from tests.test_obec_cut_after_open_end import _target

HEAD = "สพป.สุพรรณบุรี เขต ๑ ดำเนินการการน้อมนำพระบรมราโชบายด้าน"
TAIL = "การศึกษา รัชกาลที่ ๑๐ ให้แก่โรงเรียนในสังกัด จำนวน ๒๕ โรงเรียน"
ITEM_2 = "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด"


def _tables() -> dict:
    # project a's list printed the item's wrapped close as a row of its own; project b's list holds it whole
    return {"targets": [_target("a", 1, HEAD, 100), _target("a", 2, TAIL, 102),
                        _target("b", 1, f"{HEAD} {TAIL}", 200), _target("b", 2, ITEM_2, 202)]}


def test_an_item_its_next_number_follows_is_not_cut():
    tables = _tables()
    said = split_joined_items(tables, [], numbered=frozenset({("targets", 200)}))
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "b"] == [f"{HEAD} {TAIL}", ITEM_2]
    assert not said


def test_without_its_numbers_the_item_is_cut_as_before():
    tables = _tables()
    said = split_joined_items(tables, [])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "b"] == [HEAD, TAIL, ITEM_2]
    assert {i.code for i in said} == {"value_repaired"}


def test_the_items_numbered_on_are_those_the_next_number_follows():
    part = [Line(557, f"๑. {HEAD}"), Line(558, TAIL), Line(559, f"๒. {ITEM_2}"), Line(560, "๔. สรุปผล")]
    items = [(f"{HEAD} {TAIL}", 557, 558), (ITEM_2, 559, 559), ("สรุปผล", 560, 560)]
    assert numbered_on(part, items) == [557]  # (๒ then ๔: a number between them lost)
    assert numbered_on([Line(1, "๑.๑ ก"), Line(2, "๑.๒ ข")], [("ก", 1, 1), ("ข", 2, 2)]) == [1]
    assert numbered_on([Line(1, "๑.๑ ก"), Line(2, "๒.๒ ข")], [("ก", 1, 1), ("ข", 2, 2)]) == []
    assert numbered_on([Line(1, "ก"), Line(2, "๒. ข")], [("ก", 1, 1), ("ข", 2, 2)]) == []
