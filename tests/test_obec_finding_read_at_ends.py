"""An OBEC problem or suggestion list whose one item OCR read as a few
letters at the line's two ends, wide apart ("IE <gap> ea" for a line of
Thai words): the clean-up's tab parts the pieces, the speck at the edge
is taken off and the rest left out as debris, so the list read no item and
nothing said the row was lost.  Such a line, under a list that read no
item, is said on the findings table (unread_cells,
rounds.RoundRecords.ends_alone); a bullet or a checkbox OCR made letters of
(one piece), a row of numbers (digits) or a list that read its items is
not."""

from __future__ import annotations

from parsers.obec_progress.rounds import RoundRecords, _ends_alone, ends_alone_issues
from schemas.document import Line


def _recs(debris: list[tuple[int, str]], items: bool = False, kind: str = "suggestion") -> RoundRecords:
    recs = RoundRecords()
    recs.finding_heads = [(Line(1, "ผลการดำเนินงาน"), 0), (Line(5, "ข้อเสนอแนะ"), 1)]
    recs.findings = [("result", None, [Line(2, "ดำเนินการครบตามแผน")]),
                     (kind, None, [Line(7, "จัดทำคู่มือการปฏิบัติงาน")] if items else [])]
    recs.debris[("finding", 2)] = [Line(no, text.split("\t")[0]) for no, text in debris]
    return recs


def test_pieces_of_letters_wide_apart_are_a_line_read_at_its_ends():
    assert _ends_alone("IE\tea")
    assert _ends_alone("ขอ\tงาน\tab")
    assert not _ends_alone("vy")  # one piece: a bullet's specks
    assert not _ends_alone("๑27\t๑27")  # numbers
    assert not _ends_alone("a\tb")  # a letter a piece: specks


def test_an_empty_list_with_such_a_line_is_said():
    recs = _recs([(7, "IE\tea")])
    assert recs.ends_alone({7: "IE\tea"}) == [("suggestion", 7, "IE\tea")]
    issues = ends_alone_issues(("in_progress", 3), recs, {7: "IE\tea"})
    assert [(i.code, i.field, i.line_start, i.line_end) for i in issues] == [("unread_cells", "findings", 7, 7)]
    assert "ends only" in issues[0].message


def test_a_list_that_read_its_item_or_a_speck_is_not():
    assert _recs([(8, "IE\tea")], items=True).ends_alone({8: "IE\tea"}) == []
    assert _recs([(7, "yy")]).ends_alone({}) == []  # (no tab: one piece)
    assert _recs([(7, "๑7\t๑7")]).ends_alone({7: "๑7\t๑7"}) == []
