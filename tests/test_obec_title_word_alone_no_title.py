"""An OBEC list of titles only (projects not started) printed as a table whose column title "ชื่อโครงการ" OCR read
with its vowels lost, "ซือโครงการ": the token before the title word read as an unreadable number, and the title
word alone was taken for the group's first title (fresh set s110v, obec_progress_s110v002: the titles under it one
place late, the last run into the one before, a project lost silently).  The title word alone after a token no
number reads as names no project (read.rule_title)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "obec_progress_001.txt"
HEADER = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๖ โครงการ ดังนี้\n"


def _not_started(text: str) -> list[str]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    return [p["name"] for p in rows["projects"] if p["plan_status"] == "not_started"]


def test_the_list_s_column_title_read_as_a_number_and_the_title_word_is_no_title():
    text = DOC.read_text(encoding="utf-8")
    assert text.count(HEADER) >= 1
    before = _not_started(text)
    after = _not_started(text.replace(HEADER, HEADER + "\nซือโครงการ\n"))
    assert "โครงการ" not in after
    assert after == before
