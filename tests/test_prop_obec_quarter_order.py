"""A project's round whose every heading OCR read as the quarter of the
round before it: "ไตรมาสที่ ๓" over its targets and findings, "©" over its
activities, "«" over its budget, after a round of quarter ๓ (a ๔ misread on
every heading; fresh set s48z, obec_progress_s48z004 project 1).  The round
stood in quarter 3 a second time: a project reports its quarters in order,
so it was taken for another project's whose title OCR lost (project_unread),
and its rows were keyed twice under quarter 3 with quarter 4 missing.  Where
none of its headings reads the round before's quarter with certainty, one
of them may be the next quarter ("©" may be ๔), and the project's next round
(if any) is after that, the round is the next quarter, said (value_repaired,
rule quarter_order)."""
import json

from tests.test_obec_ocr import project, report, run

HEADINGS = ("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๔",
            "ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๔",
            "การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๔",
            "สรุปปัญหาและข้อเสนอแนะของโครงการประจำไตรมาสที่ ๔")


def _two_rounds(printed: list[str]) -> str:
    """Project 1 reporting quarter ๓, then quarter ๔ with its headings' quarters printed as `printed`."""
    later = project(1, "๒๕๖๗", quarter="๔").split("\n", 1)[1]  # (the round only: its title is printed once)
    for part, q in zip(HEADINGS, printed):
        assert part in later
        later = later.replace(part, part[:-1] + q)
    return report(projects=[project(1, "๒๕๖๗", quarter="๓") + later, project(2, "๒๕๖๗", quarter="๔")])


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "value_repaired" and i["evidence"]
            and json.loads(i["evidence"]).get("rule") == "quarter_order"]


def _first(rows: dict) -> str:
    return next(p["project_key"] for p in rows["projects"] if p["group_seq"] == 1)


def test_a_round_read_as_the_quarter_before_it_whose_headings_may_read_the_next_is_the_next():
    rows = run(_two_rounds(["๓", "©", "«", "๓"]))
    key = _first(rows)
    assert sorted(t["quarter"] for t in rows["targets"] if t["project_key"] == key) == [3] * 3 + [4] * 3
    assert sorted(b["quarter"] for b in rows["quarterly_budgets"] if b["project_key"] == key) == [3, 4]
    said = _said(rows)
    assert len(said) == 1 and json.loads(said[0]["evidence"])["chosen"] == 4
    assert said[0]["project_key"] == key
    assert not [i for i in rows["issues"] if i["code"] == "project_unread"]


def test_a_round_no_heading_of_which_may_read_the_next_quarter_or_one_certain_of_the_first_stays():
    # "๓" reads 3 only; an Arabic "3" is a 3: the round stands as read, another project's (said)
    for printed in (["๓", "๓", "๓", "๓"], ["3", "©", "«", "๓"]):
        rows = run(_two_rounds(printed))
        key = _first(rows)
        assert 4 not in {t["quarter"] for t in rows["targets"] if t["project_key"] == key}, printed
        assert not _said(rows)
        assert [i for i in rows["issues"] if i["code"] == "project_unread"], printed


def test_in_a_document_whose_ocr_never_writes_four_a_thai_three_may_be_the_next_quarter():
    # "๓" / "om" / "«" / "๓" after a round of quarter ๓, in a document whose OCR writes no ๔ anywhere (each Thai
    # digit it prints may stand for one it never writes, parsers.digits.unread_digits): the round is quarter 4, said
    # (fresh set s95p, obec_progress_s95p001: its rows were keyed twice under quarter 3, quarter 4 lost)
    text = _two_rounds(["๓", "om", "«", "๓"]).replace("๔", "๓")
    rows = run(text)
    key = _first(rows)
    assert sorted({t["quarter"] for t in rows["targets"] if t["project_key"] == key}) == [3, 4]
    said = _said(rows)
    assert said and json.loads(said[0]["evidence"])["chosen"] == 4
