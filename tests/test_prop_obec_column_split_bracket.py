"""An OBEC list whose item numbers stand in a column of their own ("๑." /
"๒." / "๓." over the texts), its ๓ read as a look-alike and a bracket of
its own before the dot ("o)." : the digit's loop and its tail; fresh set
s69o, obec_progress_s69o004 project 6, with its ๒ read as "lo.").  "o)."
was no number alone (its token held a bracket), so the column did not pair
with the texts and its three items ran together into one, "lo. o). " in
front (9 misses).  Now a look-alike (no digit) and a bracket before the dot
is a number alone, read by the column's sequence (_reads_as: the glyph
split in two); a digit and a bracket before a dot ("1).") is not."""

from __future__ import annotations

from parsers.obec_progress.lists import _MARK_ALONE_RE
from pipeline.stages import process_document
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "extra3" / "clean" / "obec_progress_w002.txt"
RESULTS = "๑)\n๒)\n๓)\n\nได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๒๔ โรงเรียน"


def rows(text: str, table: str, kind: str) -> list[tuple[str, int, int, str]]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return sorted((r["project_key"], r["quarter"], r["seq"], r["text"]) for r in out[table] if r["kind"] == kind)


def test_a_column_number_split_into_a_look_alike_and_a_bracket_pairs_with_its_text():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(RESULTS) == 1
    dotted = clean.replace(RESULTS, RESULTS.replace("๑)\n๒)\n๓)\n", "๑.\n๒.\n๓.\n"))
    want = rows(dotted, "findings", "result")
    assert any(text.startswith("ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๒๔") for *_, text in want)
    damaged = clean.replace(RESULTS, RESULTS.replace("๑)\n๒)\n๓)\n", "๑.\nlo.\no).\n"))
    assert rows(damaged, "findings", "result") == want


def test_only_a_look_alike_and_a_bracket_before_a_dot_is_a_number_alone():
    assert _MARK_ALONE_RE.match("o).").group(1) == "o)"
    assert _MARK_ALONE_RE.match("lo.").group(1) == "lo"
    assert not _MARK_ALONE_RE.match("1).") and not _MARK_ALONE_RE.match("o))")
