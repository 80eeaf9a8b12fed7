"""A proposal's years whose digits tesseract's Thai model cannot write (๔ ๖ ๗ ๘ ๙), read by the fiscal year."""

from __future__ import annotations

from datetime import date

from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import (could_be, fiscal_year_settled, repair_fiscal_year, repair_kpi_period,
                                        repair_period)
from schemas.document import Issue, Reading


def test_a_year_could_be_another_where_it_differs_only_in_digits_the_model_cannot_write():
    assert could_be("๒๕๑๐", 2570) and could_be("๒5๑๐", 2570)  # ๗ read as ๑ (a misread the table lacks)
    assert could_be("๒๕๒", 2567) and could_be("๒๕๐", 2570)  # one of them dropped
    assert could_be("๒๕", 69)  # a two-digit year
    # a digit the model writes (๐ ๑ ๒ ๓ ๕) is read as itself or a misread the table knows, never as any
    assert not could_be("๒๕๕๕", 2570) and not could_be("๑๕๒๕", 2568)
    assert not could_be("๒๕", 2567)  # two digits lost
    assert not could_be("๒๕๓๐๓", 2570)  # more characters than the year's digits can be read as
    assert not could_be("๓๓", 68)  # what the model was never seen to write for ๖ or ๘
    # digits that read as a year of the archive stand as read (a check says where they do not fit)
    assert not could_be("2556", 2566) and not could_be("2569", 2568)


def kpi(text: str) -> dict[str, Reading]:
    return {"period": Reading(text, text, 7, 8)}


def test_a_kpi_period_year_is_the_settled_fiscal_year_its_digits_could_be():
    rec = kpi("ปีงบประมาณ ๒๕๑๐")
    [issue] = repair_kpi_period(rec, 2570, settled=True)
    assert issue.code == "value_repaired" and issue.field == "targets.period" and issue.line_start == 7
    assert rec["period"].value == "ปีงบประมาณ ๒๕๗๐"
    # a fiscal year some check doubted repairs nothing the table's misreads do not give: kept, and said
    rec = kpi("ปีงบประมาณ ๒๕๑๐")
    [issue] = repair_kpi_period(rec, 2570)
    assert issue.code == "implausible_value" and rec["period"].value == "ปีงบประมาณ ๒๕๑๐"


def test_a_kpi_period_year_no_reading_makes_the_fiscal_year_is_said():
    rec = kpi("ภายในปีงบประมาณ ๒๕๕๕")
    [issue] = repair_kpi_period(rec, 2570, settled=True)
    assert issue.code == "implausible_value" and issue.field == "targets.period"
    assert rec["period"].value == "ภายในปีงบประมาณ ๒๕๕๕"
    # a year of the archive, not the fiscal year, that no reading of its digits makes it (its last digit an Arabic 5:
    # english_six_year reads the tens alone so): it was silent
    rec = kpi("ปีงบประมาณ 2565")
    [issue] = repair_kpi_period(rec, 2566, settled=True)
    assert issue.code == "implausible_value" and rec["period"].value == "ปีงบประมาณ 2565"
    assert repair_kpi_period(kpi("ภายในปีงบประมาณ ๒๕๗๐"), 2570, settled=True) == []


def test_a_kpi_period_whose_year_ocr_lost_is_given_the_settled_fiscal_year():
    rec = kpi("ภายในปีงบประมาณ")
    [issue] = repair_kpi_period(rec, 2569, settled=True, like="๒๕๖๙")
    assert issue.code == "value_repaired" and rec["period"].value == "ภายในปีงบประมาณ ๒๕๖๙"
    rec = kpi("ภายในปีงบประมาณ")
    [issue] = repair_kpi_period(rec, 2569, settled=False, like="2569")
    assert issue.code == "missing_value" and rec["period"].value == "ภายในปีงบประมาณ"


def test_a_period_year_is_the_one_its_month_has_in_a_settled_fiscal_year_when_its_digits_could_be():
    def project():
        text = "ดำเนินการในเดือนตุลาคม ๒๕๒๐ – กันยายน ๒๕๖๘"
        return {"fiscal_year_be": Reading(2568, "๒๕๖๘", 1, 1), "period_raw": Reading(text, text, 9, 9),
                "start_date": Reading(date(1977, 10, 1), text, 9, 9)}
    p = project()
    [issue] = repair_period(p, period, settled=True)
    assert issue.field == "projects.start_date" and issue.code == "value_repaired"
    assert p["start_date"].value == date(2024, 10, 1) and p["end_date"].value == date(2025, 9, 30)
    p = project()
    assert repair_period(p, period) == [] and p["start_date"].value == date(1977, 10, 1)
    # a year glued to a letter OCR read past its digits ("๒๕๐ฉ่"): no wider reading
    text = "พฤศจิกายน ๒๕๐ฉ่ – กรกฎาคม ๒๕๖๙"
    p = {"fiscal_year_be": Reading(2569, "๒๕๖๙", 1, 1), "period_raw": Reading(text, text, 9, 9)}
    assert repair_period(p, period, settled=True) == []


def test_a_two_digit_year_whose_six_ocr_split_in_two_is_the_one_its_month_has_in_a_settled_fiscal_year():
    def project(text):
        return {"fiscal_year_be": Reading(2566, "๒๕๖๖", 1, 1), "period_raw": Reading(text, text, 9, 9)}
    p = project("ระหว่าง ม.ค. ๖๖ ถึง ก.ย. ๒๒๐")  # ๖๖: one ๖ read as ๒, the other split in two (๒๐)
    [issue] = repair_period(p, period, settled=True)
    assert issue.field == "projects.end_date" and issue.code == "value_repaired"
    assert p["end_date"].value == date(2023, 9, 30) and p["period_text"].value == "ระหว่าง ม.ค. ๖๖ ถึง ก.ย. ๖๖"
    assert repair_period(project("ระหว่าง ม.ค. ๖๖ ถึง ก.ย. ๒๒๐"), period) == []  # the fiscal year not settled
    # three digits with no "๒๐" among them, or a split no reading makes the year: no repair
    assert repair_period(project("ระหว่าง ม.ค. ๖๖ ถึง ก.ย. ๒๒๒"), period, settled=True) == []
    assert repair_period(project("ระหว่าง ม.ค. ๖๖ ถึง ก.ย. ๓๒๐"), period, settled=True) == []
    # a full month's year of three digits is a four-digit year with one lost, read as such ("๒๕๒" for ๒๕๖๖)
    p = project("ดำเนินการในเดือนมกราคม 2566 – พฤษภาคม ๒๕๒")
    [issue] = repair_period(p, period, settled=True)
    assert issue.field == "projects.end_date" and p["end_date"].value == date(2023, 5, 31)


def test_a_fiscal_year_is_settled_when_no_issue_but_a_repair_names_it():
    project = {"fiscal_year_be": Reading(2568, "๒๕๖๘", 1, 1)}
    repaired = Issue("warning", "value_repaired", "m", "", 1, 1, field="projects.fiscal_year_be")
    variant = Issue("warning", "ocr_variant", "m", "", 1, 1, field="projects.fiscal_year_be")
    other = Issue("warning", "ocr_variant", "m", "", 1, 1, field="projects.name")
    assert fiscal_year_settled(project, [repaired, other])
    assert not fiscal_year_settled(project, [variant])
    assert not fiscal_year_settled({"fiscal_year_be": Reading(2510, "๒๕๑๐", 1, 1)}, [])
    assert not fiscal_year_settled({}, [])


def test_a_title_year_the_mentions_outvote_is_repaired_where_its_digits_could_be_theirs():
    def project(token):
        return {"fiscal_year_text": Reading(f"พ.ศ. {token}", f"พ.ศ. {token}", 3, 3),
                "fiscal_year_be": Reading(int(token.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))),
                                          token, 3, 3)}
    p = project("๒๕๐๐")  # ๒๕๗๐, its ๗ read as ๐ (a misread the table lacks)
    [issue] = repair_fiscal_year(p, ["2570", "2๕70"])
    assert issue.code == "value_repaired" and p["fiscal_year_be"].value == 2570
    p = project("๒๕๑๑")  # its last digit one the model writes, and not the mentions' 0: kept, and said
    issues = repair_fiscal_year(p, ["2570", "2๕70"])
    assert {i.code for i in issues} == {"implausible_value"} and p["fiscal_year_be"].value == 2511


def test_a_period_dash_ocr_read_twice_is_the_form_s_one_en_dash():
    assert period("ต.ค. 68 -- ส.ค. 69")[0] == "ต.ค. 68 – ส.ค. 69"
    assert period("ต.ค. 68 – - ส.ค. 69")[0] == "ต.ค. 68 – ส.ค. 69"
    assert period("1 พฤศจิกายน 2568 - 31 กรกฎาคม 2569")[0] == "1 พฤศจิกายน 2568 – 31 กรกฎาคม 2569"
