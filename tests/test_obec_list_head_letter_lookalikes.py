"""An OBEC list of titles printed as a table whose head row OCR read with a
letter for its look-alike, "ซื้อโครงการ   กลุ่มที่รับผิดชอบ" for "ชื่อโครงการ
กลุ่มที่รับผิดชอบ" (ช read ซ, its tone mark changed): the head was no head to
the list's rule, whose label only let marks differ, so the token before the
title word read as an unreadable number and the head row became the group's
first title, "โครงการ กลุ่มที่รับผิดชอบ ..." (fresh set s115q,
obec_progress_s115q004: the first row's title run into it, no issue naming
it).  The head's label takes the letters OCR reads for one another
(normalizers.text.ocr_tolerant), as the form's other labels do."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages import process_document

pytestmark = pytest.mark.usefixtures("repair_on")

DOC = Path(__file__).resolve().parent / "corpus" / "clean" / "obec_progress_001.txt"
HEADER = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๖ โครงการ ดังนี้\n"


def _not_started(text: str) -> list[str]:
    rows = process_document("doc.txt", text.encode("utf-8"))
    return sorted(p["name"] for p in rows["projects"] if p["plan_status"] == "not_started")


@pytest.mark.parametrize("head", ["ซื้อโครงการ          กลุ่มที่รับผิดชอบ", "ชื่อโครงการ          กลุ่มที่รับผิดชอบ"])
def test_a_list_head_read_with_look_alike_letters_is_the_head_no_title(head):
    text = DOC.read_text(encoding="utf-8")
    assert text.count(HEADER) == 1
    before = _not_started(text)
    after = _not_started(text.replace(HEADER, f"{HEADER}\n{head}\n"))
    assert not any("รับผิดชอบ" in name for name in after)
    assert len(after) == len(before)
