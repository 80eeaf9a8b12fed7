"""BMA proposals after OCR whose bulleted benefit list lost its last item's bullet ("- โรงเรียนมี..." /
"นักเรียนสามารถ..."): the item was read as the wrap of the one above, its row lost, and no issue named the table
(the row's kind, seq and text misses were silent).  A line inside an item of a list read by its bullets that opens
as the list's items do by their words and is as wide as a text's line is said (read.opened_inside_plain); a
sentence's short tail wrapped ("นักเรียน") is not, nor a list whose bullets OCR kept."""

from __future__ import annotations

import regex

from parsers.bma_proposal.read import opened_inside_plain
from parsers.items import Item
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_NUMBER_RE = regex.compile(r"(?m)^\t*[๙9]\.[1-3] ")


def _bulleted() -> str:
    source = sample_text(PROPOSAL)
    bulleted = _NUMBER_RE.sub("- ", source)
    assert bulleted.count("\n- ") >= 3 and "\n- โรงเรียนมีกิจกรรม" in bulleted
    return bulleted


def _said(text: str) -> list[dict]:
    return [i for i in run(text)["issues"] if i["field"] == "findings" and i["code"] == "unread_cells"]


def test_the_last_item_whose_bullet_ocr_lost_is_said_where_it_ran_into_the_item_before():
    source = _bulleted()
    assert len([r for r in run(source)["findings"] if r["kind"] == "benefit"]) == 3 and not _said(source)
    lost = source.replace("\n- โรงเรียนมีกิจกรรม", "\nโรงเรียนมีกิจกรรม")
    said = _said(lost)
    assert len(said) == 1 and "โรงเรียนมีกิจกรรม" in said[0]["message"]


def _opens(text: str) -> bool:
    return text.startswith(("ผู้", "ครู", "นักเรียน", "โรงเรียน"))


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=10)]


def test_a_sentence_s_short_tail_wrapped_onto_a_line_is_not_said():
    lines = _lines("ครูมีแนวทางการจัดกิจกรรมที่ส่งเสริมทักษะการอ่านของ", "นักเรียน",
                   "ผู้ปกครองมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา")
    items = [Item(None, lines[0].text + lines[1].text, 10, 11), Item(None, lines[2].text, 12, 12)]
    assert opened_inside_plain(items, lines, _opens, "expected benefit", "findings") == []
    lines[1] = Line(11, "นักเรียนสามารถสร้างความรู้ด้วยตนเองได้อย่างต่อเนื่อง")
    got = opened_inside_plain(items, lines, _opens, "expected benefit", "findings")
    # said from the item's lines to the list's last item's: the items after it stand a place early
    assert [(i.code, i.field, i.line_start, i.line_end) for i in got] == [("unread_cells", "findings", 10, 12)]
