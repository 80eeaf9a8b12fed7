"""Lists OCR damaged (parsers.items.numbered_items): a first item that lost
its number (a paragraph, then item 2 after a gap of lines or with its
closing mark, is two items; a figure that only wraps a sentence is no
item), and an inline item number read as look-alikes."""

from __future__ import annotations

from parsers.items import numbered_items, opens_purpose
from schemas.document import Line


def test_a_paragraph_then_item_2_after_a_gap_is_two_items():
    lines = [Line(68, "สพป.ลำพูน เขต 1 ดำเนินการยกระดับผลสัมฤทธิ์ทางการเรียน"),
             Line(69, "ให้แก่โรงเรียนในสังกัด จำนวน 131 โรงเรียน"),
             Line(74, "2 ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้")]
    items, lead = numbered_items(lines)
    assert not lead
    assert [(i.number, i.line_start, i.line_end) for i in items] == [((1,), 68, 69), ((2,), 74, 74)]
    assert items[1].text == "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้"


def test_a_closed_number_2_after_a_paragraph_opens_item_2_without_a_gap():
    lines = [Line(1, "ครูในสังกัดได้รับการพัฒนาตามแผนที่กำหนดไว้"), Line(2, "2. นักเรียนได้รับการดูแลอย่างทั่วถึง")]
    items, _ = numbered_items(lines)
    assert [i.number for i in items] == [(1,), (2,)]


def test_a_figure_that_wraps_a_sentence_stays_in_it():
    lines = [Line(1, "ครูในสังกัดได้รับการพัฒนา จำนวน"), Line(2, "2 คน ตามแผนที่กำหนดไว้")]
    items, lead = numbered_items(lines)
    assert not items and [ln.no for ln in lead] == [1, 2]


def test_a_lead_that_introduces_the_list_is_no_item_of_it():
    lines = [Line(1, "สพป. ได้ดำเนินการพัฒนาสมรรถนะตามมาตรฐานวิชาชีพ ดังนี้"), Line(3, "2 ผู้บริหารสถานศึกษาเข้าร่วมประชุม")]
    items, lead = numbered_items(lines)
    assert not items and [ln.no for ln in lead] == [1, 3]


def test_an_inline_number_read_as_look_alikes_opens_the_next_item():
    # "๒," read as "lo," inside a list printed as running text: the next item, before its "เพื่อ"
    lines = [Line(34, "๑. เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง"),
             Line(35, "และชุมชน lo,  เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต"),
             Line(37, "ให้มีทักษะ ๓. เพื่อเป็นการยกย่องและเชิดชูเกียรติ")]
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [(i.number, i.text) for i in items] == [
        ((1,), "เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง และชุมชน"),
        ((2,), "เพื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต ให้มีทักษะ"),
        ((3,), "เพื่อเป็นการยกย่องและเชิดชูเกียรติ")]
    # a Latin word with a mark is no number ("IT," holds a letter no digit looks like)
    items, _ = numbered_items([Line(1, "๑. เพื่อพัฒนาระบบงาน IT, เพื่อการบริหารจัดการ")], opens=opens_purpose)
    assert len(items) == 1


def test_a_list_inside_an_item_closed_by_another_mark_does_not_cut_the_outer_list():
    # "๑. ... ประกอบด้วย ๑) ... ๒) ..." then "๒. ...": the ")" numbers are a list inside item 1 of the "." list
    lines = [Line(630, "๑. ข้าราชการครูที่เข้าร่วมประชุมประกอบด้วย ๑) คณะกรรมการแก้ไขหนี้สินครู ๒) ผู้ลงทะเบียนแก้ไขหนี้สิน"),
             Line(632, "๒. ข้าราชการครูที่ลงทะเบียนแก้ไขหนี้สินผ่านระบบออนไลน์มีความพึงพอใจ")]
    items, _ = numbered_items(lines)
    assert [(i.number, i.line_start) for i in items] == [((1,), 630), ((2,), 632)]
    assert items[0].text.endswith("๒) ผู้ลงทะเบียนแก้ไขหนี้สิน")


def test_a_bracket_closed_at_a_wrapped_line_s_start_is_no_damaged_item_number():
    # "(Action Plan :" / "AP) ประจำปี...": the line's "AP)" closes the bracket the line above left open
    from parsers.items import mend_item_numbers

    lines = [Line(438, "๑. สำนักงานเขตพื้นที่การศึกษาประชุมเชิงปฏิบัติการ แผนปฏิรูปราชการ (Action Plan :"),
             Line(440, "AP) ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ และอื่น ๆ เป็นต้น"),
             Line(442, "๒. สำนักงานเขตพื้นที่การศึกษาประชุมเชิงปฏิบัติการปรับปรุงพัฒนาแผน")]
    items, _ = numbered_items(mend_item_numbers(lines))
    assert [(i.number, i.line_start, i.line_end) for i in items] == [((1,), 438, 440), ((2,), 442, 442)]


def test_the_real_obec_sample_s_lists_keep_their_items():
    """samples/004 (a real report) prints both shapes above: a results list whose first item wraps at
    "(Action Plan :" / "AP) ...", and an indicator list whose first item holds a ")" list."""
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).resolve().parent.parent / "samples" / "004_745c23c3a2846aea.txt"
    out = process_document(str(path), path.read_bytes())
    results = [(r["seq"], r["line_start"]) for r in out["findings"] if 436 <= r["line_start"] <= 446]
    assert results == [(1, 438), (2, 442), (3, 444)]
    indicators = [(r["seq"], r["line_start"]) for r in out["targets"] if 628 <= r["line_start"] <= 633]
    assert indicators == [(1, 630), (2, 632)]


def test_a_bullet_read_as_a_degree_sign_opens_its_objective():
    from parsers.items import bullet_lookalikes

    lines = [Line(38, "๑ เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้"),
             Line(39, "เพื่อพัฒนาการอ่านออกเขียนได้ของนักเรียน"),
             Line(41, "° เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์"), Line(46, "ชิ้นงานต่างๆ ด้วยตนเองได้")]
    items, _ = numbered_items(bullet_lookalikes(lines, opens_purpose), opens=opens_purpose)
    assert [i.line_start for i in items] == [38, 41]
    assert items[1].text == "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ ชิ้นงานต่างๆ ด้วยตนเองได้"


def test_a_bulleted_list_whose_first_bullet_ocr_read_as_one_goes_on_by_its_bullets():
    # benefits "• ..." / "• ...": the first bullet read "๑", the second "°" (no opening word to go by)
    from parsers.items import bullet_lookalikes

    lines = [Line(178, "๑ นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ"), Line(179, "ด้วยตนเองได้"),
             Line(181, "° ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพ"), Line(184, "การศึกษา")]
    items, _ = numbered_items(bullet_lookalikes(lines, None))
    assert [(i.number, i.line_start) for i in items] == [((1,), 178), ((2,), 181)]
    # a number with its mark ("1.") is a numbered list: a bullet under it is its item's text
    marked = [Line(1, "1. นักเรียนสามารถสร้างความรู้"), Line(2, "° ผู้ปกครองมีส่วนร่วม")]
    assert len(numbered_items(bullet_lookalikes(marked, None))[0]) == 1


def test_an_opener_word_after_a_line_at_the_margin_goes_on_in_a_bulleted_list():
    # fresh set "ae" proposal, OCR'd: the page wrapped a bulleted objective right before its second "เพื่อ"
    lines = [Line(24, "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้", bullet=True),
             Line(25, "เพื่อพัฒนาทักษะภาษาอังกฤษเพื่อการสื่อสาร"),
             Line(26, "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาทักษะ", bullet=True),
             Line(27, "ภาษาอังกฤษเพื่อการสื่อสารระหว่างโรงเรียน")]
    items, _ = numbered_items(lines, opens_purpose, margin=frozenset({25, 27}))
    assert [i.text.replace(" ", "") for i in items] == ["เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาทักษะภาษาอังกฤษเพื่อการสื่อสาร",
                                       "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาทักษะภาษาอังกฤษเพื่อการสื่อสารระหว่างโรงเรียน"]
    # after a line short of the margin, or in a list with no bullets, the opener opens an item
    assert len(numbered_items(lines, opens_purpose, margin=frozenset({27}))[0]) == 3
    plain = [Line(ln.no, ln.text) for ln in lines]
    assert len(numbered_items(plain, opens_purpose, margin=frozenset({25, 27}))[0]) == 3


def test_a_sub_number_with_a_speck_glued_after_its_dot_is_the_lists_first_item():
    # "๒.@๑" (fresh set ag): "๒." then a speck OCR glued on; read as item ๒ it opened no list (a list opens at
    # 1), and every objective under it was left unplaced. It is a damaged number, mended by its place
    from parsers.items import mend_item_numbers

    lines = [Line(40, "๒.@๑ เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรียน"), Line(42, "ด้วยระบบเครือข่ายโรงเรียนที่ยั่งยืน"),
             Line(44, "๒.๒ เพื่อติดตามและประเมินผลอย่างเป็นระบบ"), Line(46, "๒.๓ เพื่อสร้างเครือข่ายความร่วมมือ")]
    items, lead = numbered_items(mend_item_numbers(lines, opens_purpose), opens=opens_purpose)
    assert not lead
    assert [(i.number, i.line_start) for i in items] == [((2, 1), 40), ((2, 2), 44), ((2, 3), 46)]
    assert items[0].text == "เพื่อพัฒนาคุณภาพการจัดการศึกษาของโรงเรียน ด้วยระบบเครือข่ายโรงเรียนที่ยั่งยืน"
    # a number followed by its words with no space is no speck: it stays as printed
    plain = [Line(1, "๑.เพื่อพัฒนาคุณภาพ"), Line(2, "๒.เพื่อติดตามผล")]
    assert mend_item_numbers(plain, opens_purpose) == plain


def test_an_opener_behind_a_token_ocr_made_of_its_number_after_debris_is_the_next_item():
    # "- loom เพื่อ..." for "- ๒.๓ เพื่อ..." after a line of debris (held-out h003): item ๒.๓, not words of ๒.๒
    lines = [Line(60, "๒.๑ เพื่อสร้างเครือข่ายความร่วมมือ"), Line(63, "๒.๒ เพื่อส่งเสริมและกระตุ้นให้ครู"),
             Line(64, "ความสามารถในการเรียนการสอน"), Line(67, "loom เพื่อเป็นต้นแบบให้กับข้าราชการครู")]
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [(i.number, i.text) for i in items][1:] == [
        ((2, 2), "เพื่อส่งเสริมและกระตุ้นให้ครู ความสามารถในการเรียนการสอน"), ((2, 3), "เพื่อเป็นต้นแบบให้กับข้าราชการครู")]
    # right under the item's own lines (no gap), the same line is its text: nothing says an item was lost
    close = lines[:3] + [Line(65, "loom เพื่อเป็นต้นแบบให้กับข้าราชการครู")]
    assert len(numbered_items(close, opens=opens_purpose)[0]) == 2


def test_an_opener_word_right_under_an_item_of_a_list_whose_bullets_stand_after_gaps_is_said():
    # fresh set s36z's proposal, OCR'd: bulleted objectives, a blank line between items, the last one's wrap
    # opening with "เพื่อ" right under its first line, which OCR did not read to the margin: read as an objective
    # of its own (its bullet lost is the other reading), and said of both
    from parsers.items import opened_by_words_issues

    lines = [Line(25, "เพื่อคัดสรรผลงานการนำเสนอเป็นภาษาอังกฤษที่มีคุณภาพ", bullet=True),
             Line(26, "และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น"),
             Line(28, "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน", bullet=True),
             Line(31, "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาทักษะภาษาอังกฤษ", bullet=True),
             Line(32, "เพื่อการสื่อสารระหว่างโรงเรียน ผู้ปกครอง และชุมชน")]
    items, _ = numbered_items(lines, opens_purpose)
    assert [(i.line_start, i.unbulleted) for i in items] == [(25, False), (28, False), (31, False), (32, True)]
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert [(i.code, i.field, i.line_start, i.line_end) for i in issues] == [
        ("items_cut_in_doubt", "objectives.text", 31, 32), ("items_cut_in_doubt", "objectives.seq", 32, 32)]
    # after a gap, the opener is an item whose bullet OCR lost, as the others stand: nothing said
    gapped = lines[:4] + [Line(34, lines[4].text)]
    assert not opened_by_words_issues(numbered_items(gapped, opens_purpose)[0], "objective", "objectives")
    # a list whose bullets stand right under one another: the gaps tell nothing, and the line is still a lost
    # bullet or a wrap, so said too (before, nothing was said there: set s43o, the next test)
    tight = [Line(k, ln.text, bullet=ln.bullet) for k, ln in enumerate(lines, start=1)]
    assert [(i.line_start, i.line_end) for i in opened_by_words_issues(numbered_items(tight, opens_purpose)[0],
                                                                       "objective", "objectives")] == [(4, 5), (5, 5)]


def test_an_opener_line_without_a_bullet_under_a_bulleted_list_s_line_is_said_where_bullets_stand_line_under_line():
    # set s43o's bma_proposal_s43o003 OCR'd: bullets line under line, objective 2 wrapped before its second
    # "เพื่อ" on a line OCR set short of the margin: the wrap was read as objective 3 (one too many, the texts
    # after it a place late) with no issue; said now as where the bullets stand after gaps
    from parsers.items import opened_by_words_issues

    lines = [Line(17, "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรม", bullet=True),
             Line(18, "ส่งเสริมทักษะภาษาอังกฤษเพื่อการสื่อสารได้"),
             Line(19, "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้", bullet=True),
             Line(20, "เพื่อพัฒนาทักษะภาษาอังกฤษเพื่อการสื่อสาร"),
             Line(21, "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน", bullet=True)]
    items, _ = numbered_items(lines, opens_purpose)
    assert [(i.line_start, i.unbulleted) for i in items] == [(17, False), (19, False), (20, True), (21, False)]
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert [(i.code, i.field, i.line_start, i.line_end) for i in issues] == [
        ("items_cut_in_doubt", "objectives.text", 19, 20), ("items_cut_in_doubt", "objectives.seq", 20, 21)]
    # every item with its bullet: nothing said
    whole = [Line(ln.no, ln.text, bullet=True) if ln.no == 20 else ln for ln in lines]
    assert not opened_by_words_issues(numbered_items(whole, opens_purpose)[0], "objective", "objectives")
