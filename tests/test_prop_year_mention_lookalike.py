"""A BMA proposal's fiscal-year mention whose year's last digit OCR wrote as a look-alike glued to it ("ปีงบประมาณ
พ.ศ. ๒๕6ๆ" for ๒๕๖๗: ๗ read as ๆ, never printed after a figure; set s36z s36z002).  The mention's pattern took
three digits and dropped it, so the title block's year ("พ.ศ. 2560)" for 256๗, its Thai ๗ read by the English model
as "0)") stood alone and the fiscal year was wrong SILENTLY, and a KPI's period repaired by it.  The mention is now
read as the OBEC report's are (year_mentions.LOOKALIKE_END); its readings disagree with the title block's, so the
fiscal year is said in doubt (repair_ambiguous) and not used to repair the period."""

from __future__ import annotations

from parsers.bma_proposal.years import mentions_in, readings_of_year, repair_fiscal_year
from schemas.document import Reading


def test_a_year_whose_last_digit_ocr_wrote_as_mai_yamok_is_a_mention():
    assert mentions_in("ปีงบประมาณ พ.ศ. ๒๕6ๆ") == ["๒๕6ๆ"]
    assert mentions_in("สำนักงานเขตบางแค ปีงบประมาณ พ.ศ. ๒๕๐ๆ") == ["๒๕๐ๆ"]
    assert 2567 in readings_of_year("๒๕6ๆ")
    # a word after the digits is no look-alike of one; a year printed whole is read as before
    assert mentions_in("ปีงบประมาณ ๒๕๖ ๆ") == ["๒๕๖"]  # (apart from the digits: not taken)
    assert mentions_in("ปีงบประมาณ พ.ศ. ๒๕๖๗ ทั้งปี") == ["๒๕๖๗"]


def test_a_title_year_its_mentions_disagree_with_is_said_not_kept_silently():
    project = {"fiscal_year_text": Reading("พ.ศ. 2560)", "พ.ศ. 2560)", 8, 10),
               "fiscal_year_be": Reading(2560, "พ.ศ. 2560)", 8, 10)}
    issues = repair_fiscal_year(project, mentions_in("ปีงบประมาณ พ.ศ. ๒๕6ๆ") + mentions_in("ปีงบประมาณ ๒๕๐ๆ"))
    assert {(i.code, i.field) for i in issues} == {("repair_ambiguous", "projects.fiscal_year_be"),
                                                   ("repair_ambiguous", "projects.fiscal_year")}
    # without the mentions read, nothing was said
    assert repair_fiscal_year(dict(project), []) == []
