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


def test_items_run_in_with_their_own_numbers_are_not_said():
    # a report that writes its list in the paragraph, numbers and all (the real OBEC sample: "... โดยดำเนินกิจกรรม
    # ดังนี้ กิจกรรมที่ ๑ การพัฒนาครู..."): no number was lost
    lead = "สพป.อุดรธานี เขต ๒ ดำเนินการโครงการ โดยดำเนินกิจกรรม ดังนี้"
    for run_in in (" กิจกรรมที่ ๑ การพัฒนาครูผู้สอนทุกกลุ่มสาระการเรียนรู้", " ข้อ 1 การพัฒนาครูผู้สอนทุกกลุ่มสาระ",
                   " ประการแรก ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์"):
        assert items_past_lead([(lead + run_in, 1, 2)]) == [], run_in
    # a bare item number there is one the list failed to part at ("1)", or "1" that lost its dot): its items ran
    # into the lead, said; so is a number inside the text after the lead, not opening it
    for run_on in (" 1) ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์", " 1 ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์",
                   " ได้ดำเนินการนิเทศ ติดตาม โรงเรียน ๒๕ แห่ง"):
        assert items_past_lead([(lead + run_on, 1, 2)]) == [(1, 2)], run_on


def test_the_real_obec_sample_says_no_items_lost_past_a_lead():
    text = (ROOT / "samples" / "004_745c23c3a2846aea.txt").read_bytes()
    out = process_document("004.txt", text)
    assert not [i for i in out["issues"] if i["code"] == "missing_row" and "ดังนี้" in i["message"]]
