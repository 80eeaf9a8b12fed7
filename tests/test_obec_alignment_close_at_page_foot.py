"""An OBEC alignment statement whose last line OCR lost at its page's foot ("ข้าราชการครูและบุคลากรทางการศึกษามีการ
พัฒนาตนเอง" the page's last text line, "และการพัฒนาคุณภาพงานให้มีประสิทธิภาพยิ่งขึ้น" lost: fresh set s103p,
obec_progress_s103p002, a silent miss).  closes_lost leaves the alignments, since a real report prints a statement
shorter and longer; but a statement that is the opening of one other rows print, whose last line is its page's last,
may have lost its close there: it is said now (texts.closes_at_page_foot: unknown_words, the words the longer
printings go on with its pieces), never read back.  The same statement not at a page's foot says nothing."""

from __future__ import annotations

import json

import pytest

from parsers.obec_progress.texts import closes_at_page_foot

pytestmark = pytest.mark.usefixtures("repair_on")

FULL = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง และการพัฒนาคุณภาพงานให้มีประสิทธิภาพยิ่งขึ้น"
SHORT = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"


def _tables(*texts_at: tuple[str, int]) -> dict:
    return {"alignments": [{"project_key": f"p{k}", "text": text, "line_start": no, "line_end": no}
                           for k, (text, no) in enumerate(texts_at)]}


def test_a_statement_opening_a_longer_one_at_its_pages_foot_is_said():
    tables = _tables((FULL, 100), (FULL, 200), (SHORT, 231))
    (said,) = closes_at_page_foot(tables, [], frozenset({231, 300}))
    assert (said.code, said.field, said.line_start, said.project_key) == ("unknown_words", "alignments.text", 231, "p2")
    assert json.loads(said.evidence)["pieces"] == ["และการพัฒนาคุณภาพงานให้มีประสิทธิภาพยิ่งขึ้น"]
    assert tables["alignments"][2]["text"] == SHORT  # (kept as read)


def test_the_same_statement_inside_a_page_says_nothing():
    assert closes_at_page_foot(_tables((FULL, 100), (FULL, 200), (SHORT, 231)), [], frozenset({232, 300})) == []


def test_a_statement_no_row_prints_longer_says_nothing():
    assert closes_at_page_foot(_tables((SHORT, 100), (SHORT, 231)), [], frozenset({231})) == []


def test_a_pages_last_text_line_is_the_one_before_its_furniture():
    from parsers.obec_progress.read import _page_last_lines
    from schemas.document import Line

    lines = [Line(1, "หัวข้อ"), Line(2, "ข้อความ"), Line(3, "", "blank"), Line(4, "สำนักงานเขต", "page_header"),
             Line(5, "ต่อ"), Line(6, "๒", "page_number"), Line(7, "สำนักงานเขต", "page_header"), Line(8, "ท้าย")]
    assert _page_last_lines(lines, (4, 6, 7)) == [2, 5]
