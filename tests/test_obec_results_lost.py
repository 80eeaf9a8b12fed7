"""A round's results heading ("ผลการดำเนินงาน") with nothing under it before
the problems' heading: a round always reports its results (its problems
and suggestions may be none), so OCR lost their text, and the findings
table is said at the heading's line (parsers.obec_progress.rounds,
RoundRecords.empty_results)."""

from __future__ import annotations

from tests.test_obec import baseline, codes, original, run

HEAD = "#### ผลการดำเนินงาน\n"
PROBLEMS = "### **ปัญหาและอุปสรรคในการดำเนินงาน**"


def _lost(rows: dict) -> list[dict]:
    return [i for i in codes(rows, "missing_value") if i["field"] == "findings" and "results heading" in i["message"]]


def test_a_results_heading_with_nothing_under_it_is_said():
    text = original()
    start = text.index(HEAD) + len(HEAD)
    end = text.index(PROBLEMS, start)
    line = text[:start].count("\n")  # the heading's line (1-based: the newline after it counted)
    rows = run(text[:start] + "\n" + text[end:])
    (issue,) = _lost(rows)
    assert issue["line_start"] == line and issue["project_key"]
    assert len(rows["findings"]) < len(baseline()["findings"])


def test_results_printed_and_problems_none_say_nothing():
    assert _lost(baseline()) == []
    text = original()
    start = text.index(PROBLEMS) + len(PROBLEMS) + 1
    end = text.index("### **ข้อเสนอแนะ**", start)
    assert _lost(run(text[:start] + "\n" + text[end:])) == []
