"""An OBEC list whose item numbers OCR lost with the column they stood in,
read as one item over paragraphs: cut where a line opens as the report's
items open after a text that ends as the report's items of the list's kind
end elsewhere (lists.opened_cut), and said (items_cut_in_doubt); where the
text before such a line ends as no item does, it stays one item, said."""

from __future__ import annotations

from collections import Counter

from parsers.obec_progress.lists import _opening, item_ends, opened_cut
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

NUMBERED = ("เป้าหมายเชิงผลผลิต (Output)\n๑. ผู้บริหารสถานศึกษา จำนวน ๘๖ คน เข้าร่วมการประชุม\n"
            "๒. นักเรียนในสังกัด จำนวน ๔๐ คน ได้เข้าร่วมกิจกรรม\n")
OUTPUTS = "เป้าหมายเชิงผลผลิต (Output)\nครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา\n"


def _report(lost: str) -> str:
    """Project 2 prints its outputs numbered; project 1's numbers were lost (`lost`, its outputs' lines)."""
    first = project(1, "๒๕๖๗").replace(OUTPUTS, "เป้าหมายเชิงผลผลิต (Output)\n" + lost)
    second = project(2, "๒๕๖๗").replace(OUTPUTS, NUMBERED)
    return report(projects=[first, second])


def _outputs(rows: dict, project_seq: int) -> list[str]:
    return [t["text"] for t in rows["targets"] if t["kind"] == "output" and t["project_key"] ==
            next(p["project_key"] for p in rows["projects"] if p["group_seq"] == project_seq)]


def test_a_list_run_together_is_cut_where_an_item_ends_and_the_next_opens():
    # (neither text is an item the report prints whole elsewhere: each ends as one does)
    rows = run(_report("ครูผู้สอน จำนวน ๗๐ คน\n\nเข้าร่วมการประชุม\n"
                       "นักเรียนในสังกัดและผู้ปกครอง จำนวน ๓๐ คน ได้เข้าร่วมกิจกรรม\n"))
    assert _outputs(rows, 1) == ["ครูผู้สอน จำนวน ๗๐ คน เข้าร่วมการประชุม",
                                 "นักเรียนในสังกัดและผู้ปกครอง จำนวน ๓๐ คน ได้เข้าร่วมกิจกรรม"]
    (issue,) = [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["field"] == "targets"]
    assert "ends as its items of the kind end" in issue["message"] and issue["line_start"] is not None


def test_a_text_that_ends_as_no_item_does_is_not_cut_and_is_said():
    # "... จำนวน ๗๐ คน" ends as none of the report's outputs end: the line under it may go on from it
    head = "ครูผู้สอนในสังกัดทุกโรงเรียน จำนวน ๗๐ คน"
    tail = "นักเรียนในสังกัดและผู้ปกครอง จำนวน ๓๐ คน ได้เข้าร่วมกิจกรรม"
    rows = run(_report(f"{head}\n\n{tail}\n"))
    assert _outputs(rows, 1) == [f"{head} {tail}"]
    assert [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "targets"]
    assert not [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt"]


def _lines(*texts: str, start: int = 10) -> list[Line]:
    """The lines of a list, a blank line where a text is None."""
    return [Line(start + k, t) for k, t in enumerate(texts) if t is not None]


def test_opened_cut_asks_every_piece_to_end_as_the_report_s_items_end():
    lines = _lines("ผู้บริหารสถานศึกษา จำนวน ๗๐ คน", None, "เข้าร่วมการประชุม",
                   "นักเรียนในสังกัด จำนวน ๓๐ คน ได้เข้าร่วมกิจกรรม")
    item = [(" ".join(ln.text for ln in lines), 10, 13)]
    numbered = _lines("๑. ผู้บริหารสถานศึกษา จำนวน ๘๖ คน เข้าร่วมการประชุม",
                      "๒. นักเรียนในสังกัด จำนวน ๔๐ คน ได้เข้าร่วมกิจกรรม", start=50)
    ends = item_ends([numbered, lines])
    starts = frozenset({_opening("ผู้บริหารสถานศึกษา"), _opening("นักเรียนในสังกัด จำนวน")})
    assert opened_cut(lines, item, starts, None, ends) == [
        ("ผู้บริหารสถานศึกษา จำนวน ๗๐ คน เข้าร่วมการประชุม", 10, 12),
        ("นักเรียนในสังกัด จำนวน ๓๐ คน ได้เข้าร่วมกิจกรรม", 13, 13)]
    # the last piece ends where the list's own item did: counted once, it needs another list's item to end so
    assert opened_cut(lines, item, starts, None, item_ends([numbered[:1], lines])) is None
    # no ending known at all, or no line opening as the report's items open: no cut
    assert opened_cut(lines, item, starts, None, Counter()) is None
    assert opened_cut(lines, item, frozenset(), None, ends) is None
