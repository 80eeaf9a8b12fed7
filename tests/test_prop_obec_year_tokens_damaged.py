"""A fiscal-year mention whose printing OCR damaged past the plain token.

Glued: "๒๕๖๙" read "๒๕๒๑ฒ๕" (set s39o's obec_progress_s39o003, a date of
August twice): its last digit came out as three characters, and the first
four were taken for the year, 2561, a reading the printing never made; the
two dates of ๑ among 85 printings of the year's last digit read ๓ or ๕ hid
what OCR makes of a ๙ (decided_by_readings), and the report's year, 2567 or
2569 alike by the table, was left undecided: every budget row under the
printed 2523.  A year token glued to a look-alike and a digit after it is
no mention.

Inside: "๒๕๖๗" read "๒๕อ๑", "๒๕อฒ", "๒๕อ๒ฒ" (๖ read as อ, a look-alike of
๖) and the academic year "๒๕๖๖" read "๒๕ออ" (set s42o's
obec_progress_s42o001): a look-alike among the digits, not only last, was
no mention, so the report's only academic year went unread, which alone
chooses 2567 of the 2567 and 2569 its headings allow.
"""
import json

from parsers.obec_progress.year import repair_fiscal_years
from parsers.year_mentions import academic_mentions_in, mentions_in, mentions_of
from schemas.document import Line, Reading


def test_a_year_glued_to_a_lookalike_and_a_digit_is_no_mention():
    assert mentions_of("แล้ว เมื่อวันที่ ๑๕ สิงหาคม พ.ศ. ๒๕๒๑ฒ๕ ณ ห้องประชุม") == ()
    assert mentions_of("ปีงบประมาณ ๒๕๒๐@๓") == ()
    # the look-alike ending the word is a year's last digit, as before; a plain year as well
    assert mentions_of("ปีงบประมาณ ๒๕๒๐ๆ รอบ") == (("heading", "๒๕๒๐ๆ", 0),)
    assert mentions_of("เมื่อวันที่ ๑๕ สิงหาคม พ.ศ. ๒๕๒๓ ณ ห้อง") == (("date", "๒๕๒๓", 8),)


def test_a_lookalike_among_the_digits():
    assert mentions_of("ปีงบประมาณ พ.ศ. ๒๕อ๑") == (("heading", "๒๕อ๑", 0),)
    assert mentions_of("ปีงบประมาณ พ.ศ. ๒๕อ๒ฒ รอบ ๑๒ เดือน") == (("heading", "๒๕อ๒ฒ", 0),)
    line = Line(7, "โครงการจัดการศึกษาเรียนรวม ปีการศึกษา ๒๕ออ")
    assert academic_mentions_in([line]) == [(line, ("academic", "๒๕ออ", 0))]
    # a word after the digits is no year's printing
    assert mentions_of("ปีงบประมาณ ๒๕ออกแบบ") == ()
    assert mentions_of("ปีงบประมาณ ๒๕") == ()


def _lines(texts: list[str]) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_the_glued_date_no_longer_hides_the_year_readings():
    texts = ["ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๓ ปีงบประมาณ ๒๕๒๓"] * 45
    texts += ["ปีงบประมาณ ๒๕๒๕"] * 3 + ["ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๒๓"]
    texts += ["ประชุมแล้ว เมื่อวันที่ ๑๕ สิงหาคม พ.ศ. ๒๕๒๑ฒ๕ ณ ห้องประชุม"] * 2
    texts += ["แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓"] * 8
    mentions = [m for _, m in mentions_in(_lines(texts)) if not m[0].startswith("digits")]
    summary = {"fiscal_year_be": Reading(2523, "ปีงบประมาณ พ.ศ. ๒๕๒๓", 3, 3)}
    issues = repair_fiscal_years(summary, {}, mentions, unread="46789")
    assert summary["fiscal_year_be"].value == 2569
    rules = {json.loads(i.evidence)["rule"] for i in issues if i.code == "repair_ambiguous"}
    assert rules == {"digit_readings"}  # chosen in doubt, never claimed repaired
    assert not [i for i in issues if i.code == "value_repaired"]


def test_the_academic_year_read_among_lookalikes_chooses():
    texts = ["ปีงบประมาณ พ.ศ. ๒๕๒ฒ"] * 3 + ["ปีงบประมาณ พ.ศ. ๒๕อฒ"] * 3 + ["ปีงบประมาณ พ.ศ. ๒๕อ๑"] * 3
    texts += ["ปีงบประมาณ พ.ศ. ๒๕อ๒ฒ"] * 3 + ["ปีงบประมาณ ๒๕๒๓"]
    texts += ["แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓"] * 9
    lines = _lines(texts + ["๓. โครงการจัดการศึกษาเรียนรวม ปีการศึกษา ๒๕ออ"])
    mentions = [m for _, m in mentions_in(lines) if not m[0].startswith("digits")]
    academic = [m for _, m in academic_mentions_in(lines)]
    summary: dict = {}
    issues = repair_fiscal_years(summary, {}, mentions, unread="46789", academic=academic)
    doubt = [json.loads(i.evidence) for i in issues if i.code == "repair_ambiguous"]
    assert doubt and all(e["rule"] == "academic_year" and e["chosen"] == 2567 for e in doubt)
    assert doubt[0]["candidates"] == [2567, 2569]
