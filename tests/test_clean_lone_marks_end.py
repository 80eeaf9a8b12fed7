"""Thai marks alone after a column gap, ending a line ("(สัมภาษณ์)
๊": a speck OCR read at the page's right as a tone mark): clean-up drops
them (normalizers.text.strip_lone_marks), so the line reads as its words.
Before, such a line was no wrap of the activity name above it, and its words
became the activity's progress with no issue naming it."""

from __future__ import annotations

from normalizers.text import fix_line_and_explain


def test_a_mark_alone_after_a_gap_is_dropped():
    assert fix_line_and_explain("(สัมภาษณ์)             ๊") == ("(สัมภาษณ์)", ("collapse_whitespace", "strip_lone_marks"))
    assert fix_line_and_explain("ข้อเสนอแนะ\t่๊")[0] == "ข้อเสนอแนะ"


def test_marks_on_letters_stay():
    assert fix_line_and_explain("ที่\tกิ")[0] == "ที่\tกิ"
    assert fix_line_and_explain("ผลการดำเนินงาน ๊")[0] == "ผลการดำเนินงาน ๊"  # one space: no column gap

