"""A page footer "หน้า N จาก M" whose page number OCR garbled: a digit and a speck with "จาก" read as a short Latin
word ("หน้า ๒» VIN ๕"), or a letter glued to "จาก" ("หน้า ซจาก ๕"), is the page's number
(normalizers.furniture._DAMAGED_PAGE_OF_RE).  Fresh set s91q, bma_proposal_s91q002: the first ran into an activity's
text, silently.  A line that opens with the word หน้าที่ or another word is text."""

from normalizers.furniture import is_page_number
from pipeline.clean import clean_lines


def test_garbled_page_numbers_are_page_numbers():
    assert is_page_number("หน้า ๒» VIN ๕") and is_page_number("หน้า ซจาก ๕") and is_page_number("หน้า ๕ VIN ๓๒")


def test_a_page_number_garbled_to_two_letters_a_space_before_its_count_word():
    # fresh set s98p, obec_progress_s98p002: "หน้า ฒญ จาก ๑๓" was read as a project's problem, silently
    assert is_page_number("หน้า ฒญ จาก ๑๓") and is_page_number("หน้า ซ จาก 5")
    assert not is_page_number("หน้า ครู จาก 5")


def test_words_are_not():
    for text in ("หน้าที่ ครู จาก 5", "หน้าต่าง ab 5", "หน้า ๓ ของ ๕", "หน้าที่ความรับผิดชอบ"):
        assert not is_page_number(text), text


def test_the_footer_leaves_the_item_above_it():
    lines, _ = clean_lines("๕. จัดอบรมเชิงปฏิบัติการให้แก่ครูผู้สอน\nหน้า ๒» VIN ๕\n"
                           "พิมพ์จากระบบ BMA Digital Plans เมื่อ ๐๓/๐๑/๒๕๖๕ ๐๕:๐๕\n\n๖. นิเทศ ติดตาม\n")
    assert [ln.kind for ln in lines if ln.text.startswith("หน้า")] == ["page_number"]
