"""A person's name whose word OCR damaged (a tone mark or the silent-letter
mark dropped, a vowel read as its other length) is read as the one name of
pythainlp's lists of Thai given and family names its readings give
(pipeline.wording.restore_names, rule listed_name); a listed word, a word
with several listed readings and one with none are left as printed."""

from __future__ import annotations

import json

from pipeline.marks import flag_names
from pipeline.wording import listed_name_reading, name_readings, restore_name, restore_names


def _tables(**names):
    return {"projects": [{"project_key": "p", "line_start": 4, "line_end": 6, **names}]}


def test_a_name_whose_marks_ocr_dropped_is_read_as_the_one_listed_name():
    tables = _tables(owner_name="นายศักดิชัย มันคง", coordinator_name="นางสาวบุษราคม รัตนพันธ")
    issues = restore_names(tables)
    row = tables["projects"][0]
    assert row["owner_name"] == "นายศักดิ์ชัย มั่นคง" and row["coordinator_name"] == "นางสาวบุษราคม รัตนพันธ์"
    assert [(i.code, i.field, i.line_start, i.line_end) for i in issues] == [
        ("value_repaired", "projects.owner_name", 4, 6), ("value_repaired", "projects.coordinator_name", 4, 6)]
    evidence = json.loads(issues[0].evidence)
    assert evidence == {"rule": "listed_name", "printed": "นายศักดิชัย มันคง", "chosen": "นายศักดิ์ชัย มั่นคง",
                        "words": [["ศักดิชัย", "ศักดิ์ชัย"], ["มันคง", "มั่นคง"]]}
    # the marks_dropped doubt the name had ("มันคง" is a word but for a mark) is gone with the repair
    assert flag_names(tables) == []


def test_a_vowel_read_as_its_other_length_in_a_name():
    assert restore_name("นายธิระ สุขสวัสดิ์") == ("นายธีระ สุขสวัสดิ์", (("ธิระ", "ธีระ"),))
    assert restore_name("นางสูนันทา ทองดี") == ("นางสุนันทา ทองดี", (("สูนันทา", "สุนันทา"),))
    # sara ii OCR made of sara i and the silent-letter mark over it
    assert restore_name("นางสาวจิราพร สุขสวัสดี")[0] == "นางสาวจิราพร สุขสวัสดิ์"


def test_a_listed_name_is_never_touched():
    # "สวัสดี" is a family name as printed, though "สวัสดิ์" is listed too
    assert listed_name_reading("สวัสดี") is None
    tables = _tables(owner_name="นายสมชาย สวัสดี")
    assert restore_names(tables) == [] and tables["projects"][0]["owner_name"] == "นายสมชาย สวัสดี"


def test_a_word_with_several_listed_readings_is_kept_and_flagged():
    # "ทองยอย": ทองย้อย and ทองย่อย are both listed; no reading is chosen
    assert listed_name_reading("ทองยอย") is None
    tables = _tables(owner_name="นายสมชาย ทองยอย")
    assert restore_names(tables) == [] and tables["projects"][0]["owner_name"] == "นายสมชาย ทองยอย"


def test_a_name_in_no_list_is_untouched_and_keeps_its_doubt():
    # "ศักดิ์ดี" is in no list: "ศักดิดี" has no listed reading, and keeps the marks_dropped doubt
    tables = _tables(owner_name="นายสุรชัย ศักดิดี", coordinator_name="นางสาวบุษราคม ทองดี")
    assert restore_names(tables) == []
    assert tables["projects"][0]["owner_name"] == "นายสุรชัย ศักดิดี"
    assert [i.code for i in flag_names(tables)] == ["marks_dropped"]
    # a vowel is not put in: "บุษราคม" stays, though the lists hold "บุษราคัม"
    assert tables["projects"][0]["coordinator_name"] == "นางสาวบุษราคม ทองดี"
    # nor taken out: "ฐิติศักดิ์" were it in no list would not become the lists' slip "ฐิติศักด์"
    assert "ฐิติศักด์" not in name_readings("ฐิติศักดิ์")


def test_a_unit_standing_for_its_owner_is_no_persons_name():
    tables = _tables(owner_name="ฝายการศึกษา")
    assert restore_names(tables) == [] and tables["projects"][0]["owner_name"] == "ฝายการศึกษา"


def test_a_name_with_a_word_still_in_doubt_is_left_whole_as_read():
    # "พงษ์ศักดิ" has one listed reading, but "ศักดิดี" beside it is words but for a mark inside it and no listed
    # name's (nor an ending the lists take: name_ending_reading): the name put half right is still wrong, so it
    # is kept as read with its marks_dropped doubt
    tables = _tables(owner_name="นายพงษ์ศักดิ ศักดิดี", coordinator_name="นายณ์ฐ มันคง")
    assert restore_names(tables) == []
    assert tables["projects"][0]["owner_name"] == "นายพงษ์ศักดิ ศักดิดี"
    assert tables["projects"][0]["coordinator_name"] == "นายณ์ฐ มันคง"  # "ณ์ฐ": a letter from ณัฐ
    assert [i.field for i in flag_names(tables)] == ["projects.owner_name", "projects.coordinator_name"]
    # another text run in after the name: no name whole
    assert restore_name("นางปิยะนุช บุญมา 5555 บผิดชอบ : นางสาวกนกวรรณ วงศ์สวัสดิ") == (
        "นางปิยะนุช บุญมา 5555 บผิดชอบ : นางสาวกนกวรรณ วงศ์สวัสดิ", ())


def test_a_name_with_a_word_that_lost_several_marks_is_left_whole_as_read_and_flagged():
    # "ทองดิ" has one listed reading (ทองดี), but the given name beside it, "ชยวฒน", is a listed name
    # (ชัยวัฒน์) with three marks lost: the name put half right is still wrong, so it is kept as read and said
    from pipeline.wording import flag_misread_names, misread_name_words

    tables = _tables(owner_name="นายชยวฒน ทองดิ")
    assert restore_names(tables) == []
    assert tables["projects"][0]["owner_name"] == "นายชยวฒน ทองดิ"
    assert misread_name_words("นายชยวฒน ทองดี") == [("ชยวฒน", ["ชัยวัฒน์"])]
    assert [i.field for i in flag_misread_names(tables, [])] == ["projects.owner_name"]
    # the same name with its marks whole: its one damaged word is read back
    assert restore_name("นายชัยวัฒน์ ทองดิ") == ("นายชัยวัฒน์ ทองดี", (("ทองดิ", "ทองดี"),))


def test_a_family_name_in_no_list_gets_the_silent_mark_its_ending_takes_in_every_list():
    """A family name no list holds whose last piece is a word OCR drops the silent-letter mark of, which the lists
    end names with only with the mark (สวัสดิ์: 46 names, สวัสดิ: none), gets the mark back (rule name_ending);
    a listed reading stays the lists' own (listed_name), and a piece inside a word is not touched."""
    from pipeline.wording import name_ending_reading

    assert name_ending_reading("แก้วสวัสดิ") == "แก้วสวัสดิ์"  # (in no list, its ending every list's)
    assert name_ending_reading("แก้วสวัสดิ์") is None and name_ending_reading("สวัสดิ") is None
    tables = _tables(owner_name="นายอนุชา แก้วสวัสดิ", coordinator_name="นางสาวมาลัย ศักดิดี")
    issues = restore_names(tables)
    row = tables["projects"][0]
    assert row["owner_name"] == "นายอนุชา แก้วสวัสดิ์" and row["coordinator_name"] == "นางสาวมาลัย ศักดิดี"
    (issue,) = issues
    assert (issue.code, issue.field) == ("value_repaired", "projects.owner_name")
    assert json.loads(issue.evidence) == {"rule": "name_ending", "printed": "นายอนุชา แก้วสวัสดิ",
                                          "chosen": "นายอนุชา แก้วสวัสดิ์", "words": [["แก้วสวัสดิ", "แก้วสวัสดิ์"]]}
    # a listed reading beside it: one issue, the ending's rule named
    tables = _tables(owner_name="นายพงษ์ศักดิ แก้วสวัสดิ")
    (issue,) = restore_names(tables)
    assert tables["projects"][0]["owner_name"] == "นายพงษ์ศักดิ์ แก้วสวัสดิ์"
    assert json.loads(issue.evidence)["rule"] == "name_ending"
    # the doubt the name had is gone with the repair; the one a mark inside a word leaves stays
    assert [i.field for i in flag_names(_tables(owner_name="นายอนุชา แก้วสวัสดิ์",
                                                coordinator_name="นางสาวมาลัย ศักดิดี"))] == ["projects.coordinator_name"]


def test_a_sara_am_read_as_a_tone_mark_and_sara_aa_in_a_name():
    # fresh set s98r, bma_proposal_s98r002: "นายอ้านาจ เจริญสุข" for อำนาจ (its nikhahit read as mai tho), kept with
    # no issue
    assert "อำนาจ" in name_readings("อ้านาจ")
    assert restore_name("นายอ้านาจ เจริญสุข") == ("นายอำนาจ เจริญสุข", (("อ้านาจ", "อำนาจ"),))
    assert listed_name_reading("ท้าว") is None
