"""BMA proposals after OCR whose title-block fiscal year OCR misread into another year of the archive's range,
by a misread the table of confusions lacks ("2598" for 25๖8, its ๖ read as 9: fresh set k s21k003): the other
fiscal-year mentions agreed on 2568, which no reading of "2598" gives, so no repair was made, and as 2598 lies
inside the archive's years nothing was said (fiscal_year wrong, silently).  Now a fiscal year the mentions
outvote, where none of its readings is their year, is kept as read and said (implausible_value on
projects.fiscal_year_be and projects.fiscal_year)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

TITLE_YEAR = "ปีงบประมาณ\t\tพ.ศ. ๒๕69"


def _said(rows: dict) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["code"] == "implausible_value"}


def test_a_fiscal_year_the_mentions_outvote_is_kept_and_said():
    source = sample_text(PROPOSAL)
    assert TITLE_YEAR in source
    rows = run(source.replace(TITLE_YEAR, "ปีงบประมาณ\t\tพ.ศ. 2599"))
    assert rows["projects"][0]["fiscal_year_be"] == 2599
    assert {"projects.fiscal_year_be", "projects.fiscal_year"} <= _said(rows)


def test_a_fiscal_year_the_mentions_agree_with_is_not_said():
    rows = run(sample_text(PROPOSAL))
    assert rows["projects"][0]["fiscal_year_be"] == 2569
    assert not {"projects.fiscal_year_be", "projects.fiscal_year"} & _said(rows)
