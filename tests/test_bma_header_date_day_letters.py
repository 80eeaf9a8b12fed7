"""A BMA progress table read row by row with its cells side by side (sidebyside.unweave) gives a header cell
"รายงานครั้งที่ ๒" and, on the line under it, its date cell; where OCR wrote the date's day as letters ("ฆฒ
มกราคม ๒๕๒๕" for ๙ มกราคม ๒๕๖๔: ฆ and ฒ, letters measured in dates for digits) and its colon went to the next
cell, the header was read as a false one (a description's mention of a report), its entry's text run into the
entry before, and the next headers misnumbered (fresh set s60o: "๕ ๕" for reports 4 and 5 read as 5 and 6).  A
line under a header alone on its line that holds a month's name between a day of one or two characters (no
vowel or mark: no word) and a year's digits is the entry's date slot, damaged past reading: the header opens an
undated entry (clauses._date_line_below, _day_lost_before_month)."""

from parsers.bma_progress.clauses import events_of
from schemas.document import Line


def _events(text: str) -> list[tuple]:
    return [(e.kind, e.seq, e.damaged) for e in events_of(Line(7, text))]


def test_a_date_whose_day_ocr_wrote_as_letters_under_a_header_opens_an_undated_entry():
    assert _events("รายงานครั้งที่ ๒\nฆฒ มกราคม ๒๕๒๕") == [("header", 2, "ฆฒ มกราคม ๒๕๒๕")]
    assert _events("รายงานครั้งที่ 3\now กุมภาพันธ์ 2564") == [("header", 3, "ow กุมภาพันธ์ 2564")]


def test_words_before_a_month_under_a_header_are_no_date():
    # a word (a vowel among its letters) or no month's name: the line is text, the header a mention of a report
    for below in ("ใน มกราคม ๒๕๒๕", "เพื่อ มกราคม ๒๕๒๕", "ฆฒ ประชุม ๒๕๒๕"):
        kinds = _events(f"รายงานครั้งที่ ๒\n{below}")
        assert kinds[0][0] == "false_header" and ("header", 2, below) not in kinds
