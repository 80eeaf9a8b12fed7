"""An OBEC project's second round whose targets heading OCR lost, with the
line under it ('เป้าหมายเชิงผลผลิต (Output)'), at a page break (shut set q
s22q002, completed project 3's quarter 2: the page's running header stood
there): a round opened only at a targets heading after the round before had
closed, so the rest of the quarter-2 round (its outcome, indicators,
activities, alignments, findings) was read as more of the quarter-1 round:
extra rows under quarter 1, the quarter-2 rows missing, 46 silent misses.
Now the first part a round opens with (targets heading, output, outcome,
indicator, activities) after a round's budget or findings opens a new round
(read.assemble, ROUND_OPENINGS), and the loss is said (missing_section on
targets and findings, from the round before's close to the part)."""
from tests.test_obec_ocr import project, report, run


def _two_rounds(lose: bool) -> str:
    first = project(1, "๒๕๖๗", quarter="๑")
    second = project(1, "๒๕๖๗", quarter="๒").split("\n", 1)[1]  # the same project's next round: no title
    if lose:
        second = second.replace("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗\n", "")
        second = second.replace("เป้าหมายเชิงผลผลิต (Output)\n", "")
    return report(projects=[first + second, project(2, "๒๕๖๗")])


def test_a_round_whose_targets_heading_was_lost_is_opened_by_its_next_part():
    rows = run(_two_rounds(lose=True))
    key = next(p["project_key"] for p in rows["projects"] if p["group_seq"] == 1)
    quarters = sorted((a["quarter"], a["seq"]) for a in rows["activities"] if a["project_key"] == key)
    assert quarters == [(1, 1), (2, 1)]
    outcome = sorted((t["quarter"], t["seq"]) for t in rows["targets"] if t["project_key"] == key and t["kind"] == "outcome")
    assert outcome == [(1, 1), (2, 1)]
    said = [i for i in rows["issues"] if i["code"] == "missing_section" and i["field"] in ("targets", "findings")
            and "opens with its 'outcome' part" in i["message"]]
    assert {i["field"] for i in said} == {"targets", "findings"} and {i["project_key"] for i in said} == {key}


def test_rounds_whose_headings_stand_are_read_as_before():
    rows = run(_two_rounds(lose=False))
    key = next(p["project_key"] for p in rows["projects"] if p["group_seq"] == 1)
    assert sorted(a["quarter"] for a in rows["activities"] if a["project_key"] == key) == [1, 2]
    assert not [i for i in rows["issues"] if "opens with its" in i["message"]]
