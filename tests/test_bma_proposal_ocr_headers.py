"""The BMA proposal's table headers as OCR leaves them."""

from __future__ import annotations

from parsers.bma_proposal.tables import is_header_cell


def test_a_header_cell_with_a_speck_before_it_or_one_letter_changed_is_a_header_cell():
    assert is_header_cell("ประเภท") and is_header_cell("วิธีการคำนวณ/")
    assert is_header_cell("ย ประเภท") and is_header_cell(", วิธีการคำนวณ/") and is_header_cell("| ประเภท")
    assert is_header_cell("จิธีการคำนวณ/")  # ว read as จ
    # an indicator's text is none
    assert not is_header_cell("นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจ")
    assert not is_header_cell("ก ประเมินผล")


def test_a_kpi_period_or_a_period_no_repair_settles_is_flagged():
    from datetime import date
    from parsers.bma_proposal.years import implausible_period, repair_kpi_period
    from schemas.document import Reading

    def kpi(text):
        return {"period": Reading(text, text, 5, 5)}
    # a quarter two characters could be: kept, and said
    [issue] = repair_kpi_period(kpi("ไตรมาสที่ «๕"), 2570)
    assert issue.code in ("repair_ambiguous", "implausible_value") and issue.field == "targets.period"
    # a quarter its characters make one of 1-4: repaired
    rec = kpi("ไตรมาสที่ ๕")
    [issue] = repair_kpi_period(rec, 2570)
    assert issue.code == "value_repaired" and rec["period"].value == "ไตรมาสที่ ๔"
    # a year outside the archive's years, even when it agrees with a damaged fiscal year
    [issue] = repair_kpi_period(kpi("ภายในปีงบประมาณ ๒๕๒๒"), 2522)
    assert issue.code == "implausible_value"
    assert repair_kpi_period(kpi("ภายในปีงบประมาณ ๒๕๖๖"), 2566) == []
    # no fiscal year read: the period's dates outside the archive's years are said
    project = {"start_date": Reading(date(1982, 10, 1), "๕ ตุลาคม ๒๕๒๕", 3, 3),
               "end_date": Reading(date(2023, 8, 25), "๒๕ สิงหาคม ๒๕๖๖", 3, 3)}
    assert [i.field for i in implausible_period(project)] == ["projects.start_date"]
    project["fiscal_year_be"] = Reading(2566, "๒๕๖๖", 1, 1)
    assert implausible_period(project) == []
    # a period text holding a year of no archive ("๒56๓๑"): the dates read from it are in doubt too (the
    # end then came from the first month: 31 January for a period to May)
    text = "ดำเนินการในเดือนมกราคม 2๕6๓ – พฤษภาคม ๒56๓๑"
    project = {"start_date": Reading(date(2020, 1, 1), text, 9, 9), "end_date": Reading(date(2020, 1, 31), text, 9, 9),
               "period_text": Reading(text, text, 9, 9)}
    assert sorted(i.field for i in implausible_period(project)) == [
        "projects.end_date", "projects.period_text", "projects.start_date"]


def test_a_kpi_target_value_with_letters_ocr_read_for_digits_is_flagged():
    from parsers.bma_proposal.kpis import Kpi, put_kpis
    from schemas.document import CopyReading
    out = CopyReading(0, 1, 10)
    rows = [Kpi(["นักเรียนมีความพึงพอใจ"], ["ร้อยละ ad"], "ผลลัพธ์", ["วิธีการคำนวณ x"], ["ไตรมาสที่ ๔"], [3, 4]),
            Kpi(["ครูผ่านการอบรม"], ["ร้อยละ ๘๕"], "ผลผลิต", ["วิธีการคำนวณ y"], ["ไตรมาสที่ ๔"], [5, 6])]
    put_kpis(rows, out)
    flagged = [i for i in out.issues if i.code == "unparsed_value"]
    assert [i.field for i in flagged] == ["targets.target_value"] and flagged[0].line_start == 3
    assert out.tables["kpis"][1]["value"].value == "ร้อยละ ad"  # kept as read


def test_a_risk_whose_scores_do_not_give_its_level_is_flagged_on_both_scores():
    from parsers.bma_proposal.risks import repair_risks
    from schemas.document import Reading
    findings = {("risk", 1): {"likelihood": Reading(None, "๐๑", 5, 9), "impact": Reading(None, "เว", 5, 9),
                              "level": Reading("น้อย", "น้อย", 5, 9)}}
    issues = repair_risks(findings)
    assert sorted(i.field for i in issues) == ["findings.impact", "findings.likelihood"]
    assert len({i.code for i in issues}) == 1


def test_an_expense_unit_with_latin_letters_and_a_period_with_damaged_years_are_flagged():
    from datetime import date
    from parsers.bma_proposal.budget import Expense, put_expenses
    from parsers.bma_proposal.years import implausible_period
    from schemas.document import CopyReading, Reading
    out = CopyReading(0, 1, 10)
    put_expenses([Expense("ค่าจัดทำเอกสาร", "เอกสาร", "๙๗", "Aus)", "๘๐", "๗,๗๖๐", "text", 4, 5),
                  Expense("ค่าอาหาร", "อาหาร", "๒๐", "คน", "๕๐", "๑,๐๐๐", "text", 6, 6),
                  Expense("ค่าจ้างเหมา", "แฟ้ม", "๙๗", "LAN]", "๘๐", "๗,๗๖๐", "text", 7, 7)], out)
    # Latin letters that give no unit: kept and said; "LAN]" gives เล่ม alone: read so, said (units.latin_unit)
    assert [(i.code, i.field, i.line_start) for i in out.issues] == [("unparsed_value", "expenses.unit", 4),
                                                                    ("value_repaired", "expenses.unit", 7)]
    assert out.tables["expenses"][(None, 3)]["unit"].value == "เล่ม"
    period = "๕ ตุลาคม ๒๕๒๕ ถึง ๒๕ สิงหาคม ๒๕๒๒๐"
    project = {"period_text": Reading(period, period, 3, 3), "start_date": Reading(date(1982, 10, 5), period, 3, 3)}
    assert [i.field for i in implausible_period(project)] == ["projects.start_date", "projects.period_text"]


def test_a_kpi_row_whose_type_cell_ocr_lost_is_its_own_row_not_merged_into_the_next():
    """The KPI table read cell by cell: the first row's type cell (ผลลัพธ์) lost to OCR, so its cells
    stand before the second row's; the period ends the first row, and the rows stay two, the first
    with no type (said), not one row with the second's value and method."""
    from parsers.bma_proposal.kpis import read_cells
    from schemas.document import Line

    texts = ["VIA", "ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม", "ร้อยละ", "๘๐",
             "จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด x ๑๐๐", "๑7",
             "ปีงบประมาณ ๒๕๖๘", "โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด", "ร้อยละ", "๑๐๐", "ผลผลิต",
             "จำนวนโรงเรียนที่ดำเนินกิจกรรมครบตามแผน/จำนวนโรงเรียนทั้งหมด x ๑๐๐", "ปีงบประมาณ ๒๕๖๘"]
    rows, left = read_cells([Line(i + 1, t) for i, t in enumerate(texts)])
    assert [(r.text, r.value, r.type, r.period) for r in rows] == [
        (["ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม"], ["ร้อยละ", "๘๐"], None, ["ปีงบประมาณ ๒๕๖๘"]),
        (["โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด"], ["ร้อยละ", "๑๐๐"], "ผลผลิต", ["ปีงบประมาณ ๒๕๖๘"])]
    assert rows[0].method == ["จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด x ๑๐๐"]
    # one row's cells with no period before the type: still one row
    one, _ = read_cells([Line(i + 1, t) for i, t in enumerate(texts[7:])])
    assert len(one) == 1 and one[0].type == "ผลผลิต"


def test_a_target_group_number_ocr_damaged_is_the_group_s_by_its_place():
    # "3.2 ด้านคุณภาพ" read "ว2 ด้านคุณภาพ": the list is numbered ("3.1 ด้านปริมาณ"), so the short token before
    # the label is the second group's number, and the quality target is its own group
    from parsers.bma_proposal.targets import read_targets
    from schemas.document import Line

    lines = [Line(48, "3.1 ด้านปริมาณ"), Line(49, "โรงเรียนในสังกัด จำนวน 7 โรงเรียน"), Line(54, "ว2 ด้านคุณภาพ"),
             Line(55, "นักเรียนสามารถนำความรู้และทักษะไปประยุกต์ใช้")]
    groups, _, _ = read_targets(lines)
    assert [(kind, start) for kind, _, start, _ in groups] == [("quantity", 48), ("quality", 54)]
    # a list whose groups are all unnumbered is read by its labels as before (nothing to mend)
    plain = [Line(1, "ด้านปริมาณ โรงเรียนในสังกัด"), Line(2, "ด้านคุณภาพ นักเรียนมีความรู้")]
    assert [kind for kind, *_ in read_targets(plain)[0]] == ["quantity", "quality"]
