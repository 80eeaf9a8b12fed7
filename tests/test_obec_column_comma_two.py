"""OBEC lists whose item numbers stand in a column of their own: OCR made the column's 1 symbols alone ("©.") and
its 2 a token with its mark read as a comma ("lo," for "๒.", fresh set s63o's obec 004: "©." / "lo," over an
indicator list and a findings list).  The symbols were left out as debris (only a number alone with its mark, "lo.",
proved them the 1), the 2 alone paired with nothing, and the list's items ran together as one.  A line of symbols
over a column token that reads as 2 with a comma or colon for its mark is the column's 1 too
(lists.column_firsts_kept), and the 2 is given its mark under it (column_numbers_mended)."""

from __future__ import annotations

from parsers.obec_progress.lists import column_firsts_kept
from pipeline.stages import process_document
from schemas.document import Line
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w002.txt"
TEXTS = [Line(3, "ครูผู้สอนสามารถนำความรู้ไปใช้ได้"), Line(4, "การบริหารจัดการมีประสิทธิภาพ")]


def rows(text: str, table: str, kind: str) -> list[tuple[str, int, int, str]]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return sorted((r["project_key"], r["quarter"], r["seq"], r["text"]) for r in out[table] if r["kind"] == kind)


def test_symbols_over_a_two_with_a_comma_for_its_mark_are_the_columns_one():
    assert [ln.text for ln in column_firsts_kept([Line(1, "©."), Line(2, "lo,"), *TEXTS])][:2] == ["1.", "lo,"]
    assert [ln.text for ln in column_firsts_kept([Line(1, "©."), Line(2, "2:"), *TEXTS])][:2] == ["1.", "2:"]
    # a comma after a token that reads as no 2, or a text ending in a comma: left out, as debris is
    assert column_firsts_kept([Line(1, "©."), Line(2, "๓,"), *TEXTS])[0].text == "๓,"
    assert column_firsts_kept([Line(1, "©."), Line(2, "ครู,"), *TEXTS])[0].text == "ครู,"


INDICATORS = ("๑.\n๒.\n\nสพป.อุดรธานี เขต ๒ ได้บุคลากรที่ดีมีความรู้ความสามารถ มาปฏิบัติงานโดยบริสุทธิ์ ยุติธรรม โปร่งใส "
              "สามารถตรวจสอบได้\nร้อยละ ๘๕ ของข้าราชการครูและบุคลากรทางการศึกษาที่เข้ารับการพัฒนามีสมรรถนะในการปฏิบัติงานสูงขึ้น\n")
# two texts the report prints nowhere else (no other list's items part them)
FIRST = ("ร้อยละ ๕๕ ของโรงเรียนในสังกัดดำเนินการพัฒนาคุณภาพการจัดการศึกษา", "เรียนรวมได้ตามเป้าหมาย")
SECOND = ("โรงเรียนในสังกัด จำนวน ๕๕ โรงเรียน สามารถจัดการเรียนการสอนครบทุก", "ห้องเรียน")
NEW = f"๑.\n๒.\n\n{' '.join(FIRST)}\n{' '.join(SECOND)}\n"
# the same list as OCR reads it: its numbers "©." and "lo,", each a gap apart, its texts wrapped, a gap between them
DAMAGED = f"©.\n\nlo,\n\n{FIRST[0]}\n{FIRST[1]}\n\n{SECOND[0]}\n{SECOND[1]}\n"


def test_the_list_reads_as_its_items():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(INDICATORS) == 1
    clean = clean.replace(INDICATORS, NEW)
    want = rows(clean, "targets", "indicator")
    assert sum(text in (" ".join(FIRST), " ".join(SECOND)) for *_, text in want) == 2
    assert rows(clean.replace(NEW, DAMAGED), "targets", "indicator") == want
