"""A proposal budget's sub-line naming people under its food line ("- ผู้เข้ารับการอบรม 121 ค้น 30.- ...", fresh set
s112q, bma_proposal_s112q001): its unit "ค้น" is คน or คัน, a mark misread, and was read คัน by the place of its
mark, a wrong repair.  Thai counts people (participants, students, staff) in คน, as it counts food by the people it
feeds (parsers.units.CLASSIFIERS, by the item's skeleton); an item naming food for people names one unit."""

from parsers.units import classifier_swap, classifier_unit, mend_unit


def test_people_are_counted_in_khon():
    assert classifier_unit("- ผู้เข้ารับการอบรม") == ("คน", "people")
    assert classifier_unit("ผู้เขารวมกิจกรรม") == ("คน", "people")  # (a mark OCR dropped: the same item)
    assert classifier_unit("นักเรียน") == ("คน", "people")
    assert classifier_unit("ค่าอาหารผู้เข้าร่วม") == ("คน", "food")  # food for people: one unit
    assert classifier_unit("ค่าเช่ารถรับส่งผู้เข้าร่วม") is None  # a vehicle and people: nothing said
    assert classifier_swap("ผู้เข้ารับการอบรม", "คัน") == ("คน", "people")


def test_a_unit_a_mark_off_is_read_by_the_people_its_item_names():
    unit, issues = mend_unit("ค้น", "- ผู้เข้ารับการอบรม", "expense line 4", (114, 114))
    assert unit == "คน"
    assert [i.code for i in issues] == ["value_repaired"] and "people" in issues[0].message
