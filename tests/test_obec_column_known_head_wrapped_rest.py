"""An OBEC list whose numbers stand in a column read apart from its texts,
two numbers for three lines: item 1 (a text the report prints whole
elsewhere) on its own line, item 2 wrapped by the page over two lines with
OCR's debris (a blank line, a line of noise) between its pieces, so that
the gaps paired item 1 with item 2's first piece and the number 2 with the
piece after the debris.  Where the paragraph the column pairs with a number
opens with an item of the list's own kind the report prints whole, the rest
of it is an item or a piece of one the report prints too, and the next
paragraph opens on a line the page wrapped and is no item the report
prints, the known item stands alone and the rest goes on into the next
paragraph (as many items as numbers still), the cut said
(parsers.obec_progress.lists._known_head_shifted; fresh set s70z's
obec_progress_s70z001 project 2 read "นักเรียน... ตามโครงการ ผู้บริหาร...
จำนวน 103 คน" and "เข้าร่วมการประชุมเชิงปฏิบัติการ" as its two outputs)."""

from __future__ import annotations

from parsers.obec_progress.lists import item_key, items_of
from parsers.wraps import PageWraps
from schemas.document import Line

FIRST = "นักเรียนในสังกัด จำนวน 103 คน ได้เข้าร่วมกิจกรรมตามโครงการ"
HEAD = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 103 คน"
REST = "เข้าร่วมการประชุมเชิงปฏิบัติการ"
LINES = [Line(139, "๑."), Line(140, "๒."), Line(142, FIRST), Line(143, HEAD), Line(146, REST)]
OWN = frozenset({item_key("นักเรียนในสังกัด จำนวน 129 คน ได้เข้าร่วมกิจกรรมตามโครงการ")})
# the other printing of item 2, wrapped at the same word, read its first piece as an item of its own
KNOWN = OWN | {item_key("ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 105 คน")}
WRAPS = PageWraps(wrapped=frozenset({143, 146}), past=frozenset(), at_margin=frozenset({143}),
                  in_columns=frozenset({143, 146}))


def test_the_known_item_stands_alone_and_the_rest_goes_on_past_the_debris():
    tails: list[int] = []
    items = items_of(LINES, WRAPS, KNOWN, OWN, tails)
    assert [(a, b) for _, a, b in items] == [(142, 142), (143, 146)]
    assert [t for t, _, _ in items] == [FIRST, f"{HEAD} {REST}"]
    assert tails == [143]  # (said by rounds.read_round_into: items_cut_in_doubt)


def test_kept_as_the_column_pairs_them_where_the_next_paragraph_is_an_item_known_whole():
    known = KNOWN | {item_key(REST + "ของสำนักงานเขตพื้นที่")}
    lines = LINES[:-1] + [Line(146, REST + "ของสำนักงานเขตพื้นที่")]
    assert [(a, b) for _, a, b in items_of(lines, WRAPS, known, OWN, [])] == [(142, 143), (146, 146)]


def test_kept_where_the_next_paragraph_opens_where_the_page_did_not_wrap():
    wraps = PageWraps(wrapped=frozenset({143}), past=frozenset(), at_margin=frozenset({143}))
    assert [(a, b) for _, a, b in items_of(LINES, wraps, KNOWN, OWN, [])] == [(142, 143), (146, 146)]

