"""An OBEC report whose year mentions tie on several years but for one mention, read through the table on the very
digits in question (fresh set s60o's obec_progress_s60o002, a 2568 report: "๒๕๖๘" read "๒๕๒๕" in all 48 headings,
the plan's edition "ฉบับที่ ๑๓" read "ฉบับที om" throughout, and the as-of date "๓๑ ธันวาคม ๒๕๖๗" read "๒๕อ๒", its
๗ read ๒, which the table reads 2566 and so fiscal year 2567).  Before, the edition, two look-alikes, was no
mention, so the headings allowed 2554-2569 alike (two places part them), and the one date chose 2567 (in doubt,
_year_by_one): 131 misses, every project's year and every budget row.  Now the edition's look-alikes read as the
editions they can be (year_mentions._EDITION_RE), and where one mention alone breaks a tie that what the printings
of the parting digit read tells otherwise (๕ throughout: ๘'s signature, not ๗'s), the printings' year is taken, in
doubt (rule digit_readings, obec_progress.year._told_past_one)."""

import json

from parsers.obec_progress.year import repair_fiscal_years
from parsers.year_mentions import mentions_of, years_of
from schemas.document import Reading

_PLAN = "ความก้าวหน้าของโครงการที่ดําเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที om"


def test_an_edition_read_as_latin_lookalikes_is_the_edition_they_can_be():
    (mention,) = mentions_of(_PLAN)
    assert mention == ("edition", "om", 0) and years_of(mention) == set(range(2566, 2571))
    # look-alikes no reading makes an edition name none (a mention allowing no year would undo the plan's years)
    assert mentions_of(_PLAN.replace("om", "ob")) == ()
    # a word after the edition's word is no edition
    assert mentions_of(_PLAN.replace("om", "oน")) == ()


def _mentions(date: str) -> list:
    return [("heading", "๒๕๒๕", 0)] * 48 + [("edition", "om", 0)] * 10 + [("date", date, 12)]


def _run(date: str) -> tuple[list, dict, dict]:
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ พ.ศ. ๒๕๒๕", 4, 4)}
    budgets = {("p1", 1): {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 120, 120)}}
    return repair_fiscal_years(summary, budgets, _mentions(date), unread="46789"), summary, budgets


def test_one_date_read_through_the_table_does_not_outweigh_the_parting_digits_readings():
    issues, summary, budgets = _run("๒๕อ๒")  # 2566 by the table, a December: fiscal 2567
    assert summary["fiscal_year_be"].value == 2568 and budgets[("p1", 1)]["fiscal_year_be"].value == 2568
    assert not [i for i in issues if i.code == "value_repaired"]
    rules = {json.loads(i.evidence)["rule"] for i in issues if i.code == "repair_ambiguous"}
    assert "digit_readings" in rules


def test_a_date_that_agrees_with_the_readings_changes_nothing():
    issues, summary, _ = _run("๒๕๒๕")  # 2567 + 1, and every other reading: no year by one mention
    assert summary["fiscal_year_be"].value == 2568
    assert {json.loads(i.evidence)["rule"] for i in issues if i.code == "repair_ambiguous"} == {"digit_readings"}
