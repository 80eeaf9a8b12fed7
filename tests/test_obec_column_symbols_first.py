"""OBEC lists whose item numbers stand in a column of their own: OCR made the column's 1 symbols alone ("©.") and
its 2 a token that reads as no 2 ("a." / "ta." for "๒.": fresh sets s75b's obec 001 twice, s72o's 001; each right
under the symbols).  The symbols were left out as debris (only a 2 under them proved them the 1), the token alone
was read as the list's lead or its one number, and the list's two items ran together as one, silently in
s75b001's suggestions.  Symbols right over a number alone are the column's 1 whatever that number reads as, unless
a number alone stands right over them (they close a column), the number is printed in digits (it says its own
place), or a number reading as 2 stands under it (then it is the 1 and the symbols debris over it)
(lists.column_firsts_kept, _column_second)."""

from __future__ import annotations

from parsers.obec_progress.lists import column_firsts_kept
from pipeline.stages import process_document
from schemas.document import Line
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w002.txt"
TEXTS = [Line(4, "ครูผู้สอนสามารถนำความรู้ไปใช้ได้"), Line(5, "การบริหารจัดการมีประสิทธิภาพ")]


def rows(text: str, table: str, kind: str) -> list[tuple[str, int, int, str]]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return sorted((r["project_key"], r["quarter"], r["seq"], r["text"]) for r in out[table] if r["kind"] == kind)


def texts(*lines: str) -> list[str]:
    return [ln.text for ln in column_firsts_kept([Line(i, t) for i, t in enumerate(lines, start=1)] + TEXTS)][:3]


def test_symbols_over_a_number_alone_that_reads_as_no_two_are_the_columns_one():
    assert texts("ข้อเสนอแนะ", "©.", "a.") == ["ข้อเสนอแนะ", "1.", "a."]
    assert texts("ข้อเสนอแนะ", "©.", "ta.") == ["ข้อเสนอแนะ", "1.", "ta."]
    # a number printed in digits under them (a 1, or a 3 that may be the column's third, its 2 lost, as well as a
    # misread 2: s73b002's "๓." was the latter, test_prop_obec_column_symbols the former), a 2 under the number, or
    # a number alone over them: left out, as debris is
    assert texts("ผลการดำเนินงาน", "©.", "๓.")[:2] == ["ผลการดำเนินงาน", "๓."]
    assert texts("ข้อเสนอแนะ", "©.", "๑.")[:2] == ["ข้อเสนอแนะ", "๑."]
    assert texts("©.", "a.", "lo.") == ["a.", "lo.", TEXTS[0].text]
    assert texts("๑.", "©.", "a.")[:2] == ["๑.", "a."]
    # a line left out between them (noise, "@." / "#:" / "3." in fresh set s74o's 001): the number may be the
    # column's third, its second lost: left out, as debris is
    kept = column_firsts_kept([Line(1, "ผลการดำเนินงาน"), Line(2, "@."), Line(4, "3."), *TEXTS])
    assert [ln.text for ln in kept][:2] == ["ผลการดำเนินงาน", "3."]


INDICATORS = ("๑.\n๒.\n\nสพป.อุดรธานี เขต ๒ ได้บุคลากรที่ดีมีความรู้ความสามารถ มาปฏิบัติงานโดยบริสุทธิ์ ยุติธรรม โปร่งใส "
              "สามารถตรวจสอบได้\nร้อยละ ๘๕ ของข้าราชการครูและบุคลากรทางการศึกษาที่เข้ารับการพัฒนามีสมรรถนะในการปฏิบัติงานสูงขึ้น\n")
FIRST = "ร้อยละ ๕๕ ของโรงเรียนในสังกัดดำเนินการพัฒนาคุณภาพการจัดการศึกษาเรียนรวมได้ตามเป้าหมาย"
SECOND = "โรงเรียนในสังกัด จำนวน ๕๕ โรงเรียน สามารถจัดการเรียนการสอนครบทุกห้องเรียน"
NEW = f"๑.\n๒.\n\n{FIRST}\n\n{SECOND}\n"
# the same list as OCR reads it: its numbers "©." and "a."
DAMAGED = f"©.\na.\n\n{FIRST}\n\n{SECOND}\n"


def test_the_list_reads_as_its_items():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(INDICATORS) == 1
    clean = clean.replace(INDICATORS, NEW)
    want = rows(clean, "targets", "indicator")
    assert sum(text in (FIRST, SECOND) for *_, text in want) == 2
    assert rows(clean.replace(NEW, DAMAGED), "targets", "indicator") == want
