"""A list of one item whose opening words OCR lost (s77o's
obec_progress_s77o001, project 1's second quarter: "๑. ครูที่ทำหน้าที่..."
lost whole and "๒. นั" from "๒. นักเรียนในสังกัด...", read as one item
"กเรียนในสังกัด ..."): texts.heads_lost reads the item back with the words
the report's other rows print before it, but the number the item printed
stood before those words too, so the list need not be a list of one (the
form prints a list of one without a number): a missing_row warning on the
table says so (texts.lone_heads_lost, after heads_lost), where before the
rows lost with the item's opening went unsaid.  A list of one read whole, and a head lost from one item of a
longer list, say nothing of the kind.
"""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

WORDS = "นักเรียนในสังกัด จำนวน ๔๐ คน ได้เข้าร่วมกิจกรรมตามโครงการ"


def _rows(first_output: str) -> dict:
    bodies = [project(n, "๒๕๖๗").replace("ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", first_output if n == 1 else WORDS)
              for n in (1, 2, 3)]
    return run(report(projects=bodies))


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "missing_row" and "any number it printed" in i["message"]]


def test_a_lone_item_whose_head_was_lost_may_have_had_items_before_it():
    rows = _rows(WORDS[3:])
    first = [t for t in rows["targets"] if t["kind"] == "output" and t["text"] == WORDS]
    assert len(first) == 3  # (read back with its opening)
    said = _said(rows)
    assert len(said) == 1 and said[0]["field"] == "targets"


def test_a_lone_item_read_whole_or_a_head_lost_in_a_longer_list_says_nothing():
    assert not _said(_rows(WORDS))
    assert not _said(_rows(f"๑. ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนา\n๒. {WORDS[3:]}"))
