"""An OBEC list whose item numbers stand in a column of their own, where OCR read the first letters of the item
lines beside the column with it, as short lines of their own after the texts ("เนื่", "จ้าห", "ระย": "๑)" / "๒)" /
"มีเจ้าหน้าที่... เร่งรีบ" / "งจากต้อง..." / "ะเวลาในการอบรม..." / "เนื่" / "จ้าห" / "ระย").  The pieces stood as
paragraphs, more than the numbers, so the texts did not pair and the items ran together (and took the pieces).
Such a piece (Thai letters alone, FRAGMENT_CHARS at most, no dictionary word, a gap on both sides) is no text of
an item (lists._column_fragment), and where exactly one of them, put before a line that opens with a vowel or
mark no Thai word opens with, makes its first word a dictionary word ("ระย" + "ะเวลา..." = "ระยะเวลา..."), it is
given back to it, said repaired (rule column_fragment; lists.fragments_restored).  A word the page wrapped
("ได้", "ทฤษฎี") is no such piece."""

from __future__ import annotations

from pipeline.stages import process_document
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w002.txt"
COLUMN = "๑)\n๒)\n\n"


def test_pieces_of_the_openings_read_with_the_column_are_no_items():
    clean = DOC.read_text(encoding="utf-8")
    problems = "#### ปัญหาและอุปสรรคในการดำเนินงาน\n-\n"
    assert clean.count(problems) == 1
    damaged = clean.replace(problems, problems[:-2] + COLUMN + "ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรมใน"
                            "ไตรมาสนี้ดำเนินการได้ล่าช้า\n\nะเวลาในการอบรมพัฒนามีจำกัด\n\nเนื่\n\nจ้าห\n\nระย\n\n")
    out = process_document("doc.txt", damaged.encode("utf-8"))
    texts = [r["text"] for r in out["findings"] if r["kind"] == "problem"]
    assert "ระยะเวลาในการอบรมพัฒนามีจำกัด" in texts
    assert not any(t.endswith(("เนื่", "จ้าห", "ระย")) for t in texts)
    assert any(i["code"] == "value_repaired" and "column_fragment" in (i["evidence"] or "") for i in out["issues"])


def test_a_word_is_no_piece():
    from parsers.obec_progress.lists import _column_fragment, fragments_restored
    from schemas.document import Line

    texts = [Line(3, "ครูผู้สอนสามารถนำความรู้ไปใช้ได้"), Line(5, "ได้"), Line(7, "เนื่")]
    assert not _column_fragment(texts, 1) and _column_fragment(texts, 2)
    # no line opens inside a word: the piece is left out of the items, none given back
    lines = [Line(1, "1)"), Line(2, "2)"), *texts]
    assert fragments_restored(lines) == (lines, [])
