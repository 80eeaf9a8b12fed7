"""A round whose headings name quarters no one quarter is a reading of, by
the table of OCR confusions: "ไตรมาสที่ ๓" over its targets, its budget and
its findings, "๕" over its activities (a ๔ read as ๓, a misread the table
lacks, three times, and as ๕ once; fresh set ob2x/set1 ob2x23002 project
5).  ๓ reads 3 only, ๕ reads 4 only: the round stood in quarter 3, its first
heading's, with no issue naming its rows (80 silent misses: every row keyed
under quarter 3 instead of 4).  Now the round keeps its first heading's
quarter and a repair_ambiguous issue names each of its tables at its lines
(candidates 3 and 4).  Headings with a reading in common, or whose certain
digits name one quarter (Arabic "4" over three parts, "๓" over the fourth),
say nothing.

And a main activity's heading with a speck OCR left after its number
("กิจกรรมหลักที 1   ๊", the name on the next line): its name is the next
line, as for the heading alone; before, the speck was its name and the
name its progress (silently)."""
import json

from tests.test_obec_ocr import project, report, run

TABLES = ("targets", "activities", "alignments", "quarterly_budgets", "findings")


def _headings(quarters: list[str]) -> str:
    """Project 2 of quarter ๔ with its targets, activities, budget and findings headings printed as `quarters`."""
    text = project(2, "๒๕๖๗", quarter="๔")
    for part, q in zip(("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๔",
                        "ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๔",
                        "การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๔",
                        "สรุปปัญหาและข้อเสนอแนะของโครงการประจำไตรมาสที่ ๔"), quarters):
        assert part in text
        text = text.replace(part, part[:-1] + q)
    return report(projects=[project(1, "๒๕๖๗", quarter="๔"), text])


def _doubts(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and i["evidence"]
            and json.loads(i["evidence"]).get("rule") == "quarter_headings" and i["field"] in TABLES]


def test_headings_no_one_quarter_reads_as_are_said_for_every_table_of_the_round():
    rows = run(_headings(["๓", "๕", "๓", "๓"]))
    doubts = _doubts(rows)
    assert sorted(i["field"] for i in doubts) == sorted(TABLES)
    assert {tuple(json.loads(i["evidence"])["candidates"]) for i in doubts} == {(3, 4)}
    second = [p["project_key"] for p in rows["projects"] if p["group_seq"] == 2]
    assert {i["project_key"] for i in doubts} == set(second)
    # the rows stand in the first heading's quarter, kept as printed
    assert {t["quarter"] for t in rows["targets"] if t["project_key"] in second} == {3}


def test_headings_of_one_reading_or_settled_by_certain_digits_say_nothing():
    # (the round's doubt names its targets; a budget heading apart from its round's is said on its own)
    for quarters in (["๕", "๕", "๕", "๕"], ["4", "4", "๓", "4"], ["๔", "๔", "๔", "๔"]):
        rows = run(_headings(quarters))
        assert not [i for i in _doubts(rows) if i["field"] == "targets"], quarters
        assert {t["quarter"] for t in rows["targets"]} == {4}


def test_an_activity_heading_with_a_speck_after_its_number_takes_its_name_from_the_next_line():
    text = report().replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n", "กิจกรรมหลักที ๑         ๊\nประชุมคณะกรรมการ\n")
    rows = run(text)
    assert [a["text"] for a in rows["activities"]] == ["ประชุมคณะกรรมการ"] * 2
    assert all(a["progress"].startswith("ได้ดำเนินการแล้ว") for a in rows["activities"])
