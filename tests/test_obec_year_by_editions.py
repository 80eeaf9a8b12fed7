"""An OBEC report whose year's own printings tie (๒๕๖๘ read "๒๕๒๕" in every heading of a report whose OCR
never writes ๖ ๘: 2554, 2564, 2565, 2568, 2569 ... by the table) and whose national plan's edition decides it,
its printings disagreeing among themselves: ๑๓ read "๑๐" in most headings (๓ as ๐, which the table lacks),
"oO" in one, "๑๐๓" in others (no edition at all).  Edition 10 (2550-2554) chose 2554 for every project, with no
issue naming a project's year (fresh set s81b, obec_progress_s81b002: twenty silent misses).  Now the year the
editions decide, where their printings differ, is kept but flagged wherever it goes (year._year_by_editions);
where every edition printing reads alike ("๑๓" in each heading) the year it decides stands, no doubt added."""
import json

from parsers.obec_progress.year import _year_by_editions, repair_fiscal_years
from schemas.document import Reading

_HEADINGS = [("heading", "๒๕๒๕", 0)] * 12 + [("date", "๒๕๒๕", 9), ("date", "๒๕๒๕", 4)]


def _run(editions: list) -> tuple[int, list]:
    summary = {"fiscal_year_be": Reading(2525, "ปีงบประมาณ ๒๕๒๕", 3, 3)}
    issues = repair_fiscal_years(summary, {}, _HEADINGS + editions, unread="46789")
    return summary["fiscal_year_be"].value, issues


def test_a_year_decided_by_edition_printings_that_disagree_is_in_doubt():
    year, issues = _run([("edition", "๑๐", 0)] * 6 + [("edition", "oO", 0)])
    assert year == 2554
    assert not [i for i in issues if i.code == "value_repaired"]  # no repair claimed
    doubt = {i.field for i in issues if i.code == "repair_ambiguous"}
    assert {"report_summaries.fiscal_year_be", "projects.fiscal_year_be", "projects.fiscal_year"} <= doubt
    said = [json.loads(i.evidence) for i in issues if i.field == "projects.fiscal_year_be"][0]
    assert said["printed"] == "oO, ๑๐" and said["chosen"] == 2554


def test_edition_printings_that_agree_or_a_year_its_own_printings_give_add_no_doubt():
    alike = _HEADINGS + [("edition", "๑๐", 0)] * 7  # every heading's edition read alike: it stands
    assert _year_by_editions(alike, 2554) == []
    own = [("heading", "๒๕๖๘", 0)] * 5 + [("edition", "๑๐", 0), ("edition", "oO", 0)]
    assert _year_by_editions(own, 2568) == []  # the year's own printings give it: the editions decide nothing
    assert _year_by_editions(_HEADINGS + [("edition", "๑๐", 0), ("edition", "oO", 0)], 2554)
