"""Sibling BMA proposals in one file: one name template, one per district,
the districts' names apart by a few letters only ('คลองสามวา', 'คลองสาน':
vote.names_part cannot tell them from an OCR slip), no code to tell them
apart (a proposal prints none).  Their bodies (proposer, budget, objectives,
indicators, expense lines) part: two projects, the doubt said; a copy whose
body is printed again stays one project (pipeline.vote.group_copies,
_sibling_project, _list_tally)."""

from __future__ import annotations

from pipeline.stages import process_document


def _proposal(district: str, proposer: str, objectives: list[str], schools: tuple[int, int], kpi: str) -> str:
    big, small = schools
    total = big * 20000 + small * 8000
    objective_lines = "\n".join(f"\t\t2.{i} {t}" for i, t in enumerate(objectives, start=1))
    return f"""ชื่อโครงการ : พัฒนาทักษะการอ่านออกเขียนได้ของนักเรียนสำนักงานเขต{district}
หน่วยงานที่รับผิดชอบ : ฝ่ายการศึกษา และโรงเรียนในสังกัดสำนักงานเขต{district}
ปีงบประมาณ : พ.ศ. 2568

1. หลักการและเหตุผล
\t\tสำนักงานเขต{district}จึงได้จัดทำโครงการพัฒนาทักษะการอ่านออกเขียนได้ของนักเรียน เพื่อส่งเสริมการอ่าน
2. วัตถุประสงค์
{objective_lines}
3. เป้าหมาย
\t\t3.1 ด้านปริมาณ
      โรงเรียนในสังกัดสำนักงานเขต{district} จำนวน {big + small} โรงเรียน
\t\t3.2 ด้านคุณภาพ
\t\t      นักเรียนสามารถนำความรู้และทักษะที่ได้รับไปประยุกต์ใช้
4. ลักษณะของโครงการ
\tประเภทโครงการ : เป็นโครงการตามภารกิจประจำของหน่วยงาน
5. ระยะเวลาและสถานที่ดำเนินการ
ระยะเวลาดำเนินการ : พฤศจิกายน 2567 – พฤษภาคม 2568
\t\t\tสถานที่ดำเนินการ    : โรงเรียนในสังกัดสำนักงานเขต{district}
6. แผนปฏิบัติการ
\tขั้นตอนการดำเนินงาน\tปีงบประมาณ พ.ศ. 2568
\t1. ขออนุมัติโครงการ\t■
7. งบประมาณ
\t \tเบิกจ่ายจากงบประมาณรายจ่ายประจำปี พ.ศ.2568 เป็นเงิน {total:,}.-บาท ตามรายละเอียดดังนี้
กิจกรรม\tรายการค่าใช้จ่าย\tจำนวนเงิน\tกฎหมาย ระเบียบที่เกี่ยวข้อง
จัดกิจกรรมส่งเสริมการอ่าน\tค่าวัสดุในการจัดกิจกรรม\t\tระเบียบกรุงเทพมหานคร
\t- โรงเรียนขนาดใหญ่ จำนวน {big} โรงเรียนๆ ละ 20,000.-บาท เป็นเงิน {big * 20000:,}.-บาท\t\t
\t- โรงเรียนขนาดเล็ก จำนวน {small} โรงเรียนๆ ละ 8,000.-บาท เป็นเงิน {small * 8000:,}.-บาท\t\t
รวมทั้งสิ้น\t\t{total:,}\t
8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาสที่จะเกิด\tผลกระทบ\tระดับของความเสี่ยง\tแนวทางการบริหารความเสี่ยง
โรงเรียนไม่สามารถดำเนินการได้ตามกำหนด\t1\t2\tน้อยมาก\tมีหนังสือแจ้งโรงเรียนเป็นระยะๆ
9. ประโยชน์ที่คาดว่าจะได้รับ
\t\t9.1 นักเรียนมีทักษะการอ่านออกเขียนได้
10. การติดตามประเมินผล
\t\t10.1 ตัวชี้วัดความสำเร็จ
ตัวชี้วัด\tค่าเป้าหมาย\tประเภทตัวชี้วัด\tวิธีการคำนวณ/เครื่องมือในการใช้วัด\tระยะเวลา
{kpi}\tร้อยละ 80\tผลลัพธ์\tวิธีการคำนวณ จำนวนที่ผ่าน เครื่องมือที่ใช้ในการวัด แบบประเมิน\tไตรมาสที่ 4
\t\t10.3 การประเมินผลโครงการ
\t\t        ประเมินจากแบบประเมิน
\t\t\t\t\t(ลงชื่อ)......................................................ผู้เสนอโครงการ
\t\t\t\t\t      ({proposer})
\t\t\t\t\tตำแหน่ง ผู้อำนวยการโรงเรียน
"""


FIRST = _proposal("คลองสามวา", "นายพงษ์ศักดิ์ ศรีจันทร์",
                  ["เพื่อพัฒนาผู้เรียนให้สามารถสร้างผลงานการอ่านและการเขียน", "เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนา"],
                  (3, 1), "โรงเรียนดำเนินกิจกรรมได้ครบตามแผน")


def _rows(text: str) -> dict:
    return process_document("x.txt", text.encode("utf-8"))


def test_sibling_proposals_whose_names_part_by_letters_ocr_could_slip_on_part_by_their_bodies():
    second = _proposal("คลองสาน", "นางรัชนี ปัญญาดี",
                       ["เพื่อคัดสรรผลงานการอ่านและการเขียนของนักเรียนที่มีคุณภาพ", "เพื่อยกระดับผลสัมฤทธิ์ทางการเรียนด้านภาษาไทย"],
                       (2, 4), "ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้น")
    rows = _rows(FIRST + "\n" + second)
    assert {p["name"] for p in rows["projects"]} == {f"พัฒนาทักษะการอ่านออกเขียนได้ของนักเรียนสำนักงานเขต{d}"
                                                     for d in ("คลองสามวา", "คลองสาน")}
    assert sorted(str(p["budget_allocated"]) for p in rows["projects"]) == ["68000.00", "72000.00"]
    assert all(p["n_copies"] == 1 for p in rows["projects"])
    doubt = [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]
    assert {i["field"] for i in doubt} == {"projects.name", "projects.project_code"}
    second_key = [p["project_key"] for p in rows["projects"] if p["name"].endswith("คลองสาน")]
    assert {i["project_key"] for i in doubt} == set(second_key)
    assert all("names read apart" in i["message"] for i in doubt)


def test_a_proposal_printed_again_its_name_slipped_stays_one_project():
    # the same body printed twice, the second copy's district read with a slip: one project, nothing in doubt
    again = FIRST.replace("คลองสามวา", "คลองสาน").replace("8,000", "3,000", 1)
    rows = _rows(FIRST + "\n" + again)
    [project] = rows["projects"]
    assert project["n_copies"] == 2
    assert not [i for i in rows["issues"] if i["code"] == "copies_in_doubt"]
