"""A person field (BMA progress form's owner and coordinator): the name ends at its last Thai word, the phone
after it.  Where OCR read the phone's digits as look-alike letters ("โทร 5ฒซอ5", "โทร.ผซซ") or the next field's
label ran on after the phone ("โทร 9964 ผู้ประสานงาน"), those tokens read as Thai words and the name kept the phone
word and all after it.  The phone word ends the name wherever it stands (values.person_parts); what follows it is
the phone when its digits stand clean and alone, else the damaged tail the reader says (unparsed_value)."""

from parsers.values import person_parts


def test_the_phone_word_ends_the_name_and_a_tail_it_opens_that_holds_words_is_said():
    assert person_parts("นายธนูเทพ จันทร์เพ็ญ โทร 5ฒซอ5") == ("นายธนูเทพ จันทร์เพ็ญ", None, "โทร 5ฒซอ5")
    assert person_parts("นางนงลักษณ์ ศรีสุข โทร.ผซซ") == ("นางนงลักษณ์ ศรีสุข", None, "โทร.ผซซ")
    assert person_parts("นางเบญจวรรณ แก้วมณี โทร 9964 ผู้ประสานงาน") == (
        "นางเบญจวรรณ แก้วมณี", None, "โทร 9964 ผู้ประสานงาน")


def test_clean_phones_and_names_are_read_as_before():
    assert person_parts("นายวุฒิ เตชะชนอก 3427") == ("นายวุฒิ เตชะชนอก", "3427", None)
    assert person_parts("นายวุฒิ เตชะชนอก โทร.1551") == ("นายวุฒิ เตชะชนอก", "1551", None)
    assert person_parts("นายวุฒิ เตชะชนอก (โทร. 2314)") == ("นายวุฒิ เตชะชนอก", "2314", None)
    assert person_parts("นางสาวกนกวรรณ วงศ์สวัสดิ์") == ("นางสาวกนกวรรณ วงศ์สวัสดิ์", None, None)
    # a word that opens with the phone word's letters is no phone word
    assert person_parts("นายสมชาย โทรัตน์ 1234")[0] == "นายสมชาย โทรัตน์"


def test_a_speck_before_the_phone_word_keeps_the_phone_read():
    assert person_parts("นายพงษ์ศักดิ สุขสวัสดิ | โทร 1162") == ("นายพงษ์ศักดิ สุขสวัสดิ", "1162", None)


def test_an_opening_bracket_the_name_ends_in_is_no_part_of_it():
    # the phone's bracket OCR read twice, once against the name's last word: no name ends in "("
    assert person_parts("นายสมศักดิ์ ใจดี( (โทร. 1234)") == ("นายสมศักดิ์ ใจดี", "1234", None)
    assert person_parts("นางสาวมาลี สุขใจ (  (โทร. 5678)")[0] == "นางสาวมาลี สุขใจ"


def test_the_phone_word_a_letter_of_which_ocr_changed_ends_the_name_before_the_phone():
    # "(ไทร. ๓๐๐๕)": โทร with its โ read as ไ, in brackets before the phone's digits (fresh set s95o,
    # bma_progress_s95o007: the name kept "(ไทร." and the phone was lost)
    assert person_parts("นายประเสริฐ นาคสวัสดิ (ไทร. ๓๐๐๕)") == ("นายประเสริฐ นาคสวัสดิ", "3005", None)
    # a bracketed word with no digits after it is the name's as printed
    assert person_parts("นางสาวมาลี (ใจดี)") == ("นางสาวมาลี (ใจดี)", None, None)
    assert person_parts("นายสมชาย ใจดี (ไทร.)")[0] == "นายสมชาย ใจดี (ไทร.)"
