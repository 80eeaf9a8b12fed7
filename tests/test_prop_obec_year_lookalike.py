"""An OBEC report's year printed tens of times, each printing damaged its own
way (shut set q s22q004, a 2567 report): "๒๕๒๓" and "๒๕๐๓" (๖ read as ๒ or
๐, ๗ as ๓), "๒๕๒๐๓" (a digit read as two), and "๒๕๒ๆ", "๒๕๐ๆ", "๒๕๒๐ๆ":
its ๗ read as ๆ, a character that stands for a digit (LOOKALIKES), glued
to the digits.  The year mentions took only runs of four or five digits, so
the printings with ๆ were no mentions, and "๒๕๒๐ๆ" counted as "๒๕๒๐", a
year that cannot be 2567: under the table the rest allowed 2567 and 2569
alike, and the report's year was left undecided (flagged).  Now a year is
also three or four digits and one look-alike ending the word ("๒๕๒ๆ",
"๒๕๒๐ๆ"; a word glued after the digits that opens with such a letter stays
text), and the mentions agree on 2567.
"""

from parsers.year_mentions import mentions_of
from tests.test_obec_ocr import _misread_years, project, report, run


def test_a_year_whose_last_digit_ocr_read_as_a_look_alike_is_a_mention():
    assert mentions_of("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๕ ปีงบประมาณ ๒๕๒ๆ") == (("heading", "๒๕๒ๆ", 0),)
    assert mentions_of("ปีงบประมาณ พ.ศ. ๒๕๒๐ๆ จำนวน ๕ โครงการ") == (("heading", "๒๕๒๐ๆ", 0),)
    assert mentions_of("เมื่อวันที่ ๑๕ มีนาคม พ.ศ. ๒๕๒ๆ ณ ห้องประชุม") == (("date", "๒๕๒ๆ", 3),)
    # a word glued after the digits that opens with a look-alike letter is the text's, not a digit
    assert mentions_of("ปีงบประมาณ ๒๕๖อำเภอเมือง") == ()
    assert mentions_of("ปีงบประมาณ ๒๕๖ซึ่ง") == ()
    # four digits as before
    assert mentions_of("ปีงบประมาณ ๒๕๖๗ รอบ ๖ เดือน") == (("heading", "๒๕๖๗", 0),)


_READINGS = ("๒๕๒๓", "๒๕๒ๆ", "๒๕๐๓", "๒๕๒ๆ", "๒๕๒๐ๆ", "๒๕๐ๆ", "๒๕๒๓")


def test_a_report_whose_year_ocr_read_with_look_alikes_agrees_on_its_year():
    projects = [project(n, "๒๕๖๗") for n in range(1, 5)]
    rows = run(_misread_years(report(projects=projects), _READINGS))
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2567
    assert {p["fiscal_year_be"] for p in rows["projects"]} == {2567}
    assert {b["fiscal_year_be"] for b in rows["quarterly_budgets"]} == {2567}
    assert not [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and "fiscal_year" in (i["field"] or "")]
