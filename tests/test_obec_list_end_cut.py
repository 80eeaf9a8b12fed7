"""A round's list whose last item OCR cut short of its close (closes_lost:
the words the report prints after it elsewhere in the column lost with its
last line): the lines lost there may have held the list's next items, which
then leave no row an issue could name, so the list is said on the table at
the item's lines (parsers.obec_progress.texts.list_ends_cut).  Fresh set
s71b's obec_progress_s71b001: project 3's quarter-2 results, item ๒ cut at
'ในการ' and item ๓ lost whole, with no issue naming the missing row."""

from __future__ import annotations

from parsers.obec_progress.texts import list_ends_cut
from schemas.document import Issue

KEY = "obec_progress:2567:p"


def _row(seq: int, line: int, text: str, kind: str = "result", quarter: int = 2) -> dict:
    return {"project_key": KEY, "quarter": quarter, "kind": kind, "seq": seq, "text": text,
            "line_start": line, "line_end": line}


def _cut(line: int) -> Issue:
    return Issue("warning", "unknown_words", "cut", {"text": "x", "cut": "close"}, line, line, project_key=KEY,
                 field="findings.text")


ROWS = [_row(1, 507, "สพป. ได้ดำเนินการ"), _row(2, 511, "ได้เผยแพร่ผลการดำเนินงาน"),
        _row(3, 515, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการ"),
        _row(1, 600, "ผลของไตรมาสอื่น", quarter=3)]


def test_the_last_item_cut_short_puts_its_list_in_doubt():
    (issue,) = list_ends_cut({"findings": ROWS}, [_cut(515)])
    assert issue.code == "items_cut_in_doubt" and issue.field == "findings"
    assert (issue.line_start, issue.line_end, issue.project_key) == (515, 515, KEY)


def test_an_item_cut_short_with_items_after_it_says_nothing_more():
    assert list_ends_cut({"findings": ROWS}, [_cut(511)]) == []
    assert list_ends_cut({"findings": ROWS}, []) == []


def test_a_list_said_in_doubt_at_the_item_already_is_not_said_again():
    known = Issue("warning", "items_cut_in_doubt", "run on", "x", 515, 515, project_key=KEY, field="findings")
    assert list_ends_cut({"findings": ROWS}, [_cut(515)], [known]) == []
