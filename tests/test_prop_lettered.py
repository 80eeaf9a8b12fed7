"""BMA proposals whose objectives or benefits are lettered ก. ข. ค. instead of numbered
(parsers.bma_proposal.read.lettered_as_bullets): each letter opens an item, as a bullet would."""

from __future__ import annotations

from parsers.bma_proposal.read import lettered_as_bullets
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run


def _benefits(rows: dict) -> list[tuple[int, str]]:
    return [(f["seq"], f["text"]) for f in rows["findings"] if f["kind"] == "benefit"]


def test_benefits_lettered_in_the_alphabet_s_order_are_the_numbered_ones():
    text = sample_text(PROPOSAL)
    lettered = text.replace("\t\t๙.1 นักเรียน", "\t\tก. นักเรียน").replace("๙.2 ข้าราชการ", "ข. ข้าราชการ") \
        .replace("\t\t9.3 โรงเรียน", "\t\tค. โรงเรียน")
    assert lettered != text
    rows, orig = run(lettered), run(text)
    assert _benefits(rows) == _benefits(orig) and len(_benefits(orig)) >= 3
    assert not [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "findings.text"]


def test_a_letter_ocr_read_as_a_latin_one_stands_in_its_place_in_a_lettered_list():
    read = lettered_as_bullets([Line(1, "ก. ข้าราชการครูมีการจัดการเรียนรู้"), Line(2, "ข. นักเรียนสร้างความรู้"),
                                Line(3, "a. โรงเรียนมีกิจกรรม"), Line(4, "อย่างต่อเนื่อง"), Line(5, "a. ผู้ปกครองมีส่วนร่วม")])
    assert [(ln.text, ln.bullet) for ln in read] == [
        ("ข้าราชการครูมีการจัดการเรียนรู้", True), ("นักเรียนสร้างความรู้", True), ("โรงเรียนมีกิจกรรม", True),
        ("อย่างต่อเนื่อง", False), ("ผู้ปกครองมีส่วนร่วม", True)]
    # a list of two whose second letter OCR read as a Latin one ("ก." / "a." for ข): its ก opens it (before, a
    # Latin letter beside one Thai letter proved nothing, and the two benefits were lost, said as unplaced text)
    pair = lettered_as_bullets([Line(1, "ก. ข้าราชการครู"), Line(2, "อย่างต่อเนื่อง"), Line(3, "a. นักเรียน")])
    assert [(ln.text, ln.bullet) for ln in pair] == [("ข้าราชการครู", True), ("อย่างต่อเนื่อง", False),
                                                     ("นักเรียน", True)]
    # and so a list of more whose every letter after its ก OCR read as a Latin one ("ก." / "a." / "a." / "a.":
    # before, its ก's item was taken for text under the heading and the benefits after it numbered one short,
    # fresh set s56z bma_proposal_s56z005)
    four = lettered_as_bullets([Line(1, "ก. นักเรียนสร้างความรู้"), Line(2, "ด้วยตนเองได้"), Line(3, "a. โรงเรียนมีกิจกรรม"),
                                Line(4, "a. ผู้ปกครองมีส่วนร่วม"), Line(5, "a. โรงเรียนมีโครงงาน")])
    assert [(ln.text, ln.bullet) for ln in four] == [
        ("นักเรียนสร้างความรู้", True), ("ด้วยตนเองได้", False), ("โรงเรียนมีกิจกรรม", True),
        ("ผู้ปกครองมีส่วนร่วม", True), ("โรงเรียนมีโครงงาน", True)]
    # but a Latin letter OCR does not read for ก does not open the list, nor stands beside a first letter that
    # is not ก
    first = [Line(1, "B. ข้าราชการครู"), Line(2, "ข. นักเรียน"), Line(3, "ค. โรงเรียน")]
    assert lettered_as_bullets(first) == first
    other = [Line(1, "ข. ข้าราชการครู"), Line(2, "a. นักเรียน")]
    assert lettered_as_bullets(other) == other
    three = [Line(1, "ข. ข้าราชการครู"), Line(2, "a. นักเรียน"), Line(3, "b. โรงเรียน")]
    assert lettered_as_bullets(three) == three

def test_letters_out_of_order_or_abbreviations_are_not_a_list():
    kept = [Line(1, "ก. เพื่อหนึ่ง"), Line(2, "ค. เพื่อสอง")]
    assert lettered_as_bullets(kept) == kept
    months = [Line(1, "ก.ค. 2568 ถึง"), Line(2, "ข. อะไร")]
    assert lettered_as_bullets(months) == months
    read = lettered_as_bullets([Line(1, "ก. เพื่อหนึ่ง"), Line(2, "ต่อ"), Line(3, "ข) เพื่อสอง")])
    assert [(ln.text, ln.bullet) for ln in read] == [("เพื่อหนึ่ง", True), ("ต่อ", False), ("เพื่อสอง", True)]


def test_bullets_ocr_read_as_one_same_mark_are_bullets():
    # "•" read "๑" (or "."), each item "numbered" ๑: the benefits used to be lost with no issue at their rows
    text = sample_text(PROPOSAL)
    orig = run(text)
    for mark in ("๑ ", ". "):
        damaged = text.replace("\t\t๙.1 นักเรียน", f"{mark}นักเรียน").replace("๙.2 ข้าราชการ", f"{mark}ข้าราชการ") \
            .replace("\t\t9.3 โรงเรียน", f"{mark}โรงเรียน")
        assert _benefits(run(damaged)) == _benefits(orig)


def test_bullets_ocr_read_as_two_marks_are_bullets_when_one_of_them_stands_twice():
    # "•" read "๑" on two items and "." on the third: one list of bullets, not a list lost at its rows
    text = sample_text(PROPOSAL)
    damaged = text.replace("\t\t๙.1 นักเรียน", "๑ นักเรียน").replace("๙.2 ข้าราชการ", "๑ ข้าราชการ") \
        .replace("\t\t9.3 โรงเรียน", ". โรงเรียน")
    assert _benefits(run(damaged)) == _benefits(run(text))
    from parsers.bma_proposal.read import read_bullets
    once_each = [Line(1, "๑ เพื่อหนึ่ง"), Line(2, ". เพื่อสอง")]  # neither mark twice: no bullets proven
    assert read_bullets(once_each) == once_each
    # "+" (no numbered list has it) makes two marks read once each a list of bullets; "๑" and "." do not
    plus = read_bullets([Line(1, "๑ โรงเรียนมีบันทึกการอ่าน"), Line(2, "+ ผู้ปกครองมีส่วนร่วม")])
    assert [(ln.text, ln.bullet) for ln in plus] == [("โรงเรียนมีบันทึกการอ่าน", True), ("ผู้ปกครองมีส่วนร่วม", True)]
    # "»" is another reading of the bullet
    mixed = read_bullets([Line(1, ". ผู้ปกครองมีส่วนร่วม"), Line(2, "» โรงเรียนมีกิจกรรม"), Line(3, "อย่างต่อเนื่อง"),
                          Line(4, ". นักเรียนสร้างความรู้")])
    assert [(ln.text, ln.bullet) for ln in mixed] == [("ผู้ปกครองมีส่วนร่วม", True), ("โรงเรียนมีกิจกรรม", True),
                                                      ("อย่างต่อเนื่อง", False), ("นักเรียนสร้างความรู้", True)]

def test_a_numbered_list_is_not_read_as_bullets():
    from parsers.bma_proposal.read import read_bullets
    numbered = [Line(1, "๑ เพื่อหนึ่ง"), Line(2, "๒ เพื่อสอง"), Line(3, "๑ เพื่อสาม")]
    assert read_bullets(numbered) == numbered
    one = [Line(1, "๑ เพื่อหนึ่ง"), Line(2, "ต่อ")]
    assert read_bullets(one) == one


def test_a_bulleted_list_printed_on_one_line_is_cut_at_its_bullets():
    """A proposal printed as running text: its benefits' section is one piece of a line, opening
    with the first item's bullet ("- ข้าราชการ... - ผู้ปกครอง... - โรงเรียน..."); the same bullet
    between words goes on with the list, but not between a range's figures."""
    from parsers.items import explode_inline

    text = ("- ข้าราชการครูมีการจัดการเรียนรู้เพื่อพัฒนาสุขภาวะของนักเรียน - ผู้ปกครองและชุมชนมีส่วนร่วม"
            " ในปี 2565 - 2566 ด้วยดี - โรงเรียนมีรายงานภาวะโภชนาการที่มีคุณภาพ")
    got = explode_inline([Line(7, text)])
    assert [(ln.no, ln.bullet, ln.text) for ln in got] == [
        (7, True, "ข้าราชการครูมีการจัดการเรียนรู้เพื่อพัฒนาสุขภาวะของนักเรียน"),
        (7, True, "ผู้ปกครองและชุมชนมีส่วนร่วม ในปี 2565 - 2566 ด้วยดี"),
        (7, True, "โรงเรียนมีรายงานภาวะโภชนาการที่มีคุณภาพ"),
    ]
    # a line the clean-up took for a bullet's (it opened a printed line) is a list item of its own: its
    # dashes are its words'
    assert explode_inline([Line(7, text[2:], "text", True)]) == [Line(7, text[2:], "text", True)]
    # nor does a line that does not open with a bullet part at its dashes
    assert len(explode_inline([Line(7, "ยุทธศาสตร์ - ประเด็นยุทธศาสตร์ - กลยุทธ์ตามแผน")])) == 1
    assert len(explode_inline([Line(7, "- ผู้ปกครองมีส่วนร่วมตั้งแต่ปี 2565 - ปัจจุบัน")])) == 1



def test_a_bullet_ocr_read_as_a_lone_number_before_a_bulleted_list_opens_no_item():
    # "•" on a line of its own read "๑", the bulleted items after it: the benefits are the three items,
    # not one item "numbered" 1 whose text runs over the three (silently)
    text = sample_text(PROPOSAL)
    damaged = text.replace("\t\t๙.1 นักเรียน", "๑\n- นักเรียน").replace("๙.2 ข้าราชการ", "- ข้าราชการ") \
        .replace("\t\t9.3 โรงเรียน", "- โรงเรียน")
    assert damaged != text
    assert _benefits(run(damaged)) == _benefits(run(text))



def test_a_lettered_list_printed_as_running_text_is_cut_at_its_letters_in_order():
    from parsers.bma_proposal.read import lettered_inline

    lines = [Line(3, "ก. นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน"),
             Line(4, "ต่างๆ ด้วยตนเองได้ ข. ข้าราชการครูมีการจัดการเรียนรู้ ค."),
             Line(5, "โรงเรียนมีรายงานที่มีคุณภาพ")]
    got = lettered_as_bullets(lettered_inline(lines))
    assert [(ln.no, ln.text, ln.bullet) for ln in got] == [
        (3, "นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน", True), (4, "ต่างๆ ด้วยตนเองได้", False),
        (4, "ข้าราชการครูมีการจัดการเรียนรู้", True), (4, "โรงเรียนมีรายงานที่มีคุณภาพ", True)]
    # a letter out of the order, or one letter alone, cuts nothing
    alone = [Line(1, "ข้อ ก. ของระเบียบ และวรรค ค. ของข้อบัญญัติ")]
    assert lettered_inline(alone) == alone


def test_two_benefits_lettered_the_second_read_as_a_latin_letter_are_both_read():
    text = sample_text(PROPOSAL)
    start = text.index("9. ประโยชน์ที่คาดว่าจะได้รับ\n") + len("9. ประโยชน์ที่คาดว่าจะได้รับ\n")
    end = text.index("\n10. ", start)
    body = ("ก. โรงเรียนมีผลงานการนำเสนอเป็นภาษาอังกฤษที่มีคุณภาพ\nสามารถเผยแพร่เป็นแบบอย่างได้\n\n"
            "a. ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา\n")
    rows = run(text[:start] + body + text[end:])
    assert _benefits(rows) == [(1, "โรงเรียนมีผลงานการนำเสนอเป็นภาษาอังกฤษที่มีคุณภาพ สามารถเผยแพร่เป็นแบบอย่างได้"),
                               (2, "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา")]


def test_a_first_letter_read_as_its_latin_look_alike_and_a_letter_read_as_a_digit():
    # "A." for ก (the OCR look-alike), "ข.", "ค.", "0." for ง: a Latin first letter opened no list, and "0."
    # read as item number 0 left the three before it unplaced text (said) and the objectives numbered short
    read = lettered_as_bullets([Line(1, "A. เพื่อให้ครูผู้สอนมีความรู้"), Line(2, "ข. เพื่อพัฒนาผู้เรียน"),
                                Line(3, "ด้วยตนเองได้"), Line(4, "ค. เพื่อคัดสรรโครงงาน"), Line(5, "0. เพื่อสร้างเครือข่าย")])
    assert [(ln.text, ln.bullet) for ln in read] == [
        ("เพื่อให้ครูผู้สอนมีความรู้", True), ("เพื่อพัฒนาผู้เรียน", True), ("ด้วยตนเองได้", False),
        ("เพื่อคัดสรรโครงงาน", True), ("เพื่อสร้างเครือข่าย", True)]
    # a Latin first letter that is no look-alike of ก, or a Latin or digit stand-in without two Thai letters in
    # their places, proves nothing
    kept = [Line(1, "B. เพื่อหนึ่ง"), Line(2, "ข. เพื่อสอง"), Line(3, "ค. เพื่อสาม")]
    assert lettered_as_bullets(kept) == kept
    pair = [Line(1, "ก. เพื่อหนึ่ง"), Line(2, "1. เพื่อสอง")]
    assert lettered_as_bullets(pair) == pair
    # a list of two, "A." then "ข." in its place, mirrors "ก." / "a." (worked set s30z002: both benefits were lost,
    # said as unplaced text); "B." before ข, or "A." before another letter, proves nothing
    two = lettered_as_bullets([Line(1, "A. ข้าราชการครู"), Line(2, "มีการจัดการเรียนรู้"), Line(3, "ข. โรงเรียนมี")])
    assert [(ln.text, ln.bullet) for ln in two] == [("ข้าราชการครู", True), ("มีการจัดการเรียนรู้", False),
                                                    ("โรงเรียนมี", True)]
    for kept in ([Line(1, "B. เพื่อหนึ่ง"), Line(2, "ข. เพื่อสอง")], [Line(1, "A. เพื่อหนึ่ง"), Line(2, "ค. เพื่อสอง")]):
        assert lettered_as_bullets(kept) == kept
    # a digit standing where no letter goes (a numbered line between ก and ข) breaks the letters' places
    inside = [Line(1, "ก. เพื่อหนึ่ง"), Line(2, "1. เพื่อย่อย"), Line(3, "ข. เพื่อสอง"), Line(4, "ค. เพื่อสาม")]
    assert lettered_as_bullets(inside) == inside


def test_a_latin_letter_whose_first_word_ocr_read_as_latin_too_is_said_as_an_item_lost():
    # "ค. นักเรียนสามารถ..." read "a. un เรียนสามารถ...": no reader takes it for an item (its "un" may as well be
    # a damaged number's), so it ran into benefit ข, and the benefit lost was silent (worked set s31/z s31z003)
    from parsers.bma_proposal.read import latin_marks_unread
    lines = [Line(10, "ก. โรงเรียนมีกิจกรรม"), Line(11, "อย่างต่อเนื่อง"), Line(12, "ข. ผู้ปกครองมีส่วนร่วม"),
             Line(13, "a. un เรียนสามารถสร้างความรู้"), Line(14, "ด้วยตนเองได้")]
    said = latin_marks_unread(lines, "expected benefit", "findings")
    assert [(i.code, i.field, i.line_start, i.line_end) for i in said] == [("unread_cells", "findings", 13, 14)]
    # a list no two Thai letters in their places prove, or a Latin mark before Thai text (read as an item),
    # says nothing
    assert latin_marks_unread([Line(1, "ข. ผู้ปกครอง"), Line(2, "a. un เรียน")], "expected benefit", "findings") == []
    assert latin_marks_unread(lines[:3] + [Line(13, "a. นักเรียนสามารถ")], "expected benefit", "findings") == []


def test_the_lost_lettered_benefit_is_said_in_a_whole_proposal():
    text = sample_text(PROPOSAL)
    lettered = text.replace("\t\t๙.1 นักเรียน", "\t\tก. นักเรียน").replace("๙.2 ข้าราชการ", "ข. ข้าราชการ") \
        .replace("\t\t9.3 โรงเรียน", "\t\ta. un เรียน")
    assert lettered != text
    rows = run(lettered)
    assert len(_benefits(rows)) == 2
    assert [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings"
            and "Latin word" in i["message"]]


def test_a_last_letter_ocr_damaged_past_any_letter_before_an_item_s_opening_words_is_the_next_letter():
    # "ง." read "จุ, '" (a Thai letter and a vowel, a comma for its dot, a stray quote): after the list's
    # letters, before "เพื่อ", it is the next letter (before, objective 4 ran into objective 3, silent)
    from parsers.items import opens_purpose
    given = [Line(1, "ก. เพื่อคัดสรรแผน"), Line(2, "และเผยแพร่"), Line(3, "ข. เพื่อพัฒนาผู้เรียน"),
             Line(4, "a. เพื่อสร้างเครือข่าย"), Line(5, "ผู้ปกครอง และชุมชน"), Line(6, "จุ, 'เพื่อส่งเสริมโรงเรียน"),
             Line(7, "พัฒนาการจัดการเรียนรู้")]
    read = lettered_as_bullets(given, opens_purpose)
    assert [(ln.text, ln.bullet) for ln in read] == [
        ("เพื่อคัดสรรแผน", True), ("และเผยแพร่", False), ("เพื่อพัฒนาผู้เรียน", True), ("เพื่อสร้างเครือข่าย", True),
        ("ผู้ปกครอง และชุมชน", False), ("เพื่อส่งเสริมโรงเรียน", True), ("พัฒนาการจัดการเรียนรู้", False)]
    # not without the opening words after it, nor with no lettered list before it
    words = [*given[:5], Line(6, "จุ, 'ส่งเสริมโรงเรียน")]
    assert [ln.bullet for ln in lettered_as_bullets(words, opens_purpose)][-1] is False
    alone = [Line(1, "เพื่อคัดสรรแผน"), Line(2, "จุ, 'เพื่อส่งเสริมโรงเรียน")]
    assert lettered_as_bullets(alone, opens_purpose) == alone


def test_a_first_letter_read_as_the_latin_a_ocr_gives_any_list_letter_opens_the_list():
    # "a." is what OCR reads for a list's small round letter and its dot (ก. ข. ค. alike): with ข in its place
    # after it, it is ก (before, "a." opened no list and objective ข ran into objective ก with no issue naming
    # it: fresh set s60z bma_proposal_s60z004)
    two = lettered_as_bullets([Line(1, "a. เพื่อส่งเสริมและสนับสนุน"), Line(2, "เพื่อพัฒนาการใช้เทคโนโลยี"),
                               Line(3, "ข. เพื่อให้ครูผู้สอนมีความรู้"), Line(4, "ส่งเสริมการใช้เทคโนโลยี")])
    assert [(ln.text, ln.bullet) for ln in two] == [
        ("เพื่อส่งเสริมและสนับสนุน", True), ("เพื่อพัฒนาการใช้เทคโนโลยี", False), ("เพื่อให้ครูผู้สอนมีความรู้", True),
        ("ส่งเสริมการใช้เทคโนโลยี", False)]
    three = lettered_as_bullets([Line(1, "a. ข้าราชการครู"), Line(2, "ข. นักเรียน"), Line(3, "ค. โรงเรียน")])
    assert [ln.bullet for ln in three] == [True, True, True]
    # "a." before a letter out of its place, or alone, proves nothing
    for kept in ([Line(1, "a. เพื่อหนึ่ง"), Line(2, "ค. เพื่อสอง")], [Line(1, "a. เพื่อหนึ่ง"), Line(2, "เพื่อสอง")]):
        assert lettered_as_bullets(kept) == kept
