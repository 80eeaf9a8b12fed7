"""An OBEC list whose lead closes with "ดังนี้" ("สพป.X ได้ดำเนินการ... โดยกำหนดการดำเนินงานดังนี้") and whose items'
numbers OCR lost whole (a column read apart and dropped, or marks in running text): the items run into the lead and
are read as one item, with no issue naming the rows lost (the list had no number left to doubt).  The form prints
the lead as an item of its own and its items after it, so an item whose text goes on past the lead's closing words
is said (missing_row on its table, lists.items_past_lead); a lead read alone, or a clean report, says nothing."""

from __future__ import annotations

from parsers.obec_progress.lists import items_past_lead
from pipeline.stages import process_document
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "clean" / "obec_progress_006.txt"  # a report printed as running text
MARKED = ("ดำเนินงานดังนี้ 1. ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน 2. "
          "ผู้เข้าร่วมกิจกรรม")


def said(text: str) -> list[dict]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return [i for i in out["issues"] if i["code"] == "missing_row" and "ดังนี้" in i["message"]]


def test_items_run_into_their_lead_are_said():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(MARKED) == 1
    lost = clean.replace(MARKED, MARKED.replace(" 1. ", " ").replace(" 2. ", " "))  # (OCR lost both marks)
    assert not said(clean)
    (issue,) = said(lost)
    assert issue["field"] == "findings"


def test_only_text_past_the_closing_words_counts():
    lead = "สพป.อุดรธานี เขต ๒ ได้ดำเนินการพัฒนาระบบ โดยกำหนดการดำเนินงานดังนี้"
    assert items_past_lead([(lead, 1, 1)]) == []
    assert items_past_lead([(lead + " ๑", 1, 1)]) == []  # a speck after it
    assert items_past_lead([(lead + " ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด", 1, 3)]) == [(1, 3)]
    assert items_past_lead([(lead.replace("ดังนี้", "ดังนี") + " ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์", 4, 6)]) == [(4, 6)]
