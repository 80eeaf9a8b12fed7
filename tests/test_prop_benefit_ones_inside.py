"""BMA proposals printed as running text (the form on one line, wrapped anywhere by OCR) whose lists' round
bullets ("•") OCR read as the Thai digit one, inside lines and at their starts ("9. ประโยชน์ที่คาดว่าจะได้รับ ๑
ผู้ปกครอง... การศึกษา ๑ ข้าราชการครู... ของนักเรียน « โรงเรียนมี... ได้ ๑ โรงเรียนมี...", the objectives "« เพื่อ...
ได้ ๑ เพื่อ... ชุมชน ๑ เพื่อ..."; fresh set pr23/set1 bma_proposal_pr23a007, k s21k003).  The ones made no list
and only the look-alike marks cut the items, so items ran together and the rows after them were lost, with
no issue naming them.  Now a "๑" token before what opens an item is a bullet where the section holds two such
or one and another bullet, and no other number opens an item (read.ones_inside); a one that counts a noun
("จำนวน ๑ โรงเรียน", "๑ โรงเรียนๆ ละ") is a figure, and a list numbered 1, 2, ... keeps its numbers."""

from __future__ import annotations

from parsers.bma_proposal.read import ones_inside, opens_beneficiary
from parsers.items import opens_purpose
from schemas.document import Line
from tests.test_bma_proposal import run
from tests.test_prop_benefit_bullet_one import _TEXTS, benefits, with_benefits


def _running(marks: list[str]) -> str:
    """The benefits run on as text broken over two lines, each opening after its mark."""
    words = " ".join(f"{m}{t}" for m, t in zip(marks, _TEXTS)).split()
    half = len(words) // 2
    return " ".join(words[:half]) + "\n" + " ".join(words[half:])


def test_ones_inside_running_text_are_bullets_and_part_the_benefits():
    assert benefits(run(with_benefits(_running(["๑ ", "๑ ", "« "])))) == _TEXTS
    assert benefits(run(with_benefits(_running(["๑ ", "๑ ", "๑ "])))) == _TEXTS


def test_objectives_ones_after_a_bullet_look_alike_part_too():
    lines = [Line(23, "« เพื่อให้ครูมีความรู้ ได้ ๑ เพื่อสร้างเครือข่าย และชุมชน ๑ เพื่อคัดสรรรายงาน")]
    assert [ln.text for ln in ones_inside(lines, opens_purpose)] == [
        "« เพื่อให้ครูมีความรู้ ได้ · เพื่อสร้างเครือข่าย และชุมชน · เพื่อคัดสรรรายงาน"]


def test_a_one_that_counts_a_noun_or_a_numbered_list_is_left():
    counted = [Line(5, "· โรงเรียนมีรายงาน ได้แก่ โรงเรียนขนาดใหญ่ ๑ โรงเรียนๆ ละ ๓ ผลงาน จำนวน ๑ โรงเรียนทั้งหมด")]
    assert ones_inside(counted, opens_beneficiary) == counted
    numbered = [Line(5, "๑ โรงเรียนมีรายงาน ๑ นักเรียนมีความรู้ ๒ ครูมีทักษะ")]
    assert ones_inside(numbered, opens_beneficiary) == numbered
    alone = [Line(5, "โรงเรียนมีรายงาน ๑ นักเรียนมีความรู้")]  # one "๑" and no bullet: no list to go by
    assert ones_inside(alone, opens_beneficiary) == alone
