"""OBEC lists whose item numbers stand in a column of their own ("๑." / "๒." / "๓." over the texts), the column's
first number read without its mark ("1" over "2." / "3.", or "1" over "2," with the second's mark read as a
comma): the clean-up's line of debris, the round left it out (a token was kept only under a number alone), the
column held "2." / "3." and no 1, its numbers did not pair with the texts and the list's items ran together
into one, "2. 3. ..." (said, but three rows lost).  The list's first line, such a token, is kept (rounds,
lists.may_be_column_number) and is the column's 1 where the sequence proves it: the next line is a number alone
that reads as 2, or a token printing 2 with its mark read as a comma or colon, and the token reads as 1
(lists.column_numbers_mended, _first_of_column); else it is left out, as debris is."""

from __future__ import annotations

from parsers.obec_progress.lists import column_numbers_mended
from pipeline.stages import process_document
from schemas.document import Line
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w003.txt"
COLUMN = "\n๑.\n๒.\n๓.\n"
RESULTS = ("ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ", "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน",
           "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์")


def results(text: str, first: int) -> list[tuple[int, str]]:
    """The result rows read from the lines after the column's (`first`, its first line)."""
    out = process_document("doc.txt", text.encode("utf-8"))
    return [(r["seq"], r["text"]) for r in out["findings"] if r["kind"] == "result"
            and r["line_start"] is not None and first <= r["line_start"] <= first + 8]


def test_a_first_number_without_its_mark_opens_the_column():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(COLUMN) == 1
    damaged = clean.replace(COLUMN, "\n1\n๒.\n๓.\n")
    first = clean[:clean.index(COLUMN)].count("\n") + 2
    got = results(damaged, first)
    assert results(clean, first) == got
    assert [seq for seq, _ in got] == [1, 2, 3]
    assert all(text.startswith(t) for (_, text), t in zip(got, RESULTS))


def test_the_token_is_the_columns_one_where_the_sequence_proves_it():
    texts = [Line(5, "ครูผู้สอนสามารถนำความรู้ไปใช้ได้"), Line(6, "การบริหารจัดการมีประสิทธิภาพ")]
    assert [ln.text for ln in column_numbers_mended([Line(1, "1"), Line(2, "2."), *texts], {1})][:2] == ["1.", "2."]
    # its second number's mark read as a comma too: both kept
    assert [ln.text for ln in column_numbers_mended([Line(1, "1"), Line(2, "2,"), *texts], {1, 2})][:2] == [
        "1.", "2."]
    # over a text, over a number that reads as no 2, or a token that reads as no 1: left out
    assert column_numbers_mended([Line(1, "1"), *texts], {1}) == texts
    assert [ln.text for ln in column_numbers_mended([Line(1, "1"), Line(2, "4."), *texts], {1})][0] == "4."
    assert [ln.text for ln in column_numbers_mended([Line(1, "=="), Line(2, "2."), *texts], {1})][0] == "2."
