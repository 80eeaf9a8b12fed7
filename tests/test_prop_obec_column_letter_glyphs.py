"""OBEC lists whose item numbers stand in a column of their own, the
column's digits read by OCR as Thai letters of their shape: "โต." / "ไต." /
"ต)" for "๒." (the letter ต, a vowel before it where the digit's loop
stood) and "ดา." for "๓." (fresh sets s39o, s41o: "©." / "โต." over a
list's texts, fifteen times in one report).  The column's number alone was
no number (a consonant with a vowel after it), or no number reading as 2,
so the symbols over it were left out as debris, the column held one number
or none and the list's items ran together, the numbers' letters in the
first item's text.  They read as the digits they stand for in a column
(lists._MARK_GLYPHS: as "la." for "๒." before), the sequence deciding."""

from parsers.obec_progress.lists import column_firsts_kept, items_of
from pipeline.stages import process_document
from schemas.document import Line
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w002.txt"
OUTCOMES = "๑)\n๒)\n\nผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ"
TEXTS = [Line(5, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๐ โรงเรียน"),
         Line(7, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"),
         Line(9, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้")]


def _items(numbers: list[str]) -> list[str]:
    lines = column_firsts_kept([Line(1 + i, n) for i, n in enumerate(numbers)] + TEXTS)
    return [text for text, _, _ in items_of(lines)]


def test_letters_of_a_digit_s_shape_in_a_column_are_its_numbers():
    want = [ln.text for ln in TEXTS]
    assert _items(["๑.", "๒.", "๓."]) == want
    assert _items(["๑.", "ไต.", "ดา."]) == want
    assert _items(["©.", "โต.", "ดา."]) == want  # (the symbols over a 2: the column's 1)


def test_a_report_whose_column_prints_them_reads_as_its_clean_twin():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(OUTCOMES) == 1

    def rows(text: str) -> list[tuple]:
        out = process_document("doc.txt", text.encode("utf-8"))
        return sorted((r["project_key"], r["quarter"], r["seq"], r["text"]) for r in out["targets"]
                      if r["kind"] == "outcome")

    assert rows(clean.replace(OUTCOMES, OUTCOMES.replace("๑)\n๒)", "©.\nโต."))) == rows(clean)
