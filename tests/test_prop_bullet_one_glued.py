"""BMA proposal lists (objectives, benefits) whose round bullets OCR read as the Thai digit one, one of them
with the space after it lost: "๑" glued to the item's first word ("๑เพื่อคัดสรร...", "๑ผู้ปกครองและชุมชน...";
sets v s25v005's objectives and s25v001's benefits, t s24t004's and set4 s19prd005's benefits).  The readers
took a "๑" as a bullet only before a space, so the glued line ran into the item above, the items after it
numbered one short and the last row lost, with no issue naming them (s25v005: 6 silent cells).  Now a "๑"
glued to words that open an item (an objective's "เพื่อ", whom a benefit is for) counts as the bullet
(read.ones_inside, read.read_bullets), unless a count word ends the line above ("จำนวน" / "๑โรงเรียน") or the
noun after it is counted ("๑โรงเรียนๆ ละ"); "©" at a line's start is a bullet mark too.  An objective whose
text still holds such a glued one is said (parsers.items.mark_inside)."""

from __future__ import annotations

from parsers.bma_proposal.read import ones_inside, opens_beneficiary
from parsers.items import mark_inside, opens_purpose
from schemas.document import Line
from tests.test_bma_proposal import run
from tests.test_prop_benefit_bullet_one import _TEXTS, benefits, with_benefits
from tests.test_prop_objective_digit_bullet import THREE
from tests.test_prop_objective_marks import ONE, TWO, _objectives


def test_an_objective_whose_bullet_one_is_glued_to_its_words_opens_its_own_row():
    got = _objectives(f"๑ {ONE}\n๑{THREE}\n๑ {TWO}\n")
    assert got == [(1, ONE), (2, THREE), (3, TWO)]


def test_benefits_whose_first_bullet_one_is_glued_among_other_marks():
    # "๑ผู้ปกครอง..." / "© นักเรียน..." / ". โรงเรียนมี...": three marks read for one bullet (s25v001)
    first, second, third = _TEXTS[1], _TEXTS[0], _TEXTS[2]
    got = benefits(run(with_benefits(f"๑{first}\n© {second}\n. {third}")))
    assert got == [first, second, third]


def test_benefits_all_ones_one_of_them_glued():
    got = benefits(run(with_benefits(f"๑ {_TEXTS[0]}\n๑{_TEXTS[1]}\n๑ {_TEXTS[2]}")))
    assert got == _TEXTS


def test_a_glued_one_that_counts_a_noun_is_left():
    lines = [Line(1, "๑ โรงเรียนมีรายงานผลการดำเนินงาน จำนวน"), Line(2, "๑โรงเรียนในสังกัดทั้งหมด"),
             Line(3, "๑ นักเรียนมีความรู้")]
    assert [ln.text for ln in ones_inside(lines, opens_beneficiary)] == [
        "· โรงเรียนมีรายงานผลการดำเนินงาน จำนวน", "๑โรงเรียนในสังกัดทั้งหมด", "· นักเรียนมีความรู้"]
    counted = [Line(1, "๑ โรงเรียนมีรายงาน"), Line(2, "๑โรงเรียนๆ ละ ๓ ผลงาน"), Line(3, "๑ นักเรียนมีความรู้")]
    assert ones_inside(counted, opens_beneficiary)[1].text == "๑โรงเรียนๆ ละ ๓ ผลงาน"


def test_a_glued_one_left_inside_an_objective_is_said():
    assert mark_inside(f"{ONE} ๑{THREE}", opens_purpose) is not None
    assert mark_inside(f"{ONE} ๑{THREE[4:]}", opens_purpose) is None  # no objective's words after it
