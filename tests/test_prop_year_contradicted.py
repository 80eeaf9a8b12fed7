"""A proposal's fiscal year kept as read against its other fiscal-year
mentions and period, which agree on another year no reading of its
characters gives (the title block's "2566", an Arabic 8 read as 6, beside
"ปีงบประมาณ พ.ศ. ๒๕๖๘" and "ต.ค. 67 - ก.ค. ๖๘"): the year is said
(implausible_value) and, in doubt, repairs no other year.  A KPI's period
"ภายในปีงบประมาณ ๒๕68", right as printed, was read into the doubted year
(๒๕๖๖), a wrong repair (fresh set s74b, bma_proposal_s74b002)."""

from __future__ import annotations

TEXT = """ชื่อโครงการ
พัฒนาทักษะการอ่านออกเขียนได้ของนักเรียนสำนักงานเขตบึงกุ่ม
หน่วยงานที่รับผิดชอบ
สำนักงานเขตบึงกุ่ม / ฝ่ายการศึกษา
ปีงบประมาณ
พ.ศ. 2566
### **5. ระยะเวลาและสถานที่ดำเนินการ**
ระยะเวลาดำเนินการ : ต.ค. 67 - ก.ค. ๖๘
			สถานที่ดำเนินการ    : ห้องประชุมสำนักงานเขตบึงกุ่ม และโรงเรียนในสังกัด
6. แผนปฏิบัติการ
	ขั้นตอนการดำเนินงาน	ปีงบประมาณ พ.ศ. ๒๕๖๘
## 10. การติดตามประเมินผล
		10.๑ ตัวชี้วัดความสำเร็จ
ตัวชี้วัด	ค่าเป้าหมาย	ประเภทตัวชี้วัด	วิธีการคำนวณ/เครื่องมือในการใช้วัด	ระยะเวลา
ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม	ร้อยละ 8๐	ผลลัพธ์	วิธีการคำนวณ จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด x ๑๐๐ เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม	ภายในปีงบประมาณ ๒๕68
"""


def _rows(text: str) -> dict:
    from pipeline.stages import process_document

    return process_document("x.txt", text.encode("utf-8"))


def test_a_fiscal_year_its_mentions_contradict_repairs_no_kpi_period():
    rows = _rows(TEXT)
    [project] = rows["projects"]
    assert project["fiscal_year_be"] == 2566
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("implausible_value", "projects.fiscal_year_be") in said
    assert [t["period"] for t in rows["targets"] if t.get("period")] == ["ภายในปีงบประมาณ ๒๕68"]
    assert not any(i["field"] == "targets.period" and i["code"] == "value_repaired" for i in rows["issues"])


def test_a_fiscal_year_its_mentions_confirm_still_repairs_a_kpi_period():
    # the title block printing the year the mentions agree on: the KPI's year, whose digits could be it, is it
    rows = _rows(TEXT.replace("พ.ศ. 2566", "พ.ศ. 2568").replace("ภายในปีงบประมาณ ๒๕68", "ภายในปีงบประมาณ ๒๕๑๘"))
    assert rows["projects"][0]["fiscal_year_be"] == 2568
    assert [t["period"] for t in rows["targets"] if t.get("period")] == ["ภายในปีงบประมาณ ๒๕๖๘"]
    assert any(i["field"] == "targets.period" and i["code"] == "value_repaired" for i in rows["issues"])
