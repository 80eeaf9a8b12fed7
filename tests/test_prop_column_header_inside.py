"""A table of entries as columns printed two by two, its header cells "ครั้งที่ N" (no "รายงาน" before them): where
OCR ran the next pairs of columns into one entry's description, their headers stand inside it as words of their own
("... ๐ บาท.- เป็นไปตาม เป้าหมาย ครั้งที ๓ ครั้งที ๕ ..."), and the entries they open are lost (fresh set s29z005:
reports 3 to 10 read into report 2, their rows missing with n_copies named by no issue).  Said of the whole table
at the description, as for "รายงานครั้งที่"; a description that says "ครั้ง" as a word of its own sentence is not."""

from __future__ import annotations

from parsers.bma_progress.rows import _header_inside
from schemas.document import Reading


def _said(desc: str) -> list[tuple[str, str | None, int]]:
    rec = {"description": Reading(desc, desc, 115, 294)}
    found = _header_inside(2, rec, desc)
    return [] if found is None else [(found.code, found.field, found.line_start)]


def test_column_headers_inside_a_description_say_entries_may_be_lost():
    ran_in = ("ได้รับการอนุมัติโครงการ ๑.๐% ๒๑.๕% ๐ บาท.- ๐ บาท.- เป็นไปตาม เป้าหมาย ครั้งที ๓ ครั้งที ๕ "
              "ไต๓๐๒๐-๒-๑๕ จัดทำคำสังคณะกรรมการ")
    assert _said(ran_in) == [("unplaced_text", "progress_reports", 115)]
    assert _said("จัดทำโครงการ ครังที 4 ๒๐๒๐-๑-๒") == [("unplaced_text", "progress_reports", 115)]


def test_a_description_without_a_header_or_with_the_word_inside_its_own_words_is_not_said():
    assert _said("ได้รับการอนุมัติโครงการ และโอนเงินกิจกรรมที่ 1 ให้ 89 เครือข่ายโรงเรียน") == []
    assert _said("จัดประชุมครั้งที่ 2 เพื่อกำหนดวันจัดสัมมนา") == []  # glued to its word: the sentence's own
    assert _said("ดำเนินการแล้ว 3 ครั้ง ตามแผน") == []  # a count, no header
