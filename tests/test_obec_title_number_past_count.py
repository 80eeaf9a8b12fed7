"""A project title whose number OCR misread as a higher one ("9." or "๑9." for
๕ under a header counting "ฒ", ๗ or ๙), which the section after it vouched
for (titles before it missed), followed by titles that read lower ("๓." for
๖): their places after 9 would pass every reading of the header's count, so
the number past the gap was the misread one (set s43o obec_progress_s43o001,
"๒9." for ๖ in group ๒, then "๓." for ๗ and "๕." for ๘).  The title takes the
number expected, said as the sequence's repair, and the ones after it follow
it (rule_title's jump; the group's number glued to the title's, "๑9" read
as ๑.9, takes part too).  Before, the rest of the group was numbered from 10
by place: every group_seq from that title on wrong."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, report, run


def _text(fifth: str, sixth: str) -> str:
    text = report(projects=[project(n, "๒๕๖๗") for n in range(1, 8)])
    text = text.replace("จำนวน 7 โครงการ โดยมีรายละเอียด", "จำนวน ฒ โครงการ โดยมีรายละเอียด")
    return text.replace("5. โครงการทดสอบที่ 5", f"{fifth} โครงการทดสอบที่ 5").replace(
        "6. โครงการทดสอบที่ 6", f"{sixth} โครงการทดสอบที่ 6")


def _seqs(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"])


def test_a_number_past_the_gap_is_the_misread_one_when_the_count_says_so():
    truth = _seqs(run(_text("5.", "6.")))
    assert [n for n, _ in truth] == list(range(1, 8))
    for fifth in ("9.", "๑9."):
        rows = run(_text(fifth, "๓."))
        assert _seqs(rows) == truth, fifth
        said = [json.loads(i["evidence"]) for i in rows["issues"]
                if i["field"] == "projects.group_seq" and i["code"] == "value_repaired"]
        assert {(e["printed"], e["chosen"]) for e in said} >= {("9", 5), ("3", 6)}


def test_a_number_within_the_count_still_says_titles_were_missed():
    # "9." with a header counting 9 or more: the titles after it follow it (nothing says it was misread)
    text = _text("9.", "10.").replace("จำนวน ฒ โครงการ โดยมีรายละเอียด", "จำนวน ๑๒ โครงการ โดยมีรายละเอียด")
    assert [n for n, _ in _seqs(run(text))] == [1, 2, 3, 4, 9, 10, 11]
