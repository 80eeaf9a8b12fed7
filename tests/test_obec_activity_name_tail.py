"""An OBEC main activity whose name's last words the page wrapped onto a
line of their own after a gap, read as a new part (its progress): where
another round of the report prints the name whole, the name is read whole
and the words cut off the progress (parsers.obec_progress.texts.names_cut,
rule "name_tail"; set s45z's obec_progress_s45z001 project 4 read the
tail as the activity's progress with no issue)."""

from __future__ import annotations

import json

from parsers.obec_progress.texts import names_cut

WHOLE = "จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน"


def rows(*pairs: tuple[str, str | None]) -> dict:
    return {"activities": [{"project_key": "p", "quarter": q, "seq": 1, "text": t, "progress": p,
                            "line_start": 10 * q, "line_end": 10 * q + 2} for q, (t, p) in enumerate(pairs, 1)]}


def test_a_name_whose_tail_was_read_as_its_progress_is_read_whole():
    tables = rows((WHOLE, None), ("จัดทำคำสังแต่งตังคณะกรรมการ", "ดําเนินงาน"))
    (issue,) = names_cut(tables)
    row = tables["activities"][1]
    assert (row["text"], row["progress"]) == (WHOLE, None)
    assert (issue.code, issue.field, issue.line_start) == ("value_repaired", "activities.text", 20)
    evidence = json.loads(issue.evidence)
    assert (evidence["rule"], evidence["chosen"], evidence["text"]) == ("name_tail", WHOLE, "ดําเนินงาน")


def test_the_progress_after_the_tail_is_kept():
    tables = rows((WHOLE, "อยู่ระหว่างดำเนินการ"), ("จัดทำคำสั่งแต่งตั้งคณะกรรมการ", "ดำเนินงาน อยู่ระหว่างดำเนินการ"))
    assert len(names_cut(tables)) == 1
    assert tables["activities"][1]["progress"] == "อยู่ระหว่างดำเนินการ"


def test_a_shorter_name_whose_progress_is_no_tail_is_kept():
    # another activity's name opening with this one's: the progress does not hold the rest, nothing is cut
    tables = rows((WHOLE, None), ("จัดทำคำสั่งแต่งตั้งคณะกรรมการ", "อยู่ระหว่างดำเนินการ"),
                  ("ประชุม", "ได้ดำเนินการแล้ว"))
    assert names_cut(tables) == []
    assert tables["activities"][1]["text"] == "จัดทำคำสั่งแต่งตั้งคณะกรรมการ"
