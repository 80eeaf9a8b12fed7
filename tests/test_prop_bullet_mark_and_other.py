"""BMA proposal lists of two bulleted items after OCR whose two bullets it read as two different marks: one a
bullet's usual look-alike (". เพื่อ...", "๑ โรงเรียนมี...") and the other a bare digit out of its place
("2 เพื่อพัฒนา..." opening the list) or a one-character speck ("“ ผู้ปกครอง..."): one mark proved no bulleted
list, so the digit's item was text before the list and a wrap opening with "เพื่อ" became objective 2, or the
speck's benefit ran into the one above, its row lost (fresh set s60z, bma_proposal_s60z001).  Now both are
bullets (parsers.bma_proposal.read._mark_and_other)."""

from __future__ import annotations

from parsers.bma_proposal.read import read_bullets, opens_beneficiary
from parsers.items import opens_purpose
from schemas.document import Line
from tests.test_prop_objective_marks import _objectives

ONE = "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์"
TWO = "เพื่อส่งเสริม และสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้"


def _read(lines: list[Line], opens) -> list[tuple[str, bool]]:
    return [(ln.text, ln.bullet) for ln in read_bullets(lines, opens, opens)]


def test_a_digit_out_of_its_place_and_a_mark_are_the_two_bullets():
    lines = [Line(1, f"2 {ONE}"), Line(2, "ชิ้นงานต่างๆ ด้วยตนเองได้"), Line(3, f". {TWO}"),
             Line(4, "เพื่อพัฒนาการจัดการเรียนรู้เชิงรุก")]
    assert _read(lines, opens_purpose) == [(ONE, True), ("ชิ้นงานต่างๆ ด้วยตนเองได้", False), (TWO, True),
                                           ("เพื่อพัฒนาการจัดการเรียนรู้เชิงรุก", False)]
    # (in a whole proposal: the digit's objective is objective 1, no text before the list)
    got = _objectives(f"2 {ONE}\nชิ้นงานต่างๆ ด้วยตนเองได้\n. {TWO}\nในโรงเรียนสังกัดกรุงเทพมหานคร\n")
    assert got == [(1, f"{ONE} ชิ้นงานต่างๆ ด้วยตนเองได้"), (2, f"{TWO} ในโรงเรียนสังกัดกรุงเทพมหานคร")]
    # a digit in its place ("." then "2") is a numbered list's, kept; so is a list with another number
    kept = [Line(1, f". {ONE}"), Line(2, f"2 {TWO}")]
    assert read_bullets(kept, opens_purpose, opens_purpose) == kept
    kept = [Line(1, f"2 {ONE}"), Line(2, f". {TWO}"), Line(3, f"3. {TWO}")]
    assert read_bullets(kept, opens_purpose, opens_purpose) == kept


def test_a_speck_under_a_short_line_and_a_mark_are_the_two_bullets():
    lines = [Line(1, "๑ โรงเรียนมี แผนการจัดการเรียนรู้เชิงรุกที่มีคุณภาพ"), Line(2, "สามารถเผยแพร่เป็นแบบอย่างได้"),
             Line(3, "“ ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพ"), Line(4, "การศึกษา")]
    assert [b for _, b in _read(lines, opens_beneficiary)] == [True, False, True, False]
    assert _read(lines, opens_beneficiary)[2][0] == "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพ"
    # under a line that reaches the list's width the speck's line is a wrap, kept; so is a speck before words
    # that open no item
    wrap = [lines[0], Line(2, "สามารถเผยแพร่เป็นแบบอย่างได้ในระดับเขตและระดับกรุงเทพ"), lines[2], lines[3]]
    assert read_bullets(wrap, opens_beneficiary, opens_beneficiary) == wrap
    other = [*lines[:2], Line(3, "“ มีส่วนร่วมในการพัฒนาคุณภาพ"), lines[3]]
    assert read_bullets(other, opens_beneficiary, opens_beneficiary) == other


def test_a_lettered_mark_inside_an_item_s_text_is_said():
    # a lettered item the list reader did not part ran into the one above ("... การสอน ข. เพื่อให้ครู..."): the
    # joined objective is said (parsers.items.mark_inside), as a number's or bullet's mark inside one is
    from parsers.items import mark_inside
    assert mark_inside(f"{ONE} ข. {TWO}", opens_purpose) is not None
    assert mark_inside(f"{ONE} a. {TWO}", opens_purpose) is not None
    # a letter glued into an abbreviation ("ร.ร."), or before words that open no item, is none
    assert mark_inside(f"{ONE} ร.ร. {TWO}", opens_purpose) is None
    assert mark_inside(f"{ONE} จ. ลพบุรี", opens_purpose) is None


def test_a_section_number_with_a_speck_glued_inside_an_item_s_text_is_said():
    # an objective's number "๒.๓" OCR glued a speck to ("า๒.๓ เพื่อ..."): read as no number, the objective ran into
    # the one above and was lost with no issue naming its row (fresh set s72a); the joined text is said
    from parsers.items import mark_inside, marked_inside_issues
    assert mark_inside(f"{ONE} า๒.๓       {TWO}", opens_purpose) is not None
    issues = marked_inside_issues([(1, f"{ONE} า๒.๓ {TWO}", 5, 9)], opens_purpose, "objective", "objectives")
    assert [(i.code, i.field, i.line_start) for i in issues] == [("unread_cells", "objectives", 5)]
    # a section's number cited inside a sentence before words that open no item, or with no speck, is none of it
    assert mark_inside(f"{ONE} ตามข้อ ๒.๓ ของแผน", opens_purpose) is None
    assert mark_inside(f"{ONE} (ดูข้อ๒.๓) ของแผน", opens_purpose) is None
