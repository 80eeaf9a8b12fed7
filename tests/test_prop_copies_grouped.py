"""Copies of one BMA progress form whose names or codes OCR damaged each its
own way: grouped as one project when the rest of their header agrees, and
said (copies_in_doubt) where the header agrees but the names part, never
split silently (pipeline.vote.group_copies)."""

from __future__ import annotations

import pytest

from pipeline.stages import process_document

RATIONALE = "การพัฒนาผู้เรียนในศตวรรษที่ 21 จำเป็นต้องเร่งพัฒนาผู้เรียนให้มีความรู้เกี่ยวกับการใช้เทคโนโลยีเพื่อการเรียนรู้"


def _form(name: str, name_tail: str, code_line: str) -> str:
    return f"""แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : {name}
{name_tail}
{code_line}    ปีงบประมาณ พ.ศ. : 2566
เริ่มต้นโครงการ : 1 ตุลาคม 2565    งบประมาณที่ได้รับ : 13,500 บาท
สิ้นสุดโครงการ : 30 กันยายน 2566    งบประมาณที่ใช้ไป : 5,200 บาท
1.2 หน่วยงานที่รับผิดชอบ
หน่วยงานที่รับผิดชอบ : สำนักการศึกษา / สำนักงานพัฒนาข้าราชการครูและบุคลากรทางการศึกษา / กลุ่มงานพัฒนาบุคลากร
ชื่อผู้รับผิดชอบ : นายปรีชา วงศ์สวัสดิ์ 1200    ผู้ประสานงาน สยป : นางสาววิไลวรรณ ศรีวงศ์ 1225
1.3 หลักการและเหตุผล
{RATIONALE}
1.4 วัตถุประสงค์ของโครงการ
1. เพื่อพัฒนาครูให้จัดการเรียนรู้เชิงรุก
2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายงานครั้งที่ 1 : 25/10/2565 : จัดทำโครงการเพื่อขออนุมัติ
ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย
ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ หน่วยงานได้จัดพิมพ์จากระบบงานจริง เพื่อเป็นหลักฐานไว้ตรวจสอบ
"""


NAME = "ส่งเสริมการจัดการเรียนรู้เชิงรุก (Active Learning)"


def test_copies_whose_name_ran_on_into_a_garbled_code_line_are_one_project():
    # copy 1: its code's digits damaged past reading; copy 2: the code's label too, so the line (no separator
    # left) runs on into the name: the names no longer agree, no code tells, the header texts are one
    text = (_form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : ๐๕๐๐๐๐๐๐ ๕๕ส๓")
            + _form(NAME, "สังกัดสำนักงานเขตบาง แค", "รหัสเครงกาา ๐ต๐05๐0500 6๓๓๓"))
    rows = process_document("x.txt", text.encode("utf-8"))
    [project] = rows["projects"]
    assert project["n_copies"] == 2
    assert project["name"].startswith(NAME)
    assert not [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]


def test_projects_of_a_series_whose_names_part_at_their_end_are_two_and_said():
    # two projects of one series (one rationale, one unit), their codes unreadable: the second's name is the
    # first's start and more, but they part where the first ends (the district), so they are two projects;
    # the header agreeing, that is said on the second's name and code
    text = (_form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : ๐๕๐๐๐๐๐๐ ๕๕ส๓")
            + _form(NAME, "สังกัดสำนักงานเขตบางขุนเทียน สำหรับครูผู้สอนระดับประถมศึกษา",
                    "รหัสโครงการ : ๐๕๐๐๐๐๐๐ ๕๖ส๓"))
    rows = process_document("x.txt", text.encode("utf-8"))
    assert len(rows["projects"]) == 2
    doubt = [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]
    assert {i["field"] for i in doubt} == {"projects.name", "projects.project_code"}
    second = [p for p in rows["projects"] if p["name"].endswith("ประถมศึกษา")][0]
    assert {i["project_key"] for i in doubt} == {second["project_key"]}


def test_copies_whose_header_texts_differ_are_two_projects_unsaid():
    other = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสเครงกาา ๐ต๐05๐0500 6๓๓๓").replace(
        RATIONALE, "ปัจจุบันการจราจรในพื้นที่เขตมีความหนาแน่นมาก ประชาชนได้รับความเดือดร้อนจากปัญหาน้ำท่วมขัง")
    text = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : ๐๕๐๐๐๐๐๐ ๕๕ส๓") + other
    rows = process_document("x.txt", text.encode("utf-8"))
    assert len(rows["projects"]) == 2
    assert not [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]


OTHER_RATIONALE = "ปัจจุบันการจราจรในพื้นที่เขตมีความหนาแน่นมาก ประชาชนได้รับความเดือดร้อนจากปัญหาน้ำท่วมขัง"


def test_sibling_projects_codes_a_digit_apart_names_alike_texts_apart_are_two():
    # one agency's sibling projects, numbered one after the other and named alike but for their district: the
    # codes read a digit apart (as an OCR slip would make them) and the names agree, but the rationales are two
    # texts, so they are two projects (before, the second was read as a copy of the first: lost, its rows voted
    # against the first's)
    first = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : 50400000-3863")
    second = _form(NAME, "สังกัดสำนักงานเขตบางบอน", "รหัสโครงการ : 50400000-3864").replace(RATIONALE, OTHER_RATIONALE)
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    assert sorted(p["project_code"] for p in rows["projects"]) == ["50400000-3863", "50400000-3864"]
    assert all(p["n_copies"] == 1 for p in rows["projects"])
    assert not [i for i in rows["issues"] if i["code"] == "ocr_variant"]


@pytest.mark.parametrize("second_code, second_rationale", [
    ("50400000-3863", OTHER_RATIONALE),  # the same code read in both: one project, even where the texts part
    ("50400000-3868", RATIONALE),  # a code a digit apart by an OCR slip, the names and texts agreeing
])
def test_copies_one_project_by_their_code_or_by_their_texts(second_code, second_rationale):
    first = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : 50400000-3863")
    second = _form(NAME, "สังกัดสำนักงานเขตบางแค", f"รหัสโครงการ : {second_code}").replace(RATIONALE, second_rationale)
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    [project] = rows["projects"]
    assert project["n_copies"] == 2


def test_sibling_projects_with_one_rationale_part_by_their_districts_name_and_are_said():
    # siblings whose texts are one (the agency's rationale for both): only the district's name and the code,
    # a digit apart, tell them apart; two projects, and the doubt said on the second's name and code
    first = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : 50400000-3863")
    second = _form(NAME, "สังกัดสำนักงานเขตบางบอน", "รหัสโครงการ : 50400000-3864")
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    assert sorted(p["project_code"] for p in rows["projects"]) == ["50400000-3863", "50400000-3864"]
    doubt = [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]
    assert {i["field"] for i in doubt} == {"projects.name", "projects.project_code"}
    second_key = [p["project_key"] for p in rows["projects"] if p["project_code"] == "50400000-3864"]
    assert {i["project_key"] for i in doubt} == set(second_key)


def test_names_part_by_a_word_not_by_ocr_slips_or_garbled_words():
    from pipeline.vote import names_part
    part = lambda a, b, ca=None, cb=None: names_part((ca, a), (cb, b))  # noqa: E731
    assert part("อบรมครู สังกัดสำนักงานเขตบางแค", "อบรมครู สังกัดสำนักงานเขตบางบอน")
    assert part("อบรมครู สังกัดสำนักงานเขตห้วยขวาง ปี 2565", "อบรมครู สังกัดสำนักงานเขตลาดพร้าว ปี 2565")
    assert not part("อบรมครู สังกัดสำนักงานเขตบางแค", "อบรมครู สงกดสำนกงานเขตบางแค")  # marks dropped
    assert not part("ส่งเสริมการจัดการเรียนรู้เชิงรุก (6๐6ปังอ๑ Learning)", "ส่งเสริมการจัดการเรียนรู้เชิงรุก (ณ6๕บังอ๑ Learning)")
    assert not part("อบรมครู สังกัดสำนักงานเขตบางแค", "อบรมครู สังกัดสำนักงานเขตบางแค รุ่นที่ 2")  # ran on: not a parting
    assert not part("อบรมครู เขตบางแค", "อบรมครู เขตบางบอน", "50400000-3863", "50400000-3863")  # one code: one project


def _nameless(form: str) -> str:
    # the copy's name lost to OCR: its label and name read as specks
    return form.replace(f"ชื่อโครงการ/กิจกรรม : {NAME}\nสังกัดสำนักงานเขตบางแค\n", "rv)\n")


def test_copy_whose_name_ocr_lost_and_code_misread_is_one_project():
    # the first copy's name lost, each copy's code with Thai digits OCR cannot write misread its own way
    # (๙ and ๘ as ๕ in the second): the codes apart only by confusions, the header texts one, the budget and
    # dates alike: one project printed twice (before: two projects, the second's rows said nowhere)
    first = _nameless(_form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : ๐๙๐๐๐๐๐๐-๘๘๘๒"))
    second = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : ๐๕๐๐๐๐๐๐-๕๕๕๒")
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    [project] = rows["projects"]
    assert project["n_copies"] == 2
    assert project["name"].startswith(NAME)
    assert [i for i in rows["issues"] if i["code"] == "ocr_variant" and i["field"] == "projects.project_code"]


def test_sibling_whose_name_ocr_lost_parts_by_its_budget():
    # a sibling project (one rationale, one unit, its code a confusable step on), its name lost: its budget and
    # spending tell it apart, so it stays a project of its own
    first = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : 50400000-3864")
    second = _nameless(_form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : 50400000-3865")
                       .replace("13,500 บาท", "48,000 บาท").replace("5,200 บาท", "31,750 บาท"))
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    assert sorted(p["project_code"] for p in rows["projects"]) == ["50400000-3864", "50400000-3865"]


def test_sibling_whose_name_ocr_lost_parts_by_its_reports_though_budget_and_dates_agree():
    # a sibling project (one rationale, one unit, its code a confusable step on), its name lost, filed with the
    # same budget and dates as the first (one agency's project run in each district): its figures agree but
    # its report entries are its own, which copies of one project never are, so it stays a project of its own
    first = _form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : 50400000-3864")
    second = _nameless(_form(NAME, "สังกัดสำนักงานเขตบางแค", "รหัสโครงการ : 50400000-3865")
                       .replace("5,200 บาท", "7,900 บาท")
                       .replace("25/10/2565 : จัดทำโครงการเพื่อขออนุมัติ", "14/11/2565 : ประชุมคณะทำงานวางแผนการนิเทศ"))
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    assert sorted(p["project_code"] for p in rows["projects"]) == ["50400000-3864", "50400000-3865"]


def _sibling_body(text: str) -> str:
    """A form's body as a sibling project prints it: its own people, budget and report entries."""
    return (text.replace("13,500 บาท", "46,000 บาท").replace("5,200 บาท", "41,400 บาท")
            .replace("นายปรีชา วงศ์สวัสดิ์", "นางรัชนี ปัญญาดี").replace("นางสาววิไลวรรณ ศรีวงศ์", "นายสมศักดิ์ ทองดี")
            .replace("25/10/2565 : จัดทำโครงการเพื่อขออนุมัติ", "14/11/2565 : ประชุมคณะทำงานวางแผนการนิเทศ"))


def test_sibling_projects_whose_names_part_by_letters_ocr_could_slip_on_part_by_their_bodies():
    # one agency's sibling projects, one name template and one rationale, codes a digit apart, the districts'
    # names apart by a few letters only ('คลองสามวา', 'คลองสาน': names_part cannot tell them from an OCR
    # slip); their bodies part (people, budget, report entries): two projects, and the doubt said on the second
    # (before, the second was voted into the first as a copy: its rows lost, nothing said)
    first = _form(NAME, "สังกัดสำนักงานเขตคลองสามวา", "รหัสโครงการ : 50400000-3863")
    second = _sibling_body(_form(NAME, "สังกัดสำนักงานเขตคลองสาน", "รหัสโครงการ : 50400000-3864"))
    rows = process_document("x.txt", (first + second).encode("utf-8"))
    assert sorted(p["project_code"] for p in rows["projects"]) == ["50400000-3863", "50400000-3864"]
    assert sorted(str(p["budget_allocated"]) for p in rows["projects"]) == ["13500.00", "46000.00"]
    assert all(p["n_copies"] == 1 for p in rows["projects"])
    doubt = [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]
    assert {i["field"] for i in doubt} == {"projects.name", "projects.project_code"}
    second_key = [p["project_key"] for p in rows["projects"] if p["project_code"] == "50400000-3864"]
    assert {i["project_key"] for i in doubt} == set(second_key)


@pytest.mark.parametrize("second_code", ["50400000-3864", "50400000-3863"])
def test_copies_whose_bodies_agree_stay_one_project_unsaid(second_code):
    # the same name pair: a body printed again (its budget misread by a digit OCR confuses) is a copy, the
    # codes a digit apart or not, and nothing is in doubt
    first = _form(NAME, "สังกัดสำนักงานเขตคลองสามวา", "รหัสโครงการ : 50400000-3863")
    again = _form(NAME, "สังกัดสำนักงานเขตคลองสาน", f"รหัสโครงการ : {second_code}").replace("13,500", "18,500")
    rows = process_document("x.txt", (first + again).encode("utf-8"))
    [project] = rows["projects"]
    assert project["n_copies"] == 2
    assert not [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]


def test_a_sibling_body_under_a_code_read_alike_is_voted_in_but_said():
    # codes that read the same are one project whatever the bodies say (siblings' Thai-digit codes may read
    # alike, but so may a copy's whose body OCR garbled): voted together, the doubt said on the second copy
    first = _form(NAME, "สังกัดสำนักงานเขตคลองสามวา", "รหัสโครงการ : 50400000-3863")
    sibling = _sibling_body(_form(NAME, "สังกัดสำนักงานเขตคลองสาน", "รหัสโครงการ : 50400000-3863"))
    rows = process_document("x.txt", (first + sibling).encode("utf-8"))
    [project] = rows["projects"]
    assert project["n_copies"] == 2
    doubt = [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]
    assert {i["field"] for i in doubt} == {"projects.name", "projects.project_code"}
    assert all("bodies part" in i["message"] for i in doubt)
