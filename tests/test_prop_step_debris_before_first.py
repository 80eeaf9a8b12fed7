"""A BMA proposal numbered list (action-plan steps) whose first opener is debris of the Gantt chart above it
that looks like a damaged number - the chart's month row cut before a month OCR read as Latin letters and a
dot ("... มิ.ย. ALA. aA. กุย.": "aA. กุย." opens like a step numbered "aA"), or a speck alone on a line ("๐,")
- with the list's true first number, printed and read exactly ("๑. แต่งตั้ง..."), after it (set y s26y001,
helper sil24/set1 sil24a001; prop25/set2 prop25b006 and sil25/set1 sil25a002 alike).  The numbering
(numbering.number_openers) could take any later opener for text of the item above but never the first one:
the debris was step 1 and the true "๑." its text ("กุย. ๑. แต่งตั้ง คณะกรรมการ ดำเนินงาน", "๑. แต่งตั้ง
..."), with no issue naming the text.  Now the first opener may be text too (the lead before the first
item, said as unplaced_text): it is where a later opener fits the first place better.  A first opener
that is the only one fitting the first place still opens item 1 (a damaged "o." before "๒."), and of two
exact "๑." the first stays the item."""

from __future__ import annotations

from parsers.bma_proposal.numbering import number_openers
from parsers.bma_proposal.steps import read_steps
from schemas.document import CopyReading, Line


def _read(lines: list[str]) -> tuple[list[tuple[int, str]], list]:
    out = CopyReading(0, 1, 100)
    assert read_steps([Line(no, text) for no, text in enumerate(lines, start=1)], out)
    return [(seq, rec["text"].value) for seq, rec in sorted(out.tables["activities"].items())], out.issues


def test_month_debris_before_the_first_step_is_no_step():
    steps, issues = _read(["ต.ค. พ.ย. ธ.ค. WA. A.W. มี.ค. เม.ย. พ.ค. มิ.ย. ALA. aA. กุย.",
                           "๑. แต่งตั้ง              /", "คณะกรรมการ", "ดําเนินงาน",
                           "๒. จัดสรร                          ) |/ |", "งบประมาณให้", "โรงเรียนตามขนาด",
                           "๓. นิเทศ ติดตาม การดำเนินงานของโรงเรียน"])
    assert [seq for seq, _ in steps] == [1, 2, 3]
    assert steps[0][1] == "แต่งตั้ง คณะกรรมการ ดำเนินงาน"
    assert any(i.code == "unplaced_text" and i.field == "activities.text" for i in issues)


def test_a_speck_read_as_a_bare_number_before_the_first_step():
    steps, _ = _read(["๐,", "๑. แต่งตั้ง", "คณะกรรมการดำเนินงาน", "๒. จัดสรร งบประมาณ ให้โรงเรียน"])
    assert steps == [(1, "แต่งตั้ง คณะกรรมการดำเนินงาน"), (2, "จัดสรร งบประมาณ ให้โรงเรียน")]


def test_a_first_opener_no_later_one_fits_still_opens_item_one():
    assert number_openers(["o", "๒", "๓"]) == [1, 2, 3]
    assert number_openers(["aA", "๒", "๓"]) == [1, 2, 3]
    assert number_openers(["๑", "๑", "๒"]) == [1, None, 2]
    assert number_openers(["aA", "๑", "๒"]) == [None, 1, 2]
