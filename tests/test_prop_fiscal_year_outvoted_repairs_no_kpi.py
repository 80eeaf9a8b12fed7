"""A BMA proposal whose title block prints its fiscal year so OCR misread it past any reading of its characters
("พ.ศ. 2566" in Arabic digits for 2568), while its other fiscal-year mentions and its period agree on the true
year, keeps the title block's year as read and says it (years._repair_fiscal_year: implausible_value).  That year,
doubted, was still taken to repair the KPIs' periods: fresh set s74b, bma_proposal_s74b002's "ภายในปีงบประมาณ
๒๕68", right as printed, its Arabic 6 and 8 read as any Thai digit, was "repaired" to ๒๕๖๖ (a wrong repair).  A
fiscal year kept as read against the mentions repairs no other year (rows.build: fy_doubt), as one they leave in
doubt does not."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _text(title_year: str, kpi_year: str) -> str:
    text = sample_text(PROPOSAL)
    assert "ปีงบประมาณ\t\tพ.ศ. ๒๕69" in text and "\tปีงบประมาณ 2569" in text
    return text.replace("ปีงบประมาณ\t\tพ.ศ. ๒๕69", f"ปีงบประมาณ\t\tพ.ศ. {title_year}") \
        .replace("\tปีงบประมาณ 2569", f"\tปีงบประมาณ {kpi_year}")


def _periods(rows: dict) -> list[str]:
    return [t["period"] for t in rows["targets"] if t["kind"] == "indicator" and t["period"]]


def test_a_fiscal_year_kept_as_read_against_the_mentions_repairs_no_kpi_period():
    rows = run(_text("2567", "๒๕69"))
    project = rows["projects"][0]
    assert project["fiscal_year_be"] == 2567  # kept as read
    assert any(i["code"] == "implausible_value" and i["field"] == "projects.fiscal_year_be" for i in rows["issues"])
    assert "ปีงบประมาณ ๒๕69" in _periods(rows)  # as printed: the year the mentions agree on
    assert not [i for i in rows["issues"] if i["field"] == "targets.period" and i["code"] == "value_repaired"]


def test_a_fiscal_year_the_mentions_confirm_still_repairs_a_kpi_period():
    rows = run(_text("๒๕69", "๒๕๒๙"))  # the KPI's ๖ read ๒
    assert rows["projects"][0]["fiscal_year_be"] == 2569
    assert "ปีงบประมาณ ๒๕๖๙" in _periods(rows)
