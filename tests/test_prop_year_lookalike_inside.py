"""A BMA proposal's fiscal year whose every printing OCR damaged, the ๖ of its year read as the look-alike อ
("ปีงบประมาณ พ.ศ. ๒๕ออ", "๒๕๒อ๒" for ๒๕๖๖) in the title block and the mentions, and read as ๒ (๒๕๒๕) in the
period's year.  The proposal's mention pattern took a look-alike only as a year's last character: "๒๕ออ" was no
mention and "๒๕๒อ๒" was cut to "๒๕๒" (no year), so only the period was left, read as any year whose ๖ reads ๒, and
the fiscal year stayed unread.  A look-alike inside the year is read as the OBEC report's mentions are
(year_mentions.LOOKALIKE_INNER): อ stands for ๖ alone, which the period's ๒ (๖ or ๒) does not share, and the
readings meet in one year, taken and said (value_repaired).  Fresh sets s65z (bma_proposal_s65z005) and s61o
(bma_proposal_s61o002)."""

from __future__ import annotations

from parsers.bma_proposal.years import mentions_in, repair_fiscal_year
from schemas.document import Reading


def test_a_year_with_a_look_alike_inside_is_a_mention():
    assert mentions_in("ขั้นตอนการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕ออ") == ["๒๕ออ"]
    assert mentions_in("ปีงบประมาณ พ.ศ. ๒๕๒อ๒") == ["๒๕๒อ๒"]
    # a year printed whole, and one whose last digit is the look-alike, read as before
    assert mentions_in("ปีงบประมาณ พ.ศ. ๒๕๖๗ ทั้งปี") == ["๒๕๖๗"]
    assert mentions_in("ปีงบประมาณ พ.ศ. ๒๕6ๆ") == ["๒๕6ๆ"]
    # a Thai word after the digits is no look-alike of one
    assert mentions_in("ปีงบประมาณ ๒๕๖ อยู่") == ["๒๕๖"]


def test_the_fiscal_year_its_look_alike_printings_leave_is_taken_and_said():
    project = {"fiscal_year_text": Reading("พ.ศ. ๒๕ออ", "พ.ศ. ๒๕ออ", 5, 5),
               "period_raw": Reading("ตุลาคม - ธันวาคม ๒๕๒๕ และ มกราคม - สิงหาคม ๒๕ออ",
                                     "ตุลาคม - ธันวาคม ๒๕๒๕ และ มกราคม - สิงหาคม ๒๕ออ", 55, 55)}
    mentions = mentions_in("ขั้นตอนการดำเนินงาน ปีงบประมาณ พ.ศ. ๒๕ออ") + mentions_in("ปีงบประมาณ ๒๕๒อ๒")
    issues = repair_fiscal_year(project, mentions)
    assert project["fiscal_year_be"].value == 2566
    said = [i for i in issues if i.field == "projects.fiscal_year_be"]
    assert said and said[0].code == "value_repaired"
