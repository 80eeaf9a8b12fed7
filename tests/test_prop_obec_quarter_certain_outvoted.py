"""A round whose headings print "ไตรมาสที่ ๕" over its targets, its
activities and its findings, and "๑" over its budget (fresh set s69o,
obec_progress_s69o004 project 1: ๔ read as ๕ three times and once as ๑, a
misread OCR was measured to make, 13 times in 4821, too rare for the table
of confusions).  ๑ reads 1 only by the table, so the budget heading's digit
was taken as certain and settled the round: every row of the round stood
in quarter 1 instead of 4 (123 misses, flagged).  Now the three headings
whose one reading in range is 4 outvote the one whose digit OCR was measured
to read a printed ๔ as: the round, and its budget section, are quarter 4,
each said as repaired (rule quarter_headings).  As many certain headings as
others, or a certain digit OCR was never measured to read for the others'
quarter, still settle the round."""
import json

from tests.test_obec_ocr import project, repairs, report, run

PARTS = ("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๔",
         "ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๔",
         "การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๔",
         "สรุปปัญหาและข้อเสนอแนะของโครงการประจำไตรมาสที่ ๔")


def _headings(quarters: list[str]) -> tuple[dict, str]:
    """Project 2 of quarter ๔ with its targets, activities, budget and findings headings printed as `quarters`."""
    text = project(2, "๒๕๖๗", quarter="๔")
    for part, q in zip(PARTS, quarters):
        assert part in text
        text = text.replace(part, part[:-1] + q)
    rows = run(report(projects=[project(1, "๒๕๖๗", quarter="๔"), text]))
    key = next(p["project_key"] for p in rows["projects"] if p["group_seq"] == 2)
    return rows, key


def _quarters(rows: dict, key: str) -> dict[str, set[int]]:
    return {table: {r["quarter"] for r in rows[table] if r["project_key"] == key}
            for table in ("targets", "activities", "alignments", "quarterly_budgets", "findings")}


def test_a_certain_budget_digit_outvoted_by_three_headings_read_as_one_quarter():
    rows, key = _headings(["๕", "๕", "๑", "๕"])
    assert set(map(frozenset, _quarters(rows, key).values())) == {frozenset({4})}
    fixes = [f for f in repairs(rows, "quarter_headings") if f["project_key"] == key]
    assert sorted(f["field"] for f in fixes) == ["quarterly_budgets.quarter", "targets.quarter"]
    assert all(json.loads(f["evidence"])["printed"] == "๑" and json.loads(f["evidence"])["chosen"] == 4
               for f in fixes)
    # the first heading outvoted: the round takes the others' quarter all the same
    rows, key = _headings(["๑", "๕", "๕", "๕"])
    assert _quarters(rows, key)["targets"] == {4} and _quarters(rows, key)["findings"] == {4}


def test_certain_digits_not_outnumbered_or_never_read_so_still_settle_the_round():
    # two against two: the certain digits settle it, as before
    rows, key = _headings(["๕", "๑", "๑", "๕"])
    assert _quarters(rows, key)["targets"] == {1}
    # Arabic 1, which OCR was never measured to write for a printed ๔: it settles the round
    rows, key = _headings(["๕", "๕", "1", "๕"])
    assert _quarters(rows, key)["targets"] == {1}
    assert not [f for f in repairs(rows, "quarter_headings") if f["field"] == "quarterly_budgets.quarter"
                and f["project_key"] == key]
