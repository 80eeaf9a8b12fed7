"""An OBEC target list whose items are numbered bare ("1 ...", "2 ..."), its item 1 lost to OCR but for a speck
(". บั"), its first line opening "2 สพป....": read as item 1, its number in its text, and the item lost with no
issue naming it (fresh set s105q, obec_progress_s105q004).  The bare number opening the list's first line, before
the words of a text and no unit, is the list's own number: past the one item read, so items were lost, and said
(lists.numbers_past_items)."""

import pytest

from parsers.obec_progress.lists import numbers_past_items
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

pytestmark = pytest.mark.usefixtures("repair_on")

ITEM = "สพป.ทดสอบ เขต ๑ ดำเนินการโรงเรียนสีเขียวให้แก่โรงเรียนในสังกัด"


def test_a_list_opening_with_a_bare_number_past_one_is_said():
    damaged = project(1, "๒๕๖๗").replace("ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", f".       บั\n๒ {ITEM}")
    rows = run(report(projects=[damaged, project(2, "๒๕๖๗")]))
    said = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "targets"]
    assert len(said) == 1 and "'๒'" in said[0]["message"]


def test_a_count_or_item_one_opening_the_list_says_nothing():
    assert numbers_past_items([Line(1, f"๑ {ITEM}")], 1) is None
    assert numbers_past_items([Line(1, "๒ โรงเรียน ในสังกัดได้รับการพัฒนาครบทุกแห่ง")], 1) is None  # a count, its unit
    assert numbers_past_items([Line(1, "๒ ครู")], 1) is None  # a few letters: a word the page wrapped
    assert numbers_past_items([Line(1, f"๒ {ITEM}")], 1) == "๒"
    assert numbers_past_items([Line(1, f"๒ {ITEM}")], 2) is None
