"""OBEC lists whose item numbers stand in a column of their own ("๑." / "๒." over the texts), two classes.

(1) OCR made the column's first number symbols alone ("©." or "®." for "๑.") and the second "lo." (for "๒."):
the clean-up takes the symbols for debris, so the column held its 2 alone, the texts did not pair with it and the
list's items ran together.  The form reads such a line as text (DEBRIS_READ), and it is the column's 1 where the
sequence proves it: the next line is a number alone that reads as 2 (lists.column_firsts_kept); any other such
line is left out, as debris is.  OCR also reads the digit's tail as a bracket of its own ("©)." for "๑."): such a
line is symbols alone too, and read so.

(2) A list so paired by its paragraphs where a text ran to the margin and the next item's first line stood right
under it with no gap (OCR's gaps fall inside an item as well: "ได้เผยแพร่...ของสำนักงาน" / "ได้ดำเนินการประชุม..." /
"" / "และจัดทำคำสั่ง..."): the items the other lists read whole cut the texts otherwise, so the pairing is in doubt
(said: paired_in_doubt), the texts are cut by those items, and the list's own items are known by no other list
(known_items)."""

from __future__ import annotations

from parsers.obec_progress import DEBRIS_READ
from parsers.obec_progress.lists import column_firsts_kept, items_of, known_items, paired_in_doubt
from parsers.wraps import PageWraps
from pipeline.stages import process_document
from schemas.document import Line
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w002.txt"
OUTCOMES = "๑)\n๒)\n\nผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ"


def rows(text: str, table: str, kind: str) -> list[tuple[str, int, int, str]]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return sorted((r["project_key"], r["quarter"], r["seq"], r["text"]) for r in out[table] if r["kind"] == kind)


def test_symbols_over_a_two_are_the_columns_one():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(OUTCOMES) == 1
    damaged = clean.replace(OUTCOMES, OUTCOMES.replace("๑)\n๒)\n", "©)\n\nlo)\n"))
    want = rows(clean, "targets", "outcome")
    assert any(text.startswith("ผู้เรียนได้รับ") for *_, text in want)
    assert rows(damaged, "targets", "outcome") == want


def test_symbols_the_sequence_does_not_prove_are_debris():
    texts = [Line(3, "ครูผู้สอนสามารถนำความรู้ไปใช้ได้"), Line(4, "การบริหารจัดการมีประสิทธิภาพ")]
    assert [ln.text for ln in column_firsts_kept([Line(1, "©."), Line(2, "lo."), *texts])][:2] == ["1.", "lo."]
    assert [ln.text for ln in column_firsts_kept([Line(1, "®."), Line(2, "๒."), *texts])][:2] == ["1.", "๒."]
    # over a text, over a number that reads as no 2, or over another line of symbols: left out
    assert column_firsts_kept([Line(1, "©."), *texts]) == texts
    assert [ln.text for ln in column_firsts_kept([Line(1, "©."), Line(2, "๓."), *texts])] == ["๓.", *(
        ln.text for ln in texts)]
    assert [ln.text for ln in column_firsts_kept([Line(1, "=."), Line(2, "©."), *texts])] == [ln.text for ln in texts]


PUBLISHED = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
MEETING = ("ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน", "และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว")


def test_a_pairing_the_known_items_gainsay_is_in_doubt_and_cut_by_them():
    # "1." / "2." / PUBLISHED (to the margin) / MEETING[0] (no gap) / "" / MEETING[1]: the paragraphs pair with the
    # numbers, PUBLISHED and MEETING[0] as one item; the other lists print PUBLISHED and MEETING whole
    listed = [Line(1, "1."), Line(2, "2."), Line(4, PUBLISHED), Line(5, MEETING[0]), Line(7, MEETING[1])]
    wraps = PageWraps(wrapped=frozenset({5, 7}), past=frozenset(), at_margin=frozenset({5}),
                      in_columns=frozenset({5, 7}))
    others = [[Line(20, f"1. {PUBLISHED}"), Line(21, f"2. {MEETING[0]} {MEETING[1]}")],
              [Line(30, f"1. {MEETING[0]} {MEETING[1]}")]]
    known = known_items([listed, *others], wraps)
    assert known == known_items(others, wraps)  # its own pairing known by none
    assert paired_in_doubt(listed, wraps, known) is not None
    assert [text for text, _, _ in items_of(listed, wraps, known)] == [PUBLISHED, " ".join(MEETING)]
    # known by no other list: the paragraph MEETING[1] opens goes on from the one before ('และ...': no item opens
    # so, lists._cut_past_continuations), and the one place left for the cut is the count's (said)
    assert [text for text, _, _ in items_of(listed, wraps)] == [PUBLISHED, " ".join(MEETING)]
    assert paired_in_doubt(listed, wraps) is not None


def test_a_bracketed_symbol_over_a_two_is_the_columns_one():
    assert DEBRIS_READ.match("©).") and DEBRIS_READ.match("©.") and not DEBRIS_READ.match("©)).")
    texts = [Line(3, "ครูผู้สอนสามารถนำความรู้ไปใช้ได้"), Line(4, "การบริหารจัดการมีประสิทธิภาพ")]
    assert [ln.text for ln in column_firsts_kept([Line(1, "©)."), Line(2, "๒."), *texts])][:2] == ["1.", "๒."]
    # over a text it is left out, as debris is
    assert column_firsts_kept([Line(1, "©)."), *texts]) == texts
