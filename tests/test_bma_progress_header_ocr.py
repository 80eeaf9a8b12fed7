"""The BMA progress form's header, objectives and targets as OCR leaves
them: each test a small text with one kind of damage the OCR'd corpus shows."""

from __future__ import annotations

import json

from decimal import Decimal

from parsers.items import numbered_items, opens_purpose
from schemas.document import Line
from tests.lines import numbered_lines as _lines


def test_an_objective_whose_purpose_word_lost_its_marks_opens_an_item():
    assert opens_purpose("เพือยกระดับมาตรฐานของศูนย์วิชาการเขต")
    assert opens_purpose("เพอสงเสริมและกระตุ้นให้ข้าราชการครู")
    assert not opens_purpose("ผ่านการใช้เทคโนโลยีสารสนเทศ")
    # its leading vowel lost to a speck on the line before ("เว  vw" / "พื่อพัฒนา..."): no Thai word opens so;
    # "พอ" (enough) and "พ่อ" (father) do, and open no item
    assert opens_purpose("พื่อพัฒนาบุคลากรหลักของศูนย์วิชาการเขต") and opens_purpose("พือพัฒนาบุคลากร")
    assert not opens_purpose("พอสมควร") and not opens_purpose("พ่อแม่ผู้ปกครอง")
    items, lead = numbered_items(_lines("เพื่อสร้างเครือข่าย", "เพือยกระดับมาตรฐาน", "ของศูนย์วิชาการเขต"),
                                 opens=opens_purpose)
    assert [i.text for i in items] == ["เพื่อสร้างเครือข่าย", "เพือยกระดับมาตรฐาน ของศูนย์วิชาการเขต"]


def test_an_objective_whose_purpose_word_ocr_read_twice_opens_an_item():
    # "เพ พื่อให้ครู...": the word's head read twice, a space between (fresh set s98q, bma_proposal_s98q002: before,
    # the objective ran into the one above, past a blank line, the list's last row lost with no issue)
    assert opens_purpose("เพ พื่อให้ครูผู้สอนมีความรู้") and not opens_purpose("เพ พอสมควร")
    items, _ = numbered_items(_lines("เพื่อคัดสรรผลงานการอ่าน", "และเผยแพร่เป็นแบบอย่าง", "เพ พื่อให้ครูผู้สอนมีความรู้"),
                              opens=opens_purpose)
    assert len(items) == 2


def test_an_item_number_misread_as_the_next_one_keeps_the_sequence():
    # ๔ read as ๕: the item is the fourth, and the real ๕ after it is the fifth, not its continuation
    items, _ = numbered_items(_lines("๑. เพื่อสร้างเครือข่าย", "๒. เพื่อพัฒนาผู้เรียน", "๓. เพื่อพัฒนาบุคลากร",
                                     "๕. เพื่อส่งเสริมครู", "๕. เพื่อให้ครูผู้สอน"), opens=opens_purpose)
    assert [(i.number, i.text) for i in items][2:] == [((3,), "เพื่อพัฒนาบุคลากร"), ((4,), "เพื่อส่งเสริมครู"),
                                                       ((5,), "เพื่อให้ครูผู้สอน")]


def test_the_strategy_heading_with_its_agency_word_garbled_opens_section_1_6():
    from parsers.bma_progress.fields import ANCHORS
    for line in ("1.6 สนับสนุนแผนพัฒนา ANN. ระยะ 20 ปี",
                 "1.6 สนับสนุนแผนพัฒนา any. sez 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผน",
                 "สนับสนุนแผนพัฒนา nna. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-"):
        assert [h.key for h in ANCHORS.scan(line)][:1] == ["s1_6"], line
    # the words in running text open nothing
    assert not ANCHORS.scan("ที่ผ่านมาได้ดำเนินการสนับสนุนแผนพัฒนาการศึกษา")


def test_an_indicator_that_wraps_under_a_garbled_strategy_heading_is_read_whole():
    text = """1.5 เป้าหมายของโครงการ
๑. ด้านปริมาณ ครูผู้สอน จำนวน 40 คน
1.6 สนับสนุนแผนพัฒนา any. sez 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผน
ฯ /ตัวชี้วัด)
ประเด็นยุทธศาสตร์ : ด้านที่ ๓ - มหานครสำหรับทุกคน
ตัวชี้วัด : มิติที่ ๑
ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการศึกษาผ่านเกณฑ์
"""
    from parsers.bma_progress.fields import FORM
    from parsers.reader import scan, sort_out, split_copies
    parts = sort_out(split_copies(scan(_lines(*text.splitlines()), FORM), FORM)[0], FORM)
    fields = {k: v for k, v, _, _ in parts.fields}
    assert fields["indicator"] == "มิติที่ ๑ ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการศึกษาผ่านเกณฑ์"
    assert "ครูผู้สอน จำนวน 40 คน" in " ".join(ln.text for ln in parts.sections["s1_5"])
    assert "ตัวชี้วัด" not in " ".join(ln.text for ln in parts.sections["s1_5"])


def test_an_indicator_whose_label_line_ocr_lost_is_told_by_its_opening_under_the_goal():
    # "ตัวชี้วัด : มิติที่ ๑" lost: the goal wraps onto the indicator's text, which opens as the plan's shares do
    from parsers.bma_progress.fields import FORM
    from parsers.bma_progress.read import split_lost_indicator
    from parsers.reader import scan, sort_out, split_copies
    from schemas.document import CopyReading
    text = """1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)
ประเด็นยุทธศาสตร์ : ด้านที่ ๓ - มหานครสำหรับทุกคน
เป้าหมายที่ : เป้าหมายที่ 3.3.2 การพัฒนาคุณภาพการศึกษา
{line}
ผ่านเกณฑ์คะแนนร้อยละ 60
"""
    for line, indicator in (("อยละของนักเรียนทีมีผลสัมฤทธิทางการศึกษา", "อยละของนักเรียนทีมีผลสัมฤทธิทางการศึกษา"),
                            ("1 ร้อยละของนักเรียนที่มีผลสัมฤทธิ์", "1 ร้อยละของนักเรียนที่มีผลสัมฤทธิ์")):
        copy = split_copies(scan(_lines(*text.format(line=line).splitlines()), FORM), FORM)[0]
        parts, out = sort_out(copy, FORM), CopyReading(0, 1, 5)
        split_lost_indicator(copy, parts, out)
        fields = {k: v for k, v, _, _ in parts.fields}
        assert fields["strategy_goal"] == "เป้าหมายที่ 3.3.2 การพัฒนาคุณภาพการศึกษา"
        assert fields["indicator"] == f"{indicator} ผ่านเกณฑ์คะแนนร้อยละ 60"
        assert [(i.code, i.field, i.line_start) for i in out.issues] == [("label_inferred", "projects.indicator", 3)]
    # a goal that wraps onto words of its own keeps them; a copy with its indicator splits nothing
    for extra in ("และการเรียนรู้ตลอดชีวิต", "ตัวชี้วัด : มิติที่ 1\nร้อยละของนักเรียน"):
        copy = split_copies(scan(_lines(*text.format(line=extra).splitlines()), FORM), FORM)[0]
        parts, out = sort_out(copy, FORM), CopyReading(0, 1, 5)
        before = list(parts.fields)
        split_lost_indicator(copy, parts, out)
        assert parts.fields == before and not out.issues


def test_the_last_words_of_a_heading_alone_on_a_line_are_text_not_the_heading():
    from parsers.bma_progress.fields import ANCHORS
    # "...ตามกลุ่มสาระและ / งานที่รับผิดชอบ": a wrapped objective, not 1.2 หน่วยงานที่รับผิดชอบ
    assert not ANCHORS.scan("งานทีรับผิดชอบ")
    assert [h.key for h in ANCHORS.scan("หน่วยงานทีรับผิดชอบ")] == ["s1_2"]
    assert [h.key for h in ANCHORS.scan("หนวยงานที่รับผิดขอบ")] == ["s1_2"]


def test_objectives_whose_numbers_ocr_damaged_are_numbered_by_their_place():
    from parsers.items import mend_item_numbers
    lines = _lines("o. เพื่อสร้างเครือข่าย", "๒. เพื่อยกระดับมาตรฐาน", "๓. เพื่อเป็นการยกย่อง",
                   "ณ์. เพื่อพัฒนาบุคลากร", "๕. เพื่อส่งเสริมการอ่าน")
    items, _ = numbered_items(mend_item_numbers(lines, opens_purpose), opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,), (3,), (4,), (5,)]
    assert items[3].text == "เพื่อพัฒนาบุคลากร"


def test_a_line_of_specks_between_objectives_is_no_damaged_number():
    from parsers.items import mend_item_numbers
    lines = _lines("1) เพื่อสร้างเครือข่าย", "a,     yar y         y.       3 UY.", "2) เพื่อเป็นต้นแบบ",
                   "3) เพื่ออำนวยความสะดวก")
    items, _ = numbered_items(mend_item_numbers(lines, opens_purpose), opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,), (3,)]
    assert items[1].text == "เพื่อเป็นต้นแบบ"


def test_target_groups_whose_label_or_number_ocr_damaged():
    from parsers.values import target_groups
    groups, issues = target_groups(_lines("๑. ต้านปริมาณ ครูผู้สอน จำนวน 40 คน", "lo. ด้านคุณภาพ",
                                          "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น"))
    assert [(kind, text) for kind, text, _, _ in groups] == [
        ("quantity", "ครูผู้สอน จำนวน 40 คน"), ("quality", "นักเรียนมีผลสัมฤทธิ์ทางการเรียนสูงขึ้น")]
    assert not issues
    # a short word and a dot before other text is no group label
    groups, _ = target_groups(_lines("๑. ด้านปริมาณ ครู 40 คน", "ฯลฯ. คุณภาพชีวิตดีขึ้น"))
    assert len(groups) == 1


def test_a_target_group_label_a_letter_off_after_a_sub_number():
    from parsers.values import target_groups
    # "๓.๑ ดต้านปริมาณ" (the groups printed as items 3.1 and 3.2, a letter added to the label: fresh set s96q):
    # before, the label was no label, its text a target of no kind read as target 1
    groups, issues = target_groups(_lines("๓.๑ ดต้านปริมาณ", "ผู้เข้าร่วมโครงการทั้งสิ้น 819 คน", "๓.๒ ด้านคุณภาพ",
                                          "ครูมีความรู้"))
    assert [(g[0], g[1]) for g in groups] == [("quantity", "ผู้เข้าร่วมโครงการทั้งสิ้น 819 คน"), ("quality", "ครูมีความรู้")]
    assert not issues


def test_a_target_group_label_with_no_text_after_it_is_said():
    from parsers.values import target_groups
    # OCR lost the quantity group's lines (fresh set s96o): its label alone, then the quality group's
    groups, issues = target_groups(_lines("๑. ด้านปริมาณ", "๒. ด้านคุณภาพ", "- 1)", "สามารถยกระดับมาตรฐาน"))
    assert [(g[0], g[1]) for g in groups] == [("quantity", ""), ("quality", "1) สามารถยกระดับมาตรฐาน")]
    assert [(i.code, i.field, i.line_start) for i in issues] == [("missing_value", "targets.text", 1)]


def test_a_person_field_keeps_the_name_whole_when_ocr_damaged_the_phone():
    from parsers.values import person_parts
    # specks after a clean phone are dropped
    assert person_parts("นายธนพล บุญประเสริฐ โทร.๕๕๕๑ gy") == ("นายธนพล บุญประเสริฐ", "5551", None)
    assert person_parts("นางสาวกนกวรรณ นาคสวัสดิ์ ๕๓๒๕ ฐ์") == ("นางสาวกนกวรรณ นาคสวัสดิ์", "5325", None)
    # look-alikes among the digits, or the phone word garbled: no phone, and the damage is returned
    assert person_parts("นางสาววรรณา บุญมา โทร ๒«๐๑") == ("นางสาววรรณา บุญมา", None, "โทร 2«01")
    assert person_parts("นางอัญชลี ชัยมงคล ๓ฒ๕๒") == ("นางอัญชลี ชัยมงคล", None, "3ฒ52")
    assert person_parts("นางสาวจิราพร สุขสวัสดี (Ins.") == ("นางสาวจิราพร สุขสวัสดี", None, "(Ins.")
    # clean fields as before
    assert person_parts("นางสุนันทา อินทร์แก้ว (โทร. ๒๙๒๓)") == ("นางสุนันทา อินทร์แก้ว", "2923", None)
    assert person_parts("ฝ่ายการศึกษา") == ("ฝ่ายการศึกษา", None, None)


def test_a_damaged_phone_is_flagged_on_its_column():
    from parsers.bma_progress import read_copies
    text = """ชื่อโครงการ/กิจกรรม : พัฒนาศักยภาพครู
รหัสโครงการ : 09000000-3863
ชื่อผู้รับผิดชอบ : นางสาววรรณา บุญมา โทร ๒«๐๑
ผู้ประสานงาน สยป : นายธนพล บุญประเสริฐ โทร.๕๕๕๑
"""
    copy = read_copies(_lines(*text.splitlines()))[0]
    project = copy.tables["project"][0]
    assert project["owner_name"].value == "นางสาววรรณา บุญมา" and "owner_phone" not in project
    assert project["coordinator_phone"].value == "5551"
    flagged = [i for i in copy.issues if i.code == "unparsed_value"]
    assert [i.field for i in flagged] == ["projects.owner_phone"] and flagged[0].line_start == 3


def test_specks_under_a_wrapped_header_value_are_not_part_of_it():
    from normalizers.furniture import is_specks
    assert is_specks("aw") and is_specks("๑7 AV") and is_specks("9%7") and is_specks("ซะ.")
    assert not is_specks("City") and not is_specks("for All") and not is_specks("(๒๕๖๕)")
    assert not is_specks("การสอน") and not is_specks("")
    from parsers.bma_progress.fields import FORM
    from parsers.reader import scan, sort_out, split_copies
    text = ["หน่วยงานที่รับผิดชอบ : สำนักงานเขตลาดกระบัง / ฝ่ายปกครอง", "aw",
            "ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน : Bangkok as a", "City", "for All"]
    parts = sort_out(split_copies(scan(_lines(*text), FORM), FORM)[0], FORM)
    fields = {k: v for k, v, _, _ in parts.fields}
    assert fields["unit"] == "สำนักงานเขตลาดกระบัง / ฝ่ายปกครอง"
    assert fields["strategy_issue"] == "ด้านที่ 3 - มหานครสำหรับทุกคน : Bangkok as a City for All"


_SIGNED_DOC = "tests/corpus/clean/bma_progress_016.txt"  # prints ฿ before every amount, three projects


def _read_with_header_signs(sign: str, body_sign: str | None = None, amount: tuple[str, str] | None = None):
    """The ฿ document with its header amounts' sign read as `sign` (and the
    body's signs as `body_sign`, one header amount's digits as `amount`)."""
    import json as _json
    from pathlib import Path
    from pipeline.stages import process_document
    text = Path(_SIGNED_DOC).read_text(encoding="utf-8")
    for label in ("งบประมาณที่ได้รับ : ฿", "งบประมาณที่ใช้ไป : ฿"):
        text = text.replace(label, label[:-1] + sign)
    if amount is not None:
        text = text.replace(*amount)
    if body_sign is not None:
        text = text.replace("฿", body_sign)
    rows = process_document("bma_progress_signs.txt", text.encode("utf-8"))
    projects = {p["project_code"]: p for p in rows["projects"]}
    repairs = [(i["field"], _json.loads(i["evidence"])) for i in rows["issues"]
               if i["code"] in ("value_repaired", "repair_ambiguous") and i["field"].startswith("projects.budget")]
    codes = [(i["field"], i["code"]) for i in rows["issues"] if i["field"] and i["field"].startswith("projects.budget")]
    return projects, repairs, codes


def test_a_baht_sign_read_as_8_before_every_header_amount_is_dropped():
    projects, repairs, _ = _read_with_header_signs("8")
    got = {code: (str(p["budget_allocated"]), str(p["budget_spent"])) for code, p in projects.items()}
    assert got == {"50540000-3492": ("11700.00", "7000.00"), "50240000-7123": ("99300.00", "69500.00"),
                   "50180000-3526": ("36600.00", "18300.00")}
    assert len(repairs) == 6 and all(e["rule"] == "baht_sign" for _, e in repairs)
    assert {e["printed"] for _, e in repairs} >= {"811,700", "87,000"}


def test_header_amounts_opening_with_8_in_a_document_without_a_sign_are_kept():
    # no ฿ anywhere else in the document: nothing says the 8 was one
    projects, repairs, _ = _read_with_header_signs("8", body_sign="")
    assert str(projects["50540000-3492"]["budget_allocated"]) == "811700.00"
    assert not [e for _, e in repairs if e["rule"] == "baht_sign"]


def test_a_signed_amount_whose_digits_are_uncertain_is_flagged_not_guessed():
    # "๑๕,๐๐๐" after the sign could be 15,000, 14,000, 18,000, 19,000, 17,000: the sign is dropped, and of the
    # digits' readings none is chosen: they are kept as printed, in doubt
    projects, _, codes = _read_with_header_signs("8", amount=("ได้รับ : 811,700", "ได้รับ : 8๑๕,๐๐๐"))
    assert str(projects["50540000-3492"]["budget_allocated"]) == "15000.00"
    assert ("projects.budget_allocated", "repair_ambiguous") in codes
    assert str(projects["50240000-7123"]["budget_allocated"]) == "99300.00"


def test_a_signed_spent_amount_whose_digits_are_uncertain_is_chosen_by_the_disbursements():
    projects, repairs, _ = _read_with_header_signs("8", amount=("ใช้ไป : 87,000", "ใช้ไป : 8๕,๐๐๐"))
    assert str(projects["50540000-3492"]["budget_spent"]) == "7000.00"
    assert [e["rule"] for f, e in repairs if f == "projects.budget_spent" and "chosen" in e][:1] == ["sum"]


def test_one_header_amount_whose_grouping_the_sign_broke_loses_it():
    # the other header amounts print no sign character; "8011,700" has a first group of four digits
    projects, repairs, _ = _read_with_header_signs("", amount=("ได้รับ : 11,700", "ได้รับ : 8011,700"))
    assert str(projects["50540000-3492"]["budget_allocated"]) == "11700.00"
    assert [e["printed"] for _, e in repairs if e["rule"] == "baht_sign"] == ["8011,700"]


def test_an_amount_whose_thousands_separator_ocr_read_as_a_point_has_that_reading():
    from normalizers.confusions import candidates
    assert candidates("31.700", baht=True)[0] == "31.700"  # the printed reading first
    assert "31,700" in candidates("31.700", baht=True)
    assert "1,500.00" in candidates("1.500.00", baht=True)
    assert candidates("12.50", baht=True) == ["12.50"]  # two places are satang
    assert "31,700" not in candidates("31.700")  # only amounts of money


def test_the_allocation_must_cover_the_spending():
    from decimal import Decimal
    from parsers.bma_progress.repairs import repair_budget_order
    from schemas.document import Reading
    project = {"budget_allocated": Reading(Decimal("31.70"), "31.700 บาท", 11, 11),
               "budget_spent": Reading(Decimal("19000"), "19,000 บาท", 12, 12)}
    [issue] = repair_budget_order(project, "k")
    assert issue.code == "value_repaired" and project["budget_allocated"].value == Decimal("31700")
    # Thai digits that several readings would lift above the spending: flagged, the printed value kept
    project = {"budget_allocated": Reading(Decimal("15000"), "๑๕,๐๐๐ บาท", 11, 11),
               "budget_spent": Reading(Decimal("19000"), "19,000 บาท", 12, 12)}
    [issue] = repair_budget_order(project, "k")
    assert issue.code == "repair_ambiguous" and project["budget_allocated"].value == Decimal("15000")
    # in order: nothing to do
    project["budget_allocated"] = Reading(Decimal("25000"), "๒๕,๐๐๐ บาท", 11, 11)
    assert repair_budget_order(project, "k") == []


def test_a_month_name_with_one_letter_ocr_changed_is_read():
    from datetime import date
    import pytest
    from normalizers.dates import parse_date
    from normalizers.errors import ValueParseError
    assert parse_date("30 คันยายน 2562") == date(2019, 9, 30)
    with pytest.raises(ValueParseError):
        parse_date("30 ทดสอบบบ 2562")  # no month that near


def test_an_objective_whose_number_ocr_lost_between_two_numbers_is_an_item():
    items, _ = numbered_items(_lines("1 เพื่อให้เครือข่ายโรงเรียน", "เพื่อส่งเสริมการพัฒนาคุณภาพ",
                                     "3 เพื่อเป็นต้นแบบ", "4 เพื่อสร้างเครือข่าย"), opens=opens_purpose)
    assert [(i.number, i.text) for i in items] == [((1,), "เพื่อให้เครือข่ายโรงเรียน"),
                                                   ((2,), "เพื่อส่งเสริมการพัฒนาคุณภาพ"),
                                                   ((3,), "เพื่อเป็นต้นแบบ"), ((4,), "เพื่อสร้างเครือข่าย")]
    # with no number two on, a line opening with เพื่อ continues the item above
    items, _ = numbered_items(_lines("1 เพื่อให้เครือข่ายโรงเรียน", "เพื่อการเรียนรู้", "2 เพื่อเป็นต้นแบบ"),
                              opens=opens_purpose)
    assert [i.text for i in items] == ["เพื่อให้เครือข่ายโรงเรียน เพื่อการเรียนรู้", "เพื่อเป็นต้นแบบ"]


def test_a_page_number_left_with_a_dash_opens_no_bulleted_item():
    lines = [Line(1, "@-", bullet=True), Line(2, "เพื่อให้เครือข่าย", bullet=True), Line(3, "เพื่อสร้าง", bullet=True)]
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [i.text for i in items] == ["เพื่อให้เครือข่าย", "เพื่อสร้าง"]


def test_an_unreadable_end_date_is_repaired_only_when_one_reading_fits_the_fiscal_year():
    from datetime import date
    from parsers.bma_progress.repairs import repair_dates
    from schemas.document import Reading
    project = {"fiscal_year_be": Reading(2567, "๒๕๖๗", 1, 1), "end_date_printed": Reading("๓o กันยายน ๒๕๖๗", "๓o กันยายน ๒๕๖๗", 4, 4)}
    [issue] = repair_dates(project, {}, "k")
    assert issue.code == "value_repaired" and project["end_date"].value == date(2024, 9, 30)
    assert "end_date_printed" not in project
    # a month OCR left as a look-alike could be several months of the window: flagged, nothing chosen
    project = {"fiscal_year_be": Reading(2567, "๒๕๖๗", 1, 1), "end_date_printed": Reading("๓๐/@/๒๕๖๗", "๓๐/@/๒๕๖๗", 4, 4)}
    [issue] = repair_dates(project, {}, "k")
    assert issue.code == "repair_ambiguous" and "end_date" not in project


def test_a_first_objective_whose_number_ocr_lost_starts_the_numbered_list():
    items, _ = numbered_items(_lines("เพื่อส่งเสริมและกระตุ้นครู", "2 เพื่อให้ครูผู้สอนมีความรู้", "3 เพื่อพัฒนาผู้เรียน"),
                              opens=opens_purpose)
    assert [(i.number, i.text) for i in items] == [((1,), "เพื่อส่งเสริมและกระตุ้นครู"),
                                                   ((2,), "เพื่อให้ครูผู้สอนมีความรู้"), ((3,), "เพื่อพัฒนาผู้เรียน")]
    # a figure after an objective's words is no item number
    items, _ = numbered_items(_lines("เพื่อส่งเสริมครู", "2 โรงเรียน"), opens=opens_purpose)
    assert [i.text for i in items] == ["เพื่อส่งเสริมครู 2 โรงเรียน"]


def test_a_short_label_with_one_letter_ocr_changed_opens_its_field():
    from parsers.bma_progress.fields import ANCHORS
    assert [h.key for h in ANCHORS.scan("ทัวชีวัด... : มิติที่ 1 ร้อยละของข้าราชการครู")] == ["indicator"]
    # a word one letter from no label, and a label-like word with no separator, open nothing
    assert not ANCHORS.scan("ทดสอบ : ค่า")
    assert not ANCHORS.scan("ทัวชีวัด ร้อยละของข้าราชการครู")


def test_the_dates_a_damaged_date_could_be_leave_its_time_of_day_out():
    from datetime import date
    from normalizers.confusions import date_candidates
    assert date(2025, 9, 30) in date_candidates("๒๐๒๕-๐๕-๓๐ ๐๐:๐๐:๐๐")
    assert date_candidates("๒๐๒๕-๐๕-๓๐ ๐๐:๐๐:๐๐") == date_candidates("๒๐๒๕-๐๕-๓๐")


def test_the_project_period_holds_its_reports():
    from datetime import date
    from parsers.bma_progress.repairs import repair_project_span
    from schemas.document import Reading
    wide = (date(2023, 10, 1), date(2026, 9, 30))
    reported = [date(2024, 10, 19), date(2025, 9, 5)]
    # ๐๙ read ๐๕: the end before the last report; only September of its readings holds it
    project = {"end_date": Reading(date(2025, 5, 30), "๒๐๒๕-๐๕-๓๐ ๐๐:๐๐:๐๐", 7, 7)}
    [issue] = repair_project_span(project, reported, wide, "k")
    assert issue.code == "value_repaired" and project["end_date"].value == date(2025, 9, 30)
    # a start after the first report whose readings several dates before it could be: flagged, kept
    project = {"start_date": Reading(date(2025, 5, 15), "๑๕/๕/๒๕๖๘", 6, 6)}
    [issue] = repair_project_span(project, [date(2025, 5, 10)], wide, "k")
    assert issue.code == "repair_ambiguous" and project["start_date"].value == date(2025, 5, 15)
    # a period that holds its reports is left alone
    project = {"end_date": Reading(date(2025, 9, 30), "๓๐/๙/๒๕๖๘", 7, 7)}
    assert repair_project_span(project, reported, wide, "k") == []


def test_a_unit_whose_slash_ocr_read_as_a_bar_has_its_parts():
    from parsers.values import split_unit
    assert split_unit("สำนักการศึกษา / กองเทคโนโลยีเพื่อการเรียนการสอน | ฝ่ายพัฒนาสื่อการเรียนการสอน") == (
        "สำนักการศึกษา", "กองเทคโนโลยีเพื่อการเรียนการสอน", "ฝ่ายพัฒนาสื่อการเรียนการสอน")
    assert split_unit("สำนักงานเขตหนองแขม / ฝ่ายปกครอง") == ("สำนักงานเขตหนองแขม", "ฝ่ายปกครอง", None)


def _header_fields(text: str) -> dict[str, str]:
    from parsers.bma_progress.fields import FORM
    from parsers.reader import scan, sort_out, split_copies
    parts = sort_out(split_copies(scan(_lines(*text.splitlines()), FORM), FORM)[0], FORM)
    return {k: v for k, v, _, _ in parts.fields}


def test_a_project_code_whose_label_ocr_garbled_is_told_by_its_shape():
    # "รหัสโครงการ" read as Latin letters: the wrapped name must not swallow the code line
    fields = _header_fields("1.1 รหัสโครงการและชื่อโครงการ\n"
                            "ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา\n"
                            "ปีงบประมาณ ๒๕๒๕\n"
                            "aalasams : €00d0000-0€0€    ปีงบประมาณ พ.ศ. : ๒๕๒๕\n")
    assert fields["name"] == "พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา ปีงบประมาณ ๒๕๒๕"
    assert fields["project_code"] == "€00d0000-0€0€"
    assert fields["fiscal_year"] == "๒๕๒๕"
    # on one line (a form printed without line breaks) the name's value ends before it
    fields = _header_fields("ชื่อโครงการ/กิจกรรม : พัฒนาครู xgdu : ๕๐๓๓๐๐๐๐-๕๕๑๕ ปีงบประมาณ พ.ศ. : ๒๕๖๖")
    assert fields["name"] == "พัฒนาครู"
    assert fields["project_code"] == "๕๐๓๓๐๐๐๐-๕๕๑๕"
    # a value with a dash that is no code shape stays where it is
    fields = _header_fields("ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน : Bangkok-City")
    assert "project_code" not in fields


def test_a_label_whose_colon_ocr_lost_after_its_dotted_leader_takes_the_next_line():
    fields = _header_fields("ชื่อโครงการ/กิจกรรม : พัฒนาศักยภาพผู้บริหารสถานศึกษา รหัสโครงการ...\n"
                            "๕๐๓๓๐๐๐๐-๕๕๑๕ ปีงบประมาณ พ.ศ. : ๒566\n")
    assert fields["name"] == "พัฒนาศักยภาพผู้บริหารสถานศึกษา"
    assert fields["project_code"] == "๕๐๓๓๐๐๐๐-๕๕๑๕"


def test_a_label_left_empty_before_another_on_its_line_takes_the_value_ocr_set_below():
    # "รหัสโครงการ :   ปีงบประมาณ พ.ศ. : 2567" / "09000000-2492": the code's value set on the line below
    text = ("1.1 รหัสโครงการและชื่อโครงการ\n"
            "ชื่อโครงการ/กิจกรรม : พัฒนาศักยภาพผู้บริหารสถานศึกษา\n"
            "รหัสโครงการ... :                 ปีงบประมาณ พ.ศ. : 2567\n"
            "09000000-2492\n")
    fields = _header_fields(text)
    assert fields["project_code"] == "09000000-2492" and fields["fiscal_year"] == "2567"
    # a line below that is no code (its converter refuses it) stays section text, the code left empty
    fields = _header_fields(text.replace("09000000-2492", "ส่งเสริมการอ่านของนักเรียน"))
    assert fields["project_code"] == "" and fields["fiscal_year"] == "2567"


def test_a_project_without_a_readable_code_is_kept_and_its_key_flagged():
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
aalasams : €00d0000-0€0€    ปีงบประมาณ พ.ศ. : 2565
เริ่มต้นโครงการ : 1/10/2564    งบประมาณที่ได้รับ : 18,400 บาท
สิ้นสุดโครงการ : 30/9/2565    งบประมาณที่ใช้ไป : 0 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักงานเขตคลองเตย / ฝ่ายปกครอง / ฝ่ายปกครอง
1.3 หลักการและเหตุผล
ความก้าวหน้าของเทคโนโลยีสารสนเทศ
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อสร้างเครือข่ายความร่วมมือ
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    [project] = rows["projects"]
    assert project["project_code"] is None and project["name"] == "พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา"
    assert project["project_key"].startswith("bma_progress:2565:")
    assert [o["text"] for o in rows["objectives"]] == ["เพื่อสร้างเครือข่ายความร่วมมือ"]
    named = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("unparsed_value", "projects.project_code") in named
    assert ("missing_field", "projects.project_key") in named


def test_a_fiscal_year_read_nowhere_is_said_of_the_year_and_the_key_made_of_it():
    # the year line OCR left unreadable ('๒๕๒': a digit lost) and no date with a year the form's dates agree
    # on: the key keeps '?' after its code, and the CE year is empty: each is named, not left silent
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
รหัสโครงการ : 09000000-2492    ปีงบประมาณ พ.ศ. : ๒๕๒
เริ่มต้นโครงการ : ๑ ตุลาคม    งบประมาณที่ได้รับ : 18,400 บาท
สิ้นสุดโครงการ : ๓๐ กันยายน    งบประมาณที่ใช้ไป : 0 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักงานเขตคลองเตย / ฝ่ายปกครอง / ฝ่ายปกครอง
1.3 หลักการและเหตุผล
ความก้าวหน้าของเทคโนโลยีสารสนเทศ
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อสร้างเครือข่ายความร่วมมือ
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : ๒๕ ตุลาคม : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    [project] = rows["projects"]
    assert project["project_key"] == "09000000-2492/?" and project["fiscal_year"] is None
    named = {(i["code"], i["field"]) for i in rows["issues"]}
    assert {("missing_field", "projects.fiscal_year"), ("missing_field", "projects.project_key")} <= named


def test_an_inline_list_number_at_a_line_end_or_misread_inside_a_line_opens_its_item():
    # a one-line form wrapped by the page: "๓." ends a line, "๕." stands for ๔ inside one
    lines = _lines("๑.", "เพื่อพัฒนาคุณภาพการจัดการศึกษา",
                   "ด้วยระบบเครือข่ายโรงเรียนที่ยั่งยืน ๒. เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต ๓.",
                   "เพื่ออำนวยความสะดวกและควบคุมดูแลการดำเนินงานของศูนย์วิชาการเขตให้",
                   "เป็นไปตามแนวทางที่กำหนด ๕. เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและนำไป",
                   "ประยุกต์ใช้ในการจัดการเรียนการสอนได้ ๕. เพื่อเป็นต้นแบบให้กับข้าราชการครูได้",
                   "ศึกษาและเรียนรู้วัฒนธรรมชุมชน")
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,), (3,), (4,), (5,)]
    assert items[1].text == "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต"
    assert items[2].text.startswith("เพื่ออำนวยความสะดวก") and items[2].text.endswith("ตามแนวทางที่กำหนด")
    assert items[4].text == "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ ศึกษาและเรียนรู้วัฒนธรรมชุมชน"


def test_sub_numbered_objectives_whose_numbers_ocr_damaged_keep_their_section_prefix():
    from parsers.items import mend_item_numbers
    # ๖.๑ read as "ใ๒๒.๑" (a speck glued on), ๖.๒ as "lo" with its dot lost, ๖ as ๒, ๔ as ๕
    lines = _lines("ใ๒๒.๑   เพื่อพัฒนาคุณภาพการจัดการศึกษา", "ด้วยระบบเครือข่ายโรงเรียน",
                   "lo เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต", "๒.๓ เพื่อส่งเสริมการยกย่อง", "๒.๕ เพื่อให้ครูผู้สอน")
    items, lead = numbered_items(mend_item_numbers(lines, opens_purpose), opens=opens_purpose)
    assert not lead
    assert [i.number for i in items] == [(2, 1), (2, 2), (2, 3), (2, 4)]
    assert items[0].text == "เพื่อพัฒนาคุณภาพการจัดการศึกษา ด้วยระบบเครือข่ายโรงเรียน"
    # a Latin word before an opener is no damaged number
    lines = _lines("1. เพื่อสร้างเครือข่าย", "(PLC) เพื่อให้เครือข่ายโรงเรียน", "2. เพื่อเป็นต้นแบบ")
    items, _ = numbered_items(mend_item_numbers(lines, opens_purpose), opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,)]


def test_target_groups_with_a_letter_changed_in_their_label_or_specks_before_them():
    from parsers.values import target_groups
    groups, issues = target_groups(_lines("vy\tโร", "๑. ด้านปรมาณ", "ผู้เข้าร่วมโครงการ 586 คน", "๒. ด้านคุณภาพ",
                                          "สามารถยกระดับมาตรฐาน"))
    assert [(g[0], g[1]) for g in groups] == [("quantity", "ผู้เข้าร่วมโครงการ 586 คน"),
                                              ("quality", "สามารถยกระดับมาตรฐาน")]
    assert not issues
    groups, _ = target_groups(_lines("๑. ดต้านปริมาณ", "คณะกรรมการศูนย์วิชาการเขต", "la. ด้านคุณภาพ",
                                     "เครือข่ายโรงเรียนมีผลงาน"))
    assert [g[0] for g in groups] == ["quantity", "quality"]
    assert groups[0][1] == "คณะกรรมการศูนย์วิชาการเขต"
    # text without any label stays one group of unknown kind, specks and all
    groups, issues = target_groups(_lines("๒๐ คน", "ครูผู้สอน"))
    assert [g[0] for g in groups] == [None] and issues


def test_the_ordinal_and_the_purpose_word_get_back_the_marks_ocr_dropped():
    from parsers.items import mend_purpose
    from parsers.values import clean_ordinal_value
    assert clean_ordinal_value("มิติที 3.3 - การศึกษาสำหรับทุกคน") == "มิติที่ 3.3 - การศึกษาสำหรับทุกคน"
    assert clean_ordinal_value("เป้าหมายที ๓.๓.๔ ครู") == "เป้าหมายที่ ๓.๓.๔ ครู"
    assert clean_ordinal_value("ใช้เวลา ๓๐ นาที 2 ครั้ง") == "ใช้เวลา ๓๐ นาที 2 ครั้ง"  # a word "ที" stays
    assert clean_ordinal_value("ทีม 3 ทีม") == "ทีม 3 ทีม"
    assert mend_purpose("เพือยกระดับมาตรฐาน") == "เพื่อยกระดับมาตรฐาน"
    assert mend_purpose("เพอส่งเสริม") == "เพื่อส่งเสริม"
    assert mend_purpose("เพื่อให้ครู") == "เพื่อให้ครู"


def test_a_line_opening_with_a_separator_after_a_phone_is_no_continuation_of_the_person():
    text = ("1.2 หน่วยงานที่รับผิดชอบ\n"
            "ผู้ประสานงาน สยป : นายกิตติพงษ์ ศักดิ์ดี โทร.4895\n"
            ": นางจิราพร ศรีสุข โทร.7790\n"
            "ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน\n"
            ": Bangkok as a City for All\n")
    from parsers.bma_progress.fields import FORM
    from parsers.reader import scan, sort_out, split_copies
    parts = sort_out(split_copies(scan(_lines(*text.splitlines()), FORM), FORM)[0], FORM)
    fields = {k: v for k, v, _, _ in parts.fields}
    assert fields["coordinator"] == "นายกิตติพงษ์ ศักดิ์ดี โทร.4895"
    assert [ln.text for ln in parts.sections["s1_2"]] == [": นางจิราพร ศรีสุข โทร.7790"]  # flagged as unplaced
    assert fields["strategy_issue"] == "ด้านที่ 3 - มหานครสำหรับทุกคน : Bangkok as a City for All"


def test_a_report_date_out_of_order_does_not_bound_the_projects_period():
    # report 2 read a year late (2022-01-15 between 2020-11 and 2021-02): it is in doubt itself, so it does not
    # push the end date '๓0 กันยายน ๒๕๒๕' (2021 or 2022 by its characters) to 2022: read again inside the fiscal
    # year 2564 alone, it is 2021-09-30, and the report's date has no say in it
    from datetime import date

    from parsers.bma_progress.repairs import repair_dates
    from schemas.document import Reading
    project = {"fiscal_year_be": Reading(2564, "๒๕๖๔", 5, 5),
               "end_date": Reading(date(1982, 9, 30), "๓0 กันยายน ๒๕๒๕", 6, 6)}
    reports = {1: {"report_date": Reading(date(2020, 11, 15), "15/11/2563", 10, 10)},
               2: {"report_date": Reading(date(2022, 1, 15), "15/1/2565", 11, 11)},
               3: {"report_date": Reading(date(2021, 2, 4), "4/2/2564", 12, 12)}}
    issues = repair_dates(project, reports, "k")
    assert project["end_date"].value == date(2021, 9, 30)
    (fixed,) = [i for i in issues if i.code == "value_repaired" and i.field == "projects.end_date"]
    assert json.loads(fixed.evidence)["rule"] == "fiscal_year_window"
    assert not [i for i in issues if i.field == "projects.end_date" and "report_span" in i.evidence]


def test_a_header_date_whose_year_wrapped_onto_the_next_line_takes_it():
    fields = _header_fields("ปีงบประมาณ พ.ศ. : 2563 รหัสโครงการ... : 09000000-1936\n"
                            "งบประมาณที่ได้รับ : 55,500 บาท เริ่มต้นโครงการ : 1 ตุลาคม\n"
                            "2562\n"
                            "งบประมาณที่ใช้ไป : 33,290 บาท สิ้นสุดโครงการ : 30 กันยายน\n"
                            "2563\n"
                            "1.2 หน่วยงานที่รับผิดชอบ\n")
    assert fields["start_date"] == "1 ตุลาคม 2562" and fields["end_date"] == "30 กันยายน 2563"
    # a whole date takes nothing more
    fields = _header_fields("สิ้นสุดโครงการ : 30/9/2563\nข้อความอื่น\n")
    assert fields["end_date"] == "30/9/2563"


def test_a_value_whose_label_ocr_lost_goes_to_the_one_field_its_section_lacks():
    from parsers.bma_progress.read import read_copy
    from parsers.bma_progress.fields import FORM
    from parsers.reader import scan, split_copies
    text = ("1.2 หน่วยงานที่รับผิดชอบ\n"
            "หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / กองเทคโนโลยี / ฝ่ายพัฒนาสื่อ\n"
            "ผู้ประสานงาน สยป : นายกิตติพงษ์ ศักดิ์ดี โทร.4895\n"
            ": นางจิราพร ศรีสุข โทร.7790\n"
            "1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี\n"
            "ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน\n"
            "ประเด็นยุทธศาสตร์ย่อย : มิติที่ 3.3 - การศึกษาสำหรับทุกคน\n"
            "เป้าหมายที่ : 3.3.1 เด็กที่อาศัยอยู่ในกรุงเทพมหานคร\n"
            "ทุกคนจะต้องได้รับการศึกษา\n"
            "a: Han 1\n"
            "ร้อยละของโรงเรียนที่มีผลงาน\n")
    out = read_copy(split_copies(scan(_lines(*text.splitlines()), FORM), FORM)[0])
    project = out.tables["project"][0]
    assert project["owner_name"].value == "นางจิราพร ศรีสุข" and project["owner_phone"].value == "7790"
    assert project["coordinator_phone"].value == "4895"
    assert project["strategy_goal"].value == "3.3.1 เด็กที่อาศัยอยู่ในกรุงเทพมหานคร ทุกคนจะต้องได้รับการศึกษา"
    assert project["indicator"].value == "Han 1 ร้อยละของโรงเรียนที่มีผลงาน"
    inferred = {i.field for i in out.issues if i.code == "label_inferred"}
    assert inferred == {"projects.owner_name", "projects.indicator"}
    # two fields lacking (the unit's line lost too): nothing is guessed, the line stays text no label opens
    lines = text.splitlines()
    out = read_copy(split_copies(scan(_lines(lines[0], *lines[2:4]), FORM), FORM)[0])
    assert "owner_name" not in out.tables["project"][0] and "agency" not in out.tables["project"][0]
    assert not [i for i in out.issues if i.code == "label_inferred"]
    assert [i for i in out.issues if i.code == "unplaced_text"]


def test_a_plausible_fiscal_year_no_date_of_the_form_falls_in_is_flagged():
    from datetime import date

    from parsers.bma_progress.repairs import repair_fiscal_year
    from schemas.document import Reading
    # (no reading of "๒๕๕๓" is 2561, not even under the misreads the table leaves out; "๒๕9๑", a ๖ written as an
    # Arabic 9, is one: test_bma_fiscal_year_rare_reads)
    project = {"fiscal_year_be": Reading(2553, "๒๕๕๓", 8, 8), "start_date": Reading(date(2017, 10, 1), "2017-10-01", 9, 9)}
    reports = {1: {"report_date": Reading(date(2018, 1, 5), "5/1/2561", 20, 20)},
               2: {"report_date": Reading(date(2018, 3, 5), "5/3/2561", 21, 21)}}
    issues = repair_fiscal_year(project, reports, "k")
    assert project["fiscal_year_be"].value == 2553  # kept as read: no reading of its characters is 2561
    assert {(i.code, i.field) for i in issues} >= {("implausible_value", "projects.fiscal_year_be")}
    # the year the dates agree on: nothing said
    project["fiscal_year_be"] = Reading(2561, "2561", 8, 8)
    assert not repair_fiscal_year(project, reports, "k")


def test_a_units_opening_word_gets_back_the_marks_ocr_dropped():
    from parsers.values import mend_unit_word, split_unit
    assert split_unit("สำนักงานเขตคลองเตย / ฝายปกครอง / ฝ่ายปกครอง") == ("สำนักงานเขตคลองเตย", "ฝ่ายปกครอง",
                                                                       "ฝ่ายปกครอง")
    assert mend_unit_word("กลุมงานวิชาการ") == "กลุ่มงานวิชาการ"
    assert mend_unit_word("ศูนยวิชาการเขต") == "ศูนย์วิชาการเขต"
    # only marks are put back, and only to a unit word opening the part
    assert mend_unit_word("สวนหลวง") == "สวนหลวง" and mend_unit_word("ฝากครรภ์") == "ฝากครรภ์"
    assert mend_unit_word("คองเทคโนโลยี") == "คองเทคโนโลยี"


_TWO_FORMS = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
{name}
{code}    ปีงบประมาณ พ.ศ. : 2565
เริ่มต้นโครงการ : 1/10/2564    งบประมาณที่ได้รับ : {budget} บาท
สิ้นสุดโครงการ : 30/9/2565    งบประมาณที่ใช้ไป : 0 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : {unit}
1.3 หลักการและเหตุผล
{why}
1.4 วัตถุประสงค์ของโครงการ
1. {obj}
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
_FIRST = dict(name="ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพ", code="รหัสโครงการ : 50360000-1505",
              budget="18,400", unit="สำนักงานเขตคลองเตย / ฝ่ายปกครอง", why="ความก้าวหน้าของเทคโนโลยีสารสนเทศ",
              obj="เพื่อสร้างเครือข่าย")


def test_a_second_project_whose_name_and_code_ocr_lost_is_kept_and_said():
    # the form's headings repeat at each page top (marked as page furniture), the name and code labels are
    # garbled: the next project opens with its other header labels after the certification
    from pipeline.stages import process_document
    second = dict(name="ซอโศรงการ/ทจกรรม ; ส่งเสริมการอ่าน", code="sweserns ; 0g000000-13@1", budget="99,000",
                  unit="สำนักการศึกษา / ฝ่ายวิชาการ",
                  why="การอ่านเป็นพื้นฐานของการเรียนรู้ทุกวิชา นักเรียนในสังกัดจำนวนมากยังอ่านไม่คล่อง\n"
                      "โรงเรียนจึงต้องจัดกิจกรรมส่งเสริมการอ่านอย่างต่อเนื่องตลอดปีการศึกษา",
                  obj="เพื่อส่งเสริมการอ่านของนักเรียนชั้นประถมศึกษาให้คล่องและเข้าใจ")
    rows = process_document("x.txt", (_TWO_FORMS.format(**_FIRST) + _TWO_FORMS.format(**second)).encode("utf-8"))
    assert rows["documents"][0]["status"] == "partial"
    by_budget = {p["budget_allocated"]: p for p in rows["projects"]}
    assert set(by_budget) == {Decimal("18400.00"), Decimal("99000.00")}
    lost = by_budget[Decimal("99000.00")]
    assert lost["agency"] == "สำนักการศึกษา" and lost["project_code"] is None and lost["name"] is None
    named = {(i["code"], i["field"], i["project_key"]) for i in rows["issues"]}
    assert ("missing_field", "projects.project_code", lost["project_key"]) in named
    assert by_budget[Decimal("18400.00")]["agency"] == "สำนักงานเขตคลองเตย"


def test_a_copy_whose_name_and_code_ocr_lost_still_votes_with_its_project():
    from pipeline.stages import process_document
    again = dict(_FIRST, name="ซอโศรงการ/ทจกรรม ; พัฒนาระบบการประกันคุณภาพ", code="sweserns ; 5o3&0000-15o5",
                 budget="18,500")
    rows = process_document("x.txt", (_TWO_FORMS.format(**_FIRST) + _TWO_FORMS.format(**again)).encode("utf-8"))
    [project] = rows["projects"]
    assert project["project_code"] == "50360000-1505" and project["n_copies"] == 2
    assert {i["field"] for i in rows["issues"] if i["code"] == "ocr_variant"} >= {"projects.budget_allocated"}


def test_a_code_the_cover_page_prints_in_arabic_digits_undoes_the_forms_thai_digit_misreads():
    # the cover page before the form prints the code in Arabic digits (read as printed); the form prints it in
    # Thai digits, its ๖ read ๒: every difference one OCR makes of the cover's digit, so the code is the cover's
    from pipeline.stages import process_document
    cover = "สำนักงานเขตคลองเตย\nพัฒนาระบบการประกันคุณภาพ\n({code})\n\n"
    form = _TWO_FORMS.format(**dict(_FIRST, code="รหัสโครงการ : ๕๐๓๒๐๐๐๐-๑๕๐๕"))
    rows = process_document("x.txt", (cover.format(code="50360000-1505") + form).encode("utf-8"))
    [project] = rows["projects"]
    assert project["project_code"] == "50360000-1505" and project["project_key"] == "50360000-1505/2565"
    [fixed] = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.project_code"]
    assert json.loads(fixed["evidence"]) == {"rule": "cover_page", "printed": "๕๐๓๒๐๐๐๐-๑๕๐๕",
                                             "read": "50320000-1505", "chosen": "50360000-1505"}
    # a cover code the form's printing is no misread of (๓ is no reading of 6) leaves the form's code as read
    rows = process_document("x.txt", (cover.format(code="50330000-1505") + form.replace("๕๐๓๒", "๕๐๓๓")
                                      ).encode("utf-8"))
    assert rows["projects"][0]["project_code"] == "50330000-1505"
    rows = process_document("x.txt", (cover.format(code="50360000-1505") + form.replace("๕๐๓๒", "๕๐๓๓")
                                      ).encode("utf-8"))
    assert rows["projects"][0]["project_code"] == "50330000-1505"
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "projects.project_code"]


def test_a_units_slash_the_page_wrapped_alone_onto_its_line_still_parts_its_names():
    # "... / สำนักงานการศึกษาพิเศษ" / "/" / "กลุ่มงาน...": the clean-up takes the lone slash for OCR noise; under a
    # unit whose names slashes part it is the separator, so the section is no part of the division
    from pipeline.clean import clean_lines
    from pipeline.stages import process_document
    unit = "สำนักการศึกษา / สำนักงานการศึกษาพิเศษ\n/\n\nกลุ่มงานส่งเสริมการจัดการศึกษา"
    text = _TWO_FORMS.format(**dict(_FIRST, unit=unit))
    assert [ln.kind for ln in clean_lines(text)[0] if ln.text.strip() == "/"] == ["ocr_noise"]
    [project] = process_document("x.txt", text.encode("utf-8"))["projects"]
    assert (project["agency"], project["division"], project["section"]) == (
        "สำนักการศึกษา", "สำนักงานการศึกษาพิเศษ", "กลุ่มงานส่งเสริมการจัดการศึกษา")
    # under a value no slash parts, a lone slash stays noise
    from parsers.bma_progress.read import slashes_in_units
    lines = clean_lines("ชื่อโครงการ/กิจกรรม : พัฒนาครู\n/\nสำนักการศึกษา / ฝ่ายปกครอง\n/\n")[0]
    assert slashes_in_units(lines) == {4}


def test_an_objective_whose_number_ocr_lost_with_debris_or_a_gap_opens_the_next_item():
    # the last item's number lost in a line of debris, or with lines the clean-up took out (a gap)
    lines = _lines("1 เพื่อสร้างเครือข่ายความร่วมมือ", "และชุมชน", "A   ๑27      ya     ๑7     ๑      ๕๕       1",
                   "เพื่อพัฒนาผู้เรียน", "ผ่านการใช้เทคโนโลยี")
    items, _ = numbered_items(lines, opens=opens_purpose)
    assert [(i.number, i.text) for i in items] == [((1,), "เพื่อสร้างเครือข่ายความร่วมมือ และชุมชน"),
                                                   ((2,), "เพื่อพัฒนาผู้เรียน ผ่านการใช้เทคโนโลยี")]
    gap = [Line(65, "1 เพื่อสร้างเครือข่าย"), Line(66, "และชุมชน"), Line(69, "เพื่อพัฒนาผู้เรียน")]
    items, _ = numbered_items(gap, opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,)]
    # debris inside an item is no text of it
    items, _ = numbered_items(_lines("1) เพื่อสร้างเครือข่าย", "a,     yar y     y.    3 UY.     1    ซือ๑7.",
                                     "2) เพื่อเป็นต้นแบบ"), opens=opens_purpose)
    assert [i.text for i in items] == ["เพื่อสร้างเครือข่าย", "เพื่อเป็นต้นแบบ"]
    # without a gap or debris a wrapped line opening with the purpose word stays in its item
    items, _ = numbered_items(_lines("1 เพื่อสร้างเครือข่าย", "เพื่อให้ชุมชนเข้มแข็ง"), opens=opens_purpose)
    assert len(items) == 1


def test_an_objective_number_read_as_the_next_in_sequence_is_said_and_doubted_after_a_gap():
    # "๕." after objective 3 is read as 4 (OCR reads ๔ as ๕): a value_repaired issue says so; when text
    # reached objective 3 past a gap of lines (objective 4's, its number and "เพื่อ" lost with a page edge),
    # the number may be right and objective 4 lost: repair_ambiguous for the number and objective 3's text
    import json

    from parsers.items import renumbered_issues

    def lines(*texts):
        return [Line(no, t, "text") for no, t in enumerate(texts, 1) if t is not None]

    plain = lines("๑. เพื่อพัฒนาครู", "๒. เพื่อพัฒนานักเรียน", "๓. เพื่อพัฒนาโรงเรียน", "๕. เพื่อสร้างเครือข่าย")
    items, _ = numbered_items(plain, opens=opens_purpose)
    assert [i.number for i in items] == [(1,), (2,), (3,), (4,)] and items[3].printed_number == (5,)
    (issue,) = renumbered_issues(items[2], items[3], 4, "objective", "objectives")
    assert issue.code == "value_repaired" and issue.field == "objectives.seq"
    assert json.loads(issue.evidence)["chosen"] == 4
    gapped = lines("๑. เพื่อพัฒนาครู", "๒. เพื่อพัฒนานักเรียน", "๓. เพื่อพัฒนาโรงเรียน", None, None,
                   "ส่งเสริมการยกย่องเชิดชูเกียรติครู", "๕. เพื่อสร้างเครือข่าย")
    items, _ = numbered_items(gapped, opens=opens_purpose)
    assert items[2].gapped and items[3].printed_number == (5,)
    issues = renumbered_issues(items[2], items[3], 4, "objective", "objectives")
    assert [(i.code, i.field) for i in issues] == [("repair_ambiguous", "objectives.seq"),
                                                  ("repair_ambiguous", "objectives.text"),
                                                  ("repair_ambiguous", "objectives.text")]
    assert issues[1].line_start == items[2].line_start and sorted(json.loads(issues[0].evidence)["candidates"]) == [4, 5]
    # the text in doubt is the item before's and the item's own (were "๕" right, its text is objective 5's)
    assert (issues[2].line_start, issues[2].line_end) == (items[3].line_start, items[3].line_end)


def test_a_copy_whose_code_ocr_read_with_a_digit_too_many_votes_with_its_project():
    # the second copy's code in Thai digits, OCR adding a character ("...-๓๕๒9๐"): its first twelve digits
    # are another code, which made the copy another project (every report's n_copies 1 of 2, silently);
    # the code is unread (said), and the copy votes with its project by its name
    from pipeline.stages import process_document
    first = dict(_FIRST, code="รหัสโครงการ : 50460000-3460")
    again = dict(_FIRST, code="รหัสโครงการ : ๕๐๕๒๐๐๐๐-๓๕๒9๐")  # ๔ read as ๕, ๖ as ๒, and a 9 too many
    rows = process_document("x.txt", (_TWO_FORMS.format(**first) + _TWO_FORMS.format(**again)).encode("utf-8"))
    [project] = rows["projects"]
    assert project["project_code"] == "50460000-3460" and project["n_copies"] == 2
    assert rows["progress_reports"][0]["n_copies"] == 2
    assert ("unparsed_value", "projects.project_code") in {(i["code"], i["field"]) for i in rows["issues"]}


def test_a_second_project_of_the_same_name_whose_code_ocr_lost_is_not_a_copy_of_the_first():
    # a file printing two projects of one name, the second's code lost to OCR: its name alone made it a
    # copy of the first (the first's rows said to be in two copies, the second's lost, silently); its other
    # header texts (the rationale, the unit) are other texts, so it is another project
    from pipeline.stages import process_document
    second = dict(_FIRST, code="sweserns ; 0g000000-13@1", budget="99,000", unit="สำนักการศึกษา / ฝ่ายวิชาการ",
                  why="การอ่านเป็นพื้นฐานของการเรียนรู้ทุกวิชา นักเรียนในสังกัดจำนวนมากยังอ่านไม่คล่อง")
    rows = process_document("x.txt", (_TWO_FORMS.format(**_FIRST) + _TWO_FORMS.format(**second)).encode("utf-8"))
    by_budget = {p["budget_allocated"]: p for p in rows["projects"]}
    assert set(by_budget) == {Decimal("18400.00"), Decimal("99000.00")}
    assert by_budget[Decimal("18400.00")]["n_copies"] == 1 and by_budget[Decimal("99000.00")]["n_copies"] == 1
    assert by_budget[Decimal("99000.00")]["agency"] == "สำนักการศึกษา"
    # the same project printed again with its code lost, its texts as before, is still a copy
    again = dict(_FIRST, code="sweserns ; 0g000000-13@1")
    rows = process_document("x.txt", (_TWO_FORMS.format(**_FIRST) + _TWO_FORMS.format(**again)).encode("utf-8"))
    [project] = rows["projects"]
    assert project["n_copies"] == 2


def test_a_copy_whose_code_ocr_lost_and_whose_name_runs_on_is_a_copy_when_its_rationale_agrees():
    # one copy's name lost its wrapped line (or kept it where the other lost it), and its code is unread:
    # the names are too far apart to agree, which made the copy another project (every row's n_copies
    # 1 of 2, silently); a name that is the start of the other's, with the same rationale, is one project
    from pipeline.stages import process_document
    again = dict(_FIRST, name="ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพ ประจำปีงบประมาณ พ.ศ. 2565",
                 code="sweserns ; 5o3&0000-15o5")
    rows = process_document("x.txt", (_TWO_FORMS.format(**_FIRST) + _TWO_FORMS.format(**again)).encode("utf-8"))
    [project] = rows["projects"]
    assert project["project_code"] == "50360000-1505" and project["n_copies"] == 2
    # another rationale: another project, whose name only begins as the first's does
    other = dict(again, why="การอ่านเป็นพื้นฐานของการเรียนรู้ทุกวิชา นักเรียนในสังกัดจำนวนมากยังอ่านไม่คล่อง")
    rows = process_document("x.txt", (_TWO_FORMS.format(**_FIRST) + _TWO_FORMS.format(**other)).encode("utf-8"))
    assert len(rows["projects"]) == 2


def test_a_report_read_in_fewer_copies_than_its_project_has_is_said():
    # the second copy lost report 2 (its entry cut, or read under another number): the report's n_copies is
    # the copies that read it, 1 of 2, which is said of progress_reports.n_copies at the entry
    from pipeline.stages import process_document
    entry = "รายงานครั้งที่ 1 : 25/10/2564 : จัดทำโครงการเพื่อขออนุมัติ\n"
    second = ("รายงานครั้งที่ 2 : 25/11/2564 : ประชุมคณะทำงาน\nความก้าวหน้าของงานฯ = 10 : งบประมาณที่เบิกใช้ "
              "(ครั้งที่ 2) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย\n")
    first = _TWO_FORMS.format(**_FIRST)
    first = first.replace("ขอรับรองว่า", second + "ขอรับรองว่า")
    rows = process_document("x.txt", (first + _TWO_FORMS.format(**_FIRST)).encode("utf-8"))
    [project] = rows["projects"]
    assert project["n_copies"] == 2 and entry.strip() in first
    counts = {r["seq"]: r["n_copies"] for r in rows["progress_reports"]}
    assert counts == {1: 2, 2: 1}
    said = [i for i in rows["issues"] if i["code"] == "report_in_fewer_copies"]
    assert [(i["field"], json.loads(i["evidence"])) for i in said] == [("progress_reports.n_copies",
                                                                       {"copies": 1, "of": 2})]


def test_the_expense_lines_of_a_report_read_in_fewer_copies_are_said_too():
    # report 2, with an expense line, is read in one copy of two (the other lost it, or this copy read an entry
    # twice under two numbers): its expense row is no better vouched for than its cells, and is said at its lines
    # on the expenses table; report 1's line, read in both copies, is not
    from pipeline.stages import process_document
    one = ("รายงานครั้งที่ 1 : 25/10/2564 : จัดทำโครงการเพื่อขออนุมัติ ค่าอาหารกลางวัน 40 คน x 50.00 บาท = "
           "2,000.00 บาท\nความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 2,000.00 บาท : เป็นไปตามแผน : "
           "เป็นไปตามเป้าหมาย\n")
    two = ("รายงานครั้งที่ 2 : 25/11/2564 : ประชุมคณะทำงาน ค่าอาหารว่าง 49 คน x 100.00 บาท = 4,900.00 บาท\n"
           "ความก้าวหน้าของงานฯ = 10 : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 4,900.00 บาท : เป็นไปตามแผน : "
           "เป็นไปตามเป้าหมาย\n")
    base = _TWO_FORMS.format(**_FIRST)
    entry = "รายงานครั้งที่ 1 : 25/10/2564 : จัดทำโครงการเพื่อขออนุมัติ\n"
    assert entry in base
    first, second = base.replace(entry, one + two), base.replace(entry, one)
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    lines = {(r["report_seq"], r["seq"]): (r["line_start"], r["line_end"]) for r in rows["expenses"]}
    assert set(lines) == {(1, 1), (2, 1)}
    said = [i for i in rows["issues"] if i["code"] == "report_in_fewer_copies" and i["field"] == "expenses"]
    assert [(i["line_start"], i["line_end"], json.loads(i["evidence"])) for i in said] == [
        (*lines[(2, 1)], {"copies": 1, "of": 2})]


def test_a_word_like_the_code_label_in_a_report_entry_does_not_start_another_copy():
    # "...ขอยกเลิกการดำเนินงาน / โครงการ :: ความก้าวหน้าของงานฯ = 30 ..." : the entry's wrapped "โครงการ :"
    # opening a line reads fuzzily as the code label; its value holds no code, so inside section 2 it starts
    # no copy (a stray copy made the document's n_copies 2, silently)
    from parsers.bma_progress.fields import FORM
    from parsers.reader import scan, split_copies
    from pipeline.clean import clean_lines
    text = _TWO_FORMS.format(**_FIRST).replace(
        "ความก้าวหน้าของงานฯ = 5", "จึงขอยกเลิกการดำเนินงาน\nโครงการ :: ความก้าวหน้าของงานฯ = 5")
    lines, _ = clean_lines(text)
    assert len(split_copies(scan(FORM.anchors.mend_breaks(lines), FORM), FORM)) == 1
    # a code label OCR damaged, its value a code, still starts the form again there
    again = _TWO_FORMS.format(**_FIRST) + _TWO_FORMS.format(**dict(_FIRST, name="", code="โครงการ : 5o3&0000-15o5"))
    lines, _ = clean_lines(again)
    assert len(split_copies(scan(FORM.anchors.mend_breaks(lines), FORM), FORM)) == 2


def test_an_objective_whose_bullet_ocr_read_as_another_mark_opens_its_own_item():
    """A bulleted list of objectives after OCR (a fresh set's): one bullet lost
    (the line still opens with "เพื่อ"), one read as "=", one as ":": each its own
    objective, the mark no part of its text."""
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
รหัสโครงการ : 50330000-1234    ปีงบประมาณ พ.ศ. : 2565
1.4 วัตถุประสงค์ของโครงการ
- เพื่อส่งเสริมการดำเนินงานของศูนย์วิชาการเขต
 เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ

= เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครูได้แสดงศักยภาพและ
ความสามารถในการเรียนการสอน
: เพื่ออำนวยความสะดวก
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    assert [o["text"].replace(" ", "") for o in rows["objectives"]] == [
        "เพื่อส่งเสริมการดำเนินงานของศูนย์วิชาการเขต", "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจ",
        "เพื่อส่งเสริมและกระตุ้นให้ข้าราชการครูได้แสดงศักยภาพและความสามารถในการเรียนการสอน", "เพื่ออำนวยความสะดวก"]


def test_an_expense_units_mark_ocr_lost_or_misread_is_read_against_the_forms_units():
    """"ชัวโมง" (a mark lost: ชั่วโมง, the one unit with its letters); "ค้น" (a
    mark misread: คน or คัน, คัน has its mark on the same letter), a repair
    said; "คนั" (no mark where either has one) kept as printed and said."""
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
รหัสโครงการ : 50330000-1234    ปีงบประมาณ พ.ศ. : 2565
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อสร้างเครือข่ายความร่วมมือ
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดกิจกรรม
ค่าตอบแทนวิทยากร 3 ชัวโมง x 600 บาท = 1,800 บาท
ค่าเช่ารถโดยสาร 2 ค้น x 2,000 บาท = 4,000 บาท
ค่าเช่ารถตู้ 1 คนั x 1,000 บาท = 1,000 บาท
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 6,800 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    assert [e["unit"] for e in rows["expenses"]] == ["ชั่วโมง", "คัน", "คนั"]
    said = {(i["code"], i["line_start"]) for i in rows["issues"] if i["field"] == "expenses.unit"}
    assert said == {("value_repaired", 11), ("repair_ambiguous", 12)}


def test_specks_far_apart_on_a_line_between_unnumbered_objectives_number_no_item():
    """"1            6" (specks OCR read on a line of their own, extra4 t007)
    between objectives printed without numbers: no item number, so the
    objective after it is its own, not the text of an item "1"."""
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
รหัสโครงการ : 50330000-1234    ปีงบประมาณ พ.ศ. : 2565
1.4 วัตถุประสงค์ของโครงการ
เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้

เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต

1                                                                   6
เพื่อติดตามและประเมินผลการยกระดับผลสัมฤทธิ์ทางการเรียน
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    assert [o["text"] for o in rows["objectives"]] == [
        "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้", "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต",
        "เพื่อติดตามและประเมินผลการยกระดับผลสัมฤทธิ์ทางการเรียน"]


def test_a_target_group_label_inside_a_line_after_a_damaged_number_opens_its_group():
    """"... และวิทยากร จำนวน 4 คน lo. ด้านคุณภาพ ได้ข้าราชการ..." (๒. read as
    "lo." on a form printed on few lines, extra4 t013): the quality group is
    its own, not the tail of the quantity group's text."""
    from parsers.bma_progress.read import _kind_labels_apart
    from parsers.values import target_groups
    lines = _lines("1.5 ๑. ด้านปริมาณ ผู้เข้าร่วมโครงการทั้งสิ้น 63 คน",
                   "และวิทยากร จำนวน 4 คน lo. ด้านคุณภาพ ได้ข้าราชการครูและบุคลากร")
    groups, _ = target_groups(_kind_labels_apart(lines))
    assert [(kind, text) for kind, text, _, _ in groups][1] == ("quality", "ได้ข้าราชการครูและบุคลากร")
    # a short word with a dot inside a line before other words is no label
    assert _kind_labels_apart(_lines("ครู. ด้านการสอน ดีขึ้น")) == _lines("ครู. ด้านการสอน ดีขึ้น")


def test_a_lone_latin_word_ocr_read_from_specks_under_a_thai_value_is_no_part_of_it():
    """"You" on a line of its own under "หน่วยงานที่รับผิดชอบ : สำนักงานเขต
    หนองจอก / ฝ่ายปกครอง" (corpus 022): OCR specks, not the division's wrap
    (a value wrapping in Latin ends in Latin: "... Bangkok as a" / "City")."""
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาระบบการประกันคุณภาพภายในสถานศึกษา
รหัสโครงการ : 50330000-1234    ปีงบประมาณ พ.ศ. : 2565
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักงานเขตหนองจอก / ฝ่ายปกครอง

You

ชื่อผู้รับผิดชอบ : ฝ่ายปกครอง ผู้ประสานงาน สยป : นางสุนันทา พิทักษ์ธรรม โทร ๑๐๓๕
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อสร้างเครือข่ายความร่วมมือ
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2564 : จัดกิจกรรม
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    assert rows["projects"][0]["division"] == "ฝ่ายปกครอง"


def test_a_value_that_opens_with_its_labels_words_on_the_line_after_the_label_is_that_fields_value():
    # a fresh set's one-line form after OCR: "... เป้าหมายที่ :" ends a line, its value "เป้าหมายที่ 3.3.4 ครู..."
    # (the form prints the goal with the label's words) opens the next. Before, that line was the label printed
    # a second time: the first, empty, was kept (missing_value) and the value was lost (repeated_field)
    from pipeline.stages import process_document
    text = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : ส่งเสริมการจัดการเรียนรู้ตามแนวทางสะเต็มศึกษา
รหัสโครงการ : 50540000-1004    ปีงบประมาณ พ.ศ. : 2563
เริ่มต้นโครงการ : 1/10/2562    งบประมาณที่ได้รับ : 41,000 บาท
สิ้นสุดโครงการ : 30/9/2563    งบประมาณที่ใช้ไป : 0 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักงานเขตบางขุนเทียน / ฝ่ายปกครอง / ฝ่ายปกครอง
1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี (ยุทธศาสตร์-ประเด็นยุทธศาสตร์-กลยุทธ์ตามแผนฯ /ตัวชี้วัด)
ประเด็นยุทธศาสตร์ : ด้านที่ 3 - มหานครสำหรับทุกคน ประเด็นยุทธศาสตร์ย่อย : มิติที่ 3.3 - การศึกษาสำหรับทุกคน เป้าหมายที่ :
เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง
ตัวชี้วัด : มิติที่ 1 ร้อยละของข้าราชการครูที่ได้รับการพัฒนาตามเกณฑ์ที่กำหนด
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2562 : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""
    rows = process_document("x.txt", text.encode("utf-8"))
    [project] = rows["projects"]
    assert project["strategy_goal"] == "เป้าหมายที่ 3.3.4 ครูและบุคลากรทางการศึกษาได้รับการพัฒนาอย่างต่อเนื่อง"
    named = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("repeated_field", "projects.strategy_goal") not in named
    # the label printed again with its separator is a second printing, as before: the first value is kept
    rows = process_document("x.txt", text.replace("เป้าหมายที่ :\nเป้าหมายที่ 3.3.4", "เป้าหมายที่ : 3.3.1\nเป้าหมายที่ : 3.3.4").encode())
    assert ("repeated_field", "projects.strategy_goal") in {(i["code"], i["field"]) for i in rows["issues"]}


def test_a_regrouping_the_allocation_refutes_drops_no_sign():
    # "3807,000": a first group of four digits, but 807,000 without the first character is more than the whole
    # allocation (11,700): the sign was read as two characters or the digits are misread, and nothing says which,
    # so the amount is left unread, said (before, 807,000 was taken as sure)
    projects, repairs, codes = _read_with_header_signs("", amount=("ใช้ไป : 7,000", "ใช้ไป : 3807,000"))
    assert str(projects["50540000-3492"]["budget_spent"]) != "807000.00"
    assert not [e for f, e in repairs if e["rule"] == "baht_sign" and f == "projects.budget_spent"]
    assert any(f == "projects.budget_spent" for f, _ in codes)
