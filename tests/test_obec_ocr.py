"""The OBEC progress report after OCR (issues 10 and 11): a small report
whose values each test damages the way tesseract does, and the repairs the
report's own redundancy allows, each recorded; where the report leaves
several readings, the printed value is kept and flagged."""

from __future__ import annotations

import json
from decimal import Decimal

import regex

from pipeline.stages import process_document


def project(n: int, fy: str, quarter: str = "๒", planned: str = "๕,๐๐๐", disbursed: str = "๕,๐๐๐",
            edition: str = "๑๓", budget_fy: str | None = None, other_fy: str | None = None,
            date: str = "๑๕ มกราคม พ.ศ. {fy}") -> str:
    """One project's report of one quarter."""
    other = other_fy or fy
    return f"""{n}. โครงการทดสอบที่ {n} ของสำนักงาน
ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ {quarter} ปีงบประมาณ {other}
เป้าหมายเชิงผลผลิต (Output)
ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา
เป้าหมายเชิงผลลัพธ์ (Outcome)
ครูมีความรู้ความเข้าใจ
ดัชนีชี้วัดความสำเร็จ
ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ
ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ {quarter} ปีงบประมาณ {other}
กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ
ได้ดำเนินการแล้ว เมื่อวันที่ {date.format(fy=fy)} ณ ห้องประชุม
ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ {edition}
กำลังคนมีสมรรถนะสูง
การเบิกจ่ายงบประมาณประจำไตรมาสที่ {quarter} ปีงบประมาณ {budget_fy or fy}
จำนวนเงินงบประมาณตามแผนการใช้จ่าย {planned} บาท
จำนวนเงินงบประมาณที่เบิกจ่ายจริง {disbursed} บาท
ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่ายงบประมาณได้ตามแผนการ
สรุปปัญหาและข้อเสนอแนะของโครงการประจำไตรมาสที่ {quarter} ปีงบประมาณ {other}
ผลการดำเนินงาน
ได้ดำเนินการครบตามแผนที่กำหนด
"""


def report(fy: str = "๒๕๖๗", as_of: str = "๓๑ มีนาคม {fy}", projects: list[str] | None = None,
           planned: str = "๑๐,๐๐๐.๐๐", disbursed: str = "๑๐,๐๐๐.๐๐") -> str:
    projects = projects if projects is not None else [project(1, fy), project(2, fy)]
    return f"""สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑
รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {fy} รอบ ๖ เดือน
รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fy} รอบ ๖ เดือน
ข้อมูล ณ วันที่ {as_of.format(fy=fy)}
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {fy} จำนวน {len(projects)} โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน {len(projects)} โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐
การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๒ ปีงบประมาณ {fy} โครงการตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {fy} จำนวน {len(projects)} โครงการ
จำนวนเงินงบประมาณตามแผนการใช้จ่าย {planned} บาท
จำนวนเงินงบประมาณที่เบิกจ่ายจริง {disbursed} บาท คิดเป็นร้อยละ ๑๐๐.๐๐
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน {len(projects)} โครงการ โดยมีรายละเอียด ดังนี้
""" + "".join(projects)


def run(text: str) -> dict:
    rows = process_document("obec.txt", text.encode("utf-8"))
    assert rows["documents"][0]["doc_type"] == "obec_progress"
    return rows


def repairs(rows: dict, rule: str | None = None, code: str = "value_repaired") -> list[dict]:
    out = [i for i in rows["issues"] if i["code"] == code]
    return [i for i in out if rule is None or json.loads(i["evidence"])["rule"] == rule]


def test_the_clean_report_reads_without_repairs():
    rows = run(report())
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2567
    assert [b["fiscal_year_be"] for b in rows["quarterly_budgets"]] == [2567, 2567]
    assert [b["planned"] for b in rows["quarterly_budgets"]] == [Decimal("5000.00")] * 2
    assert not repairs(rows) and not repairs(rows, code="repair_ambiguous")


def test_every_heading_misread_alike_the_plan_edition_and_a_date_decide():
    # a font whose ๖ always reads ๒ and ๗ reads ๓: every "๒๕๖๗" is "๒๕๒๓", which could be
    # 2563, 2567, 2569 (or 2553, 2557, 2559); the 13th national plan runs 2566-2570, and a
    # date of November ("๒๕๒๒" for ๒๕๖๖) falls in fiscal year 2567, not 2563 or 2569
    damaged = report(fy="๒๕๒๓", projects=[project(1, "๒๕๒๓"), project(2, "๒๕๒๓", date="๑๕ พฤศจิกายน พ.ศ. ๒๕๒๒")])
    rows = run(damaged)
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2567
    assert {p["fiscal_year_be"] for p in rows["projects"]} == {2567}
    assert [b["fiscal_year_be"] for b in rows["quarterly_budgets"]] == [2567, 2567]
    chosen = {json.loads(i["evidence"])["chosen"] for i in repairs(rows, "fiscal_year")}
    assert chosen == {2567}


def test_the_12th_plan_names_an_earlier_year():
    # "๒๕๒๓" with the 12th plan (2560-2565): only 2563 fits
    rows = run(report(fy="๒๕๒๓", projects=[project(1, "๒๕๒๓", edition="๑๒"), project(2, "๒๕๒๓", edition="๑๒")]))
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2563


def test_a_year_the_report_cannot_decide_is_flagged_not_guessed():
    # without a date of October to December, 2567 and 2569 both fit the 13th plan
    rows = run(report(fy="๒๕๒๓", projects=[project(1, "๒๕๒๓"), project(2, "๒๕๒๓")]))
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2523
    assert not repairs(rows, "fiscal_year")
    flagged = repairs(rows, "fiscal_year", code="repair_ambiguous")
    assert flagged and set(json.loads(flagged[0]["evidence"])["candidates"]) == {2567, 2569}


def test_a_year_the_report_cannot_decide_dates_no_as_of_date():
    # the year left ambiguous (2567 or 2569), the as-of date's year read as letters: the round's last day
    # cannot be told, and the as-of date stays unread and flagged, never dated in the year as misread
    rows = run(report(fy="๒๕๒๓", as_of="๓๑ มีนาคม weve", projects=[project(1, "๒๕๒๓"), project(2, "๒๕๒๓")]))
    assert repairs(rows, "fiscal_year", code="repair_ambiguous")
    assert rows["report_summaries"][0]["as_of_date"] is None and not repairs(rows, "round")
    assert any(i["field"] == "report_summaries.as_of_date" for i in rows["issues"])
    # the same date where the year is settled (a date of November says 2567): its last day, repaired
    rows = run(report(fy="๒๕๒๓", as_of="๓๑ มีนาคม weve",
                      projects=[project(1, "๒๕๒๓"), project(2, "๒๕๒๓", date="๑๕ พฤศจิกายน พ.ศ. ๒๕๒๒")]))
    assert rows["report_summaries"][0]["as_of_date"].isoformat() == "2024-03-31" and repairs(rows, "round")


def test_an_as_of_date_in_december_counts_for_the_next_fiscal_year():
    # a three-month round of 2567 closes on 31 December 2566 (read "๒๕๒๒")
    rows = run(report(fy="๒๕๒๓", as_of="๓๑ ธันวาคม ๒๕๒๒", projects=[project(1, "๒๕๒๓"), project(2, "๒๕๒๓")]))
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2567


def test_a_budget_year_left_unreadable_is_the_report_s_year():
    rows = run(report(projects=[project(1, "๒๕๖๗", budget_fy="๒๕๒"), project(2, "๒๕๖๗", budget_fy="weds")]))
    assert [b["fiscal_year_be"] for b in rows["quarterly_budgets"]] == [2567, 2567]
    printed = sorted(json.loads(i["evidence"])["printed"] for i in repairs(rows, "fiscal_year"))
    assert printed == ["weds", "๒๕๒"]


def test_an_earlier_year_the_text_prints_is_kept():
    # a round reported for fiscal year 2563 in a 2567 report (as a real report does): no
    # mention shows a misread that would turn 2567 into it
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗", budget_fy="๒๕๖๓", other_fy="๒๕๖๓")]))
    assert sorted(b["fiscal_year_be"] for b in rows["quarterly_budgets"]) == [2563, 2567]
    assert not repairs(rows, "fiscal_year")


def test_an_earlier_year_the_report_s_misreads_explain_is_repaired():
    # ๘ read as ๕: the budget heading reads 2565 in a 2568 report whose other mentions show
    # ๘ read as ๕ ("๒๕๒๕" for ๒๕๖๘, no plausible year); 2565 is that misread, not a round of 2565
    fy = "๒๕๖๘"
    text = report(fy=fy, projects=[project(1, fy, budget_fy="256๕", other_fy="๒๕๒๕", edition="๑๓"),
                                   project(2, fy, other_fy="๒๕๒๕")])
    rows = run(text)
    assert [b["fiscal_year_be"] for b in rows["quarterly_budgets"]] == [2568, 2568]


def test_titles_after_a_group_that_counts_none_belong_to_the_next_group():
    # OCR lost the header of the in-progress group; the completed group before it says it holds 0
    text = report().replace("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้",
                            "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 0 โครงการ โดยมีรายละเอียด ดังนี้\n-")
    rows = run(text)
    assert [(p["plan_status"], p["group_seq"]) for p in rows["projects"]] == [("in_progress", 1), ("in_progress", 2)]
    (issue,) = repairs(rows, "count")
    assert issue["field"] == "projects.plan_status" and json.loads(issue["evidence"])["chosen"] == "in_progress"
    # a Thai ๐ may be a misread ๖ or ๔: the titles stay where the headers put them
    rows = run(text.replace("จำนวน 0 โครงการ โดย", "จำนวน ๐ โครงการ โดย"))
    assert {p["plan_status"] for p in rows["projects"]} == {"completed"}


def test_list_numbers_ocr_damaged_still_open_items():
    from parsers.obec_progress.lists import is_debris, items_of
    from schemas.document import Line

    lines = [Line(1, "@. ครูในสังกัดได้รับการพัฒนา"), Line(2, "จำนวน ๔๐ คน"), Line(3, "lo. นักเรียนได้รับการพัฒนา"),
             Line(4, "on. สพป. น่าน เขต ๓ ดำเนินการครบ")]
    assert [t for t, _, _ in items_of(lines)] == ["ครูในสังกัดได้รับการพัฒนา จำนวน ๔๐ คน", "นักเรียนได้รับการพัฒนา",
                                                  "สพป. น่าน เขต ๓ ดำเนินการครบ"]
    # a dotted abbreviation is no item number, and a list none of whose marks reads as its place is left alone
    assert len(items_of([Line(1, "สพป. น่าน เขต ๓ ดำเนินการ"), Line(2, "สพป. น่าน ครบตามแผน")])) == 1
    assert len(items_of([Line(1, "ab. ครูในสังกัด"), Line(2, "cd. นักเรียน")])) == 1
    # what OCR made of a "-" (none) or a page number is no item; an item number alone is kept
    assert all(is_debris(t) for t in ("yy", "vy", "a", "๑7", "จ za", "เคง -", "สศม a ะ", "เศก รั7] 4 <Q 1 ๐",
                                      "เวว       ๐   yay ve   ๑7     ๑7   aA      ข เ",  # (25 characters of specks)
                                      # (held-out h007: a run of four Thai characters, one a vowel below: three
                                      # letters, no word; it had taken a problem list's seq 1, silent)
                                      "สูขะ       awa   °    ฆ   1    ve   ate         ๕2 ๑   1a"))
    assert not any(is_debris(t) for t in ("-", "๒.", "lo)", "ไม่มี", "ครูในสังกัด", "เขต 4", "ร้อยละ 80",
                                          "ก.ค. 2566 Q1", "(COVID - 19)", "ครูแกน ICT ปี 2"))
    # a figure of the lead sentence that the page wrapped to a line's start is no item 1 when the list
    # gives "1)" after it
    lines = [Line(1, "สพป. ได้ดำเนินการขับเคลื่อนโรงเรียนคุณภาพ 1 อำเภอ"), Line(2, "1 โรงเรียนคุณภาพ ดังนี้"),
             Line(3, "1) ผู้เข้าร่วมกิจกรรมมีความรู้"), Line(4, "2) ได้ดำเนินการประชุม")]
    assert [t for t, _, _ in items_of(lines)] == ["สพป. ได้ดำเนินการขับเคลื่อนโรงเรียนคุณภาพ 1 อำเภอ 1 โรงเรียนคุณภาพ ดังนี้",
                                                  "ผู้เข้าร่วมกิจกรรมมีความรู้", "ได้ดำเนินการประชุม"]
    # a number alone before the first item is a page number OCR left in the list, no item
    lines = [Line(1, "19."), Line(2, "๑. ผู้เข้าร่วมโครงการมีความพึงพอใจ"), Line(3, "2. ร้อยละ 85 ของข้าราชการครู")]
    assert [t for t, _, _ in items_of(lines)] == ["ผู้เข้าร่วมโครงการมีความพึงพอใจ", "ร้อยละ 85 ของข้าราชการครู"]
    # the dot read as a colon: "3:" is item 3
    lines = [Line(1, "1. ได้ดำเนินการนิเทศ ติดตาม"), Line(2, "2. ได้เผยแพร่ผลการดำเนินงาน"),
             Line(3, "3: ได้ดำเนินการประชุมคณะกรรมการ")]
    assert [t for t, _, _ in items_of(lines)] == ["ได้ดำเนินการนิเทศ ติดตาม", "ได้เผยแพร่ผลการดำเนินงาน",
                                                  "ได้ดำเนินการประชุมคณะกรรมการ"]
    # an item printed with its number right counts for the list too ("@." then "2 ")
    lines = [Line(1, "@. ผู้บริหารสถานศึกษา จำนวน 5๓ คน"), Line(2, "2 ข้าราชการครูในสังกัด")]
    assert [t for t, _, _ in items_of(lines)] == ["ผู้บริหารสถานศึกษา จำนวน 5๓ คน", "ข้าราชการครูในสังกัด"]


def test_specks_at_a_line_s_edge_are_dropped():
    from parsers.obec_progress.lists import strip_specks
    from schemas.document import Line

    assert strip_specks(Line(1, "ข้อเสนอแนะ\t'")).text == "ข้อเสนอแนะ"
    assert strip_specks(Line(1, "ข้อเสนอแนะ —")).text == "ข้อเสนอแนะ"
    assert strip_specks(Line(1, "จำนวน\t0\tโครงการ")).text == "จำนวน\t0\tโครงการ"  # a digit is no speck
    assert strip_specks(Line(1, "ปัญหา -")).text == "ปัญหา"
    assert strip_specks(Line(1, "๊ ความก้าวหน้าของโครงการ")).text == "ความก้าวหน้าของโครงการ"  # a mark alone
    assert strip_specks(Line(1, "ที่ ความก้าวหน้า")).text == "ที่ ความก้าวหน้า"  # a mark on its letter stays


def test_a_misread_separator_in_a_budget_amount_is_mended_and_recorded():
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="11.200", disbursed="11,200"),
                                project(2, "๒๕๖๗", planned="9 000", disbursed="9,000")]))
    assert [b["planned"] for b in rows["quarterly_budgets"]] == [Decimal("11200.00"), Decimal("9000.00")]
    assert sorted(json.loads(i["evidence"])["printed"] for i in repairs(rows, "separator")) == ["11.200", "9 000"]


def test_a_row_disbursed_as_planned_has_one_amount_printed_twice():
    # 43,000 printed twice; OCR read the Thai-digit printing's ๔ as ๕: only 43,000 fits both
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๕๓,๐๐๐", disbursed="43,000"), project(2, "๒๕๖๗")]))
    assert rows["quarterly_budgets"][0]["planned"] == Decimal("43000.00")
    (issue,) = repairs(rows, "as_planned")
    assert issue["field"] == "quarterly_budgets.planned" and json.loads(issue["evidence"])["chosen"] == "43000.00"
    # two Thai-digit printings that several amounts fit: flagged, nothing chosen
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๒๓,๒๐๐", disbursed="๒๓,๐๐๐"), project(2, "๒๕๖๗")]))
    assert rows["quarterly_budgets"][0]["planned"] == Decimal("23200.00")
    assert not repairs(rows, "as_planned") and repairs(rows, "as_planned", code="repair_ambiguous")


def test_as_planned_printings_of_different_widths_read_alike_only_by_changes_are_flagged():
    # one amount printed twice, read "๓๕,๓๐๐" and "๒,๓๕๐" (a digit read as two, or a ฿ as ๓, and digits
    # misread): both reach 5,340 only by changed digits (the ๓ before the first dropped), and a printing OCR
    # added a character to may stand for an amount no change reaches (7,700 read "๓๑๓,๑๐๐ / ๓๑,๑๐๐", ๗ as ๓๑,
    # reaches 77,100 so where ๗ may be read ๑)
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๓๕,๓๐๐", disbursed="๒,๓๕๐"), project(2, "๒๕๖๗")]))
    budget = rows["quarterly_budgets"][0]
    assert (budget["planned"], budget["disbursed"]) == (Decimal("35300.00"), Decimal("2350.00"))
    assert not repairs(rows, "as_planned")
    assert {i["field"] for i in repairs(rows, "as_planned", code="repair_ambiguous")} == {
        "quarterly_budgets.planned", "quarterly_budgets.disbursed"}
    # widths that differ, the one fit one printing as read (a ฿ read as ๘ before the other): chosen
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๘๕,๓๐๐", disbursed="5,300"), project(2, "๒๕๖๗")]))
    assert rows["quarterly_budgets"][0]["planned"] == Decimal("5300.00")
    assert json.loads(repairs(rows, "as_planned")[0]["evidence"])["chosen"] == "5300.00"


def test_a_row_disbursed_as_planned_whose_one_printing_lost_its_leading_digits_is_the_other():
    # fresh sets s68z and s69o: 9,350 printed twice, read "9,350" and "3๕0" (its "9," lost); 6,500 read "6,500" and
    # ">,@00" (its ๖ read ">", its ๕ "@", a look-alike the table leaves out as rare): no amount fits both, one
    # printing is in Arabic digits and the other reads as its last digits, so the amount is the Arabic one
    for printed, shorter in (("9,350", "3๕0"), ("6,500", ">,@00")):
        rows = run(report(projects=[project(1, "๒๕๖๗", planned=printed, disbursed=shorter), project(2, "๒๕๖๗")]))
        budget = rows["quarterly_budgets"][0]
        value = Decimal(printed.replace(",", ""))
        assert (budget["planned"], budget["disbursed"]) == (value, value), shorter
        (issue,) = repairs(rows, "as_planned")
        evidence = json.loads(issue["evidence"])
        assert issue["field"] == "quarterly_budgets.disbursed" and evidence["lead_lost"] is True
        assert evidence["chosen"] == f"{value:.2f}" and "leading digits lost" in issue["message"]
    # the longer one digit longer and opening with what a ฿ is read as ("8,350" may be ฿350): nothing chosen
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="8,350", disbursed="3๕0"), project(2, "๒๕๖๗")]))
    assert rows["quarterly_budgets"][0]["disbursed"] != Decimal("8350.00")
    assert not [i for i in repairs(rows, "as_planned") if json.loads(i["evidence"]).get("lead_lost")]
    # the shorter one's digits no ending of the longer's ("๒๐๐" against 9,350): nothing chosen
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="9,350", disbursed="๒๐๐"), project(2, "๒๕๖๗")]))
    assert rows["quarterly_budgets"][0]["disbursed"] == Decimal("200.00")
    assert not [i for i in repairs(rows, "as_planned") if json.loads(i["evidence"]).get("lead_lost")]


def test_a_budget_label_ocr_garbled_keeps_its_amount():
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]).replace(
        "จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๕,๐๐๐ บาท", "จำนวนเงินงงบประมาณตามแผนการใช้จ่าย ๕,๐๐๐ บาท"))
    assert [b["planned"] for b in rows["quarterly_budgets"]] == [Decimal("5000.00")] * 2


def test_an_activity_name_the_page_wrapped_goes_on_where_no_new_paragraph_starts():
    # paragraphs stand apart (blank lines); the name wraps without one; its progress follows a blank
    text = "\n\n".join(report().split("\n")).replace(
        "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n\nได้ดำเนินการแล้ว",
        "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nเพื่อวางแผนการดำเนินงาน\n\nได้ดำเนินการแล้ว", 1)
    rows = run(text)
    first, second = rows["activities"][:2]
    assert first["text"] == "ประชุมคณะกรรมการ เพื่อวางแผนการดำเนินงาน"
    assert first["progress"].startswith("ได้ดำเนินการแล้ว")
    assert second["text"] == "ประชุมคณะกรรมการ" and second["progress"].startswith("ได้ดำเนินการแล้ว")
    # a status clause right under the name is its progress, blank line or not
    rows = run(text.replace("เพื่อวางแผนการดำเนินงาน\n\nได้ดำเนินการแล้ว", "ได้ดำเนินการแล้ว"))
    assert rows["activities"][0]["text"] == "ประชุมคณะกรรมการ"


def test_a_heading_the_page_wrapped_and_ocr_damaged_is_joined_with_its_rest():
    text = report().replace("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓",
                            "ความก้าวหน้าของโครงการทีดําเนินการกับ แผนพัฒนาเศรษฐกิจและ\nสังคมแห่งชาติ ฉบับที่ ๑๓")
    rows = run(text)
    nesdp = [a for a in rows["alignments"] if "เศรษฐกิจ" in a["plan"]]
    assert len(nesdp) == 2 and all(a["text"] == "กำลังคนมีสมรรถนะสูง" and a["plan"].endswith("๑๓") for a in nesdp)


def test_the_reporter_s_signature_ocr_garbled_is_no_part_of_the_last_title():
    text = report() + ("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ โดยมีรายละเอียด ดังนี้\n"
                       "๑. โครงการพัฒนาครูในสังกัด\n' 0020- 0 8 8ฝฝุรายางาน\n(นายอำนาจ ศักดิ์ดี)\n"
                       "ต้าแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n")
    rows = run(text)
    assert rows["projects"][-1]["name"] == "โครงการพัฒนาครูในสังกัด"


def test_the_round_s_months_quarter_and_as_of_date_repair_one_another():
    # "รอบ ๖ เดือน" read "รอบ ๒ เดือน", the budget quarter ๒ read ๖: only a 6-month round whose budget
    # quarter is 2 fits an as-of date in March; the as-of date's garbled day and year are its last day
    text = report().replace("รอบ ๖ เดือน", "รอบ ๒ เดือน").replace(
        "การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗ โครงการ", "การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๖ ปีงบประมาณ ๒๕๖๗ โครงการ")
    text = text.replace("ข้อมูล ณ วันที่ ๓๑ มีนาคม ๒๕๖๗", "Jaya ณ TUN ๓@ มีนาคม ๒๕๒๓")
    summary = run(text)["report_summaries"][0]
    assert (summary["period_months"], summary["budget_quarter"]) == (6, 2)
    assert summary["as_of_date"].isoformat() == "2024-03-31"
    # a round of 9 months whose quarter reads ๒: no pair fits, nothing is repaired
    rows = run(report().replace("รอบ ๖ เดือน", "รอบ ๙ เดือน"))
    assert rows["report_summaries"][0]["period_months"] == 9 and not repairs(rows, "round")


def test_a_group_count_misread_is_the_titles_the_group_lists():
    # 2 projects read as ๖ in the summary; the report lists 2 and its groups add up to the 2 it states
    text = report().replace("จำนวน 2 โครงการ คิดเป็นร้อยละ", "จำนวน ๖ โครงการ คิดเป็นร้อยละ", 1)
    rows = run(text)
    assert rows["report_summaries"][0]["n_completed"] == 2
    (issue,) = repairs(rows, "count")
    assert issue["field"] == "report_summaries.n_completed"


def test_a_year_ocr_damaged_inside_a_text_field_is_not_silent():
    import re
    from pathlib import Path

    from pipeline.stages import process_document

    text = (Path(__file__).parent / "corpus" / "clean" / "obec_progress_011.txt").read_text(encoding="utf-8")
    printed = re.search(r"ได้ดำเนินการแล้ว เมื่อวันที่ [^\n]*?พ\.ศ\. (๒๕๖๗)", text)
    assert printed is not None
    clean = process_document("clean.txt", text.encode())
    assert not [i for i in clean["issues"] if i["code"] == "implausible_value"]
    damaged = text[:printed.start(1)] + "๒๕๐๓" + text[printed.end(1):]  # ๖ read as ๐, ๗ as ๓
    rows = process_document("damaged.txt", damaged.encode())
    (issue,) = [i for i in rows["issues"] if i["code"] == "implausible_value"]
    assert issue["field"] == "activities.progress" and "๒๕๐๓" in issue["message"]
    line = text[:printed.start()].count("\n") + 1
    assert issue["line_start"] <= line <= issue["line_end"] and issue["project_key"]


def running(text: str, width: int = 70) -> str:
    """The report printed as running text, the page width wrapping it (as OCR reads a one-line report back)."""
    import textwrap

    return "\n".join(textwrap.wrap(" ".join(text.split("\n")), width, break_long_words=False))


def test_an_inline_list_of_running_text_is_read_over_the_lines_the_page_wrapped():
    listed = ("ได้ดำเนินการครบตามแผนที่กำหนด โดยกำหนดการดำเนินงานดังนี้ 1. ได้เผยแพร่ผลการดำเนินงานทาง"
              "เว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน 2. ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ได้")
    text = report().replace("ได้ดำเนินการครบตามแผนที่กำหนด", listed)
    for printed in (text, running(text)):
        results = [f["text"] for f in run(printed)["findings"] if f["kind"] == "result"]
        assert results == ["ได้ดำเนินการครบตามแผนที่กำหนด โดยกำหนดการดำเนินงานดังนี้",
                           "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน",
                           "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ได้"] * 2


def test_a_title_number_whose_dot_ocr_read_as_a_comma_still_opens_a_title():
    # projects 3 and 4 listed by title only after project 2's findings: "๓," (its dot read as a
    # comma) and "๕." (๔ read as ๕) both follow the sequence
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + (
        "๓, โครงการพัฒนาครูในสังกัด\n๕. โครงการส่งเสริมการอ่าน\n")
    rows = run(text)
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"])[2:] == [
        (3, "โครงการพัฒนาครูในสังกัด"), (4, "โครงการส่งเสริมการอ่าน")]
    assert not any("โครงการพัฒนาครู" in f["text"] for f in rows["findings"])
    # a comma after a number the sequence does not allow opens nothing
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + "๑, โครงการพัฒนาครูในสังกัด\n")
    assert len(rows["projects"]) == 2


def test_a_title_whose_number_ocr_wrote_as_a_look_alike_of_the_next_one_opens_a_title():
    # project 3 listed by title only after project 2's findings, its ๓ read as "m" (held-out h001: ๗ as "ฒ"):
    # a title (said: its number rests on its place), not words of project 2's last finding; the word alone
    # after a look-alike ("จำนวน / a โครงการ", a count the page wrapped) opens none
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + "m. โครงการพัฒนาครูในสังกัด\n")
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"])[2:] == [(3, "โครงการพัฒนาครูในสังกัด")]
    assert not any("โครงการพัฒนาครู" in f["text"] for f in rows["findings"])
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq" and "'m'" in i["message"]]
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + "m. โครงการ\n")
    assert len(rows["projects"]) == 2


def test_a_signature_line_over_its_garbled_dots_and_the_name_is_no_part_of_the_last_title():
    # "ผู้รายงาน" / "๑7  co ©" (its dotted line) / "(นาย...)" / "ตำแหน่ง ..." after the last listed title
    # (held-out h002): the reporter's label had run into the title, silent
    text = report() + ("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ โดยมีรายละเอียด ดังนี้\n"
                       "๑. โครงการพัฒนาครูในสังกัด\n\nผู้รายงาน\n๑7  co ©\n\n(นายอำนาจ ศักดิ์ดี)\n\n"
                       "ตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n")
    rows = run(text)
    assert [p["name"] for p in rows["projects"] if "พัฒนาครู" in p["name"]] == ["โครงการพัฒนาครูในสังกัด"]


def test_a_signature_that_runs_on_from_the_last_title_leaves_the_title():
    text = report() + ("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๑ โครงการ โดยมีรายละเอียด ดังนี้\n"
                       "๑. โครงการพัฒนาครูในสังกัด ANDO 3 3็0ผู้รายงาน (นายอำนาจ ศักดิ์ดี)\n"
                       "ต้าแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n")
    rows = run(text)
    assert [p["name"] for p in rows["projects"] if p["plan_status"] == "in_progress"] == ["โครงการพัฒนาครูในสังกัด"]


def test_a_budget_year_no_section_of_the_report_may_report_takes_its_round_s_year():
    # "2560" (๙ read as 0) in a 2567 report, seven years back: no round of this report; the round's
    # other headings print 2567, so the section is 2567's
    rows = run(report(projects=[project(1, "๒๕๖๗", budget_fy="2560"), project(2, "๒๕๖๗")]))
    assert [b["fiscal_year_be"] for b in rows["quarterly_budgets"]] == [2567, 2567]
    (issue,) = repairs(rows, "fiscal_year")
    assert json.loads(issue["evidence"])["printed"] == "2560" and issue["field"] == "quarterly_budgets.fiscal_year_be"
    # when the round's other headings print that year too, the text's year stands (and is flagged)
    rows = run(report(projects=[project(1, "๒๕๖๗", budget_fy="2560", other_fy="2560"), project(2, "๒๕๖๗")]))
    assert sorted(b["fiscal_year_be"] for b in rows["quarterly_budgets"]) == [2560, 2567]
    assert not repairs(rows, "fiscal_year")
    assert any(i["code"] == "fiscal_year_mismatch" for i in rows["issues"])


def test_figures_in_thai_digits_an_ocr_never_tells_apart_are_flagged_not_silent():
    # a report in whose hundreds of Thai digits no ๔ ๖ ๗ ๘ ๙ occurs (tesseract's Thai model writes
    # none): a budget amount "๕,๕๐๐" may be 4,500 or 9,800 and nothing says which
    def text(extra: str) -> str:
        out = report(fy="2567", projects=[project(1, "2567", planned="๕,๕๐๐", disbursed="๕,๕๐๐", edition="13"),
                                          project(2, "2567", planned="๑๑,๑๐๐", disbursed="๑๑,๑๐๐", edition="13")])
        out = out.replace("รอบ ๖ เดือน", "รอบ 6 เดือน").replace("๔๐ คน", "๓๐ คน").replace("ร้อยละ ๘๐", "ร้อยละ ๕๐").replace("๑๕ มกราคม", "๑๒ มกราคม")
        return out.replace("ได้ดำเนินการครบตามแผนที่กำหนด", "ได้ดำเนินการครบตามแผนที่กำหนด" + " ๑๒๓๕๐" * 40 + extra, 1)

    rows = run(text(""))
    flagged = [i for i in rows["issues"] if i["code"] == "ocr_digits_doubtful"]
    fields = sorted(i["field"] for i in flagged)
    assert fields.count("quarterly_budgets.planned") == 2 and fields.count("quarterly_budgets.disbursed") == 2
    # a count inside text is a figure too ("จำนวน ๓๐ คน"); a number that names something is not
    assert "targets.text" in fields
    assert {json.loads(i["evidence"])["unread"] for i in flagged} == {"๔๖๗๘๙"}
    assert all(i["project_key"] for i in flagged if not i["field"].startswith("report_summaries."))
    # a summary figure too, its own digits: the percentage after the disbursed amount
    pct = [i for i in flagged if i["field"] == "report_summaries.disbursed_pct"]
    assert len(pct) == 1 and json.loads(pct[0]["evidence"])["text"] == "๑๐๐.๐๐"
    # the same report once it shows every Thai digit somewhere: nothing is flagged
    rows = run(text(" ๔๖๗๘๙"))
    assert not [i for i in rows["issues"] if i["code"] == "ocr_digits_doubtful"]


def test_an_activity_name_that_runs_to_the_margin_goes_on_in_the_next_line():
    # no blank lines: the name fills the line to the page's margin and the page wrapped it; a
    # name that stops short of the margin ends there (what follows is its progress)
    name = "กิจกรรมหลักที่ ๑ ประชุมเชิงปฏิบัติการพัฒนาศักยภาพครูผู้สอนภาษาไทยเพื่อแก้ปัญหาของนักเรียนในสังกัดทุกโรงเรียน"
    wide = report().replace("ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗",
                            "ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗ ของสำนักงานเขต")
    text = wide.replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n", f"{name}\nการอ่านออกเขียนได้\n", 1)
    first = min(run(text)["activities"], key=lambda a: a["line_start"])
    assert first["text"].endswith("ทุกโรงเรียน การอ่านออกเขียนได้")
    assert first["progress"].startswith("ได้ดำเนินการแล้ว")
    text = wide.replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n", "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nการอ่านออกเขียนได้\n", 1)
    first = min(run(text)["activities"], key=lambda a: a["line_start"])
    assert first["text"] == "ประชุมคณะกรรมการ" and first["progress"].startswith("การอ่านออกเขียนได้")


def test_a_speck_before_an_activity_s_number_leaves_it_an_activity():
    for speck in (". ", ".", "๊          "):  # a dot (spaced, or against the words: running text cut there), a stray tone mark
        rows = run(report().replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ", f"{speck}กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ", 1))
        assert [a["text"] for a in rows["activities"]] == ["ประชุมคณะกรรมการ"] * 2


def test_marks_ocr_dropped_from_a_repeated_activity_are_restored_from_its_other_printings(monkeypatch):
    name, damaged = "จัดทำคำสั่งแต่งตั้งคณะกรรมการ", "จัดทำคำสังแต่งตังคณะกรรมการ"
    projects = [project(n, "๒๕๖๗") for n in (1, 2, 3)]
    projects = [p.replace("ประชุมคณะกรรมการ", damaged if n == 0 else name) for n, p in enumerate(projects)]
    rows = run(report(projects=projects))
    assert [a["text"] for a in rows["activities"]] == [name] * 3
    (issue,) = repairs(rows, "repeated_text")
    assert json.loads(issue["evidence"])["printed"] == damaged and issue["field"] == "activities.text"
    assert not repairs(rows, "dictionary_marks")  # (the printings settled it first)
    # what the printings alone decide (the dictionary's restoring, pipeline.marks and pipeline.siblings, left out)
    import pipeline.marks
    import pipeline.siblings
    with monkeypatch.context() as patched:
        patched.setattr(pipeline.marks, "LABEL_COLUMNS", {})
        patched.setattr(pipeline.siblings, "SIBLING_COLUMNS", {})
        # the fuller words printed only in other text (the results), no activity giving them whole: kept, flagged
        other = [project(n, "๒๕๖๗").replace("ได้ดำเนินการครบตามแผนที่กำหนด", f"ได้{name}เรียบร้อยแล้ว")
                 for n in (1, 2)]
        other[0] = other[0].replace("ประชุมคณะกรรมการ", damaged)
        rows = run(report(projects=other))
        assert sorted(a["text"] for a in rows["activities"]) == sorted([damaged, "ประชุมคณะกรรมการ"])
        (flag,) = [i for i in rows["issues"] if i["code"] == "marks_dropped"]
        assert flag["field"] == "activities.text" and json.loads(flag["evidence"])["fuller"] == name
        # a mark one printing shows and two do not (a speck read as a mark, or the one printing OCR left whole)
        # is outvoted: nothing is repaired, but the two printings that lack it are said to (marks_dropped)
        outvoted = [project(n, "๒๕๖๗") for n in (1, 2, 3)]
        outvoted = [p.replace("ประชุมคณะกรรมการ", damaged if n else name) for n, p in enumerate(outvoted)]
        rows = run(report(projects=outvoted))
        assert sorted(a["text"] for a in rows["activities"]) == sorted([name, damaged, damaged])
        assert not repairs(rows, "repeated_text")
        flags = [i for i in rows["issues"] if i["code"] == "marks_dropped"]
        assert len(flags) == 2 and all(json.loads(f["evidence"]) == {"text": damaged, "fuller": name} for f in flags)
        assert all("once elsewhere" in f["message"] for f in flags)
    # then the dictionary: each damaged name is the one reading of dictionary words, restored and recorded, and
    # the flag that its marks may be missing is settled
    rows = run(report(projects=outvoted))
    assert [a["text"] for a in rows["activities"]] == [name] * 3
    assert len(repairs(rows, "dictionary_marks")) == 2
    assert not [i for i in rows["issues"] if i["code"] == "marks_dropped"]


def test_a_long_heading_with_a_letter_ocr_changed_still_cuts_running_text():
    text = running(report().replace("ดัชนีชี้วัดความสำเร็จ", "ดัชนีขี้วัดความสำเร็จ"))
    rows = run(text)
    kinds = [t["kind"] for t in sorted(rows["targets"], key=lambda t: (t["project_key"], t["line_start"]))]
    assert kinds.count("indicator") == 2
    assert not any("ดัชนี" in t["text"] for t in rows["targets"])


def test_a_summary_figure_ocr_left_unreadable_is_said_missing():
    def missing(text: str) -> set[str]:
        return {i["field"] for i in run(text)["issues"] if i["code"] == "missing_value"}

    assert "report_summaries.disbursed_pct" not in missing(report())
    garbled = report().replace("บาท คิดเป็นร้อยละ ๑๐๐.๐๐", "บาท คิดเป็นร้อยละ ong. cued")
    assert "report_summaries.disbursed_pct" in missing(garbled)


def test_a_letter_ocr_put_where_a_digit_stood_in_an_amount_is_flagged():
    # "๗,๐๓๒" read "o,032": the amount is not read as 32 (its first digit was not read: budgets.glued_lead), and
    # no reading of the o makes it the planned ๗,๐๓๒, so it stays unread, said
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๗,๐๓๒", disbursed="o,032"), project(2, "๒๕๖๗")]))
    assert sorted(rows["quarterly_budgets"], key=lambda b: b["line_start"])[0]["disbursed"] is None
    flagged = [i for i in rows["issues"] if i["code"] in ("ocr_digits_doubtful", "unparsed_value")]
    assert [i["field"] for i in flagged] == ["quarterly_budgets.disbursed"]
    assert not [i for i in run(report())["issues"] if i["code"] == "ocr_digits_doubtful"]


def test_a_target_section_ocr_left_empty_is_said_missing():
    def missing(text: str) -> list[dict]:
        return [i for i in run(text)["issues"] if i["code"] == "missing_value" and i["field"] == "targets"]

    assert not missing(report())
    lost = report().replace("เป้าหมายเชิงผลผลิต (Output)\nครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา\n",
                            "เป้าหมายเชิงผลผลิต (Output)\n", 1)
    (issue,) = missing(lost)
    assert "Output" in issue["message"] and issue["project_key"]


def test_the_office_s_name_printed_again_inside_a_section_is_no_text_of_it():
    # a page's running header (the office) OCR damaged, so the clean-up did not know it, inside an item
    text = report().replace("ครูมีความรู้ความเข้าใจ\n",
                            "ครูมีความรู้ความเข้าใจ\nสํานํ  นักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๕\n", 1)
    outcomes = [t["text"] for t in run(text)["targets"] if t["kind"] == "outcome"]
    assert outcomes == ["ครูมีความรู้ความเข้าใจ"] * 2


def test_an_activity_name_broken_before_a_word_too_long_for_the_line_goes_on():
    # the name stops short of the margin because its next word (Thai, no space) would not fit
    long_word = "สนับสนุนการดำเนินงานสวนพฤกษศาสตร์โรงเรียนในสังกัดสำนักงาน"
    text = report().replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n",
                            f"กิจกรรมหลักที่ ๑ ประชุมเชิงปฏิบัติการส่งเสริม\n{long_word}\n", 1)
    first = min(run(text)["activities"], key=lambda a: a["line_start"])
    assert first["text"] == f"ประชุมเชิงปฏิบัติการส่งเสริม {long_word}"
    assert first["progress"].startswith("ได้ดำเนินการแล้ว")


def test_a_not_started_group_s_titles_with_their_group_number_misread_are_titles():
    # "3.1" read "2.1" under the not-started group (3): the sequence, not the prefix, decides; the
    # header's last words the page wrapped onto a line of their own are no finding
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ โดยมีรายละเอียด\nดังนี้\n"
                       "2.1 โครงการพัฒนาครูในสังกัด\n3.2 โครงการส่งเสริมการอ่าน\n")
    rows = run(text)
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started") == [
        (1, "โครงการพัฒนาครูในสังกัด"), (2, "โครงการส่งเสริมการอ่าน")]
    assert not any("ดังนี้" in f["text"] or "โครงการ" in f["text"] for f in rows["findings"])
    # ... or what OCR left of them ("ดัง")
    rows = run(text.replace("โดยมีรายละเอียด\nดังนี้\n", "โดยมีรายละเอียด\nดัง\n"))
    assert len([p for p in rows["projects"] if p["plan_status"] == "not_started"]) == 2
    assert not any(f["text"].endswith("ดัง") for f in rows["findings"])
    # a prefix that is not the group's, on a number the sequence does not allow, opens nothing
    rows = run(report() + "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๑ โครงการ ดังนี้\n2.5 โครงการพัฒนาครูในสังกัด\n")
    assert not [p for p in rows["projects"] if p["plan_status"] == "not_started"]


def test_a_count_ocr_read_as_letters_and_a_year_in_a_title_are_figures_of_their_text():
    from parsers.digits import doubtful_numbers

    assert doubtful_numbers("มีผู้เข้าร่วมกิจกรรม จำนวน mo AY", "", figures_only=True) == ["mo"]
    assert doubtful_numbers("โครงการสถานศึกษาปลอดภัย ปีการศึกษา ๒๕๒๐๕", "๐๒๓๕", figures_only=True) == ["๒๕๒๐๕"]
    assert doubtful_numbers("ศตวรรษที่ ๒๑ เขต ๕ ฉบับที่ ๑๒", "๐๒๓๕", figures_only=True) == []  # names, not figures
    assert doubtful_numbers("จำนวน 30 คน", "", figures_only=True) == []
    rows = run(report().replace("ได้ดำเนินการครบตามแผนที่กำหนด", "มีผู้เข้าร่วมกิจกรรม จำนวน mo คน", 1))
    assert [i["field"] for i in rows["issues"] if i["code"] == "ocr_digits_doubtful"] == ["findings.text"]


def test_a_list_left_with_its_first_item_alone_is_said_to_have_lost_the_others():
    from parsers.obec_progress.lists import lone_first
    from schemas.document import Line

    assert lone_first([Line(1, "1. ผู้บริหารสถานศึกษา จำนวน 49 คน"), Line(2, "เข้าร่วมการประชุม")])
    assert not lone_first([Line(1, "1. ผู้บริหารสถานศึกษา"), Line(2, "2. ครูในสังกัด")])
    assert not lone_first([Line(1, "ผู้บริหารสถานศึกษา จำนวน 49 คน")])  # one item, unnumbered: the form's way
    text = report().replace("ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", "๑. ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", 1)
    (issue,) = [i for i in run(text)["issues"] if i["code"] == "missing_row"]
    assert issue["field"] == "targets" and issue["project_key"]
    assert not [i for i in run(report())["issues"] if i["code"] == "missing_row"]


def test_item_numbers_ocr_read_apart_from_their_texts_number_the_texts_paragraphs():
    # OCR read the list's numbers as a column of their own: the texts first, unnumbered, a blank
    # line between them, then "1." and "๒." alone (or before them); two items, not one
    from parsers.obec_progress.lists import items_of, unpaired_numbers
    from schemas.document import Line

    first, second = "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนา", "นักเรียนในสังกัด จำนวน 123 คน ได้เข้าร่วมกิจกรรม"
    after = [Line(10, first), Line(12, second), Line(13, "ตามโครงการ"), Line(15, "1."), Line(16, "๒.")]
    assert items_of(after) == [(first, 10, 10), (f"{second} ตามโครงการ", 12, 13)]
    before = [Line(10, "1."), Line(11, "๒."), Line(13, first), Line(15, second)]
    assert items_of(before) == [(first, 13, 13), (second, 15, 15)]
    assert unpaired_numbers(after) is None and unpaired_numbers(before) is None
    # a number OCR misread (๑ as "@") still counts; numbers out of sequence, or more paragraphs than
    # numbers, pair nothing: read as before, and said
    assert [a for _, a, _ in items_of([Line(10, first), Line(12, second), Line(14, "@."), Line(15, "2.")])] == [10, 12]
    for lines in ([Line(10, first), Line(12, second), Line(14, "3."), Line(15, "5.")],
                  [Line(10, first), Line(12, second), Line(14, "ตามโครงการ"), Line(16, "1."), Line(17, "2.")]):
        assert len(items_of(lines)) == 1 and unpaired_numbers(lines)
    # numbered items, or one number alone, are no such list
    assert unpaired_numbers([Line(1, "1. " + first), Line(2, "2. " + second), Line(3, "3.")]) is None
    assert unpaired_numbers([Line(1, first), Line(3, "1.")]) is None

    def targets(heading_list: str) -> dict:
        text = report().replace("ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", heading_list, 1)
        return run(text)

    rows = targets(f"{first}\n\n{second}\n\n1.\n๒.")
    outputs = [t["text"] for t in rows["targets"] if t["kind"] == "output"]
    assert outputs[:2] == [first, second] and not [i for i in rows["issues"] if i["code"] == "missing_row"]
    # no blank line between, the first line well short of the page's margin and the next line's first
    # word short enough to have fit on it: the page did not wrap it, each line is an item
    rows = targets(f"{first}\n{second}\n\n1.\n๒.")
    outputs = [t["text"] for t in rows["targets"] if t["kind"] == "output"]
    assert outputs[:2] == [first, second] and not [i for i in rows["issues"] if i["code"] == "missing_row"]
    # ... but three lines for two numbers, the second's first word overrunning the first line (its wrap, or
    # a long run of Thai that starts item 2): the first line fills well under the page's width, and a page
    # breaks a Thai run between words to fill its line, so the run starts item 2 (lists._after_unfilled,
    # since the sixty-seventh session; before, left unread as missing_row): taken, and said in doubt
    long = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงานเข้าร่วมการประชุมเชิงปฏิบัติการ"
    rows = targets(f"{first}\n{long}\nตามแผนที่กำหนด\n\n1.\n๒.")
    outputs = [t["text"] for t in rows["targets"] if t["kind"] == "output"]
    assert outputs[:2] == [first, f"{long} ตามแผนที่กำหนด"]
    (issue,) = [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt"]
    assert issue["field"] == "targets" and issue["project_key"]
    assert not [i for i in rows["issues"] if i["code"] == "missing_row"]


def test_the_summary_s_count_of_budgeted_projects_is_the_budget_sections_of_its_quarter():
    projects = [project(n, "๒๕๖๗") for n in range(1, 6)]  # five projects, each a quarter-2 budget section
    def summary(printed: str) -> tuple[dict, list[dict]]:
        text = report(projects=projects).replace(
            "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน 5 โครงการ\nจำนวนเงิน", f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน {printed} โครงการ\nจำนวนเงิน")
        rows = run(text)
        return rows["report_summaries"][0], rows["issues"]

    row, issues = summary("๒")  # ๕ read as ๒ (or ๖): 5 is the one reading the sections allow
    assert row["n_budgeted_projects"] == 5
    (issue,) = [i for i in issues if i["code"] == "value_repaired" and i["field"] == "report_summaries.n_budgeted_projects"]
    assert json.loads(issue["evidence"])["printed"] == "๒"
    row, issues = summary("๓")  # no reading of ๓ is 5: kept, flagged
    assert row["n_budgeted_projects"] == 3
    assert [i for i in issues if i["code"] == "count_mismatch" and i["field"] == "report_summaries.n_budgeted_projects"]


def test_the_count_of_budgeted_projects_is_no_fewer_than_the_sections_where_projects_went_unread():
    # set s84a obec_progress_s84a004: five budgeted projects, one title OCR lost (its rows read into the project
    # before it, so four projects hold sections), the count printed ๕ and read 5: the sections read are a floor
    # then, not the count; before, ๕ (which ๔ reads as) was repaired to 4
    projects = [project(n, "๒๕๖๗") for n in range(1, 6)]
    text = report(projects=projects).replace("จำนวน 5 โครงการ\nจำนวนเงิน", "จำนวน ๕ โครงการ\nจำนวนเงิน")
    text = text.replace("3. โครงการทดสอบที่ 3 ของสำนักงาน\n", "a:\n")
    rows = run(text)
    assert len(rows["projects"]) == 4 and [i for i in rows["issues"] if i["code"] == "project_unread"]
    assert rows["report_summaries"][0]["n_budgeted_projects"] == 5
    said = [i for i in rows["issues"] if i["field"] == "report_summaries.n_budgeted_projects"]
    assert [i["code"] for i in said] == ["count_mismatch"]


def test_the_summary_s_budget_quarter_is_read_where_ocr_garbled_the_count_of_budgeted_projects():
    # corpus 005 ("จำนวน oe โครงการ") and 012 ("จำนวน โครงการ"): the heading's quarter stands whatever the count;
    # the count is the quarter's two budget sections where its printing allows 2 (nothing printed, "o" may be ๒:
    # value_repaired), and stays unread where it does not ("ซ" is ๗, "m" ๓).  "a" is ๓ or ๑ under the table, and
    # ๒ through a look-alike it leaves out as rare (RARE_LOOKALIKES): no reading under the table is 2, so the rare
    # one is (said: rare_misreads)
    for printed, count in (("oe", 2), ("", 2), ("\n»", None), ("ซ", None), ("m", None), ("a", 2)):
        text = report().replace("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน 2 โครงการ\nจำนวนเงิน",
                                f"ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จำนวน {printed} โครงการ\nจำนวนเงิน")
        assert text != report()
        rows = run(text)
        summary = rows["report_summaries"][0]
        assert summary["budget_quarter"] == 2 and summary["n_budgeted_projects"] == count, printed
        said = [i for i in rows["issues"] if i["field"] == "report_summaries.n_budgeted_projects"]
        assert said
        if count is not None:
            (repaired,) = [i for i in said if i["code"] == "value_repaired"]
            assert json.loads(repaired["evidence"]) == {"rule": "count", "printed": printed.strip(), "read": None,
                                                         "chosen": "2", **({"rare_misreads": True} if printed == "a"
                                                                           else {})}


def test_an_unread_count_of_budgeted_projects_is_the_budget_sections_its_look_alike_allows():
    # "ซ" is what OCR writes for ๗, "»" for ๖ (normalizers.confusions.LOOKALIKES): seven (six) quarter-2 sections
    for printed, sections in (("ซ", 7), ("\n»", 6)):
        projects = [project(n, "๒๕๖๗") for n in range(1, sections + 1)]
        text = report(projects=projects).replace(f"จำนวน {sections} โครงการ\nจำนวนเงิน",
                                                 f"จำนวน {printed} โครงการ\nจำนวนเงิน")
        assert text != report(projects=projects)
        rows = run(text)
        assert rows["report_summaries"][0]["n_budgeted_projects"] == sections
        assert [i for i in rows["issues"] if i["code"] == "value_repaired"
                and i["field"] == "report_summaries.n_budgeted_projects"]


def test_an_unread_count_of_budgeted_projects_is_the_sections_a_rare_look_alike_allows():
    # fresh sets s69z, s71o, s72b: seven budgeted projects printed "จำนวน ๗ โครงการ", read "จำนวน o โครงการ" or
    # "จำนวน ov โครงการ" ("o" is ๐ ๑ ๓ ๒ under the table, ๗ or ๖ through a look-alike it leaves out as rare):
    # the count is the seven quarter-2 sections, said as read through a rare look-alike; a count the rare
    # look-alikes do not allow either stays unread ("m" is ๓ alone)
    projects = [project(n, "๒๕๖๗") for n in range(1, 8)]
    for printed, count in (("o", 7), ("\nov", 7), ("m", None)):
        text = report(projects=projects).replace("จำนวน 7 โครงการ\nจำนวนเงิน", f"จำนวน {printed} โครงการ\nจำนวนเงิน")
        assert text != report(projects=projects)
        rows = run(text)
        assert rows["report_summaries"][0]["n_budgeted_projects"] == count, printed
        said = [i for i in rows["issues"] if i["field"] == "report_summaries.n_budgeted_projects"]
        repaired = [i for i in said if i["code"] == "value_repaired"]
        if count is None:
            assert said and not repaired
            continue
        (issue,) = repaired
        assert json.loads(issue["evidence"]) == {"rule": "count", "printed": printed.strip(), "read": None,
                                                 "chosen": "7", "rare_misreads": True}
        assert "rare" in issue["message"]


def test_the_summary_s_round_months_are_read_where_ocr_garbled_the_title_s_year():
    # corpus 014: "พ.ศ. ๒๕๒๓๑ รอบ ๑๒ เดือน" (a digit read twice): no year in the title, its months all the same
    text = report().replace("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน\nรายงานสรุป", "ประจำปีงบประมาณ\nพ.ศ. ๒๕๒๓๑ รอบ ๖ "
                            "เดือน\nรายงานสรุป", 1)
    assert text != report()
    assert run(text)["report_summaries"][0]["period_months"] == 6


def test_a_status_count_after_a_speck_in_the_summary_s_cell_gap_is_read():
    # corpus 008: "๓. โครงการที่ยังไม่ได้ดำเนินการ      , จำนวน 1 โครงการ": a speck OCR left in the gap
    text = report().replace("เสร็จสิ้นแล้ว จำนวน", "เสร็จสิ้นแล้ว      , จำนวน", 1)
    assert text != report()
    assert run(text)["report_summaries"][0]["n_completed"] == 2


def test_summary_rows_whose_table_cells_ocr_wrapped_or_reordered_still_give_their_counts():
    from parsers.obec_progress.summary import read_summary
    from schemas.document import Line

    lines = [Line(1, "โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2566 จำนวน 7 โครงการ"),
             Line(2, "1. โครงการที่ดำเนินการเสร็จสิ้น แล้ว\tจำนวน 2 โครงการ\tคิดเป็นร้อยละ 28.57"),  # a cell wrapped
             Line(3, "3. โครงการที่ยังไม่ได้ดำเนินการ โครงการ\tจำนวน 0\tคิดเป็นร้อยละ 0.00"),  # cells out of order
             Line(4, "จำนวนเงินงบประมาณที่เบิกจ่ายจริง 44.962.00 บาท คิดเป็นร้อยละ 90.38")]  # a separator misread
    got, issues = read_summary(lines)
    assert got["n_completed"].value == 2 and got["n_not_started"].value == 0
    assert str(got["budget_disbursed"].value) == "44962.00" and got["disbursed_pct"].value == 90.38
    (issue,) = [i for i in issues if i.code == "value_repaired"]
    assert json.loads(issue.evidence)["printed"] == "44.962.00" and issue.field == "report_summaries.budget_disbursed"


def test_a_fuller_printing_that_still_lacks_a_tone_mark_is_no_repair(monkeypatch):
    # every printing lost the mark on สั่ง, and one the mark on ตั้ง too: the others give ตั้ง back, but
    # the reading they give whole ("...คำสังแต่งตั้ง...") still reads better with a tone mark more, so
    # the letters may lack a mark no printing shows: kept as printed, marks_dropped, not value_repaired
    from parsers.obec_progress.texts import lacks_a_tone

    name, damaged, fuller = ("จัดทำคำสั่งแต่งตั้งคณะกรรมการ", "จัดทำคำสังแต่งตังคณะกรรมการ",
                             "จัดทำคำสังแต่งตั้งคณะกรรมการ")
    assert lacks_a_tone(fuller) and lacks_a_tone(name) is None
    assert lacks_a_tone("ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด") is None
    projects = [project(n, "๒๕๖๗") for n in (1, 2, 3)]
    projects = [p.replace("ประชุมคณะกรรมการ", damaged if n == 0 else fuller) for n, p in enumerate(projects)]
    import pipeline.marks
    import pipeline.siblings
    with monkeypatch.context() as patched:  # what the printings alone decide
        patched.setattr(pipeline.marks, "LABEL_COLUMNS", {})
        patched.setattr(pipeline.siblings, "SIBLING_COLUMNS", {})
        rows = run(report(projects=projects))
        assert sorted(a["text"] for a in rows["activities"]) == sorted([damaged, fuller, fuller])
        assert not repairs(rows, "repeated_text")
        (flag,) = [i for i in rows["issues"] if i["code"] == "marks_dropped"]
        assert flag["field"] == "activities.text" and json.loads(flag["evidence"])["fuller"] == fuller
    # the dictionary then knows the one word each reading is (pipeline.marks): all three restored, each recorded
    rows = run(report(projects=projects))
    assert [a["text"] for a in rows["activities"]] == [name] * 3
    assert len(repairs(rows, "dictionary_marks")) == 3 and not repairs(rows, "repeated_text")
    assert not [i for i in rows["issues"] if i["code"] == "marks_dropped"]


def test_projects_lost_where_a_group_count_was_misread_alike_are_said_at_the_list():
    # three projects, the third lost to OCR, and the group's count "๓" read "๒" (as many as were kept): the
    # group shows no shortfall, the total still does, and the loss is an issue about the projects table
    # at the list's lines, not only a count mismatch at the summary
    fy = "๒๕๖๗"
    projects = [project(n, fy) for n in (1, 2, 3)]
    text = report(projects=projects).replace(projects[2], "")
    text = text.replace("เสร็จสิ้นแล้ว จำนวน 3 โครงการ", "เสร็จสิ้นแล้ว จำนวน 2 โครงการ")
    rows = run(text)
    assert len(rows["projects"]) == 2 and rows["report_summaries"][0]["n_projects"] == 3
    (issue,) = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "projects"]
    assert json.loads(issue["evidence"])["stated"] == 3
    assert issue["line_start"] == min(p["line_start"] for p in rows["projects"])
    # and of each table of the projects' rows, at the same lines (their rows lost, or read under another project)
    tables = {i["field"] for i in rows["issues"] if i["code"] == "project_unread" and i["field"] != "projects"
              and i["line_start"] == issue["line_start"]}
    assert tables == {"targets", "activities", "alignments", "findings", "quarterly_budgets"}
    # nothing lost: no such issue
    assert not [i for i in run(report(projects=projects))["issues"] if i["code"] == "project_unread"]


def test_a_misread_separator_among_thai_digits_ocr_confuses_is_read_but_not_vouched_for():
    # "๑๑.๒๕๐": the separator is mended (11,250), but its ๕ may be a ๔, ๘ or ๙ OCR misread: flagged, not repaired
    rows = run(report(projects=[project(1, "๒๕๖๗", planned="๑๑.๒๕๐", disbursed="11,250"),
                                project(2, "๒๕๖๗", planned="9 000", disbursed="9,000")]))
    assert [b["planned"] for b in rows["quarterly_budgets"]] == [Decimal("11250.00"), Decimal("9000.00")]
    assert [json.loads(i["evidence"])["printed"] for i in repairs(rows, "separator")] == ["9 000"]
    (flagged,) = [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and "separator" in i["evidence"]]
    assert flagged["field"] == "quarterly_budgets.planned"
    # the summary's undisbursed amount, "๒5.9๐๕.0๐": planned less disbursed says 25,908, one of its readings
    from parsers.obec_progress.rows import repair_summary
    from schemas.document import Reading
    summary = {"budget_planned": Reading(Decimal("131950.00"), "131,950.00", 1, 1),
               "budget_disbursed": Reading(Decimal("106042.00"), "106,042.00", 2, 2),
               "budget_not_disbursed": Reading(Decimal("25905.00"), "จำนวนเงิน ๒5.9๐๕.0๐ บาท", 3, 3)}
    (issue,) = repair_summary(summary, {})
    assert issue.code == "value_repaired" and summary["budget_not_disbursed"].value == Decimal("25908.00")


def test_a_plan_heading_ocr_misread_is_the_form_s_own_words_with_its_tail():
    # the plan column holds the heading as the form prints it: a letter OCR added ("การตดำเนินงาน") or a
    # mark it changed ("เป่าหมาย") gives the form's words back, the printed tail kept; a heading that only
    # spaces its words otherwise, or whose words differ by more than two letters (another plan's
    # heading), is no repair
    from parsers.obec_progress.rounds import form_heading

    sub, nesdp = "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย", "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"
    assert form_heading("plan_sub_plan", "ผลการตดำเนินงานต่อเป้าหมายของแผนย่อย") == sub
    assert form_heading("plan_sub_plan", "ผลการดำเนินงานต่อเป่าหมายของแผนย่อย") == sub
    assert form_heading("plan_nesdp", nesdp.replace("ที่ดำ", "ทีดำ") + " ฉบับที่ ๑๓") == nesdp + " ฉบับที่ ๑๓"
    assert form_heading("plan_sub_plan", sub) is None
    assert form_heading("plan_nesdp", nesdp.replace("กับแผน", "กับแผน ") + " ฉบับที่ 12") is None
    assert form_heading("plan_master_plan", sub) is None
    assert form_heading("plan_sub_plan", "ผลการตดำเนินงานต่อเป้าหมายของแผนย่อย ของโรงเรียน") is None  # no heading tail
    # a tail OCR garbled past any Thai letter ("ALUN om" for "ฉบับที่ ๑๓", fresh set ag): the words are
    # still the form's, the garbled tail kept as printed (and the repair said)
    damaged = nesdp.replace("ที่ดำ", "ทีดำ").replace("สังคม", "สังคม ") + " ALUN om"
    assert form_heading("plan_nesdp", damaged) == nesdp + " ALUN om"


def test_a_year_most_mentions_allow_is_flagged_when_a_tenth_read_years_it_cannot_be():
    # ๒๕๖๗ read ๒๕๒๑ (๗ as ๑, a misread the confusion table lacks) in most headings and ๒๕๒๓ in a third
    # of them: the majority gives 2561, but the ๒๕๒๓ mentions can be no reading of it, so the year is
    # flagged for the summary, the projects and the budget rows (and, the projects naming the 13th plan,
    # 2566-2570, not chosen at all: test_a_disputed_year_the_plan_s_edition_rules_out_is_not_chosen); a
    # report whose mentions all allow its year raises no such issue
    text = report(fy="๒๕๒๑", projects=[project(1, "๒๕๒๑"), project(2, "๒๕๒๑"), project(3, "๒๕๒๓")])
    rows = run(text)
    flagged = [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and "fiscal year" in i["message"]]
    assert {i["field"] for i in flagged} >= {"projects.fiscal_year_be", "report_summaries.fiscal_year_be",
                                            "quarterly_budgets.fiscal_year_be"}
    assert 2561 not in {p["fiscal_year_be"] for p in rows["projects"]}
    clean = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗"), project(3, "๒๕๖๗")]))
    assert not [i for i in clean["issues"] if i["code"] == "repair_ambiguous" and "fiscal year" in i["message"]]


def test_a_mended_separator_vouches_for_the_digits_only_when_they_have_no_other_reading():
    # the summary's "๑๐.๐๐๐.๐๐" is 10,000.00 with its group separator OCR-read as a point (the separator
    # rule); its Thai digits, as printed, could be others (a ๐ may be a ๖ or ๔ OCR misread): the mended
    # value is kept, but as repair_ambiguous, never value_repaired. Printed in Arabic digits, the repair stands
    def summary_issues(planned):
        rows = run(report(planned=planned))
        assert rows["report_summaries"][0]["budget_planned"] == Decimal("10000.00")
        return [(i["code"], json.loads(i["evidence"])) for i in rows["issues"]
                if i["field"] == "report_summaries.budget_planned" and i["code"] in ("value_repaired", "repair_ambiguous")]

    (code, evidence), = summary_issues("๑๐.๐๐๐.๐๐")
    assert code == "repair_ambiguous" and evidence["rule"] == "separator"
    (code, evidence), = summary_issues("10.000.00")
    assert code == "value_repaired" and evidence["chosen"] == "10000.00"


def test_a_group_header_with_a_speck_after_its_number_opens_its_group_in_running_text():
    # "๑.  .โครงการที่ดำเนินการเสร็จสิ้นแล้ว ...": a speck between the group's number and its words, in a report
    # printed as running text; the header must still open its group, or the group's projects are lost
    text = running(report().replace("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด",
                                    "๑.  .โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด"))
    assert ".โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดย" in " ".join(text.split("\n"))
    rows = run(text)
    assert sorted((p["plan_status"], p["group_seq"]) for p in rows["projects"]) == [
        ("completed", 1), ("completed", 2)]
    assert len(rows["activities"]) == 2


def _misread_years(text: str, readings: tuple[str, ...]) -> str:
    """Each printing of ๒๕๖๗ in `text` replaced by the next of `readings`, in turn."""
    parts = text.split("๒๕๖๗")
    return parts[0] + "".join(readings[k % len(readings)] + part for k, part in enumerate(parts[1:]))


def test_a_misread_the_table_lacks_is_added_when_the_report_s_year_mentions_prove_it():
    # ๗ read as ๑ in most printings of a 2567 report ("๒๕๖๗" as "๒๕๒๑" and "๒๕๐๑", ๖ read as ๒ or ๐), as
    # ๓ in some ("๒๕๒๓"): under the table alone most mentions read 2561 and the others (and the plan
    # editions, "ฉบับที่ ๑๓": 2566-2570) dissent; with ๗ -> ๑ every mention allows 2567, and no other
    # misread makes them agree (๙ -> ๑ would make 2569 of every mention but a November date of 2566, printed
    # "๒๕๒๒", which falls in fiscal 2567)
    projects = [project(1, "๒๕๖๗", date="๑๕ พฤศจิกายน พ.ศ. ๒๕๒๒")] + [project(n, "๒๕๖๗") for n in range(2, 5)]
    text = _misread_years(report(projects=projects), ("๒๕๒๑", "๒๕๐๑", "๒๕๒๑", "๒๕๒๓"))
    rows = run(text)
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2567
    assert {p["fiscal_year_be"] for p in rows["projects"]} == {2567}
    assert {b["fiscal_year_be"] for b in rows["quarterly_budgets"]} == {2567}
    proven = repairs(rows, "proven_misread")
    assert proven and all(json.loads(i["evidence"])["added"]["misread"] == ["7", "1"] for i in proven)
    # the year is claimed repaired, not in doubt; but what takes it (the projects' years, the summary's Gregorian
    # year) rests on a misread beyond the table, and says so (a wrong proof once made every project's year
    # wrong with no issue naming it)
    beyond = [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and "fiscal_year" in (i["field"] or "")]
    assert {i["field"] for i in beyond} == {"report_summaries.fiscal_year", "projects.fiscal_year_be",
                                            "projects.fiscal_year"}
    assert all(json.loads(i["evidence"]) == {"rule": "proven_misread", "chosen": 2567} for i in beyond)
    # the misread is the report's own: a report whose mentions agree under the table adds none
    rows = run(report(projects=projects))
    assert rows["report_summaries"][0]["fiscal_year_be"] == 2567 and not repairs(rows, "proven_misread")
    assert not [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and "fiscal_year" in (i["field"] or "")]
    # without that date, ๗ -> ๑ (2567) and ๙ -> ๑ (2569) would each make the mentions agree: neither is
    # chosen, the year stays flagged
    projects = [project(n, "๒๕๖๗") for n in range(1, 5)]
    rows = run(_misread_years(report(projects=projects), ("๒๕๒๑", "๒๕๐๑", "๒๕๒๑", "๒๕๒๓")))
    assert not repairs(rows, "proven_misread")
    assert [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and i["field"] == "report_summaries.fiscal_year_be"]


def test_a_running_header_s_year_the_page_wrapped_onto_a_line_of_its_own_is_no_item():
    # each page opens with the report's title, its year wrapped onto the next line ("พ.ศ. ๒๕๖๗", the page
    # break falling inside a section): the clean-up knows the title's line as a running header, not the
    # year's (read differently page by page), which must not become an item of the section
    header = "\n\nหน้า {}/4\n\nรายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ\n\nพ.ศ. {}\n\n"
    breaks = [("ผลการดำเนินงาน\n", "๒๕๖๗"), ("ดัชนีชี้วัดความสำเร็จ\n", "๒๕๒๓"), ("เป้าหมายเชิงผลลัพธ์ (Outcome)\n", "๒5๖๗")]
    projects = [project(n, "๒๕๖๗").replace(at, at.strip() + header.format(n, year))
                for n, (at, year) in enumerate(breaks, 1)]
    rows = run(report(projects=projects))
    assert [f["text"] for f in rows["findings"] if f["kind"] == "result"] == ["ได้ดำเนินการครบตามแผนที่กำหนด"] * 3
    assert sorted(t["text"] for t in rows["targets"]) == sorted(
        ["ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา", "ครูมีความรู้ความเข้าใจ", "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ"] * 3)


def test_the_rest_of_an_activity_name_after_a_blank_line_goes_on_when_brackets_say_so():
    # paragraphs stand apart (blank lines), and the page width wrapped an activity's name before a
    # bracketed aside, or inside a bracket: the line is the rest of the name, not its progress
    spaced = "\n\n".join(report().split("\n"))
    for printed, name in (("ประชุมคณะกรรมการ\n\n(สัมภาษณ์)", "ประชุมคณะกรรมการ (สัมภาษณ์)"),
                          ("ประชุมคณะกรรมการ (Active\n\nLearning)", "ประชุมคณะกรรมการ (Active Learning)")):
        rows = run(spaced.replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n", f"กิจกรรมหลักที่ ๑ {printed}\n", 1))
        first, second = rows["activities"][:2]
        assert first["text"] == name and first["progress"].startswith("ได้ดำเนินการแล้ว")
        assert second["text"] == "ประชุมคณะกรรมการ"
    # a bracket the name closed leaves the next paragraph its progress
    rows = run(spaced.replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n", "กิจกรรมหลักที่ ๑ ประชุม (ครั้งที่ ๑)\n\nLearning)\n", 1))
    assert rows["activities"][0]["text"] == "ประชุม (ครั้งที่ ๑)"


def test_the_word_project_alone_after_a_finding_the_page_wrapped_is_no_title():
    # a project's two rounds; its first round's last finding wraps before its last word, "โครงการ", which
    # stands alone (no number) right before the second round: the rest of the finding, not a new project
    first = project(1, "๒๕๖๗", quarter="๑").replace(
        "ได้ดำเนินการครบตามแผนที่กำหนด\n", "ได้ดำเนินการครบตามแผนที่กำหนด\nข้อเสนอแนะ\n"
        "ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตาม\n\nโครงการ\n\n")
    second = project(1, "๒๕๖๗", quarter="๒").split("\n", 1)[1]
    rows = run(report(projects=[first + second, project(2, "๒๕๖๗")]))
    assert sorted(p["name"] for p in rows["projects"]) == ["โครงการทดสอบที่ 1 ของสำนักงาน", "โครงการทดสอบที่ 2 ของสำนักงาน"]
    first_key = [p["project_key"] for p in rows["projects"] if p["group_seq"] == 1][0]
    assert sorted(a["quarter"] for a in rows["activities"] if a["project_key"] == first_key) == [1, 2]


def test_a_listed_title_whose_number_ocr_misread_past_the_table_is_still_a_title():
    # a not-started group listed by titles only; "๓.๓" read "๓.๑" (a misread the table lacks): still a
    # title (its place stands in for its number, flagged), not words of the title before it
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ ดังนี้\n"
                       "๓.๑ โครงการพัฒนาครูในสังกัด\n๓.๒ โครงการส่งเสริมการอ่าน\n๓.๑ โครงการรับนักเรียน\n")
    rows = run(text)
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started") == [
        (1, "โครงการพัฒนาครูในสังกัด"), (2, "โครงการส่งเสริมการอ่าน"), (3, "โครงการรับนักเรียน")]
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq" and i["code"] == "repair_ambiguous"]


def test_a_listed_title_whose_number_ocr_misread_ahead_of_the_sequence_is_still_a_title():
    # the same with "๓.๒" read "3.9" (set s29o obec_progress_s29o001): a number ahead of the list, no title
    # numbered 3.10 after it (nor a section) to say titles were missed; before, its row ran into the title
    # before it and the project was lost
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ ดังนี้\n"
                       "๓.๑ โครงการพัฒนาครูในสังกัด\n3.9 โครงการส่งเสริมการอ่าน\n๓.๓ โครงการรับนักเรียน\n")
    rows = run(text)
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started") == [
        (1, "โครงการพัฒนาครูในสังกัด"), (2, "โครงการส่งเสริมการอ่าน"), (3, "โครงการรับนักเรียน")]
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq" and i["code"] == "repair_ambiguous"]
    # a title numbered right after it says the titles before it were missed: the number is what it says
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๓ โครงการ ดังนี้\n"
                       "๓.๑ โครงการพัฒนาครูในสังกัด\n๓.๓ โครงการส่งเสริมการอ่าน\n๓.๔ โครงการรับนักเรียน\n")
    assert sorted(p["group_seq"] for p in run(text)["projects"] if p["plan_status"] == "not_started") == [1, 3, 4]


def test_a_budget_section_whose_year_no_section_may_report_counts_for_the_summary_s_quarter():
    # one budget section's year reads 2597 in a 2567 report (no year a section of it may report), its round's
    # other headings too damaged to say which year it is: the report's year misread all the same; the
    # summary's count of budgeted projects (2) counts it
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗", budget_fy="2597", other_fy="๒๕๒๑")]))
    assert rows["report_summaries"][0]["n_budgeted_projects"] == 2
    assert not [i for i in rows["issues"] if i["field"] == "report_summaries.n_budgeted_projects"]


def test_a_title_number_past_the_count_its_group_header_states_is_misread_not_titles_missed():
    # the group's first title printed "9." (OCR wrote an Arabic 9 for ๑) under "จำนวน 2 โครงการ": no reading
    # of the count allows nine titles, so it is a misread number, not eight titles lost before it
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]).replace("\n1. โครงการทดสอบที่ 1", "\n9. โครงการทดสอบที่ 1")
    assert "\n9. โครงการทดสอบที่ 1" in text
    rows = run(text)
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2]
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq" and i["code"] in ("repair_ambiguous", "value_repaired")]


def test_a_title_number_past_the_count_its_group_header_states_in_brackets_is_misread():
    # the same with the group's count printed in brackets ("(2 โครงการ)", status_count_parens) and the first
    # title's "1." read as an Arabic 4: no reading of the count allows a fourth title (a count printed "(๒
    # โครงการ)" would: ๒ may be a ๖ misread)
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")])
    text = text.replace("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้",
                        "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (2 โครงการ)")
    text = text.replace("\n1. โครงการทดสอบที่ 1", "\n4 โครงการทดสอบที่ 1")
    assert "(2 โครงการ)" in text and "\n4 โครงการทดสอบที่ 1" in text
    rows = run(text)
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2]
    assert [i for i in rows["issues"] if i["field"] == "projects.group_seq" and i["code"] in ("repair_ambiguous", "value_repaired")]

def test_a_group_header_whose_number_ocr_read_as_a_speck_opens_its_group_by_its_count_in_brackets():
    # "๑." read as "©." (status_count_parens): no number, but the group's words and its count in brackets
    # say it is the group's header, so its projects are read (not lost to the summary)
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")])
    text = text.replace("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้",
                        "©. โครงการทีดำเนินการเสร็จสินแล้ว (2 โครงการ)")
    assert "©. โครงการทีดำเนินการเสร็จสินแล้ว (2 โครงการ)" in text
    rows = run(text)
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2]
    assert {p["plan_status"] for p in rows["projects"]} == {"completed"}
    assert len(rows["activities"]) == 2 and not [i for i in rows["issues"] if i["code"] == "project_unread"]


def test_ocr_debris_between_a_title_with_an_unreadable_number_and_its_section_does_not_hide_the_section():
    # "lo." for ๒, and specks a stamp left among the title's wrapped lines ("1", "Vu", "az"): the section
    # still follows the title closely enough to vouch for it
    second = project(2, "๒๕๖๗").replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n",
                                        "lo. โครงการทดสอบที่ 2 ของสำนักงาน\n1\nVu\ta\nเพื่อการพัฒนา\naz\nปีงบประมาณ ๒๕๖๗\n")
    rows = run(report(projects=[project(1, "๒๕๖๗"), second]))
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2]
    assert len(rows["activities"]) == 2 and len(rows["quarterly_budgets"]) == 2


def test_list_numbers_printed_as_a_column_between_a_lead_and_the_texts_number_the_texts():
    """A result list whose numbers stand in a column of their own after its
    lead line ('... ดังนี้' / '๑)' '๒)' '๓)' / the three texts): the lead is
    the first item and each text one numbered item (extra3's
    list_numbers_column_read); it ran the texts into one row and dropped the
    numbers silently.  More numbers than texts cannot be paired: said."""
    from parsers.obec_progress.lists import items_of, unpaired_numbers
    from schemas.document import Line

    lead = "สพป.อุดรธานี เขต ๒ ได้ดำเนินการพัฒนาระบบการติดตาม โดยกำหนดการดำเนินงานดังนี้"
    texts = ["ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๑๒๔ โรงเรียน", "ดำเนินการครบตามแผนที่กำหนด",
             "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์"]
    lines = [Line(149, lead), Line(150, "๑)"), Line(151, "๒)"), Line(152, "๓)")] + \
        [Line(154 + 2 * i, t) for i, t in enumerate(texts)]
    assert items_of(lines) == [(lead, 149, 149)] + [(t, 154 + 2 * i, 154 + 2 * i) for i, t in enumerate(texts)]
    assert unpaired_numbers(lines) is None
    # texts on lines that follow one another may be one item's wrapped lines: not paired, and said
    joined = lines[:4] + [Line(154 + i, t) for i, t in enumerate(texts)]
    assert unpaired_numbers(joined) == ["๑", "๒", "๓"]
    short = lines[:4] + [Line(154, texts[0]), Line(156, texts[1])]
    assert unpaired_numbers(short) == ["๑", "๒", "๓"]

def test_one_item_number_left_alone_after_a_list_s_texts_says_items_ran_together():
    # the outcome list's second number stands alone after the texts ("lo." for ๒), the words OCR displaced
    # with it lost as debris: the texts read as one item, and the issue names the table at the list
    damaged = project(1, "๒๕๖๗").replace("ครูมีความรู้ความเข้าใจ\n", "ครูมีความรู้ความเข้าใจ\nสอนได้อย่างมีประสิทธิภาพ\n\nlo.\n")
    rows = run(report(projects=[damaged, project(2, "๒๕๖๗")]))
    (issue,) = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "targets"]
    assert "lo" in issue["message"]
    # a speck that reads as no digit ("Vv.") says nothing
    damaged = project(1, "๒๕๖๗").replace("ครูมีความรู้ความเข้าใจ\n", "ครูมีความรู้ความเข้าใจ\n\nVv.\n")
    rows = run(report(projects=[damaged, project(2, "๒๕๖๗")]))
    assert not [i for i in rows["issues"] if i["code"] == "missing_row"]


def test_a_running_header_the_clean_up_did_not_know_is_no_words_of_the_section_it_interrupts():
    # the report's title at a page's top inside a project's results, its year wrapped onto the next line,
    # printed once as OCR read it (so no running header the clean-up knows): neither line is a result
    first = project(1, "๒๕๖๗").replace(
        "ผลการดำเนินงาน\n", "ผลการดำเนินงาน\nรายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ\nพ.ศ. ๒๕๒3\n")
    rows = run(report(projects=[first, project(2, "๒๕๖๗")]))
    assert [f["text"] for f in rows["findings"] if f["kind"] == "result"] == ["ได้ดำเนินการครบตามแผนที่กำหนด"] * 2
    assert len(rows["projects"]) == 2


def test_a_stamp_ocr_read_as_cells_of_specks_is_no_item_of_the_list_it_stands_over():
    # a seal over a list, read as tab-parted cells of digits, Latin letters and symbols with no Thai word:
    # debris, not the list's first item (which shifted the others' numbers)
    first = project(1, "๒๕๖๗").replace("ผลการดำเนินงาน\n", "ผลการดำเนินงาน\n๑7 ๐ IA\t= ๑7๑%\tขงจ,/ ข VAY {ru\n")
    rows = run(report(projects=[first, project(2, "๒๕๖๗")]))
    assert [f["text"] for f in rows["findings"] if f["kind"] == "result"] == ["ได้ดำเนินการครบตามแผนที่กำหนด"] * 2


def test_a_heading_past_a_blank_line_is_no_wrapped_cell_of_the_list_above():
    """Items written '๑.<tab>text' are a block of two-cell lines to the
    side-by-side table folding (parsers.grid); the one-cell line after
    them continues the last row's cell only when it stands right under it.
    The next section's heading past a blank line was joined to item 2's
    number ('๒. ปัญหาและอุปสรรค...<tab>text') and item 2 was lost (extra3
    OBEC w007, list_numbers_column_tabs)."""
    from parsers.grid import fold_tables
    from schemas.document import Line

    items = [Line(145, "๑.\tสพป.นครสวรรค์ เขต 4 ได้ดำเนินการส่งเสริม", cols=(0, 8)),
             Line(146, "๒.\tได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์", cols=(0, 8))]
    heading = Line(148, "ปัญหาและอุปสรรคในการดำเนินงาน")
    folded = fold_tables(items + [heading])
    assert [ln.text for ln in folded] == [ln.text for ln in items] + [heading.text]
    # right under the row, a short line is wrapped text of that row (as before)
    wrapped = fold_tables(items + [Line(147, "และสื่อออนไลน์")])
    assert [ln.no for ln in wrapped] == [145, 146] and "และสื่อออนไลน์" in wrapped[-1].text


def test_a_year_one_misread_more_would_make_another_is_flagged():
    # extra3's w001 (a 2563 report, "๒๕๒๓" throughout) made a 2567 report whose OCR read ๗ as ๑ in most
    # headings ("๒๕๒๑": 2561 under the table), as ๓ in a few ("๒๕๒๓") and "๒๕๒๓๑" in others: too few
    # mentions against 2561 to dispute it, but with ๗ read as ๑ every mention allows 2567 (its plan edition
    # dropped, as a 2567 report of the generator names none)
    from pathlib import Path
    text = (Path(__file__).parent / "corpus/extra3/ocr/obec_progress_w001.txt").read_text(encoding="utf-8")
    count = iter(range(1, 1000))

    def damaged(_m: regex.Match) -> str:
        k = next(count)
        return "๒๕๒๓" if k % 20 == 0 else "๒๕๒๓๑" if k % 7 == 0 else "๒๕๒๑"

    rows = run(regex.sub("๒๕๒๓", damaged, text.replace("ฉบับที ๑๒", "ฉบับที")))  # (2567 is in no 12th plan)
    flagged = [i for i in rows["issues"] if i["code"] == "repair_ambiguous"
               and i["field"] == "report_summaries.fiscal_year_be"]
    assert rows["report_summaries"][0]["fiscal_year_be"] != 2567  # the table alone cannot read it
    assert any(2567 in json.loads(i["evidence"])["candidates"] for i in flagged)
    # the report as OCR read it (2563 throughout, one "๒๕๒๒" a November date) raises no such doubt
    plain = run(text)
    assert plain["report_summaries"][0]["fiscal_year_be"] == 2563
    assert not [i for i in plain["issues"] if i["code"] == "repair_ambiguous"
                and i["field"] == "report_summaries.fiscal_year_be"]


def test_a_budget_amount_lost_in_lines_the_page_ran_together_is_not_silent():
    # the page ran the budget section's lines together (the planned amount after the heading, mid-line) and
    # OCR doubled a letter of the disbursed label ("ทที่"): an amount the form always prints was not read,
    # and the issue says so at the section's lines (extra3's w006 lost its disbursed amounts so, silently)
    one = project(2, "๒๕๖๗")
    run_together = (one.replace("๒๕๖๗\nจำนวนเงินงบประมาณตามแผน", "๒๕๖๗ จำนวนเงินงบประมาณตามแผน")
                    .replace("จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๕,๐๐๐ บาท\nผลการ",
                             "จำนวนเงินงบประมาณทที่เบิกจ่ายจริง ๕,๐๐๐ บาท ผลการ"))
    assert run_together != one
    rows = run(report(projects=[project(1, "๒๕๖๗"), run_together]))
    budgets = rows["quarterly_budgets"]
    lost = [column for b in budgets for column in ("planned", "disbursed") if b[column] is None]
    assert lost  # (the reader does not recover it: when it does, this test must say how)
    for column in lost:
        said = [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] == f"quarterly_budgets.{column}"]
        assert said and all(i["line_start"] is not None for i in said)
    clean = run(report())  # both amounts read: no such issue
    assert not [i for i in clean["issues"] if i["code"] == "missing_value"
                and (i["field"] or "").startswith("quarterly_budgets")]


def test_a_list_whose_number_column_ocr_lost_whole_is_not_silent():
    # a report that prints its lists' numbers in a column apart from their texts (extra3's
    # list_numbers_column); OCR lost one list's column whole: its texts, in two paragraphs, read as one item
    texts = "ได้ดำเนินการครบตามแผนที่กำหนด\n\nได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน\n"
    column = project(1, "๒๕๖๗").replace("ได้ดำเนินการครบตามแผนที่กำหนด\n", "๑.\n๒.\n\n" + texts)
    lost = project(2, "๒๕๖๗").replace("ได้ดำเนินการครบตามแผนที่กำหนด\n", texts)
    rows = run(report(projects=[column, lost]))
    by_project = {}
    for f in rows["findings"]:
        by_project.setdefault(f["project_key"], []).append(f)
    # the column pairs; the lost one is the two items the column's list prints whole, read as those and said
    # (lists._known_parts: the report's known items are asked for a list read over two paragraphs with no number)
    assert sorted(len(v) for v in by_project.values()) == [2, 2]
    flagged = [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["field"] == "findings"]
    assert len(flagged) == 1 and "prints no item numbers" in flagged[0]["message"]
    # the same two paragraphs in a report that prints no numbers in a column: one item, as the form prints
    # a list of one (no doubt raised)
    plain = run(report(projects=[project(1, "๒๕๖๗"), lost]))
    assert not [i for i in plain["issues"] if i["code"] == "missing_row" and i["field"] == "findings"]


def test_a_list_whose_first_number_ocr_lost_whole_opens_with_its_first_item():
    # OCR lost item 1's number, mark and all ("ครูที่ทำ..." then "2. ผู้บริหาร..."): the sequence says
    # the opening text is item 1, not a lead the next item runs on from
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    first = "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง"
    lines = [Line(1, first), Line(2, "2. ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๖ คน"),
             Line(3, "เข้าร่วมการประชุมเชิงปฏิบัติการ")]
    assert items_of(lines) == [(first, 1, 1), ("ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๖ คน "
                                               "เข้าร่วมการประชุมเชิงปฏิบัติการ", 2, 3)]
    # a lead that introduces the list ("... ดังนี้") is no item; nor is a short one (a wrapped word)
    lead = [Line(1, "สพป. ได้ดำเนินการพัฒนาสมรรถนะตามมาตรฐานวิชาชีพ ดังนี้"), *lines[1:]]
    assert len(items_of(lead)) == 1
    assert len(items_of([Line(1, "ครู"), *lines[1:]])) == 1


def test_item_numbers_read_apart_as_two_characters_each_still_number_the_paragraphs():
    # OCR split each number's glyph in the column into two characters ("Oo." for ๑, "lo." for ๒):
    # either character may stand for the number, so the two paragraphs are items 1 and 2
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    first, second = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง", "สถานศึกษาในสังกัดมีการดำเนินงาน"
    lines = [Line(1, "Oo."), Line(2, "lo."), Line(4, first), Line(5, "และพัฒนาคุณภาพงาน"), Line(7, second)]
    assert items_of(lines) == [(f"{first} และพัฒนาคุณภาพงาน", 4, 5), (second, 7, 7)]
    # two digits that read as no place of the list are no such column: the texts stay one item
    assert len(items_of([Line(1, "๕๕."), Line(2, "๓๓."), Line(4, first), Line(7, second)])) == 1


def test_a_budget_row_whose_year_reads_no_year_is_flagged_as_a_row():
    # the budget heading's year read as five characters no reading makes the report's year ("๒๕55๐"),
    # and the round's other headings no help ("๒555"): the row keeps no year, and since the year is
    # the row's key the issue names the row (the table), not the year alone
    rows = run(report(projects=[project(1, "๒๕๖๗", budget_fy="๒๕55๐", other_fy="๒555"), project(2, "๒๕๖๗")]))
    assert sorted(b["fiscal_year_be"] or 0 for b in rows["quarterly_budgets"]) == [0, 2567]
    (issue,) = [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] == "quarterly_budgets"]
    assert "๒๕55๐" in issue["message"]


def test_a_disputed_year_the_plan_s_edition_rules_out_is_not_chosen():
    # ๗ read as ๑ in most printings of a 2567 report ("๒๕๒๑": 2561 under the table alone) and as ๓ in its
    # budget headings ("๒๕๐๓": not 2561): the mentions agree on 2561 only under a dispute, and every project
    # names the 13th plan (2566-2570), which rules 2561 out: 2561 is not chosen, and the year is flagged.  (๗ -> ๑
    # and ๙ -> ๑ each make every mention agree, on 2567 and 2569; the 36 printings of the last digit show ๑ and ๓,
    # never the ๕ ๙ always shows beside ๓, so 2567 is chosen, in doubt: year.proven_misread, told_by_printings)
    fy = "๒๕๒๑"
    rows = run(report(fy=fy, projects=[project(n, fy, budget_fy="๒๕๐๓", edition="๑๓") for n in range(1, 7)]))
    assert not [i for i in repairs(rows, "fiscal_year") if json.loads(i["evidence"]).get("chosen") == 2561]
    assert {p["fiscal_year_be"] for p in rows["projects"]} == {2567}
    (issue,) = [i for i in rows["issues"] if i["field"] == "report_summaries.fiscal_year_be"]
    assert issue["code"] == "repair_ambiguous" and "the year is in doubt" in issue["message"]
    assert json.loads(issue["evidence"])["rule"] == "digit_readings"
    # the same report naming the 12th plan (2560-2565): the plan rules nothing out, and a year is chosen
    rows = run(report(fy=fy, projects=[project(n, fy, budget_fy="๒๕๐๓", edition="๑๒") for n in range(1, 7)]))
    (year,) = {p["fiscal_year_be"] for p in rows["projects"]}
    assert 2560 <= year <= 2565


def test_a_not_started_list_whose_first_title_number_ocr_lost_reads_the_titles_after_it():
    # "2.5 โครงการ..." for ๓.๑ (no reading of ๓.๑, and no part 0): the titles after it, numbered ๓.๒, ๓.๓,
    # ๓.๔ under the group, are no misreads, since each is followed by the next; the first is missed
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๔ โครงการ ดังนี้\n2.5 โครงการพัฒนาครูในสังกัด\n"
                       "๓.๒ โครงการส่งเสริมการอ่าน\n๓.๓ โครงการโรงเรียนคุณภาพ\n๓.๔ โครงการสถานศึกษาปลอดภัย\n")
    rows = run(text)
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"] if p["plan_status"] == "not_started") == [
        (2, "โครงการส่งเสริมการอ่าน"), (3, "โครงการโรงเรียนคุณภาพ"), (4, "โครงการสถานศึกษาปลอดภัย")]
    # "0.0" for ๓.๑: a part 0 is no item number (items count from 1), so it is a number OCR left
    # unreadable, and the title is the list's first by its place
    rows = run(text.replace("2.5 โครงการ", "0.0 โครงการ"))
    assert sorted(p["group_seq"] for p in rows["projects"] if p["plan_status"] == "not_started") == [1, 2, 3, 4]
    (placed,) = [i for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert json.loads(placed["evidence"])["printed"] == "0.0"
    # one title alone with a number past the one expected, no title after it: nothing says it is no misread
    rows = run(report() + "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๔ โครงการ ดังนี้\n๓.๓ โครงการส่งเสริมการอ่าน\n")
    assert not [p for p in rows["projects"] if p["plan_status"] == "not_started"]


def test_a_title_number_read_by_the_sequence_after_a_title_numbered_by_its_place_is_flagged():
    # "on." (unreadable) is title 3 by its place, which the unread count cannot confirm: the next
    # title's "๓.๕" read as 4 by the sequence rests on that place, so it is flagged, not repaired
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน xx โครงการ ดังนี้\n๓.๑ โครงการพัฒนาครูในสังกัด\n"
                       "๓.๒ โครงการส่งเสริมการอ่าน\non. โครงการโรงเรียนคุณภาพ\n๓.๕ โครงการสถานศึกษาปลอดภัย\n")
    rows = run(text)
    assert sorted(p["group_seq"] for p in rows["projects"] if p["plan_status"] == "not_started") == [1, 2, 3, 4]
    seqs = [i for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert {i["code"] for i in seqs} == {"repair_ambiguous"} and len(seqs) == 2


def test_item_marks_in_a_row_before_the_texts_say_the_items_ran_together():
    # a list printed as running text with its numbers in a column, the column read across: "ดังนี้ ๑. ๒. ..."
    # then the texts unnumbered, run together; they cannot be told apart, so the issue names the table
    damaged = project(1, "๒๕๖๗").replace(
        "ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n",
        "ผลการดำเนินงาน\nสพป. ได้ดำเนินการพัฒนาครู โดยกำหนดการดำเนินงานดังนี้ ๑. ๒. ได้ดำเนินการประชุมคณะกรรมการ "
        "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด\n")
    rows = run(report(projects=[damaged, project(2, "๒๕๖๗")]))
    (issue,) = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "findings"]
    assert "๑. ๒." in issue["message"]
    # a list numbered where its items stand, and sub-numbered steps ("๑.๑ ... ๑.๒"), say nothing
    from parsers.obec_progress.lists import marks_run_together
    from schemas.document import Line
    assert marks_run_together([Line(1, "๑. ได้ดำเนินการประชุม ๒. ได้ดำเนินการนิเทศ")]) is None
    assert marks_run_together([Line(1, "๑.๑ จัดทำเครื่องมือ ๑.๒ ลงพื้นที่นิเทศ")]) is None


def test_an_activity_whose_last_word_ocr_misread_is_still_an_activity():
    # "กิจกรรมหลักกี่ ๑" (ที่ read กี่): one letter and its marks after "กิจกรรมหลัก", then the number
    rows = run(report().replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ", "กิจกรรมหลักกี่ ๑ ประชุมคณะกรรมการ", 1))
    assert [a["text"] for a in rows["activities"]] == ["ประชุมคณะกรรมการ"] * 2
    # a word that runs on ("กิจกรรมหลักสูตร ๑ ...") opens none
    from parsers.obec_progress.read import _ACTIVITY_RE
    assert _ACTIVITY_RE.match("กิจกรรมหลักสูตร ๑ ประชุม") is None


def test_a_list_printing_a_number_past_the_items_read_is_flagged():
    # the list's first numbers went with a column OCR read apart ("๑.ไ", "๒. ไ": the texts' first vowel
    # displaced with them), the third stands with its text: one item is read where "๓." says three
    damaged = project(1, "๒๕๖๗").replace(
        "ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n",
        "ผลการดำเนินงาน\nเผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน\n\nด้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด\n\n"
        "๑.ไ\n๒. ไ\n๓. สพป. ได้ดำเนินการส่งเสริมผู้เรียน ครบตามแผนที่กำหนด\n")
    rows = run(report(projects=[damaged, project(2, "๒๕๖๗")]))
    (issue,) = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "findings"]
    assert "'๓'" in issue["message"]
    # a number one of whose readings is within the items read ("๕" for ๔ after three) says nothing
    from parsers.obec_progress.lists import numbers_past_items
    from schemas.document import Line
    lines = [Line(1, "๑. ก ข"), Line(2, "๒. ค ง"), Line(3, "๓. จ ฉ"), Line(4, "๕. ช ซ")]
    assert numbers_past_items(lines, 4) is None and numbers_past_items(lines[3:], 1) == "๕"
    assert numbers_past_items([Line(1, "ก ข ค"), Line(2, "๓. จ ฉ")], 1) == "๓"


def test_one_number_alone_after_a_lead_that_introduces_the_list_says_its_numbers_were_lost():
    # "... ดังนี้", then "๑)" alone (the column's other numbers lost), then the texts in more paragraphs than
    # numbers: the items cannot be paired with numbers, so the list is flagged; a number alone between
    # texts that introduce nothing is no column (a page number, a figure) and says nothing
    from parsers.obec_progress.lists import unpaired_numbers
    from schemas.document import Line

    lines = [Line(1, "สพป. ได้ดำเนินการพัฒนาสมรรถนะ โดยกำหนดการดำเนินงานดังนี้"), Line(3, "๑)"),
             Line(5, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด"), Line(7, "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน")]
    assert unpaired_numbers(lines) == ["๑"]
    lines[0] = Line(1, "สพป. ได้ดำเนินการพัฒนาสมรรถนะครบตามแผนที่กำหนด")
    assert unpaired_numbers(lines) is None


def test_an_indicator_list_whose_numbers_ocr_lost_is_flagged_where_two_paragraphs_open_as_indicators():
    # corpus 001's indicators '๑) ร้อยละ ๘๐ ของ...' / '๒) ร้อยละ ๘๐ ของ...' (one a paragraph), their numbers lost
    # (OCR dropped the column of tab-set numbers): read as one item, in a report whose other lists print their
    # numbers in front, so no column says where the items part: the two openings 'ร้อยละ N' do, loudly
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "clean" / "obec_progress_001.txt"
    text = path.read_text(encoding="utf-8")
    first = "๑) ร้อยละ ๘๐ ของผู้เข้ารับการอบรมมีความรู้ ความเข้าใจ และสามารถนำไปปฏิบัติได้"
    second = "๒) ร้อยละ ๘๐ ของข้าราชการครูและบุคลากรทางการศึกษาที่เข้ารับการพัฒนามีสมรรถนะในการปฏิบัติงานสูงขึ้น"
    assert text.count(first) == 1 and text.count(second) == 1
    line = text[:text.index(first)].count("\n") + 1
    # the report prints both indicators whole in other projects' lists: they part the list, said
    damaged = text.replace(first, first[3:]).replace(second, second[3:])
    rows = process_document(path.name, damaged.encode())
    assert [t["text"] for t in rows["targets"] if t["line_start"] in (line, line + 2)] == [first[3:], second[3:]]
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["line_start"] == line]
    # indicators the report prints nowhere else, that end as its other indicators end: the second opens as the
    # report's items open after a text that ends so, and the list is cut there, said (lists.opened_cut)
    alone = first.replace("ผู้เข้ารับการอบรม", "ผู้เข้าร่วมการสัมมนา")
    other = second.replace("ที่เข้ารับการพัฒนา", "ที่เข้าร่วมการสัมมนา")
    damaged = text.replace(first, alone[3:]).replace(second, other[3:])
    rows = process_document(path.name, damaged.encode())
    assert [t["text"] for t in rows["targets"] if t["line_start"] in (line, line + 2)] == [alone[3:], other[3:]]
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["line_start"] == line
            and "ends as its items of the kind end" in i["message"]]
    # ... and ending as none of them does: the second opens as the form's indicators open ('ร้อยละ N ของ'), which
    # no indicator's text goes on with at a line's start: cut there, said (lists.indicator_cut)
    alone = alone.replace("และสามารถนำไปปฏิบัติได้", "และนำไปใช้ในห้องเรียน")
    other = other.replace("ในการปฏิบัติงานสูงขึ้น", "ในการสอนดีกว่าเดิม")
    damaged = text.replace(first, alone[3:]).replace(second, other[3:])
    rows = process_document(path.name, damaged.encode())
    assert [t["text"] for t in rows["targets"] if t["line_start"] in (line, line + 2)] == [alone[3:], other[3:]]
    flagged = [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["field"] == "targets"
               and i["line_start"] == line and "opening as an indicator opens" in i["message"]]
    assert len(flagged) == 1
    plain = process_document(path.name, text.encode())
    assert not [i for i in plain["issues"] if i["code"] == "missing_row"]


def test_item_numbers_read_apart_number_the_lines_the_page_did_not_wrap():
    # a column of numbers read apart, then the texts on lines that follow one another (no blank line):
    # where the document's page width says the page did not wrap a line, the next starts an item
    from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
    from parsers.wraps import PageWraps
    from schemas.document import Line

    first, second = "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนา", "นักเรียนในสังกัด จำนวน 123 คน ได้เข้าร่วมกิจกรรม"
    lines = [Line(1, "๑."), Line(2, "๒."), Line(4, first), Line(5, second)]
    assert len(items_of(lines)) == 1 and unpaired_numbers(lines)  # no page width known: one paragraph, said
    assert items_of(lines, PageWraps(frozenset(), frozenset())) == [(first, 4, 4), (second, 5, 5)]
    maybe = PageWraps(frozenset({5}), frozenset(), frozenset({5}))  # line 4 ran to the margin: 5 may be its wrap,
    # but as many lines as numbers are one item a line unless OCR lost an item whole too: the count decides, said
    assert len(items_of(lines, maybe)) == 2 and unpaired_numbers(lines, maybe) is None
    assert "count of numbers decided" in paired_in_doubt(lines, maybe)
    # as many lines as numbers, none after a line that ran to the margin: one item a line, whatever the next
    # word's overrunning says (a long run of Thai)
    assert len(items_of(lines, PageWraps(frozenset({5}), frozenset()))) == 2
    past = PageWraps(frozenset({5}), frozenset({5}))  # line 4 runs well past the margin: no page wrapped it
    assert [a for _, a, _ in items_of(lines, past)] == [4, 5] and unpaired_numbers(lines, past) is None
    # more lines than numbers pair nothing
    three = lines + [Line(6, "ตามโครงการ")]
    assert len(items_of(three, PageWraps(frozenset(), frozenset()))) == 1
    # a text no page wrapped (printed a paragraph a line): line 4 reaching its "width" tells nothing of a wrap
    flat = PageWraps(frozenset({5}), frozenset(), frozenset({5}), unwrapped=True)
    assert [a for _, a, _ in items_of(lines, flat)] == [4, 5] and unpaired_numbers(lines, flat) is None


def test_item_numbers_read_apart_are_paired_by_the_items_the_report_prints_whole_elsewhere():
    # a column of numbers, then texts on lines every one of which the page may have wrapped (each line's first
    # word overruns the line before): the widths cannot part them; the items the report reads whole in lists
    # that leave no doubt (its figures aside) do
    from parsers.obec_progress.lists import item_key, items_of, known_items, paired_in_doubt, unpaired_numbers
    from parsers.wraps import PageWraps
    from schemas.document import Line

    head, tail = "สพป.ทดสอบ เขต ๑ ดำเนินการส่งเสริม สนับสนุน", "การพัฒนากระบวนการจัดการเรียนรู้ จำนวน ๒๗ โรงเรียน"
    pupils = "นักเรียนในสังกัด จำนวน ๒๗ คน ได้เข้าร่วมกิจกรรมตามโครงการ"
    lines = [Line(1, "๑)"), Line(2, "๒)"), Line(4, head), Line(5, tail), Line(6, pupils)]
    maybe = PageWraps(frozenset({5, 6}), frozenset())
    assert len(items_of(lines, maybe)) == 1 and unpaired_numbers(lines, maybe)  # as before: one item, said
    # the report prints the pupils' item whole in another project's list (its count its own), numbered
    elsewhere = [[Line(40, "๑. นักเรียนในสังกัด จำนวน ๑๐๓ คน ได้เข้าร่วมกิจกรรมตามโครงการ"),
                  Line(41, "๒. ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๐๓ คน")]]
    known = known_items(elsewhere, maybe)
    assert item_key(pupils) in known
    assert items_of(lines, maybe, known) == [(f"{head} {tail}", 4, 5), (pupils, 6, 6)]
    assert unpaired_numbers(lines, maybe, known) is None and paired_in_doubt(lines, maybe, known) is None
    # a line the page did not wrap (line 5 after a short line 4): the widths make three pieces for two numbers, and
    # the known item alone parts the texts (the text before it one item), said
    short = PageWraps(frozenset({6}), frozenset())
    assert items_of(lines, short, known) == [(f"{head} {tail}", 4, 5), (pupils, 6, 6)]
    assert "alone cut them" in paired_in_doubt(lines, short, known)
    # an item printed whole may open a longer one: "ผู้บริหาร... จำนวน N คน" is known, and here it goes on
    board, meeting = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๒๗ คน", "เข้าร่วมการประชุมเชิงปฏิบัติการ"
    longer = [Line(1, "๑."), Line(2, "๒."), Line(4, pupils), Line(5, board), Line(6, meeting)]
    assert items_of(longer, maybe, known) == [(pupils, 4, 4), (f"{board} {meeting}", 5, 6)]
    # the items known make more pieces than numbers even where they open alone: no telling, one item as before
    three = [Line(1, "๑."), Line(2, "๒."), Line(4, pupils), Line(5, board), Line(6, pupils)]
    assert len(items_of(three, maybe, known)) == 1
    # a list in doubt tells the report nothing: its numbers stand apart and cannot be paired
    assert not known_items([lines], maybe)


def test_item_numbers_read_apart_are_paired_by_the_known_items_and_the_widths_together():
    # extra4's t008: a column of numbers, then texts that OCR broke at every wrap with gaps inside the items
    # (more paragraphs than numbers); a known item's run goes on inside and starts afresh at its ends, a line
    # after one that ran to the margin goes on, and where only a word's overrunning says the page wrapped, the
    # count of numbers decides, said
    from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt, unpaired_numbers
    from parsers.wraps import PageWraps
    from schemas.document import Line

    head, rest, tail = ("ภาระงานอื่น ๆ ค่อนข้างเยอะ", "จึงทำให้การดำเนินกิจกรรมในไตรมาสนี้ดำเนินการได้ล่าช้ากว่าที่",
                        "กำหนดไว้")
    budget, online = "ขาดงบประมาณในการพัฒนาครูแบบประชุมเชิงปฏิบัติการ", "ต้องปรับกิจกรรมแบบออนไลน์"
    lines = [Line(1, "1)"), Line(2, "2)"), Line(4, head), Line(6, rest), Line(7, tail), Line(9, budget),
             Line(11, online)]
    wraps = PageWraps(frozenset({6, 7, 9, 11}), frozenset(), frozenset({7, 11}))
    # without the known item: the lines before the joins the count needs (after "จึงทำให้..." and "ขาดงบประมาณ...")
    # are twice as wide as any before a paragraph left to stand ("กำหนดไว้"): the widest go on, said in doubt
    # (lists._rejoined_by_fullness; before it, one item, said)
    assert items_of(lines, wraps) == [(f"{head} {rest} {tail}", 4, 7), (f"{budget} {online}", 9, 11)]
    assert unpaired_numbers(lines, wraps) is None and paired_in_doubt(lines, wraps) is not None
    known = frozenset({item_key(f"{budget} {online}")})
    assert items_of(lines, wraps, known) == [(f"{head} {rest} {tail}", 4, 7), (f"{budget} {online}", 9, 11)]
    assert unpaired_numbers(lines, wraps, known) is None
    assert paired_in_doubt(lines, wraps, known) is not None  # (the widths' joins said first, since they pair)
    # three numbers for these texts: the cuts the widths and the known item make are too few either way
    three = [Line(0, "1)")] + lines
    assert unpaired_numbers(three, wraps, known) is not None


def test_item_numbers_read_apart_are_paired_by_the_known_items_alone_where_the_widths_gainsay_them():
    # extra4's t008 OCR'd: a column of three numbers, then a project's own sentence printed over three lines
    # (office / what was done / "ครบตามแผนที่กำหนด", as a table's cell breaks it) the third of which follows a
    # short line, so the widths cut it, then two items the report prints whole elsewhere: the widths make four
    # pieces for three numbers; the known items alone make three, the text before them one item, said
    from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt, unpaired_numbers
    from parsers.wraps import PageWraps
    from schemas.document import Line

    office, done, plan = ("สพป.ทดสอบ เขต 1", "ได้ดำเนินการการส่งเสริมสนับสนุนการจัดประสบการณ์การเรียนรู้",
                          "ครบตามแผนที่กำหนด")
    visit, meeting = "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 124 โรงเรียน", "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน"
    lines = [Line(1, "1."), Line(3, "2."), Line(5, "3."), Line(7, office), Line(9, done), Line(11, plan),
             Line(13, visit), Line(15, meeting)]
    wraps = PageWraps(frozenset({9}), frozenset())  # only line 9's first word says the page may have wrapped
    known = frozenset({item_key(visit.replace("124", "20")), item_key(meeting)})
    assert len(items_of(lines, wraps)) == 1 and unpaired_numbers(lines, wraps)  # no known items: one item, said
    assert items_of(lines, wraps, known) == [(f"{office} {done} {plan}", 7, 11), (visit, 13, 13), (meeting, 15, 15)]
    assert unpaired_numbers(lines, wraps, known) is None
    assert "alone cut them" in paired_in_doubt(lines, wraps, known)
    # a text between the known items too short to be an item of its own (a piece of one OCR broke): no telling
    short = lines[:3] + [Line(7, "สพป.ทดสอบ"), Line(9, "เขต 1"), Line(13, visit), Line(15, meeting)]
    assert unpaired_numbers(short, PageWraps(frozenset(), frozenset()), known) is not None
    # more pieces than numbers: no telling either
    assert unpaired_numbers(lines[1:], wraps, known) is not None
    # the OCR'd report itself: project 3's results of quarter 3 are three items, and the cut is said
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "extra4" / "ocr" / "obec_progress_t008.txt"
    rows = process_document(path.name, path.read_bytes())
    start = path.read_text(encoding="utf-8").split("\n").index("ได้ดําเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จํานวน 124") + 1
    ours = [f for f in rows["findings"] if start - 8 <= f["line_start"] <= start + 6]
    assert [f["text"][:17] for f in ours] == ["สพป.สกลนคร เขต 1 ", "ได้ดำเนินการนิเทศ", "ได้ดำเนินการประชุ"]
    # (its last item's second line opens with 'และ', which goes on from the line before: the widths and the count
    # cut the texts so before the known items are asked, lists._cut_past_continuations; said all the same)
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["line_start"] <= ours[0]["line_start"]
            <= i["line_end"]]


def test_a_column_of_numbers_one_of_which_ocr_misread_past_the_confusions_is_paired_by_its_place():
    # extra4's t002 OCR'd: its font's ๑ and ๒ standing alone in a column came out "9." ("9." / "lo.", "1." / "9."),
    # a misread no table of confusions holds (an Arabic digit is read as printed); the other numbers read as their
    # places, so the column's sequence says what the odd one stands for: the texts pair by place, said
    from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
    from schemas.document import Line

    first, second = "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน", "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ"
    for column in (["9.", "lo."], ["1.", "9."]):
        lines = [Line(1, column[0]), Line(2, column[1]), Line(4, first), Line(6, second)]
        assert items_of(lines) == [(first, 4, 4), (second, 6, 6)]
        assert unpaired_numbers(lines) is None
        assert "reads as none of its place" in paired_in_doubt(lines, None)
    # two numbers of three that read as none of their places: the sequence confirms nothing
    lines = [Line(1, "9."), Line(2, "9."), Line(3, "3."), Line(4, first), Line(6, second), Line(8, first)]
    assert len(items_of(lines)) == 1 and unpaired_numbers(lines) is not None
    # a column that reads whole is no doubt
    lines = [Line(1, "1."), Line(2, "2."), Line(4, first), Line(6, second)]
    assert paired_in_doubt(lines, None) is None
    # the OCR'd report: project 1's outputs of quarter 1 ("9." / "lo.") are two items, said (here by the widths'
    # doubt, which comes first), no longer one item with the rest lost
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "extra4" / "ocr" / "obec_progress_t002.txt"
    text = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, (a, b) in enumerate(zip(text, text[1:]), 1) if a == "9." and b == "lo.")
    rows = process_document(path.name, path.read_bytes())
    ours = [t for t in rows["targets"] if start < t["line_start"] <= start + 8]
    assert [t["text"][:16] for t in ours] == ["สพป.พิษณุโลก เขต", "โรงเรียนในสังกัด"]
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["line_start"] == start]
    assert not [i for i in rows["issues"] if i["code"] == "missing_row" and i["line_start"] == start]


def test_a_column_of_numbers_of_which_ocr_kept_only_the_last_pairs_the_texts_by_its_count():
    # extra3's w002 and w003 OCR'd: a list's numbers in a column, a page's break (its running header) between the
    # column's "๑." and "๒.", and OCR lost the "๑." (or read it past the break): "๒." alone opens the list, and
    # its texts stand in two paragraphs, as many as it counts: one item each, said
    from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
    from schemas.document import Line

    first = ("ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรมในไตรมาสนี", "ดำเนินการได้ล่าช้ากว่าทีกำหนดไว้")
    second = "ระยะเวลาในการอบรมพัฒนามีจำกัด"
    lines = [Line(1, "๒."), Line(3, first[0]), Line(4, first[1]), Line(6, second)]
    assert items_of(lines) == [(" ".join(first), 3, 4), (second, 6, 6)]
    assert unpaired_numbers(lines) is None
    assert "one number alone ('๒') opens it" in paired_in_doubt(lines, None)
    # texts in more paragraphs than it counts (or fewer): no pairing, one item with the number, said as before
    three = lines + [Line(8, "การประสานงานการประชุมคณะกรรมการ")]
    assert len(items_of(three)) == 1 and unpaired_numbers(three) == ["๒"]
    # a number alone after the texts is no column's last (a 2 whose text ran into the one before): as before
    after = [Line(3, first[0]), Line(4, first[1]), Line(6, second), Line(8, "๒.")]
    assert unpaired_numbers(after) is not None
    # the OCR'd report: project 1's problems of quarter 1 are two items, said
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "extra3" / "ocr" / "obec_progress_w002.txt"
    text = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, (a, b) in enumerate(zip(text, text[2:]), 1) if a == "๒." and b.startswith("A "))
    rows = process_document(path.name, path.read_bytes())
    ours = [f for f in rows["findings"] if start < f["line_start"] <= start + 10 and f["kind"] == "problem"]
    assert [f["text"][:12] for f in ours] == ["ภาระงานอื่น ", "ระยะเวลาในกา"]
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["line_start"] == start]


def test_an_item_that_runs_on_past_a_gap_into_items_the_report_prints_whole_is_cut_there():
    # extra2's z007 OCR'd: "1. ครูผู้สอน..." over two lines, then a line of specks where "2." stood (dropped as
    # debris: a gap), then "ผู้เรียนได้รับการพัฒนา...", an outcome the report prints whole elsewhere: one item
    # read where two stand; the item is cut where the known item opens, said
    from parsers.obec_progress.lists import item_key, items_of
    from schemas.document import Line

    teachers = ("1. ครูผู้สอนสามารถนำความรู้ทีได้รับไปปรับใช้ในการจัดการเรียนการสอนได้อย่าง", "มีประสิทธิภาพ")
    pupils = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที 21"
    lines = [Line(1, teachers[0]), Line(3, teachers[1]), Line(7, pupils)]
    whole = f"{teachers[0][3:]} {teachers[1]}"
    own = frozenset({item_key(pupils.replace("ที 21", "ที่ 21"))})
    assert items_of(lines) == [(f"{whole} {pupils}", 1, 7)]  # no known items: one item, as before
    cut: list[int] = []
    assert items_of(lines, own=own, known=own, tails=cut) == [(whole, 1, 3), (pupils, 7, 7)] and cut == [7]
    # the whole text an item the report prints (an item OCR broke over a gap): no cut
    assert len(items_of(lines, own=own, known=own | {item_key(f"{whole} {pupils}")})) == 1
    # the known item without a gap before it (the page's wrap of one item): no cut
    assert len(items_of([Line(1, teachers[0]), Line(2, teachers[1]), Line(3, pupils)], own=own, known=own)) == 1
    # too little text before the gap (page furniture, specks): no cut
    assert len(items_of([Line(1, "1. หน้า ๕"), Line(3, pupils)], own=own, known=own)) == 1
    # a column of numbers read apart numbers the items (here the page's margin joins line 8 to line 6, and the
    # known items cut the texts into more pieces than numbers): its count stands, no item cut past it
    from parsers.wraps import PageWraps

    web = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
    apart = [Line(1, "1."), Line(2, "2."), Line(4, web), Line(6, "ครูได้รับการพัฒนาตามโครงการครบทุกคน"),
             Line(8, pupils)]
    margin = PageWraps(frozenset({8}), frozenset(), frozenset({8}))
    both = own | {item_key(web)}
    cut = []
    assert [(a, b) for _, a, b in items_of(apart, margin, both, both, cut)] == [(4, 4), (6, 8)] and not cut
    # the OCR'd report: project 5's outcomes of quarter 1 are two items, said
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "extra2" / "ocr" / "obec_progress_z007.txt"
    text = path.read_text(encoding="utf-8").split("\n")
    start = text.index("1. ครูผู้สอนสามารถนําความรู้ทีได้รับไปปรับใช้ในการจัดการเรียนการสอนได้อย่าง") + 1
    rows = process_document(path.name, path.read_bytes())
    ours = [t for t in rows["targets"] if start <= t["line_start"] <= start + 8 and t["kind"] == "outcome"]
    assert [t["text"][:12] for t in ours] == ["ครูผู้สอนสาม", "ผู้เรียนได้ร"]
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["line_start"] == start
            and "runs on past a gap" in i["message"]]


def test_an_item_that_is_two_items_the_report_prints_whole_is_cut_where_the_page_did_not_wrap():
    # set s31z's z001 OCR'd: "๒. ได้ดำเนินการประชุม...เรียบร้อย" / "แล้ว" / "ได้เผยแพร่ผลการดำเนินงาน...": item 3's
    # number lost with no gap before its text, so it ran into item 2, silently; both texts are results the report
    # prints whole elsewhere, and the page did not wrap the short line "แล้ว": cut there, said
    from parsers.obec_progress.lists import item_key, items_of
    from parsers.wraps import PageWraps
    from schemas.document import Line

    meeting = ("ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อย", "แล้ว")
    web = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
    first = "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้"
    lines = [Line(1, f"1. {first}"), Line(2, f"๒. {meeting[0]}"), Line(3, meeting[1]), Line(4, web)]
    own = frozenset({item_key(" ".join(meeting)), item_key(web)})
    wraps = PageWraps(frozenset({2, 3}), frozenset())  # line 4 opens where the page did not wrap line 3
    whole = f"{meeting[0]} {meeting[1]}"
    assert items_of(lines, wraps) == [(first, 1, 1), (f"{whole} {web}", 2, 4)]  # nothing known: as before
    cut: list[int] = []
    assert items_of(lines, wraps, own, own, cut) == [(first, 1, 1), (whole, 2, 3), (web, 4, 4)] and cut == [4]
    # the whole text among the items read whole (this printing's own reading): cut all the same
    assert len(items_of(lines, wraps, own | {item_key(f"{whole} {web}")}, own)) == 3
    # the page wrapped line 3 onto line 4 (a wrapped piece another list read apart as an item): no cut
    assert len(items_of(lines, PageWraps(frozenset({2, 3, 4}), frozenset()), own, own)) == 2
    # only the tail known (the text before it no item the report prints whole): no cut
    assert len(items_of(lines, wraps, frozenset({item_key(web)}), frozenset({item_key(web)}))) == 2
    # (the cut lines, `cut`, are what rounds.read_round_into says as items_cut_in_doubt on the list's table)


def test_a_list_none_of_whose_numbers_ocr_read_as_its_place_is_numbered_by_place():
    # set s32o's o003 OCR'd: "9.     โรงเรียน..." / "a.    ผู้บริหาร..." (๑ read as 9, ๒ as "a"), and s31z's z003:
    # "9. ผู้เรียน..." / "า๒. ข้าราชการ..." (a vowel glued before the ๒): no number read as its place, so the list
    # was read as one item (its first number kept in its text) and the second row was lost
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    schools = "โรงเรียนในสังกัด จำนวน ๑๐๐ โรงเรียน สามารถจัดการเรียนการสอนครบทุกห้อง"
    board = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๑๐๐ คน"
    assert items_of([Line(1, f"9.     {schools}"), Line(3, f"a.    {board}")]) == [(schools, 1, 1), (board, 3, 3)]
    pupils = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ มีทักษะที่จำเป็นในศตวรรษที่ ๒๑"
    staff = ("ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง", "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น")
    assert items_of([Line(1, f"9. {pupils}"), Line(2, f"า๒. {staff[0]}"), Line(3, staff[1])]) == [
        (pupils, 1, 1), (" ".join(staff), 2, 3)]
    # its place's digit read twice ("๒๒." for ๒.) is its place's
    assert items_of([Line(1, f"9. {pupils}"), Line(2, f"๒๒. {board}")]) == [(pupils, 1, 1), (board, 2, 2)]
    # negative: one such line only (a figure opening a wrapped line), the first line no such line (a text
    # whose wrapped lines open with figures), or a token followed by a few letters (specks): left as read
    from parsers.obec_progress.lists import _placed_numbers_mended

    for lines in ([Line(1, f"9. {pupils}"), Line(2, staff[0])],
                  [Line(1, pupils), Line(2, f"a. {staff[0]}"), Line(3, f"b. {staff[1]}")],
                  [Line(1, "a. ขเ"), Line(2, f"b. {staff[0]}")],
                  [Line(1, f"1. {pupils}"), Line(2, f"2. {staff[0]}")],  # (numbered right: nothing to mend)
                  # a later number in digits off its place: an item between lost its mark (corpus 004)
                  [Line(1, f"1) {pupils}"), Line(2, f"2 {board}"), Line(3, f"3) {staff[0]}")]):
        assert _placed_numbers_mended(lines) is lines


def test_a_list_read_as_one_item_with_a_line_opening_as_the_report_s_items_open_is_said():
    # set s30z's z003 OCR'd: the outputs' numbers stood in a column OCR lost ("1)<tab>" / "2)<tab>"), so
    # "ผู้บริหาร... จำนวน 86 คน" / "เข้าร่วมการประชุมเชิงปฏิบัติการ" / "สพป.ตรัง เขต 3 ดำเนินการ..." was one item,
    # silently; its third line opens as the report's items open, under a short line the page did not wrap
    from parsers.obec_progress.lists import _opening, opens_as_items
    from parsers.wraps import PageWraps
    from schemas.document import Line

    office = "สพป.ตรัง เขต 3 ดำเนินการรักษาภาษาส่งเสริมการอ่านเพื่อการเรียนรู้ตลอดชีวิต"
    lines = [Line(1, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน 86 คน"), Line(3, "เข้าร่วมการประชุมเชิงปฏิบัติการ"),
             Line(5, office), Line(6, "ให้แก่โรงเรียนในสังกัด จำนวน 86 โรงเรียน")]
    starts = frozenset({_opening(office), _opening(lines[0].text)})
    assert opens_as_items(lines, starts, PageWraps(frozenset({3, 6}), frozenset(), frozenset({3, 6}))) == [5]
    assert opens_as_items(lines, starts) == [5]  # (no widths known: the opening alone)
    # the page ran line 3 to its margin: line 5 goes on from it, whatever opens it
    assert opens_as_items(lines, starts, PageWraps(frozenset({5}), frozenset(), frozenset({5}))) == []
    # no opening the report's items show, or only debris above it: nothing to say
    assert opens_as_items(lines, frozenset({_opening(lines[0].text)})) == []
    assert opens_as_items([Line(1, "aA ขเ  a"), Line(2, office)], starts) == []


def test_an_activity_name_the_page_wrapped_goes_on_past_a_line_of_specks():
    # extra3's w002 OCR'd: "กิจกรรมหลักที่ ๑ ประชุม...ด้านการเงิน" ran to the margin, then a line of specks OCR
    # left ("๑7/ aA"), then the name's rest "บัญชี และพัสดุ": the short line of specks had said a new part starts
    # there, so the rest of the name was read as the activity's progress, silently
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "extra3" / "ocr" / "obec_progress_w002.txt"
    text = path.read_text(encoding="utf-8")
    line = "กิจกรรมหลักที่ ๑ ประชุมเชิงปฏิบัติการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน"
    assert f"{line}\n\n๑7/ aA\n\nบัญชี และพัสดุ\n" in text
    want = "ประชุมเชิงปฏิบัติการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ"
    for printed in (text, text.replace(f"{line}\n\n๑7/ aA\n", f"{line}\n\n\n")):  # with the specks or without
        rows = process_document(path.name, printed.encode())
        (ours,) = [a for a in rows["activities"] if a["text"].startswith("ประชุมเชิงปฏิบัติการฝึกอบรม")]
        assert ours["text"] == want and "บัญชี" not in (ours["progress"] or "")
    # the wraps are told past the specks only for where a part starts: a document with none keeps its own
    from parsers.obec_progress.read import _past_specks
    from parsers.wraps import page_wraps
    from schemas.document import Line

    lines = [Line(i, "ข้าราชการครูและบุคลากรทางการศึกษา ได้รับการพัฒนาตามโครงการ" * (1 + i % 2)) for i in range(1, 60)]
    wraps = page_wraps(lines)
    assert _past_specks(lines, wraps) is wraps and _past_specks(lines, None) is None


def test_an_aspect_under_the_outcomes_says_the_indicators_heading_was_lost():
    # extra4's t001 OCR'd: the heading "ดัชนีชี้วัดความสำเร็จ" scattered into pieces no matcher reads ("ชนีซี" /
    # "ัดความสําเว็จ"; here lost whole), then "เชิงปริมาณ ..." / "เชิงคุณภาพ ...": the aspects head the indicators' lists only, so
    # the indicators start there (before, they were read as more outcomes), said
    heading = "ดัชนีชี้วัดความสำเร็จ\nร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n"
    lost = "เชิงปริมาณ ครูในสังกัด จำนวน ๔๐ คน\nเชิงคุณภาพ ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ\n"
    first = project(1, "๒๕๖๗")
    assert heading in first
    rows = run(report(projects=[first.replace(heading, lost), project(2, "๒๕๖๗")]))
    ours = sorted((t["kind"], t["aspect"] or "", t["text"]) for t in rows["targets"] if t["line_start"] < 30)
    assert ours == [("indicator", "quality", "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ"),
                    ("indicator", "quantity", "ครูในสังกัด จำนวน ๔๐ คน"),
                    ("outcome", "", "ครูมีความรู้ความเข้าใจ"), ("output", "", "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา")]
    (said,) = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["field"] == "targets"]
    assert "ดัชนีชี้วัดความสำเร็จ" in said["message"]
    # under the indicators' own heading, an aspect is no news
    rows = run(report(projects=[first.replace("ร้อยละ ๘๐ ของ", "เชิงคุณภาพ ร้อยละ ๘๐ ของ"), project(2, "๒๕๖๗")]))
    assert not [i for i in rows["issues"] if i["code"] == "label_inferred"]


def test_a_sentences_closing_words_on_a_line_of_their_own_open_no_item():
    # extra4's t007 OCR'd: a list printed without numbers, two items the report prints whole elsewhere around the
    # project's own sentence broken at its phrases ("สพป.X เขต ๓ ได้ดำเนินการ..." / "ความเข้าใจ..." / "ครบตามแผน
    # ที่กำหนด", the last after a short line): the closing words go on from the line before, whatever the widths
    # say, so the text between the known items is one item
    from parsers.obec_progress.lists import item_key, items_of
    from parsers.obec_progress.read import _closings_wrapped
    from parsers.wraps import PageWraps
    from schemas.document import Line

    web = ("ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของ", "สำนักงาน")
    own = ("สพป.ทดสอบ เขต ๓ ได้ดำเนินการประชุมเชิงปฏิบัติการเพื่อสร้าง", "ความเข้าใจการดำเนินการจัดซื้อจัดจ้างพัสดุ",
           "ครบตามแผนทีกำหนด")
    board = ("ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน", "และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว")
    lines = [Line(1, web[0]), Line(2, web[1]), Line(4, own[0]), Line(5, own[1]), Line(7, own[2]), Line(8, board[0]),
             Line(9, board[1])]
    known = frozenset({item_key(" ".join(web)), item_key(" ".join(board))})
    wraps = PageWraps(frozenset({2, 5, 9}), frozenset())  # line 7 follows a short line: the widths cut it
    assert len(items_of(lines, wraps, known, known)) == 1  # as before: the stretch between is no one item
    closed = _closings_wrapped(lines, wraps)
    assert closed.wrapped == wraps.wrapped | {7}
    assert [(a, b) for _, a, b in items_of(lines, closed, known, known)] == [(1, 2), (4, 7), (8, 9)]
    # a line that holds more than the closing words is left to the widths; no such line, the wraps as they were
    assert _closings_wrapped([Line(1, "ครบตามแผนที่กำหนด และรายงานผล")], wraps) is wraps
    assert _closings_wrapped(lines, None) is None


def test_numbers_apart_paired_by_paragraphs_the_widths_doubt_are_cut_by_the_known_items():
    # extra4's t002 OCR'd: a column of numbers, then an item the report prints whole ("ได้เผยแพร่...") with the next
    # item's first line right under it and the rest after a gap ("สพป.X ได้ดำเนินการ...ผู้เรียน" / "กลุ่มเป้าหมาย
    # เฉพาะ ครบตามแผนที่กำหนด", also printed whole elsewhere): the gaps make as many paragraphs as numbers, but one
    # opens after a line that ran to the margin (the widths doubt it); the known items cut the texts as many ways
    # and are taken, the list still said to be in doubt
    from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt
    from parsers.wraps import PageWraps
    from schemas.document import Line

    web = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน"
    own = ("สพป.ทดสอบ เขต 1 ได้ดำเนินการส่งเสริมการศึกษาเพื่อพัฒนาผู้เรียน", "กลุ่มเป้าหมายเฉพาะ ครบตามแผนที่กำหนด")
    lines = [Line(1, "1)"), Line(2, "2)"), Line(4, web), Line(5, own[0]), Line(7, own[1])]
    wraps = PageWraps(frozenset({5, 7}), frozenset(), frozenset({5, 7}))
    assert [(a, b) for _, a, b in items_of(lines, wraps)] == [(4, 5), (7, 7)]  # by the gaps, as before
    known = frozenset({item_key(web), item_key(" ".join(own))})
    assert items_of(lines, wraps, known) == [(web, 4, 4), (" ".join(own), 5, 7)]
    assert paired_in_doubt(lines, wraps, known) is not None
    # the known items cutting more pieces than numbers: the paragraphs stand
    three = frozenset({item_key(web), item_key(own[0])})
    assert [(a, b) for _, a, b in items_of(lines, wraps, three)] == [(4, 5), (7, 7)]
    # paragraphs the widths leave in no doubt: the known items are not asked
    sure = PageWraps(frozenset({5}), frozenset(), frozenset({5}))
    assert [(a, b) for _, a, b in items_of(lines, sure, known)] == [(4, 5), (7, 7)]


def test_a_wrapped_report_whose_lists_print_their_numbers_in_a_column_reads_every_item():
    # extra4's obec_progress_t008: every list's numbers in a column, the page wrapping its texts so that every
    # line may be the wrap of the one before; the report's items printed whole elsewhere part them
    from pathlib import Path

    from pipeline.stages import process_document

    path = Path(__file__).parent / "corpus" / "extra4" / "clean" / "obec_progress_t008.txt"
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    rows = process_document(path.name, path.read_bytes())
    for table in ("targets", "findings"):
        want = sorted(r["text"] for p in expected["projects"] for r in p.get(table, []))
        assert sorted(r["text"] for r in rows[table]) == want, table


def test_a_text_printed_a_paragraph_a_line_is_told_from_a_page_wrapped_one():
    from parsers.wraps import page_wraps
    from schemas.document import Line

    sentence = "ข้าราชการครูและบุคลากรทางการศึกษา ได้รับการพัฒนาตามโครงการ"
    # wrapped at a page width of 60 columns: lines fill the width, none runs well past it
    words = (sentence + " ") * 40
    wrapped, line = [], ""
    for word in words.split():
        if len(line) + 1 + len(word) > 60:
            wrapped.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    wrapped.append(line)
    verdict = page_wraps([Line(i, t) for i, t in enumerate(wrapped, 1)])
    assert verdict is not None and not verdict.unwrapped
    # the same words a paragraph a line: short lines, long ones, and one in ten well past the rest
    flat = [" ".join(words.split()[:n]) for n in [3, 4, 2, 5, 3, 4, 6, 3, 2, 12] * 5]
    verdict = page_wraps([Line(i, t) for i, t in enumerate(flat, 1)])
    assert verdict is not None and verdict.unwrapped


def test_a_text_whose_lines_thin_out_under_its_width_is_one_no_page_wrapped():
    # fewer lines past the margin than UNWRAPPED_SHARE (3.5 %): a page's wraps pile its lines up under its width,
    # a text printed a paragraph a line thins out there instead
    from parsers.wraps import MARGIN_OVER, UNWRAPPED_SHARE, _page_width, _widths, page_wraps
    from schemas.document import Line

    def line(width: int) -> str:
        return ("ครูและบุคลากร " * 20)[:width].strip()

    widths = [20 + 3 * (k % 15) for k in range(45)] + [70 + 2 * k for k in range(10)] + [125, 130]
    flat = [Line(i, line(w)) for i, w in enumerate(widths, 1)]
    width = _widths(flat)
    page = _page_width(width)
    assert sum(1 for w in width.values() if w > MARGIN_OVER * page) < UNWRAPPED_SHARE * len(width)
    verdict = page_wraps(flat)
    assert verdict is not None and verdict.unwrapped
    # the same share of long lines (headings no page wrapped) in a text the page wrapped: its lines pile up under
    # the width, so it stays wrapped
    words = ("ข้าราชการครูและบุคลากรทางการศึกษา ได้รับการพัฒนาตามโครงการ " * 60).split()
    wrapped, text = [], ""
    for word in words:
        if len(text) + 1 + len(word) > 60:
            wrapped.append(text)
            text = word
        else:
            text = f"{text} {word}".strip()
    wrapped += [text, line(90), line(95)]
    verdict = page_wraps([Line(i, t) for i, t in enumerate(wrapped, 1)])
    assert verdict is not None and not verdict.unwrapped


def test_a_list_that_lost_items_reaches_to_the_rows_its_kind_numbers_after_it():
    # an indicator list whose numbers stand apart and whose texts cannot be paired (three numbers, two
    # texts), then the quality aspect's list: the indicators' seq counts on over the aspects, so the rows
    # after the list are numbered on the items read: the list's missing_row issue reaches to them
    quantity = "ร้อยละ ๘๐ ของผู้เข้าร่วมมีความพึงพอใจ"
    text = report().replace(f"ดัชนีชี้วัดความสำเร็จ\n{quantity}\n", (
        "ดัชนีชี้วัดความสำเร็จ\nเชิงปริมาณ\n๑.\n๒.\n๓.\n\nร้อยละ ๘๐ ของโรงเรียนได้ตามเป้าหมาย\n\n"
        "ผู้บริหารสถานศึกษา จำนวน ๒๐ คน\n\nเชิงคุณภาพ\nผู้เข้าร่วมโครงการมีความพึงพอใจต่อการดำเนินงาน\n"), 1)
    rows = run(text)
    quality = [t for t in rows["targets"] if t["aspect"] == "quality"]
    assert quality and quality[0]["seq"] == 2  # the one item read before it, where the truth counts three
    (issue,) = [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "targets"
                and i["line_start"] <= quality[0]["line_start"]]
    assert issue["line_end"] >= quality[0]["line_end"]


def test_a_copy_whose_office_ocr_damaged_still_votes_with_the_report_s_other_copy():
    # a report printed twice, the first copy's office line misread ("สำบนักงาน...": a letter OCR added):
    # the office is still read, so the two copies are one report (its projects once, from two copies)
    text = report()
    damaged = text.replace("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ", "สำบนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ", 1)
    rows = run(damaged + "\n" + text)
    assert rows["documents"][0]["n_copies"] == 2
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2] and {p["n_copies"] for p in rows["projects"]} == {2}
    assert rows["report_summaries"][0]["agency"].startswith("สำนักงานเขตพื้นที่การศึกษา")
    # no line reads as the office at all: the agency is unknown, and said
    gone = run(text.replace("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑\n", "", 1))
    assert gone["report_summaries"][0]["agency"] is None
    assert [i for i in gone["issues"] if i["code"] == "missing_value" and i["field"] == "report_summaries.agency"]
    assert not [i for i in run(text)["issues"] if i["field"] == "report_summaries.agency"]
    # and each project's agency, the office's, is said unknown at the project's own lines
    said = {i["project_key"] for i in gone["issues"] if i["code"] == "missing_value" and i["field"] == "projects.agency"}
    assert gone["projects"] and said == {p["project_key"] for p in gone["projects"]}
    assert all(p["agency"] is None for p in gone["projects"])
    assert not [i for i in run(text)["issues"] if i["field"] == "projects.agency"]


def test_a_list_of_projects_printed_as_a_table_gives_the_names_alone():
    # the not-started projects as a table "ที่ | ชื่อโครงการ | กลุ่มที่รับผิดชอบ" (extra4's project_list_table):
    # the head row is no text of the project before it, and a row's responsible unit is no part of its name
    names = ["โครงการพัฒนาคุณภาพการศึกษาสำหรับโรงเรียนขนาดเล็ก", "โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร"]
    units = ["กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "หน่วยตรวจสอบภายใน"]
    base = report().replace("คิดเป็นร้อยละ ๑๐๐.๐๐\nการเบิกจ่าย",
                            "คิดเป็นร้อยละ ๑๐๐.๐๐\n๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ คิดเป็นร้อยละ ๐.๐๐\nการเบิกจ่าย", 1)
    head = "**๒. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)**\n\n"
    for table in ("| ที่ | ชื่อโครงการ | กลุ่มที่รับผิดชอบ |\n|---|---|---|\n"
                  + "".join(f"| {i} | {n} | {u} |\n" for i, (n, u) in enumerate(zip(names, units), 1)),
                  "ที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n"  # a row run together: the unit's name ends it
                  + "".join(f"{i} {n} {u}\n" for i, (n, u) in enumerate(zip(names, units), 1)),
                  "ที่ ชื่อโครงการ\tกลุ่มที่รับผิดชอบ\n"  # OCR: a stray vowel before the title, the cells tab-parted
                  + "".join(f"{i} เ{n}\t{u}\n" for i, (n, u) in enumerate(zip(names, units), 1))):
        rows = run(base + "\n" + head + table)
        assert [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])
                if p["plan_status"] == "not_started"] == names
        findings = [f["text"] for f in rows["findings"]]
        assert findings and not any("ชื่อโครงการ" in t for t in findings)


def test_a_unit_name_the_page_wrapped_into_the_name_s_column_is_no_part_of_the_name():
    # extra4's t009: a row's unit cell holds the end of the unit's name, its start run into the name
    # ("... บัญชี กลุ่มพัฒนาครูและบุคลากรทาง และพัสดุ<tab>การศึกษา"), or its start, the rest on the row's next
    # lines ("... (School of go green)<tab>กลุ่มส่งเสริมการศึกษาทางไกล" / "เทคโนโลยีสารสนเทศและ" / "การสื่อสาร"):
    # the unit's words are cut out of the name, which stays unsure (said)
    names = ["โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ", "โครงการโรงเรียนสีเขียว (School of go green)"]
    base = report().replace("คิดเป็นร้อยละ ๑๐๐.๐๐\nการเบิกจ่าย",
                            "คิดเป็นร้อยละ ๑๐๐.๐๐\n๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ คิดเป็นร้อยละ ๐.๐๐\nการเบิกจ่าย", 1)
    table = ("**๒. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)**\n\nที่ ชื่อโครงการ\tกลุ่มที่รับผิดชอบ\n"
             "1 เโครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี กลุ่มพัฒนาครูและบุคลากรทาง และพัสดุ\tการศึกษา\n"
             "2 เโครงการโรงเรียนสีเขียว (School of go green)\tกลุ่มส่งเสริมการศึกษาทางไกล\nเทคโนโลยีสารสนเทศและ\n"
             "การสื่อสาร\n")
    rows = run(base + "\n" + table)
    listed = sorted((p for p in rows["projects"] if p["plan_status"] == "not_started"), key=lambda p: p["group_seq"])
    assert [p["name"] for p in listed] == names
    said = {i["project_key"] for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "projects.name"}
    assert {p["project_key"] for p in listed} <= said
    # a whole unit's name in its cell: nothing cut, nothing said
    from parsers.obec_progress.read import _unit_missing
    assert _unit_missing("กลุ่มพัฒนาครูและบุคลากรทางการศึกษา") == () and _unit_missing("หนังสือ") == ()


def test_a_list_of_projects_as_a_tab_table_after_a_tab_list_and_a_title_s_year_alone():
    # the table's number in a column of its own ("๑<tab>โครงการ...<tab>กลุ่ม..."), the findings before it a
    # list whose numbers stand in a column too (one table block to parsers.grid): the group's header, the
    # head row and each project's row stay rows of their own; and a title whose year the page put alone on
    # a line after a blank one ("... ปีการศึกษา" / "" / "๒๕๖๖") keeps it
    names = ["โครงการพัฒนาคุณภาพการศึกษาสำหรับโรงเรียนขนาดเล็ก", "โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร"]
    units = ["กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "หน่วยตรวจสอบภายใน"]
    base = report().replace("คิดเป็นร้อยละ ๑๐๐.๐๐\nการเบิกจ่าย",
                            "คิดเป็นร้อยละ ๑๐๐.๐๐\n๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ คิดเป็นร้อยละ ๐.๐๐\nการเบิกจ่าย", 1)
    base = base.replace("1. โครงการทดสอบที่ 1 ของสำนักงาน\n", "1. โครงการทดสอบที่ 1 ของสำนักงาน ปีการศึกษา\n\n๒๕๖๖\n\n", 1)
    tail = ("ข้อเสนอแนะ\n\n๑.\tจัดทำคู่มือการปฏิบัติงานให้กับเจ้าหน้าที่\n๒.\tปรับโปรแกรมการประชุมออนไลน์ให้เหมาะสม\n\n"
            "๒. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n\nที่\tชื่อโครงการ\tกลุ่มที่รับผิดชอบ\n"
            + "".join(f"{d}\t{n}\t{u}\n" for d, n, u in zip("๑๒", names, units)))
    rows = run(base + tail)
    got = {(p["plan_status"], p["group_seq"]): p["name"] for p in rows["projects"]}
    assert [got.get(("not_started", k)) for k in (1, 2)] == names
    assert got[("completed", 1)] == "โครงการทดสอบที่ 1 ของสำนักงาน ปีการศึกษา ๒๕๖๖"
    assert len([k for k in got if k[0] == "completed"]) == 2


def test_a_year_in_doubt_fills_the_unread_summary_year_flagged_not_claimed_repaired():
    # the summary's year unreadable ("๒๕๒"), a third of the headings reading a year no reading of theirs makes
    # the others' (a misread the table lacks may have made the majority): the year is in doubt, so it goes
    # where it goes flagged (repair_ambiguous), and no value_repaired claims the summary's year repaired
    text = report(fy="๒๕๖๖", projects=[project(n, "๒๕๖๖") for n in range(1, 4)])
    text = text.replace("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ ๖ เดือน\nรายงานสรุป", "ประจำปีงบประมาณ พ.ศ. ๒๕๒ รอบ ๖ เดือน\nรายงานสรุป", 1)
    text = text.replace("ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๖๖ รอบ", "ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. ๒๕๒ รอบ", 1)
    parts = text.split("ปีงบประมาณ ๒๕๖๖")
    text = "".join(p + ("" if i == len(parts) - 1 else "ปีงบประมาณ ๒๕๐๑" if i % 3 == 2 else "ปีงบประมาณ ๒๕๖๖")
                   for i, p in enumerate(parts))
    rows = run(text)
    summary = [i for i in rows["issues"] if i["field"] == "report_summaries.fiscal_year_be"]
    assert [i for i in summary if i["code"] == "repair_ambiguous"]
    assert not [i for i in summary if i["code"] == "value_repaired"]


def test_a_running_header_with_the_office_over_it_in_a_report_whose_groups_count_in_parentheses():
    # every page headed by the office's line and the report's title, its round wrapped onto the next line
    # ("... แผนปฏิบัติการ รอบ" / "6 เดือน"), in a report whose group headers give their count in parentheses
    # ("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (๒ โครงการ)"): no new copy, and neither line is a result
    header = ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑\n"
              "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ\n6 เดือน\n")
    first = project(1, "๒๕๖๗").replace("ผลการดำเนินงาน\n", "ผลการดำเนินงาน\n" + header)
    text = report(projects=[first, project(2, "๒๕๖๗")]).replace(
        "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้",
        "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (2 โครงการ)")
    rows = run(text)
    assert rows["documents"][0]["n_copies"] == 1 and len(rows["projects"]) == 2
    assert [f["text"] for f in rows["findings"] if f["kind"] == "result"] == ["ได้ดำเนินการครบตามแผนที่กำหนด"] * 2
    # a second copy (its cover: the office, the title, the as-of date ... the summary within a page) is one
    again = run(text + "\n" + report())
    assert again["documents"][0]["n_copies"] == 2 and len(again["projects"]) == 2


def test_text_under_the_alignment_heading_before_any_plan_s_heading_is_said():
    # the national strategy's heading OCR garbled past reading ("ลกรต เตงานต่อเบาหมาย..."): its text stands
    # under the alignment heading before any plan's heading, left out; the plans after it are numbered on
    # the headings read, so the issue names the alignments and reaches to them
    plans = ("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก\n"
             "{national}\nคนไทยเป็นคนดี คนเก่ง มีคุณภาพ\n"
             "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น\nผู้เรียนได้รับการศึกษาที่มีคุณภาพ\n"
             "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย\nคนไทยได้รับการศึกษาที่มีคุณภาพตามมาตรฐาน\n"
             "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓\n")

    def read(national: str) -> dict:
        first = project(1, "๒๕๖๗").replace(
            "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓\n",
            plans.format(national=national))
        return run(report(projects=[first, project(2, "๒๕๖๗")]))

    rows = read("ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ")
    assert not [i for i in rows["issues"] if i["field"] == "alignments"]
    rows = read("ลกรต เตงานต่อเบาหมายของยุทธศาสตร์ชาติ.")
    (issue,) = [i for i in rows["issues"] if i["field"] == "alignments" and i["code"] == "missing_value"]
    later = [a for a in rows["alignments"] if a["project_key"] == issue["project_key"]]
    assert [a["seq"] for a in later] == [1, 2, 3]  # the master plan's text is alignment 1, where the truth has 2
    assert later and all(a["line_end"] <= issue["line_end"] for a in later)


# A project's alignment part, the master plan's heading and text (`master`) left to each test
_PLANS = ("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก\n"
          "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ\nคนไทยเป็นคนดี คนเก่ง มีคุณภาพ\n"
          "{master}"
          "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย\nคนไทยได้รับการศึกษาที่มีคุณภาพตามมาตรฐาน\n"
          "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓\n")


def _first_project_alignments(plans: str) -> tuple[list[dict], list[dict]]:
    """The alignments of a report's first project whose alignment part is `plans` (a second project after it), and
    the report's issues."""
    first = project(1, "๒๕๖๗").replace(
        "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓\n", plans)
    rows = run(report(projects=[first, project(2, "๒๕๖๗")]))
    key = next(p["project_key"] for p in rows["projects"] if p["name"].startswith("โครงการทดสอบที่ 1 "))
    return [a for a in rows["alignments"] if a["project_key"] == key], rows["issues"]


def test_alignments_after_a_plan_heading_ocr_lost_keep_their_places_in_the_form_s_order():
    # corpus 006: the master plan's heading lost (OCR read another line's ghost in its place), its text run into
    # the national strategy's; the plans after it keep their places (seq 3, 4), not one place early each
    def read(master: str) -> tuple[list[dict], list[dict]]:
        return _first_project_alignments(_PLANS.format(master=f"{master}\nผู้เรียนได้รับการศึกษาที่มีคุณภาพ\n"))

    read_whole, _ = read("ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น")
    assert [a["seq"] for a in read_whole] == [1, 2, 3, 4]
    lost, issues = read("พชวา รณ์ เซ 2 ตำเป็นการต้วยความโปรังโส cere")
    assert [(a["seq"], a["text"]) for a in lost[1:]] == [(3, "คนไทยได้รับการศึกษาที่มีคุณภาพตามมาตรฐาน"),
                                                         (4, "กำลังคนมีสมรรถนะสูง")]
    assert [a["seq"] for a in lost] == [1, 3, 4]
    (issue,) = [i for i in issues if i["field"] == "alignments" and i["code"] == "missing_value"]
    assert all(issue["line_start"] <= a["line_start"] and a["line_end"] <= issue["line_end"] for a in lost)


def test_a_running_header_s_round_left_alone_after_the_clean_up_took_the_header_is_no_text():
    # the clean-up knew the header ("รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ") and left it out, not its
    # round the page wrapped onto the next line ("รอบ 12 เดือน"): once the projects have begun, that line after
    # the gap is the header's; before them (the cover, the summary) the round is the report's, kept
    from parsers.obec_progress.read import _header_tails
    from schemas.document import Line

    lines = [Line(1, "รายงานสรุปความก้าวหน้าของการดำเนินโครงการ"), Line(3, "รอบ 12 เดือน"),
             Line(5, "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๒ โครงการ โดยมีรายละเอียด ดังนี้"),
             Line(7, "ข้อเสนอแนะ"), Line(10, "รอบ 12 เดือน"), Line(11, "ได้ดำเนินการครบตามแผน รอบ 12 เดือน")]
    assert _header_tails(lines) == {10}


def test_a_speck_before_a_round_s_heading_leaves_it_the_heading():
    # ". ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๓ ...": a speck OCR left before the heading of a
    # project's next round; read as text, the round's rows ran into the round before (quarter 2) silently
    second = project(1, "๒๕๖๗", quarter="๓").split("\n", 1)[1]  # the project's quarter-3 round, no title
    first = project(1, "๒๕๖๗") + ". " + second
    rows = run(report(projects=[first, project(2, "๒๕๖๗")]))
    quarters = sorted({t["quarter"] for t in rows["targets"] if t["project_key"] == rows["projects"][0]["project_key"]})
    assert quarters == [2, 3]


def test_a_round_whose_quarter_does_not_follow_the_round_before_is_another_project_s():
    # project 2's title lost to OCR: its quarter-2 round follows project 1's quarter-2 round and its rows are
    # read as project 1's; a project reports its quarters in order, so the rounds from there are flagged
    # (project_unread, on each child table, at their lines)
    second = project(2, "๒๕๖๗").split("\n", 1)[1]
    rows = run(report(projects=[project(1, "๒๕๖๗") + second, project(3, "๒๕๖๗").replace("3. โครงการ", "2. โครงการ")]))
    flagged = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "targets"]
    assert len(flagged) == 1
    first_key = next(p["project_key"] for p in rows["projects"] if p["group_seq"] == 1)
    extra = [t for t in rows["targets"] if t["project_key"] == first_key and t["line_start"] >= flagged[0]["line_start"]]
    assert extra and all(t["line_end"] <= flagged[0]["line_end"] for t in extra)
    # the project lost is said too, about the report (it has no row, so no key), at the same lines
    lost = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "projects"]
    assert [(i["project_key"], i["line_start"], i["line_end"]) for i in lost] == [
        (None, flagged[0]["line_start"], flagged[0]["line_end"])]
    # quarters in order (2 then 3) are one project's rounds
    third = project(1, "๒๕๖๗", quarter="๓").split("\n", 1)[1]
    assert not [i for i in run(report(projects=[project(1, "๒๕๖๗") + third, project(2, "๒๕๖๗")]))["issues"]
                if i["code"] == "project_unread"]


def test_a_list_read_as_one_item_counts_the_lines_the_page_did_not_wrap_as_paragraphs():
    # in a report whose lists print their numbers in a column, OCR lost a list's column whole: its items stand
    # on lines that follow one another, no blank between; where the page did not wrap the first, the second
    # starts afresh: two paragraphs, so the list is flagged (read.read_report's missing_row), not silent
    from parsers.obec_progress.lists import unnumbered_paragraphs
    from parsers.wraps import PageWraps
    from schemas.document import Line

    lines = [Line(1, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 130 โรงเรียน"),
             Line(2, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของสำนักงาน")]
    assert unnumbered_paragraphs(lines, 1) == 1  # no page width known: one paragraph
    assert unnumbered_paragraphs(lines, 1, PageWraps(frozenset(), frozenset())) == 2
    # the page's margin stopped line 1: line 2 is its wrap; the next word's overrunning alone is no such sign
    # (a line of one unbroken run of Thai overruns any line before it)
    assert unnumbered_paragraphs(lines, 1, PageWraps(frozenset({2}), frozenset(), frozenset({2}))) == 1
    assert unnumbered_paragraphs(lines, 1, PageWraps(frozenset({2}), frozenset())) == 2


def test_a_list_row_whose_unit_ocr_ran_into_the_title_is_flagged():
    # speck before a group's header read as a cell of its own ("2<tab>๒. โครงการที่ยังไม่ได้..."): the header all
    # the same; a row whose unit's name OCR ran into the title without a column's gap: the unit is cut out and
    # the name flagged (unread_cells on projects.name), as is a row with no unit apart at all
    base = report().replace("คิดเป็นร้อยละ ๑๐๐.๐๐\nการเบิกจ่าย",
                            "คิดเป็นร้อยละ ๑๐๐.๐๐\n๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ คิดเป็นร้อยละ ๐.๐๐\nการเบิกจ่าย", 1)
    tail = ("2\t๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\n\nที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n"
            "๑ โครงการพัฒนาคุณภาพการศึกษาสำหรับ หน่วยตรวจสอบภายใน โรงเรียนขนาดเล็ก\n"
            "๒ โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร\n")
    rows = run(base + "\n" + tail)
    got = {p["group_seq"]: p["name"] for p in rows["projects"] if p["plan_status"] == "not_started"}
    assert got == {1: "โครงการพัฒนาคุณภาพการศึกษาสำหรับ โรงเรียนขนาดเล็ก",
                   2: "โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร"}
    flagged = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "projects.name"]
    assert len(flagged) == 2


def test_a_unit_s_first_words_ocr_ran_into_a_list_row_s_title_are_cut_out():
    # the unit's cell wrapped ("กลุ่มส่งเสริมการศึกษาทางไกล" / "เทคโนโลยีสารสนเทศและการสื่อสาร") and OCR ran its first
    # words into the title's first line: they are no part of the name (the row is flagged all the same)
    base = report().replace("คิดเป็นร้อยละ ๑๐๐.๐๐\nการเบิกจ่าย",
                            "คิดเป็นร้อยละ ๑๐๐.๐๐\n๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๑ โครงการ คิดเป็นร้อยละ ๐.๐๐\nการเบิกจ่าย", 1)
    tail = ("๒. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๑ โครงการ ดังนี้\n\nที่ ชื่อโครงการ กลุ่มที่รับผิดชอบ\n"
            "๑ โครงการฝึกอบรมเชิงปฏิบัติการ กลุ่มส่งเสริมการศึกษาทางไกล ด้านการเงิน บัญชี และพัสดุ\n")
    rows = run(base + "\n" + tail)
    (name,) = [p["name"] for p in rows["projects"] if p["plan_status"] == "not_started"]
    assert name == "โครงการฝึกอบรมเชิงปฏิบัติการ ด้านการเงิน บัญชี และพัสดุ"
    assert [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "projects.name"]


def test_a_running_header_run_onto_the_office_s_line_is_no_words_of_the_section_it_interrupts():
    # the page's header printed as "สำนักงาน... เขต ๑ รายงานความก้าวหน้า" / "การดำเนินงานตามแผนปฏิบัติการ รอบ" /
    # "6 เดือน" inside a project's suggestions: none of the three lines is a suggestion
    header = ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑ รายงานความก้าวหน้า\n"
              "การดำเนินงานตามแผนปฏิบัติการ รอบ\n6 เดือน\n")
    first = project(1, "๒๕๖๗").replace("ผลการดำเนินงาน\n", "ผลการดำเนินงาน\n" + header)
    rows = run(report(projects=[first, project(2, "๒๕๖๗")]))
    assert [f["text"] for f in rows["findings"] if f["kind"] == "result"] == ["ได้ดำเนินการครบตามแผนที่กำหนด"] * 2
    assert rows["documents"][0]["n_copies"] == 1


def test_numbers_read_apart_do_not_cut_texts_at_a_line_whose_only_wrap_sign_is_a_long_first_word():
    # two numbers, three lines: "ครูที่ทำ..." (short), "ได้รับการพัฒนา..." (its wrap), "โรงเรียนใน..." (item 2, one
    # unbroken run of Thai). The third line's first word overruns any line before it, which tells nothing: where
    # the second line's wrap is seen too (the characters' count, parsers.wraps), the texts are not cut (a cut
    # after line 1 paired the wrong halves silently), the list is flagged
    from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
    from parsers.wraps import PageWraps
    from schemas.document import Line

    lines = [Line(1, "1."), Line(2, "2."), Line(4, "ครูที่ทำหน้าที่ที่เกี่ยวข้อง"),
             Line(5, "ได้รับการพัฒนาให้มีความรู้และแนวทางปฏิบัติที่ถูกต้อง"),
             Line(6, "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด")]
    wraps = PageWraps(frozenset({5, 6}), frozenset(), frozenset())  # 6: its first word overruns line 5, no more
    assert len(items_of(lines, wraps)) == 1 and unpaired_numbers(lines, wraps)
    # where the widths say the page did not wrap line 4 (5 opens an item), the count decides that 6 goes on
    # (lists._unwrapped): the wrong halves paired, but said in doubt, no longer silently
    short = PageWraps(frozenset({6}), frozenset(), frozenset())
    assert len(items_of(lines, short)) == 2 and "count of numbers decided" in paired_in_doubt(lines, short)


def test_a_heading_between_two_lists_whose_numbers_stand_in_a_tab_column_is_no_row_s_cell():
    # "๑.<tab>...", "๒.<tab>..." (outcomes), the indicator's heading and its aspect alone on their lines, then
    # "๑)<tab>...", "๒)<tab>...": one table block to parsers.grid, whose rows open at item numbers only; the
    # headings were folded into outcome 2's number cell, the indicators read as outcomes without an aspect
    from parsers.grid import fold_tables
    from parsers.obec_progress.read import _opens_row
    from schemas.document import Line

    lines = [Line(394, "๑.\tสถานศึกษาในสังกัดมีการดำเนินงาน", cols=(0, 8)),
             Line(395, "๒.\tครูผู้สอนสามารถนำความรู้ไปปรับใช้", cols=(0, 8)),
             Line(397, "ดัชนีชี้วัดความสำเร็จ"), Line(399, "เชิงปริมาณ"),
             Line(401, "๑)\tผู้บริหารสถานศึกษา จำนวน ๗๒ คน", cols=(0, 8)),
             Line(402, "๒)\tโรงเรียนในสังกัด จำนวน ๗๒ โรงเรียน", cols=(0, 8))]
    out = [ln.text for ln in fold_tables(lines, _opens_row)]
    assert out[1:4] == ["๒.\tครูผู้สอนสามารถนำความรู้ไปปรับใช้", "ดัชนีชี้วัดความสำเร็จ", "เชิงปริมาณ"]


def test_a_title_wrapped_under_a_number_in_a_column_of_its_own_goes_on_in_the_title_s_column():
    # extra4's t009: a table of projects whose rows print number and title in one cell ("1 โครงการ..."), one row
    # with a wide gap after its number ("3    โครงการพัฒนา...<tab>กลุ่ม..."): the title's next lines, flush with
    # the number, are the title's, not the number column's ("3 การประเมิน PISA ...<tab>โครงการพัฒนา...")
    from parsers.grid import fold_tables
    from parsers.obec_progress.read import _opens_row
    from schemas.document import Line

    lines = [Line(641, "2 โครงการเสริมสร้างสัมฤทธิผลการบริหารงานบุคคล\tกลุ่มนโยบายและแผน", cols=(0, 48)),
             Line(645, "3\tโครงการพัฒนาสมรรถนะการคิดขั้นสูงตามกรอบ\tกลุ่มส่งเสริมการจัดการศึกษา", cols=(0, 5, 50)),
             Line(647, "การประเมิน PISA สำหรับโรงเรียนขยายโอกาส"), Line(648, "ทางการศึกษา ประจำปีงบประมาณ 2569"),
             Line(649, "4 โครงการพัฒนาการจัดการเรียนรู้เชิงรุกฐาน\tกลุ่มนโยบายและแผน", cols=(0, 38))]
    out = [ln.text for ln in fold_tables(lines, _opens_row)]
    assert out[1] == ("3\tโครงการพัฒนาสมรรถนะการคิดขั้นสูงตามกรอบ การประเมิน PISA สำหรับโรงเรียนขยายโอกาส ทางการศึกษา "
                      "ประจำปีงบประมาณ 2569\tกลุ่มส่งเสริมการจัดการศึกษา")
    assert out[2].startswith("4 โครงการ")


def test_numbers_read_apart_paired_with_paragraphs_the_page_widths_contradict_are_said_to_be_in_doubt():
    # "1)" "2)" in a column of their own, the texts in two paragraphs by OCR's gap, but the first paragraph
    # goes on past a line that stops short of the margin ("โครงการ"): item 2 may open after it
    from parsers.obec_progress.lists import items_of, paired_in_doubt
    from parsers.wraps import PageWraps
    from schemas.document import Line

    lines = [Line(1, "1)"), Line(3, "2)"), Line(5, "ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตาม"), Line(6, "โครงการ"),
             Line(7, "ควรมีการวางแผนในการดำเนินกิจกรรมในไตรมาสให้ชัดเจน"), Line(9, "จะทำให้การดำเนินกิจกรรมนั้น ๆ")]
    wraps = PageWraps(wrapped=frozenset({6, 9}), past=frozenset(), at_margin=frozenset({6, 9}))
    assert len(items_of(lines, wraps)) == 2  # paired as the paragraphs stand ...
    assert paired_in_doubt(lines, wraps)  # ... and said to be in doubt
    # the widths agreeing with the paragraphs (line 7 wrapped from line 6, item 2 opening after a line that
    # stopped short of the margin): no doubt
    agreeing = PageWraps(wrapped=frozenset({6, 7}), past=frozenset(), at_margin=frozenset({6, 7}))
    assert not paired_in_doubt(lines, agreeing)
    assert not paired_in_doubt(lines, None)


def test_a_number_that_breaks_the_sequence_after_a_gap_inside_an_item_is_said():
    # "3)" read "2" after item 2, a gap of lines before it: it stays in item 2 (a figure may open a line), but the
    # list says an item whose number OCR misread may have run into the one above
    from parsers.obec_progress.lists import items_of, numbers_inside_items
    from schemas.document import Line

    lines = [Line(1, "1) ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ"), Line(3, "2) ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด"),
             Line(5, "2 ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน")]
    items = items_of(lines)
    assert len(items) == 2 and numbers_inside_items(lines, items) == ["2"]
    # a figure the page wrapped onto the next line ("จำนวน" / "7 โรงเรียน") has no gap before it: nothing said
    wrapped = [Line(1, "1) ผู้เข้าร่วมกิจกรรม จำนวน"), Line(2, "7 โรงเรียนในสังกัด")]
    assert numbers_inside_items(wrapped, items_of(wrapped)) == []


def test_numbers_read_apart_with_more_paragraphs_than_numbers_join_where_the_page_wrapped():
    # "1." "2." "3." in a column of their own; OCR left a gap between each item's wrapped lines, so the texts stand
    # in five paragraphs. A paragraph whose first line follows a line that ran to the margin goes on the one
    # before: three items, paired with the numbers, and said to be in doubt (OCR may break a printed line in two)
    from parsers.obec_progress.lists import items_of, paired_in_doubt, unpaired_numbers
    from parsers.wraps import PageWraps
    from schemas.document import Line

    lines = [Line(1, "1."), Line(3, "2."), Line(5, "3."),
             Line(7, "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้"), Line(9, "ในการปฏิบัติงานได้"),
             Line(11, "ได้ดำเนินการส่งเสริม สนับสนุน การพัฒนากระบวนการจัดการเรียนรู้"), Line(13, "ครบตามแผนที่กำหนด"),
             Line(15, "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์และสื่อสังคมออนไลน์ของ"), Line(16, "สำนักงาน")]
    wraps = PageWraps(wrapped=frozenset({9, 13, 16}), past=frozenset(), at_margin=frozenset({9, 13, 16}))
    items = items_of(lines, wraps)
    assert [(a, b) for _, a, b in items] == [(7, 9), (11, 13), (15, 16)]
    assert items[1][0] == "ได้ดำเนินการส่งเสริม สนับสนุน การพัฒนากระบวนการจัดการเรียนรู้ ครบตามแผนที่กำหนด"
    assert unpaired_numbers(lines, wraps) is None
    assert "more paragraphs than numbers" in paired_in_doubt(lines, wraps)
    # no width says where the page wrapped: five paragraphs for three numbers stay unpaired, and are said
    assert unpaired_numbers(lines, PageWraps(frozenset(), frozenset(), frozenset())) == ["1", "2", "3"]
    assert unpaired_numbers(lines, None) == ["1", "2", "3"]
    # a number alone (the others lost) counts nothing: the paragraphs are not joined into its one item
    alone = [Line(1, "1."), *lines[3:]]
    assert unpaired_numbers(alone, wraps) == ["1"]


def test_a_status_clause_with_a_misread_letter_still_opens_an_activity_s_progress():
    # "มผู้เขชารวมกิจกรรม ..." (มีผู้เข้าร่วม with a vowel lost and a letter misread) under an activity's name was
    # read as the name wrapped: the name took the progress, the progress was missing, and no issue said so
    from parsers.obec_progress.running import opens_progress

    assert opens_progress("มผู้เขชารวมกิจกรรม จํานวน 111 คน")
    assert opens_progress("มีผู้เข้าว่วมกิจกรรม จำนวน 18 คน")
    assert opens_progress("อยู่ระหวางดําเนินการ คาดว่าจะแล้วเสร็จ")
    assert opens_progress("ได้ตําเนินการแล้ว เมือวันที 4 ธันวาคม พ.ศ. 2568 ณ")  # (set s36z: ด read ต)
    # an activity's own name that opens like a status clause is no progress
    assert not opens_progress("ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ")
    assert not opens_progress("มีผู้บริหารเข้าร่วมประชุม")


def test_an_obec_activity_heading_whose_number_ocr_lost_is_numbered_by_its_place_and_said():
    # fresh set "ae", OCR'd: "กิจกรรมหลักที" alone on its line, the name on the next: activity 2 was lost
    # silently and activity 3 took its row
    from pathlib import Path

    doc = Path(__file__).parent / "corpus" / "clean" / "obec_progress_001.txt"
    text = doc.read_text(encoding="utf-8")
    printed = "กิจกรรมหลักที่ ๒ นิเทศ ติดตาม และประเมินผลการดำเนินงานของโรงเรียนในสังกัด"
    assert text.count(printed) == 1
    at = text[:text.index(printed)].count("\n") + 1
    rows = process_document("doc.txt", text.replace(printed, "กิจกรรมหลักที\n" + printed[17:]).encode("utf-8"))
    got = next(r for r in rows["activities"] if r["line_start"] == at + 1)
    assert got["number"] == 2 and got["text"] == printed[17:]
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "activities.number"
            and i["line_start"] == at + 1]
    assert len(said) == 1 and json.loads(said[0]["evidence"])["chosen"] == 2


def test_as_many_lines_as_numbers_one_running_past_the_margin_are_one_item_each():
    # fresh set "af" (clean text printed a paragraph a line, list_numbers_column_read): three numbers apart,
    # three lines, the first near the page's margin (it might have wrapped), the second well past it: no
    # page wrapped these lines, so each is an item; without a line past the margin each is an item too, the count
    # deciding, and said in doubt (lists._unwrapped)
    from parsers.obec_progress.lists import items_of, paired_in_doubt
    from parsers.wraps import PageWraps
    from schemas.document import Line

    texts = ["ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้งคณะกรรมการเรียบร้อยแล้ว",
             "สพป.ทดสอบ เขต 4 ได้ดำเนินการขับเคลื่อนการจัดการเรียนการสอนรายวิชาประวัติศาสตร์แบบบูรณาการ ครบตามแผน",
             "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 112 โรงเรียน"]
    lines = [Line(10, "1."), Line(11, "2."), Line(12, "3."), Line(14, texts[0]), Line(15, texts[1]), Line(16, texts[2])]
    past = PageWraps(wrapped=frozenset({15, 16}), past=frozenset({16}), at_margin=frozenset({15, 16}))
    assert [t for t, _, _ in items_of(lines, past)] == texts
    near = PageWraps(wrapped=frozenset({15, 16}), past=frozenset(), at_margin=frozenset({15, 16}))
    assert [t for t, _, _ in items_of(lines, near)] == texts
    assert "count of numbers decided" in paired_in_doubt(lines, near)


def test_a_paragraph_opening_after_a_line_at_the_margin_leaves_the_pairing_in_doubt():
    # fresh set "af" after OCR: numbers 1.-3. apart, then three paragraphs; OCR put a gap inside item 2 (its
    # first line runs to the margin, the page wrapped it) and none between items 2 and 3: the paragraphs pair
    # with the numbers, but which text is whose is in doubt, and said
    from parsers.obec_progress.lists import paired_in_doubt
    from parsers.wraps import PageWraps
    from schemas.document import Line

    lines = [Line(1, "1."), Line(3, "2."), Line(5, "3."),
             Line(7, "ได้ดำเนินการประชุมคณะกรรมการดำเนินงาน และจัดทำคำสั่งแต่งตั้ง"), Line(8, "คณะกรรมการเรียบร้อยแล้ว"),
             Line(10, "สพป.ทดสอบ เขต 4 ได้ดำเนินการขับเคลื่อนการจัดการเรียน"),
             Line(12, "การสอนรายวิชาประวัติศาสตร์แบบบูรณาการ ครบตามแผนที่กำหนด"),
             Line(13, "ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 112 โรงเรียน")]
    wraps = PageWraps(wrapped=frozenset({8, 12, 13}), past=frozenset(), at_margin=frozenset({8, 12, 13}))
    assert "runs to the margin" in paired_in_doubt(lines, wraps)
    # the same paragraphs, each opening after a line that stopped short of the margin: no doubt
    short = PageWraps(wrapped=frozenset({8, 13}), past=frozenset(), at_margin=frozenset({8, 13}))
    assert paired_in_doubt(lines, short) is None


def test_a_word_s_piece_ocr_cut_from_elsewhere_is_debris_not_a_list_s_lead():
    # fresh set "af" OCR: "ะยุทธศาสตร์" (a piece of a line elsewhere on the page, opening with a vowel no word
    # opens with) stood over a numbered list of results and became its first item, the rest one seq later
    from parsers.obec_progress.lists import is_debris

    assert is_debris("ะยุทธศาสตร์") and is_debris("ิการศึกษา")
    # a word, words with a space, or a text opening with a consonant or a leading vowel are no such piece
    assert not is_debris("ยุทธศาสตร์") and not is_debris("เป้าหมาย") and not is_debris("ำนักงาน เขต ๒")


def test_a_list_whose_numbers_ocr_lost_whole_is_parted_by_the_items_of_its_kind_the_report_prints_whole():
    # extra3's w003, extra4's t001/t002: a list's numbers (printed in a column, or in front) lost whole, its
    # items on lines that follow one another, read as one item; the report prints each item whole elsewhere in
    # a list of the same kind (marks OCR dropped aside: 'ที' for 'ที่'), so the lines are those items, said
    first = "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด"
    board = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน {n} คน"
    meeting = "เข้าร่วมการประชุมเชิงปฏิบัติการ"
    numbered = f"๑. {first}\n๒. {board.format(n='๔๐')} {meeting}\n"
    lost = f"{first.replace('ที่', 'ที')}\n{board.format(n='๓๓')}\n{meeting}\n"
    output = "ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา\n"
    text = report(projects=[project(1, "๒๕๖๗").replace(output, numbered),
                            project(2, "๒๕๖๗").replace(output, lost),
                            project(3, "๒๕๖๗")], planned="๑๕,๐๐๐.๐๐", disbursed="๑๕,๐๐๐.๐๐")

    def outputs(rows: dict) -> list[str]:
        key = next(p["project_key"] for p in rows["projects"] if p["name"].startswith("โครงการทดสอบที่ 2 "))
        return [t["text"] for t in rows["targets"] if t["kind"] == "output" and t["project_key"] == key]

    rows = run(text)
    assert outputs(rows) == [first, f"{board.format(n='๓๓')} {meeting}"]  # ('ที' then read as its sibling)
    said = [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and i["field"] == "targets"]
    assert len(said) == 1 and "prints no item numbers" in said[0]["message"]
    # an item of another kind (the report's outcome, its heading lost) parts nothing: one item, as before
    rows = run(text.replace(lost, f"{first}\nครูมีความรู้ความเข้าใจ\n"))
    assert outputs(rows) == [f"{first} ครูมีความรู้ความเข้าใจ"]
    assert not [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt"]


def test_a_next_item_whose_number_ocr_misread_past_the_sequence_after_a_gap_opens_it_said():
    # extra3's w001 ("๑) ครูผู้สอน..." / debris / "1) ผู้เรียน..."), w005 ("๒๓)" for ๒): the list's own mark after
    # a gap of lines, a number no reading of the next one: the next item, said; without the gap (a figure the
    # page wrapped, "จำนวน" / "2 คน", has no mark) or with another mark, the item goes on as before
    from parsers.obec_progress.lists import items_of, numbers_read_as_next
    from schemas.document import Line

    first, second = "ครูผู้สอนสามารถนำความรู้ไปปรับใช้ในการจัดการเรียนการสอน", "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ"
    for printed in ("1", "๒๓"):
        lines = [Line(1, f"๑) {first}"), Line(4, f"{printed}) {second}")]
        assert items_of(lines) == [(first, 1, 1), (second, 4, 4)] and numbers_read_as_next(lines) == [printed]
    assert len(items_of([Line(1, f"๑) {first}"), Line(2, f"1) {second}")])) == 1  # no gap
    assert len(items_of([Line(1, f"๑) {first}"), Line(4, f"1. {second}")])) == 1  # another mark
    assert numbers_read_as_next([Line(1, f"๑) {first}"), Line(4, f"lo) {second}")]) == []  # a reading of ๒
    # a bracket a wrapped line closes ("(Action Plan :" / "AP) ...") is no item: the list's ๒ follows its ๑
    bracket = [Line(1, f"๑. {first} (Action Plan :"), Line(2, "AP) ประจำปีงบประมาณ"), Line(4, f"๒. {second}")]
    assert numbers_read_as_next(bracket) == [] and [a for _, a, _ in items_of(bracket)] == [1, 4]
    outcome = "ครูมีความรู้ความเข้าใจ\n"
    rows = run(report(projects=[project(1, "๒๕๖๗").replace(outcome, f"๑) {first}\n\n1) {second}\n"),
                                project(2, "๒๕๖๗")]))
    assert [t["text"] for t in rows["targets"] if t["kind"] == "outcome"][:2] == [first, second]
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and "read as the next item" in i["message"]]


def test_a_next_item_whose_number_ocr_read_as_latin_letters_without_its_mark_after_a_gap_opens_it_said():
    # s41o's obec_progress_s41o001 OCR'd: "I. ผู้เรียน..." / "ที่ 21" / "" / "ia   ข้าราชการ..." (๒. read as "ia",
    # its dot lost, the gap it stood in left wide): the speck stripping kept the token (a dictionary word opens
    # the cell after it) and the list read it as its next item, said; no gap, or one space (a wrapped line): none
    from parsers.obec_progress.lists import items_of, numbers_read_as_next, strip_specks
    from schemas.document import Line

    first, second = "ผู้เรียนได้รับการพัฒนาเต็มตามศักยภาพ", "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเอง"
    assert strip_specks(Line(4, f"ia\t{second}")).text == f"ia\t{second}"
    assert strip_specks(Line(4, "b\tยนได้รับการศึกษา")).text == "ยนได้รับการศึกษา"  # a piece of a word: a speck
    lines = [Line(1, f"I. {first}"), Line(2, "ที่ 21"), Line(4, f"ia\t{second}")]
    assert items_of(lines) == [(f"{first} ที่ 21", 1, 2), (second, 4, 4)] and numbers_read_as_next(lines) == ["ia"]
    assert len(items_of([Line(1, f"I. {first}"), Line(2, f"ia\t{second}")])) == 1  # no gap
    assert len(items_of([Line(1, f"I. {first}"), Line(4, f"ia {second}")])) == 1  # one space
    assert len(items_of([Line(1, first), Line(4, f"ia\t{second}")])) == 1  # no list numbered from 1
    outcome = "ครูมีความรู้ความเข้าใจ\n"
    rows = run(report(projects=[project(1, "๒๕๖๗").replace(outcome, f"1. {first}\n\nia   {second}\n"),
                                project(2, "๒๕๖๗")]))
    assert [t["text"] for t in rows["targets"] if t["kind"] == "outcome"][:2] == [first, second]
    assert [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and "'ia'" in i["message"]]


def test_a_figure_the_page_wrapped_to_a_line_start_under_a_lead_is_no_item():
    # s42o's obec_progress_s42o004 OCR'd: "ร้อยละ ๓๐ ... โรงเรียนคุณภาพ 1 อำเภอ" / "1 โรงเรียนคุณภาพได้ตามเป้าหมาย": the
    # indicator's figure "1" wrapped to the next line's start read as an item number, so the indicator was two and
    # the quality one after them took the next aspect; a bare 1 right under the lead is the lead's own text
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    lead, rest = "ร้อยละ ๓๐ ของโรงเรียนในสังกัดดำเนินการขับเคลื่อนโรงเรียนคุณภาพ 1 อำเภอ", "โรงเรียนคุณภาพได้ตามเป้าหมาย"
    assert items_of([Line(1, lead), Line(2, f"1 {rest}")]) == [(f"{lead} 1 {rest}", 1, 2)]
    assert len(items_of([Line(1, lead), Line(3, f"1 {rest}")])) == 2  # after a gap: an item
    assert len(items_of([Line(1, lead), Line(2, f"1. {rest}")])) == 2  # its number closed: an item
    assert len(items_of([Line(1, f"{lead} ดังนี้"), Line(2, f"1 {rest}")])) == 2  # the lead introduces it
    assert len(items_of([Line(1, lead), Line(2, f"1 {rest}"), Line(3, f"2 {rest}")])) == 3  # a list numbered on


def test_a_count_the_page_wrapped_past_a_blank_line_under_a_lead_is_no_item():
    # s75b's obec_progress_s75b004 OCR'd with a blank line after each line: "ร้อยละ 100 ... โรงเรียนคุณภาพ" / "" /
    # "1 อําเภอ 1" / (a page's running header) / "โรงเรียนคุณภาพได้ตามเป้าหมาย": the wrapped "1 อำเภอ" was read as
    # item 1 after the unnumbered indicator, and the quality ones after it numbered on from 3, no issue naming them;
    # a figure opening a count (its unit after it) is no item's number, past a blank line too
    from parsers.obec_progress.lists import items_of
    from schemas.document import Line

    lead, rest = "ร้อยละ 100 ของโรงเรียนในสังกัดดำเนินการขับเคลื่อนโรงเรียนคุณภาพ", "โรงเรียนคุณภาพได้ตามเป้าหมาย"
    assert items_of([Line(1, lead), Line(3, "1 อำเภอ 1"), Line(9, rest)]) == [(f"{lead} 1 อำเภอ 1 {rest}", 1, 9)]
    assert len(items_of([Line(1, lead), Line(3, f"1 {rest}")])) == 2  # no count after the gap: an item
    assert len(items_of([Line(1, f"{lead} ดังนี้"), Line(3, "1 อำเภอ 1"), Line(9, rest)])) == 2  # introduced
    assert len(items_of([Line(1, lead), Line(8, "1 อำเภอ 1"), Line(9, rest)])) == 2  # a gap wider than a blank


def test_a_numbered_item_read_over_specks_holding_a_figure_alone_says_the_list():
    # s42b's obec_progress_s42b001 OCR'd: "๒. สพป. ..." / "1" / "1   a" / "ญของผู้เรียน..." / "a   a" / "ดำเนินการ
    # นิเทศ ...": items ๓ and ๔ lost their numbers among the specks and ran into item ๒, no issue naming the rows
    result = "ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n"
    first, second = "ได้เผยแพร่ผลการดำเนินงานทางเว็บไซต์ของสำนักงาน", "สพป.ทดสอบ เขต ๑ ได้ดำเนินการพัฒนาสมรรถนะ"
    tail = "ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๓๓ โรงเรียน"

    def said(specks: str) -> list[dict]:
        body = f"ผลการดำเนินงาน\n๑. {first}\n\n๒. {second}\n\n{specks}\n\nสำคัญของผู้เรียน ครบตามแผน\n\n{tail}\n"
        rows = run(report(projects=[project(1, "๒๕๖๗").replace(result, body), project(2, "๒๕๖๗")]))
        return [i for i in rows["issues"] if i["code"] == "items_cut_in_doubt" and "figure alone" in i["message"]]

    assert len(said("1\n1          a")) == 1
    assert not said("a          a")  # specks without a figure: nothing to count by


def test_items_known_whole_part_a_list_only_one_way():
    from parsers.obec_progress.lists import item_key, items_of, known_items, parted_by_known
    from parsers.wraps import PageWraps
    from schemas.document import Line

    wraps = PageWraps(frozenset(), frozenset())
    a, b = "นักเรียนในสังกัด จำนวน ๒๗ คน ได้เข้าร่วมกิจกรรมตามโครงการ", "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนา"
    known = known_items([[Line(40, f"๑. {a}"), Line(41, f"๒. {b}")]], wraps)
    assert item_key(a) in known and item_key(b.replace("ที่", "ที")) == item_key(b)
    lines = [Line(1, a.replace("๒๗", "๑๓")), Line(2, b.replace("ที่", "ที"))]
    assert [t for t, _, _ in items_of(lines, wraps, own=known)] == [lines[0].text, lines[1].text]
    assert parted_by_known(lines, known) == 2
    assert len(items_of(lines, wraps)) == 1  # nothing known: one item
    # the whole text is itself an item the report prints: no telling, one item
    assert len(items_of(lines, wraps, own=known | {item_key(f"{a} {b}")})) == 1
    # a text the report prints nowhere else, between or around the known items: an item of its own where the
    # page wrapped every line of it but its first (a project's own sentence, a lead "... ดังนี้")
    own = "สพป.ทดสอบ เขต ๑ ได้ดำเนินการพัฒนาระบบการติดตาม ครบตามแผนที่กำหนด"
    between = [Line(1, a), Line(2, own[:30]), Line(3, own[30:]), Line(4, b)]
    wrapped = PageWraps(frozenset({3}), frozenset())
    assert [(x, y) for _, x, y in items_of(between, wrapped, known, own=known)] == [(1, 1), (2, 3), (4, 4)]
    assert parted_by_known(between, known, wrapped) == 3
    assert len(items_of(between, wraps, known, own=known)) == 1  # line 3 no wrap of line 2: two texts, no telling
    # ... unless it is an item the report prints in a list of another kind (its heading lost): no telling
    other = frozenset({item_key(own)})
    assert len(items_of(between, wrapped, known | other, own=known)) == 1
    assert parted_by_known(between, known, wrapped, other) == 0
    # a text read as one item over lines that are known items one after the other is no item known whole
    assert item_key(f"{a} {b}") not in known_items([[Line(40, f"๑. {a}"), Line(41, f"๒. {b}")],
                                                   [Line(50, a), Line(51, b)]], wraps)


def test_a_list_cut_where_an_item_known_whole_ends_is_said_where_the_next_line_may_go_on_from_it():
    # a column of numbers, then three lines each of which the page may have wrapped (each one's first word
    # overruns the line before): the report prints "ผู้บริหาร... จำนวน ๔๗ คน" whole in another list, and here the
    # item goes on ("เข้าร่วมการประชุมเชิงปฏิบัติการ"); the known item cuts the list where it ends, which may be
    # wrong (an item may open with another's whole text): the pairing is said, not silent
    from parsers.obec_progress.lists import item_key, items_of, paired_in_doubt, unpaired_numbers
    from parsers.wraps import PageWraps
    from schemas.document import Line

    board, meeting = "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๔๗ คน", "เข้าร่วมการประชุมเชิงปฏิบัติการ"
    schools = "โรงเรียนในสังกัดทุกโรงเรียนมีการดำเนินงานตามแนวทางที่กำหนด"
    lines = [Line(1, "๑."), Line(2, "๒."), Line(4, board), Line(5, meeting), Line(6, schools)]
    maybe = PageWraps(frozenset({5, 6}), frozenset())
    known = frozenset({item_key(board)})
    assert len(items_of(lines, maybe)) == 1 and unpaired_numbers(lines, maybe)  # nothing known: one item, said
    assert [(a, b) for _, a, b in items_of(lines, maybe, known)] == [(4, 4), (5, 6)]
    assert unpaired_numbers(lines, maybe, known) is None
    assert "may go on from it" in paired_in_doubt(lines, maybe, known)
    # ... unless the known item is one of this list's own kind (the same target printed whole in another round)
    assert paired_in_doubt(lines, maybe, known, own=known) is None
    # the line after the known item opens afresh (the page did not wrap it): the cut is sure, nothing said
    sure = PageWraps(frozenset({6}), frozenset())
    assert [(a, b) for _, a, b in items_of(lines, sure, known)] == [(4, 4), (5, 6)]
    assert paired_in_doubt(lines, sure, known) is None
    # the known item ends where the list does: no cut rests on its end
    last = [Line(1, "๑."), Line(2, "๒."), Line(4, schools), Line(5, board)]
    assert [(a, b) for _, a, b in items_of(last, PageWraps(frozenset({5}), frozenset()), known)] == [(4, 4), (5, 5)]
    assert paired_in_doubt(last, PageWraps(frozenset({5}), frozenset()), known) is None


def test_a_project_whose_title_ocr_lost_says_its_rows_stand_under_the_project_before_it():
    """Project 2's title line lost: its targets, activities, alignments, findings and budget read on as more
    items of project 1.  The summary's counts say a project is missing; the loss is said of the projects table
    and, at the same lines, of every table of the projects' rows (they were silent there)."""
    text = report()
    lost = "2. โครงการทดสอบที่ 2 ของสำนักงาน\n"
    assert lost in text
    rows = run(text.replace(lost, ""))
    assert len(rows["projects"]) == 1
    said = {i["field"]: i for i in rows["issues"] if i["code"] == "project_unread"
            and "stated" in json.loads(i["evidence"] or "{}")}  # (the summary's counts; the reader says more)
    assert set(said) == {"projects", "targets", "activities", "alignments", "findings", "quarterly_budgets"}
    project = rows["projects"][0]
    assert said["targets"]["line_start"] <= project["line_start"] and said["targets"]["severity"] == "warning"
    # the report as printed says nothing of the kind
    assert not [i for i in run(report())["issues"] if i["code"] == "project_unread"]


def test_a_project_whose_title_one_copy_lost_is_read_from_the_rounds_out_of_order():
    """A report printed twice, the first copy's project 2 title line lost: its targets, activities, alignments,
    findings and budget read on as a second round of quarter 2 of project 1.  A project reports its quarters in
    order, so the rounds from there are another project's (read.split_lost_titles): project 2 of that copy,
    numbered by its place (the next title read leaves it free), with no name; the other copy names it, and each
    project's rows are its own (before, project 1 held both projects' rows in the first copy, project 2 was read
    in one copy).  The loss is said (project_unread on each table, at the split rounds)."""
    text = report()
    lost = "2. โครงการทดสอบที่ 2 ของสำนักงาน\n"
    assert lost in text
    truth = run(text + "\n" + text)
    rows = run(text.replace(lost, "") + "\n" + text)
    assert [(p["group_seq"], p["name"], p["n_copies"]) for p in rows["projects"]] == \
        [(p["group_seq"], p["name"], p["n_copies"]) for p in truth["projects"]]
    for table in ("targets", "activities", "findings", "quarterly_budgets"):
        assert len(rows[table]) == len(truth[table]), table
        assert sorted(r["project_key"] for r in rows[table]) == sorted(r["project_key"] for r in truth[table])
    assert {i["field"] for i in rows["issues"] if i["code"] == "project_unread"} >= {"targets", "findings"}


def test_rounds_out_of_order_stay_the_project_s_where_the_next_number_is_taken():
    # the next title read bears the number the lost project would take: the rounds stay project 1's, said
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗"), project(2, "๒๕๖๗")])
    rows = run(text.replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n", "", 1))
    assert [p["group_seq"] for p in rows["projects"]] == [1, 2]
    said = {i["field"] for i in rows["issues"] if i["code"] == "project_unread"}
    assert {"projects", "targets", "findings"} <= said


def test_alignment_rows_lost_at_a_quarter_s_list_end_are_said():
    # a project reports two quarters, each printing its alignment headings; OCR garbled the second quarter's
    # last heading past reading, its text ran into the row before: nothing of it is made up, the loss is said
    # on alignments at the quarter's last alignment lines.  Another project printing fewer headings is no
    # loss (a real report's projects differ: the alignments are each project's own)
    plans = ("ความก้าวหน้าของโครงการที่ดำเนินการกับแผนแม่บทภายใต้ยุทธศาสตร์ชาติและยุทธศาสตร์ชาติหลัก\n"
             "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ\nคนไทยเป็นคนดี คนเก่ง มีคุณภาพ\n"
             "ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น\nผู้เรียนได้รับการศึกษาที่มีคุณภาพ\n"
             "ผลการดำเนินงานต่อเป้าหมายของแผนย่อย\nคนไทยได้รับการศึกษาที่มีคุณภาพตามมาตรฐาน\n"
             "{nesdp}\n")
    nesdp = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓"

    def read(second: str) -> dict:
        first = project(1, "๒๕๖๗").replace(nesdp + "\n", plans.format(nesdp=nesdp))
        later = project(1, "๒๕๖๗", quarter="๓").replace(nesdp + "\n", plans.format(nesdp=second))
        later = later.split("\n", 1)[1]  # the same project's next quarter: its title is not printed again
        return run(report(projects=[first + later, project(2, "๒๕๖๗")]))

    rows = read(nesdp)
    assert len(rows["alignments"]) == 9
    assert not [i for i in rows["issues"] if i["field"] == "alignments"]
    rows = read("คว าม ก้าว หน้า ขอ ง")  # the heading garbled past reading
    assert len(rows["alignments"]) == 8
    (issue,) = [i for i in rows["issues"] if i["field"] == "alignments" and i["code"] == "missing_row"]
    third = [a for a in rows["alignments"] if a["project_key"] == issue["project_key"] and a["quarter"] == 3]
    assert len(third) == 3 and issue["line_start"] <= third[-1]["line_end"] <= issue["line_end"]
    assert json.loads(issue["evidence"])["missing"] == ["plan_nesdp"]


def test_plan_tails_lost_needs_a_longer_round_printing_the_same_headings_first():
    from parsers.obec_progress.rounds import plan_tails_lost
    full = ["plan_national_strategy", "plan_master_plan", "plan_national_strategy", "plan_nesdp"]
    assert plan_tails_lost([full, full[:3], full]) == [[], ["plan_nesdp"], []]
    assert plan_tails_lost([full, []]) == [[], []]  # a round printing none proves nothing
    assert plan_tails_lost([full, ["plan_master_plan"]]) == [[], []]  # not the same headings first
    assert plan_tails_lost([full[:2], full[:3], full]) == [["plan_national_strategy"], ["plan_nesdp"], []]


def test_the_office_s_name_damaged_on_the_cover_is_read_from_its_whole_printing():
    # OCR dropped letters and vowels of the cover's office line; the summary's head prints it whole
    text = report()
    damaged = "สานกงานเขตพนทการศัึกษาประถมศักษาทดสอบ เขต ๑"
    rows = run(text.replace("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑\n",
                            damaged + "\nเอกสารลำดับที่ ๑/๒๕๖๗\nสำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑\n", 1))
    assert rows["report_summaries"][0]["agency"] == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑"
    (issue,) = [i for i in rows["issues"] if i["field"] == "report_summaries.agency"]
    assert issue["code"] == "value_repaired" and json.loads(issue["evidence"])["printed"] == damaged
    # printed once, damaged: kept as read (no other printing to take)
    rows = run(text.replace("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑\n", damaged + "\n", 1))
    assert rows["report_summaries"][0]["agency"] == damaged


def test_the_office_s_name_ends_with_its_area_where_a_header_s_title_ran_onto_its_line():
    text = report().replace("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑\n",
                            "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑ รายงานความก้าวหน้า\n", 1)
    rows = run(text)
    assert rows["report_summaries"][0]["agency"] == "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑"
    assert [json.loads(i["evidence"])["rule"] for i in rows["issues"]
            if i["field"] == "report_summaries.agency"] == ["office_name_end"]


def test_a_group_whose_first_title_number_was_misread_within_its_count_s_readings_is_numbered_from_one():
    # the group's count printed "๕" (a ๔ misread: it may be 4, 5, 8 or 9), its first title "9." (an Arabic 9
    # for ๑, which the confusions do not hold and which the count's readings allow), the second's number a
    # letter OCR wrote for ๒ ("a."), so no title numbered 2 closes the gap: a group's numbering starts at 1,
    # the count may be the four titles read, and each later number may be its place; before, the titles were
    # numbered 9 to 12 and a second printing of the report (numbered 1 to 4) was not merged with them
    projects = [project(n, "๒๕๖๗") for n in (1, 2, 3, 4)]
    text = report(projects=projects).replace("จำนวน 4 โครงการ", "จำนวน ๕ โครงการ")
    text = text.replace("\n1. โครงการทดสอบที่ 1", "\n9. โครงการทดสอบที่ 1").replace(
        "\n2. โครงการทดสอบที่ 2", "\na. โครงการทดสอบที่ 2").replace("\n4. โครงการทดสอบที่ 4", "\n๕. โครงการทดสอบที่ 4")
    assert "\n9. โครงการทดสอบที่ 1" in text and "\na. โครงการทดสอบที่ 2" in text and "จำนวน 4" not in text
    rows = run(text)
    assert sorted((p["group_seq"], p["name"]) for p in rows["projects"]) == [
        (n, f"โครงการทดสอบที่ {n} ของสำนักงาน") for n in (1, 2, 3, 4)]
    said = [i for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert {i["line_start"] for i in said} >= {i for i, ln in enumerate(text.splitlines(), 1) if ln.startswith("9. ")}
    # a count of nine no reading of which is the four titles read (titles were lost): not numbered from one
    rows = run(text.replace("จำนวน ๕ โครงการ", "จำนวน ๙ โครงการ"))
    assert 1 not in {p["group_seq"] for p in rows["projects"]}


def test_a_project_read_in_fewer_copies_than_the_report_prints_is_said():
    # the report printed twice, the second printing's project 2 lost (its pages unread: a title lost alone leaves
    # its rounds, read as a project of their own, read.split_lost_titles): the project's n_copies (1 of 2) is said
    # at its lines, naming the column
    full = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")])
    lost = full.replace(project(2, "๒๕๖๗"), "\n", 1)
    assert lost != full
    rows = run(full + "\n" + lost)
    assert rows["documents"][0]["n_copies"] == 2
    assert sorted((p["group_seq"], p["n_copies"]) for p in rows["projects"]) == [(1, 2), (2, 1)]
    said = [i for i in rows["issues"] if i["code"] == "project_in_fewer_copies"]
    assert [(i["field"], i["line_start"]) for i in said] == [
        ("projects.n_copies", full.splitlines().index("2. โครงการทดสอบที่ 2 ของสำนักงาน") + 1)]
    assert not [i for i in run(full + "\n" + full)["issues"] if i["code"] == "project_in_fewer_copies"]


def test_a_lost_project_said_by_the_rounds_order_is_left_out_where_a_count_says_the_loss():
    # rows.lost_said_once: one loss said once; the summary's total (percents-implied: evidence without a status,
    # as a hostile file of the fuzz run showed, where it raised a KeyError) says every group's loss
    from parsers.obec_progress.rows import lost_said_once
    from schemas.document import Issue
    rounds = Issue("error", "project_unread", "m", {"status": "in_progress", "rule": "quarter_order"}, 5, 9,
                   field="projects")
    group = Issue("error", "project_unread", "m", {"status": "in_progress", "stated": 4, "read": 3}, 1, 9,
                  field="projects")
    other = Issue("error", "project_unread", "m", {"status": "completed", "stated": 4, "read": 3}, 1, 9,
                  field="projects")
    total = Issue("error", "project_unread", "m", {"implied": 9, "read": 8, "stated": None, "percents": []}, 1, 2,
                  field="projects")
    assert lost_said_once([rounds]) == [rounds]
    assert lost_said_once([rounds, group]) == [group]
    assert lost_said_once([rounds, other]) == [rounds, other]
    assert lost_said_once([rounds, total]) == [total]


def test_text_left_after_a_not_started_title_says_the_name():
    # a project of the not-started group prints its title alone: words left after it that no rule placed (its
    # title's tail, read apart where a page broke) put its name in doubt, not just the table
    text = report() + ("๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\n"
                       "๓.๑ โครงการตรวจสอบการปฏิบัติงานด้านการเงิน\n\n\n\n\n\nการบัญชี และการพัสดุ ในสถานศึกษา\n\n"
                       "๓.๒ โครงการส่งเสริมการอ่าน\n")
    rows = run(text)
    left = [i for i in rows["issues"] if i["code"] == "unplaced_text" and "not_started project 1" in i["message"]]
    assert left and {i["field"] for i in left} == {"projects.name"}


def test_an_alignment_heading_whose_text_ocr_lost_keeps_its_place_and_is_said():
    # the master plan's heading read, its text lost (the next heading right under it): its row is lost, said, and
    # the rows after it keep their places (seq 3, 4), not one place early each
    def read(text: str) -> tuple[list[dict], list[dict]]:
        master = f"ผลการดำเนินงานต่อเป้าหมายของแผนแม่บทประเด็น\n{text}"
        got, issues = _first_project_alignments(_PLANS.format(master=master))
        key = got[0]["project_key"]
        return got, [i for i in issues if i["project_key"] == key and i["field"] == "alignments"]

    whole, said = read("ผู้เรียนได้รับการศึกษาที่มีคุณภาพ\n")
    assert [a["seq"] for a in whole] == [1, 2, 3, 4] and not said
    lost, said = read("")
    assert [(a["seq"], a["text"]) for a in lost[1:]] == [(3, "คนไทยได้รับการศึกษาที่มีคุณภาพตามมาตรฐาน"),
                                                         (4, "กำลังคนมีสมรรถนะสูง")]
    assert [i["code"] for i in said] == ["missing_row"]
    # a heading printed with "-" under it (no text to report) is no lost text
    dash, said = read("-\n")
    assert not [i for i in said if i["code"] == "missing_row"]


def test_the_summary_s_counts_that_fit_its_percentages_one_way_only_are_repaired_to_it():
    # 7 projects, 3 completed (42.86 %) and 4 in progress (57.14 %): the total read "๓" (๗ as ๓) and the
    # in-progress count "๕" (๔ as ๕); only 7 of which 3 and 4 fit the printed percentages and add up
    from parsers.obec_progress.summary_repairs import repair_counts_jointly
    from schemas.document import Reading

    def summary() -> dict:
        out = {"n_projects": Reading(3, "แผนปฏิบัติการ พ.ศ. ๒๕๖๗ จำนวน ๓ โครงการ มีความก้าวหน้า", 1, 1)}
        for line, (status, count, pct) in enumerate((("completed", "๓", "๔๒.๘๖"), ("in_progress", "๕", "๕๗.๑๔"),
                                                     ("not_started", "๐", "๐.๐๐")), start=2):
            text = f"จำนวน {count} โครงการ คิดเป็นร้อยละ {pct}"
            out[f"n_{status}"] = Reading(int(count.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))), text,
                                         line, line)
            out[f"pct_{status}"] = Reading(float(pct.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))),
                                           text, line, line)
        return out

    got = summary()
    issues = repair_counts_jointly(got, {"completed": 3, "in_progress": 4, "not_started": 0})
    assert [got[k].value for k in ("n_projects", "n_completed", "n_in_progress", "n_not_started")] == [7, 3, 4, 0]
    assert sorted(i.field for i in issues) == ["report_summaries.n_in_progress", "report_summaries.n_projects"]
    assert all(i.code == "value_repaired" and json.loads(i.evidence)["rule"] == "count" for i in issues)
    # the titles listed are another number: the counts stand as read (check_counts says the mismatch)
    got = summary()
    assert repair_counts_jointly(got, {"completed": 3, "in_progress": 3, "not_started": 0}) == []
    assert got["n_projects"].value == 3
    # a percentage that fits no reading of its group's count leaves no solution: nothing is repaired
    got = summary()
    got["pct_completed"] = Reading(33.33, "จำนวน ๓ โครงการ คิดเป็นร้อยละ ๑๑.๑๑", 2, 2)
    assert repair_counts_jointly(got, {"completed": 3, "in_progress": 4, "not_started": 0}) == []


def test_a_summary_amount_ocr_left_unread_is_planned_less_the_other_when_a_printed_share_bears_it_out():
    from parsers.obec_progress.rows import repair_summary
    from schemas.document import Reading

    def summary(planned: str = "42,350.00", share: str | None = "25.40") -> dict:
        out = {"budget_planned": Reading(Decimal(planned.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
                                                 .replace(",", "")), f"จำนวนเงินงบประมาณตามแผนการใช้จ่าย {planned} บาท", 1, 1),
               "budget_not_disbursed": Reading(Decimal("10756.00"), "จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการ"
                                               f"ใช้จ่าย 10,756.00 บาท คิดเป็นร้อยละ {share}", 3, 3)}
        if share is not None:
            out["pct_not_disbursed"] = Reading(float(share), share, 3, 3)
        return out

    got = summary()  # the disbursed clause not read ("จำนานเงิน...เบิกจ่ายจริง"), its percentage with it
    issues = repair_summary(got, {})
    assert got["budget_disbursed"].value == Decimal("31594.00") and got["disbursed_pct"].value == 74.6
    assert sorted(i.field for i in issues if i.code == "value_repaired") == [
        "report_summaries.budget_disbursed", "report_summaries.disbursed_pct"]
    # no share printed, one that the amount does not give, or a planned amount whose digits could be others:
    # nothing is repaired
    for got in (summary(share=None), summary(share="25.90"), summary(planned="๔๒,๓๕๐.๐๐")):
        repair_summary(got, {})
        assert "budget_disbursed" not in got


def test_of_several_sets_of_summary_counts_that_fit_the_one_the_listing_gives_in_every_group_is_chosen():
    # the total not read; "๒" completed (๒ or ๖) and "๓" in progress (๓, ๗ or ๙), no share printed for them:
    # six sets of counts fit, one of them the titles listed in each group (2, 3 and none: 5 in all)
    from parsers.obec_progress.summary_repairs import repair_counts_jointly
    from schemas.document import Reading

    def summary() -> dict:
        return {"n_completed": Reading(2, "จำนวน ๒ โครงการ", 2, 2), "n_in_progress": Reading(3, "จำนวน ๓ โครงการ", 3, 3),
                "n_not_started": Reading(0, "จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐", 4, 4),
                "pct_not_started": Reading(0.0, "จำนวน ๐ โครงการ คิดเป็นร้อยละ ๐.๐๐", 4, 4)}

    got = summary()
    (issue,) = repair_counts_jointly(got, {"completed": 2, "in_progress": 3, "not_started": 0})
    assert got["n_projects"].value == 5 and issue.field == "report_summaries.n_projects"
    assert json.loads(issue.evidence) == {"rule": "count", "printed": None, "read": None, "chosen": 5}
    # the listing in no set that fits (4 in progress: no reading of "๓"): nothing is chosen
    got = summary()
    assert repair_counts_jointly(got, {"completed": 2, "in_progress": 4, "not_started": 0}) == []
    assert "n_projects" not in got


def test_a_title_s_academic_year_ocr_misread_is_the_one_its_fiscal_year_runs_through_that_its_digits_allow():
    # fiscal year 2567 runs through academic years 2566 and 2567: "๒๕๒๒" (๖ read as ๒) can be 2566 alone
    def names(year: str) -> tuple[list[str], list[dict]]:
        text = report().replace("โครงการทดสอบที่ 1 ของสำนักงาน", f"โครงการทดสอบที่ 1 ของสำนักงาน ปีการศึกษา {year}", 1)
        rows = run(text)
        names = [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])]
        return names, [i for i in rows["issues"] if i["field"] == "projects.name"]

    got, issues = names("๒๕๒๒")
    assert got[0] == "โครงการทดสอบที่ 1 ของสำนักงาน ปีการศึกษา ๒๕๖๖"
    (issue,) = [i for i in issues if i["code"] == "value_repaired"]
    assert json.loads(issue["evidence"]) == {"rule": "fiscal_year", "printed": "๒๕๒๒", "read": "2522", "chosen": "2566"}
    # read right, or a printing both years are readings of ("๒๕๒๒๓": a digit read as two): kept as printed
    for year in ("๒๕๖๖", "๒๕๒๒๓"):
        got, issues = names(year)
        assert got[0].endswith(year) and not [i for i in issues if i["code"] == "value_repaired"]


def test_summary_counts_fit_one_way_only_where_digits_the_ocr_never_writes_may_be_any_other_are_the_listing():
    # 13 projects, 2 completed, 7 in progress (53.85 %), 4 not started: the in-progress count printed "๑" (a ๗ this
    # document's OCR never writes, read as ๑: no misread of the table); with ๗ read as any digit, one set fits, the
    # titles listed
    from parsers.obec_progress.summary_repairs import repair_counts_jointly
    from schemas.document import Reading

    def summary() -> dict:
        out = {"n_projects": Reading(13, "แผนปฏิบัติการ จำนวน ๑๓ โครงการ มีความก้าวหน้า", 1, 1)}
        for line, (status, count, value, pct) in enumerate((("completed", "๒", 2, "๑๕.๓๘"),
                                                            ("in_progress", "๑", 1, "๕๓.๘๕"),
                                                            ("not_started", "๔", 4, "๓๐.๗๗")), start=2):
            text = f"จำนวน {count} โครงการ คิดเป็นร้อยละ {pct}"
            out[f"n_{status}"] = Reading(value, text, line, line)
            out[f"pct_{status}"] = Reading(float(pct.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))),
                                           text, line, line)
        return out

    listed = {"completed": 2, "in_progress": 7, "not_started": 4}
    got = summary()
    assert repair_counts_jointly(got, listed) == [] and got["n_in_progress"].value == 1  # (the table alone: none)
    (issue,) = repair_counts_jointly(got, listed, unread="7")
    assert got["n_in_progress"].value == 7 and issue.field == "report_summaries.n_in_progress"
    # the titles listed otherwise (a title lost): nothing is chosen
    got = summary()
    assert repair_counts_jointly(got, {"completed": 2, "in_progress": 6, "not_started": 4}, unread="7") == []


def test_a_title_whose_number_ocr_garbled_at_the_round_before_s_end_names_the_project_it_opens():
    # set s84a obec_progress_s84a004 (printed once): "๕. โครงการส่งเสริม..." read "| (ว โครงการส่งเสริม...", after
    # a blank line at the end of project 4's last list; the round after it, of quarter 2, follows project 4's round
    # of quarter 3, so a project starts there: it is named by that line, not read as a list item of project 4's
    projects = [project(1, "๒๕๖๗", quarter="๓"), project(2, "๒๕๖๗", quarter="๒")]
    text = report(projects=projects).replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n",
                                             "\n| (ว โครงการทดสอบที่ 2 ของสำนักงาน\n")
    assert text != report(projects=projects)
    rows = run(text)
    assert [(p["group_seq"], p["name"]) for p in rows["projects"]] == [
        (1, "โครงการทดสอบที่ 1 ของสำนักงาน"), (2, "โครงการทดสอบที่ 2 ของสำนักงาน")]
    assert all("โครงการทดสอบ" not in f["text"] for f in rows["findings"])
    (said,) = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["field"] == "projects.group_seq"]
    assert "'| (ว'" in said["message"]
    # a line with words of its own before the title word is no title (an item that names a project)
    text = report(projects=projects).replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n",
                                             "\nจัดทำรายงาน โครงการทดสอบที่ 2 ของสำนักงาน\n")
    assert [p["group_seq"] for p in run(text)["projects"]] == [1]


def _round_with_wrapped_word(q: str, wrapped: bool) -> str:
    """A round of a project whose last suggestion the page width wrapped
    before its last word, OCR reading the margin as a speck (") โครงการ")."""
    return f"""ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ {q} ปีงบประมาณ ๒๕๖๗
เป้าหมายเชิงผลผลิต (Output)
ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา
ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ {q} ปีงบประมาณ ๒๕๖๗
กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ
ได้ดำเนินการแล้ว ณ ห้องประชุม
การเบิกจ่ายงบประมาณประจำไตรมาสที่ {q} ปีงบประมาณ ๒๕๖๗
จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๒,๕๐๐ บาท
จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๒,๕๐๐ บาท
สรุปปัญหาและข้อเสนอแนะของโครงการประจำไตรมาสที่ {q} ปีงบประมาณ ๒๕๖๗
ข้อเสนอแนะ
๑ ควรมีการวางแผนในการดำเนินกิจกรรมในไตรมาสให้ชัดเจน
๒ ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรม{'ตาม' + chr(10) + ') โครงการ' if wrapped else ''}

"""


def test_the_title_word_alone_that_ends_a_wrapped_item_opens_no_project():
    # set s85b obec_progress_s85b001: the last suggestion of a project's round wrapped before "โครงการ", read
    # ") โครงการ", a title whose number is a speck; the summary counts one project fewer and the round after
    # it goes on in quarter order: it is the project's own next round, not a project with no name
    first = "๑. โครงการทดสอบที่ ๑ ของสำนักงาน\n" + _round_with_wrapped_word("๑", True) \
        + _round_with_wrapped_word("๒", False)
    rows = run(report(projects=[first, project(2, "๒๕๖๗")]))
    assert [p["group_seq"] for p in rows["projects"]] == [1, 2]
    key = rows["projects"][0]["project_key"]
    assert sorted(b["quarter"] for b in rows["quarterly_budgets"] if b["project_key"] == key) == [1, 2]
    finding = [f for f in rows["findings"] if f["project_key"] == key and f["quarter"] == 1][-1]
    assert finding["text"].replace(" ", "").endswith("ตามโครงการ")
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and "title word alone" in i["message"]]
    assert {i["field"] for i in said} >= {"targets", "findings", "quarterly_budgets"}
    assert all(i["project_key"] == key for i in said)
    assert not [i for i in rows["issues"] if i["code"] == "count_mismatch"]


def test_a_title_whose_number_ocr_read_as_a_latin_letter_opens_a_row_of_its_own_under_specks_read_as_cells():
    # set s85a obec_progress_s85a004: "a โครงการ..." for ๒. (its mark lost) under a suggestion whose line OCR read
    # with specks in cells ("๑ 0๐ เณฆฒ<tab>= wm<tab>..."), and a line of specks in cells under its title: the table
    # fold took the title as that row's wrapped text, and project 2 was read as project 1's
    first = project(1, "๒๕๖๗") + "ข้อเสนอแนะ\n๑ 0๐ เณฆฒ\t= wm\tVo ป Yt ๑ om\nจัดทำคู่มือการปฏิบัติงานให้กับเจ้าหน้าที่\n\n"
    second = project(2, "๒๕๖๗").replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n",
                                          "a โครงการส่งเสริมการอ่านของนักเรียน\n1\tส, ฆ\nสู่ความเป็นเลิศ\n", 1)
    rows = run(report(projects=[first, second]))
    assert [p["group_seq"] for p in rows["projects"]] == [1, 2]
    assert sorted(p["name"] for p in rows["projects"])[1].startswith("โครงการส่งเสริมการอ่าน")
