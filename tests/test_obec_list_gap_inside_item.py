"""An OBEC list whose item numbers stand in a column of their own ("1." /
"๒."), its texts paired with them by their paragraphs, where OCR's gap
falls inside an item and none stands between two items, so the pairing
gives item 1 the next item's first line and item 2 only its wrapped tail.

- A gap made of a line of specks OCR kept, no blank line ("สพป.X เขต 2
  ได้บุคลากร...ความสามารถ" / "6" / "มาปฏิบัติงานโดยบริสุทธิ์..." /
  "โรงเรียนในสังกัด...", fresh set s71b obec_progress_s71b004): such a gap
  is OCR's as a gap of the clean-up's noise is (read._after_noise:
  PageWraps.after_noise), so the pairing is said in doubt; a figure the
  page wrapped from the line before ("... ในศตวรรษที่" / "21") ends that
  line and makes no such gap.
- A paragraph holding a line, not its first, that opens as the report's
  items open elsewhere, the next paragraph opening on a line the page may
  have wrapped ("ร้อยละ ๕๐ ของผู้เข้ารับการอบรม...ปฏิบัติได้" at the margin /
  "สพป.อุบลราชธานี เขต ๑ ได้บุคลากร...ความสามารถ" / gap / "มาปฏิบัติงาน...",
  fresh set s75b obec_progress_s75b001): the gaps and the openings
  disagree, so the pairing is said in doubt (lists.paired_in_doubt).

Said in doubt, the list's items are not known whole (lists.known_items)
and texts.split_joined_items keeps its rows as read: before, it cut a
row at the wrong item's text (two wrong items_joined repairs)."""

from __future__ import annotations

from parsers.obec_progress.lists import _opening, paired_in_doubt
from parsers.obec_progress.read import _after_noise
from parsers.wraps import PageWraps
from schemas.document import Line

ITEM_1 = "สพป.สุพรรณบุรี เขต ๒ ได้บุคลากรทีดีมีความรู้ความสามารถ"
ITEM_1_WRAP = "มาปฏิบัติงานโดยบริสุทธิ ยุติธรรม โปร่งใส สามารถตรวจสอบได้"
ITEM_2 = "โรงเรียนในสังกัด จำนวน ๓๕ โรงเรียน สามารถจัดการเรียนการสอนครบทุก"

SPECKED = [Line(1, "๑)"), Line(2, "๒)"), Line(4, ITEM_1), Line(5, "6"), Line(6, ITEM_1_WRAP), Line(7, ITEM_2),
           Line(8, "ห้อง")]
LIST = [ln for ln in SPECKED if ln.no != 5]  # (the list leaves the speck out: a gap)
WRAPS = PageWraps(wrapped=frozenset({7, 8}), past=frozenset())


def test_a_line_of_specks_alone_makes_a_gap_of_ocr_noise():
    wraps = _after_noise(SPECKED, WRAPS, frozenset())
    assert wraps.after_noise == frozenset({6})
    assert "gap of OCR noise alone" in paired_in_doubt(LIST, wraps)


def test_without_the_speck_line_the_gap_is_the_pages_own():
    assert _after_noise(LIST, WRAPS, frozenset()) is WRAPS
    assert paired_in_doubt(LIST, WRAPS) is None


def test_a_figure_the_page_wrapped_makes_no_such_gap():
    lines = [Line(1, "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่"), Line(2, "21"),
             Line(3, "ครูผู้สอนสามารถนำความรู้ที่ได้รับไปปรับใช้ในการจัดการเรียนการสอน")]
    assert _after_noise(lines, WRAPS, frozenset()) is WRAPS


FIRST = "ร้อยละ ๕๐ ของผู้เข้ารับการอบรมมีความรู้ ความเข้าใจ และสามารถนำไปปฏิบัติได้"
SECOND = "สพป.อุบลราชธานี เขต ๑ ได้บุคลากรที่ดีมีความรู้ความสามารถ"
SECOND_WRAP = "มาปฏิบัติงานโดยบริสุทธิ ยุติธรรม โปร่งใส สามารถตรวจสอบได้"
COLUMN = [Line(1, "1."), Line(3, "๒."), Line(5, FIRST), Line(6, SECOND), Line(8, SECOND_WRAP)]
# (line 6 follows a line at the margin, line 8 one its first word would have overrun: the page may have wrapped both)
COLUMN_WRAPS = PageWraps(wrapped=frozenset({6, 8}), past=frozenset(), at_margin=frozenset({6}),
                         in_columns=frozenset({6, 8}))
STARTS = frozenset({_opening(SECOND)})  # (another list of the report opens with the office's line)


def test_a_line_opening_as_the_reports_items_open_inside_a_paragraph_is_said():
    why = paired_in_doubt(COLUMN, COLUMN_WRAPS, starts=STARTS)
    assert why is not None and "opens as the report's items open elsewhere" in why


def test_without_such_an_opening_the_pairing_stands():
    assert paired_in_doubt(COLUMN, COLUMN_WRAPS) is None
    # ... nor where the next paragraph opens where the page did not wrap the line before
    unwrapped = PageWraps(wrapped=frozenset({6}), past=frozenset(), at_margin=frozenset({6}))
    assert paired_in_doubt(COLUMN, unwrapped, starts=STARTS) is None


# --- the rows of a list so paired are no witness of an item alone (texts.split_joined_items), and the list's
# items are known by no other list (lists.known_items, with the report's openings)

from parsers.obec_progress.lists import GAP_IN_DOUBT, PAIRED_IN_DOUBT, item_key, known_items  # noqa: E402
from parsers.obec_progress.texts import split_joined_items  # noqa: E402
from schemas.document import Issue  # noqa: E402

WHOLE = f"{SECOND} {SECOND_WRAP}"


def _target(project_key: str, seq: int, text: str, start: int, end: int) -> dict:
    return {"project_key": project_key, "quarter": 2, "kind": "indicator", "seq": seq, "aspect": None, "text": text,
            "line_start": start, "line_end": end}


def _tables() -> dict:
    # project a prints the item whole (one row over a speck's gap); project b's column, paired by its paragraphs,
    # gives its item 2 only the item's wrapped tail
    return {"targets": [_target("a", 1, WHOLE, 10, 12),
                        _target("b", 1, f"{FIRST} {SECOND}", 20, 21), _target("b", 2, SECOND_WRAP, 23, 23)]}


def test_a_row_of_a_list_paired_in_doubt_witnesses_no_cut():
    doubt = Issue("warning", "items_cut_in_doubt", f"targets: a list of project 2 {PAIRED_IN_DOUBT} (... {GAP_IN_DOUBT})",
                  None, 16, 23, field="targets")
    tables = _tables()
    said = split_joined_items(tables, [doubt])
    assert [r["text"] for r in tables["targets"] if r["project_key"] == "a"] == [WHOLE]
    assert not [i for i in said if i.code == "value_repaired"]


def test_without_the_doubt_the_row_witnesses_the_cut_as_before():
    # (no doubt, or a doubt of the pairing for another reason: the items known whole cut it otherwise, fresh set
    # s73a obec_progress_s73a004, where the row so witnessed is an item alone)
    other = Issue("warning", "items_cut_in_doubt", f"targets: a list of project 2 {PAIRED_IN_DOUBT} (the items the "
                  "report prints whole elsewhere cut its texts otherwise than its paragraphs)", None, 16, 23,
                  field="targets")
    for issues in ([], [other]):
        tables = _tables()
        said = split_joined_items(tables, issues)
        assert [r["text"] for r in tables["targets"] if r["project_key"] == "a"] == [SECOND, SECOND_WRAP]
        assert [i.code for i in said] == ["value_repaired"] * 2


def test_the_lists_items_are_not_known_when_an_opening_leaves_it_in_doubt():
    assert item_key(SECOND_WRAP) in known_items([COLUMN], COLUMN_WRAPS)
    assert item_key(SECOND_WRAP) not in known_items([COLUMN], COLUMN_WRAPS, STARTS)
