"""BMA proposals after OCR whose budget table tesseract read across its columns, the category cell naming
the activity ("ค่าวัสดุในการจัดกิจกรรม..."), the activity cell and the regulation cell beside it, and a word
of the regulation cell OCR read in Latin letters ("MATZ" for "ภาครัฐ") among the category's words (s75o004).
The word, of neither cell, stopped budget.named_category, and budget.wrapped_category read the category
as its opening and that word ("ค่าวัสดุในการ MATZ"), a wrong repair.  A word of no Thai letter is now no
word of the category's: the name is read whole where the category's other words spell it, and a wrapped
category whose own words hold one is kept as read and flagged (which it is, its letters cannot tell)."""

from __future__ import annotations

import json

from normalizers.text import skeleton
from parsers.bma_proposal.budget import named_category, wrapped_category
from tests.test_prop_category_activity import _ACROSS, NAME, _categories

ACTIVITY = skeleton("จัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้")


def test_a_category_naming_the_activity_with_a_latin_speck_among_its_words_is_read_whole_and_said():
    # the regulation cell's last line ("... พ.ศ. 2563") beside the cells' last, its words read as "MATZ"
    across = _ACROSS.replace("ฝึกอบรม พ.ศ. 2563", "ฝึกอบรม").replace(
        "เพื่อการเรียนรู้                เพื่อการเรียนรู้\n", "เพื่อการเรียนรู้                เพื่อการเรียนรู้     MATZ พ.ศ.2563\n")
    assert across != _ACROSS
    cats, issues = _categories(across)
    assert cats == [NAME, NAME]
    assert {i["code"] for i in issues} == {"value_repaired"}
    assert {json.loads(i["evidence"])["rule"] for i in issues} == {"category_activity"}


def test_a_wrapped_category_whose_own_words_are_latin_specks_is_not_chosen():
    read = "ค่าวัสดุในการ ส่งเสริมสนับสนุน จัดกิจกรรม MATZ ให้นักเรียนสร้างสรรค์ผลงาน"  # the name not whole
    assert named_category(read, ACTIVITY) is None
    assert wrapped_category(read, ACTIVITY) is None
    # a Thai word of the category's own, wrapped, is still read so
    assert wrapped_category("ค่าอาหารว่างและ ส่งเสริมสนับสนุน เครื่องดื่ม", ACTIVITY) == "ค่าอาหารว่างและ เครื่องดื่ม"


_PARAGRAPH = "ค่าใช้จ่ายในการส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้ เป็นเงิน"


def test_a_speck_in_the_paragraph_s_activity_name_is_no_part_of_it():
    # a page's number or a speck OCR read into the paragraph's lines, inside the name or after it (held-out
    # h006 "...ส่งเสริม ๕ ผลสัมฤทธิ์...", s75o004 "...การสอน ๑7 เป็นเงิน"): the name is read without it
    from parsers.bma_proposal.budget import activity_name
    assert activity_name(_PARAGRAPH.replace("ผลงานเพื่อ", "ผลงาน ๕ เพื่อ")) == ACTIVITY
    assert activity_name(_PARAGRAPH.replace("รู้ เป็น", "รู้ ๑7 เป็น")) == ACTIVITY
    # so the category that names the activity is read whole
    from tests.conftest import sample_text
    from tests.test_bma_proposal import PROPOSAL, run
    text = sample_text(PROPOSAL)
    start, end = text.index("\tกิจกรรม\n"), text.index("- โรงเรียนขนาดใหญ่")
    text = (text[:start] + _ACROSS + text[end:]).replace("เพื่อการเรียนรู้ เป็นเงิน", "เพื่อการเรียนรู้ ๑7 เป็นเงิน")
    assert "๑7 เป็นเงิน" in text
    assert [e["category"] for e in run(text)["expenses"]] == [NAME, NAME]


def test_a_short_piece_of_the_activity_s_cell_is_no_word_of_the_wrapped_category():
    # the activity cell wrapped word by word beside the category's ("ส่งเสริมการ" / "จัด" / "การเรียนรู้"), its short
    # piece "จัด" read among the category's words (s76a001): it and the pieces beside it spell a run of the name,
    # so it is a piece, not the category's own ("ค่าอาหารว่างและ เครื่องดื่ม จัด" before)
    activity = skeleton("จัดกิจกรรมส่งเสริมการจัดการเรียนรู้เชิงรุก")
    read = "ค่าอาหารว่างและ ส่งเสริมการ เครื่องดื่ม จัด การเรียนรู้ เชิงรุก"
    assert wrapped_category(read, activity) == "ค่าอาหารว่างและ เครื่องดื่ม"
    # a short word the name holds whose pieces beside it spell no run of the name with it: either cell's, none chosen
    assert wrapped_category("ค่าอาหารว่างและ ส่งเสริมการ เครื่องดื่ม จัด เชิงรุก", activity) is None


def test_a_wrapped_category_whose_own_word_echoes_the_activity_is_not_chosen():
    # the category names the activity in its own words ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมทักษะ..."), OCR having read
    # the two cells across and one of the category's words with a letter added ("กจัดกิจกรรม"): the activity's
    # pieces among its words may be its own, so no reading is chosen (fresh set s85a, bma_proposal_s85a003: read as
    # "ค่าวัสดุในการ กจัดกิจกรรม", a wrong repair)
    activity = skeleton("จัดกิจกรรมส่งเสริมทักษะภาษาอังกฤษเพื่อการสื่อสาร")
    assert wrapped_category("ค่าวัสดุในการ ส่งเสริมทักษะ กจัดกิจกรรม ภาษาอังกฤษ เพื่อการสื่อสาร", activity) is None
    # a word of its own far from any piece of the name is still read so
    assert wrapped_category("ค่าวัสดุในการ ส่งเสริมทักษะ ฝึกอบรมครู ภาษาอังกฤษ เพื่อการสื่อสาร", activity) \
        == "ค่าวัสดุในการ ฝึกอบรมครู"
