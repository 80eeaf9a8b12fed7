"""Figures an OCR engine could not have read: the shared inference
(parsers.digits) and the forms-agnostic flag on the built rows
(pipeline.doubtful)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from parsers.digits import doubtful_digits, unread_digits
from pipeline.doubtful import flag_values, zero_led_shares
from pipeline.stages import process_document
from schemas.document import Issue, Line
from tests.conftest import sample_text

NEVER_READ = " ๑๒๓๕๐" * 40  # 200 Thai digits and never a ๔ ๖ ๗ ๘ ๙, as tesseract's Thai model writes them


def lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, 1)]


def test_a_document_whose_thai_digits_lack_several_says_its_ocr_never_reads_them():
    assert unread_digits(lines("รายงาน" + NEVER_READ)) == "46789"
    assert doubtful_digits("46789") == "๐๒๓๕"  # what ๔ ๖ ๗ ๘ ๙ are read as
    # every digit shown: nothing is unread; too few Thai digits: nothing can be told
    assert unread_digits(lines("รายงาน" + NEVER_READ, "๔๖๗๘๙")) == ""
    assert unread_digits(lines("รายงาน" + " ๑๒๓๕๐" * 3)) == ""
    # fewer Thai digits tell as much when half the ten are lacking, not when four are
    assert unread_digits(lines("รายงาน" + " ๑๒๓๕๐" * 17)) == "46789"
    assert unread_digits(lines("รายงาน" + " ๑๒๓๕๐" * 17 + " ๔")) == ""
    # a text printed in Arabic digits tells nothing either
    assert unread_digits(lines("รายงาน" + " 12350" * 40)) == ""


def test_a_mixed_document_of_few_thai_digits_lacking_every_one_ocr_cannot_write_says_so():
    # 25 Thai digits, ๐ ๑ ๒ ๓ ๕ only (a document that prints most figures in Arabic digits): the five the
    # OCR model cannot write all lacking tells (parsers.digits.UNWRITTEN_DIGITS); 15 tell nothing
    assert unread_digits(lines("รายงาน 2568" + " ๑๒๓๕๐" * 5)) == "46789"
    assert unread_digits(lines("รายงาน 2568" + " ๑๒๓๕๐" * 3)) == ""
    assert unread_digits(lines("รายงาน 2568" + " ๑๒๓๕๐" * 4 + " ๑๒๓๕๔")) == ""


def test_every_clean_sample_shows_the_digits_it_prints():
    for name in ("000_54d7a76ee7e0d007.txt", "001_fdefb2afb18072a2.txt", "003_c0975e1d5f59aaa1.txt"):
        assert unread_digits(lines(*sample_text(name).splitlines())) == ""


def bma_progress(extra: str) -> str:
    """Sample 003's first copy, report 5's disbursement printed in Thai digits."""
    text = sample_text("003_c0975e1d5f59aaa1.txt")
    text = text[: text.index("**1. ชื่อโครงการ", 100)]
    text = "\n".join(ln for ln in text.splitlines() if "๒.๔" not in ln)  # its only ๔
    text = text.replace("(ครั้งที่ 5) = 21,200 บาท", "(ครั้งที่ 5) = ๒๑,๒๐๐ บาท")
    return text.replace("บรรลุเป้าหมายเชิงคุณภาพ", "บรรลุเป้าหมายเชิงคุณภาพ" + extra, 1)


def doubtful(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "ocr_digits_doubtful"]


def test_a_thai_digit_amount_in_a_document_that_never_reads_some_digits_is_flagged():
    rows = process_document("003.txt", bma_progress(NEVER_READ).encode("utf-8"))
    report = next(r for r in rows["progress_reports"] if r["seq"] == 5)
    assert report["disbursed"] == Decimal("21200.00")  # kept as read
    flagged = {i["field"]: i for i in doubtful(rows)}
    issue = flagged["progress_reports.disbursed"]
    assert json.loads(issue["evidence"]) == {"text": "๒๑,๒๐๐", "unread": "๔๖๗๘๙"}
    assert report["line_start"] <= issue["line_start"] <= issue["line_end"] <= report["line_end"]
    assert issue["project_key"] == report["project_key"]
    # a count inside a text is a figure too ("จำนวน ๑๐๐ คน"); the progress, printed in Arabic digits, is not
    assert json.loads(flagged["targets.text"]["evidence"])["text"] == "๑๐๐"
    assert set(flagged) == {"progress_reports.disbursed", "targets.text"}


def test_the_same_amount_in_a_document_that_shows_every_digit_is_not_flagged():
    rows = process_document("003.txt", bma_progress(NEVER_READ + " ๔๖๗๘๙").encode("utf-8"))
    assert next(r for r in rows["progress_reports"] if r["seq"] == 5)["disbursed"] == Decimal("21200.00")
    assert not doubtful(rows)


def test_a_value_printed_in_arabic_digits_or_settled_by_a_repair_is_not_flagged():
    row = {"line_start": 2, "line_end": 3, "project_key": "p", "disbursed": Decimal("21200.00"), "seq": 5}
    text = lines("รายงาน" + NEVER_READ, "รายงานครั้งที่ ๕", "งบประมาณที่เบิกใช้ = ๒๑,๒๐๐ บาท")
    unread = unread_digits(text)
    assert [i.field for i in flag_values(unread, {"progress_reports": [row]}, text, [])] == ["progress_reports.disbursed"]
    repaired = Issue("warning", "value_repaired", "repaired", None, 3, 3, field="progress_reports.disbursed")
    assert flag_values(unread, {"progress_reports": [row]}, text, [repaired]) == []
    # an issue on another field, or on other lines, settles nothing
    elsewhere = Issue("warning", "value_repaired", "repaired", None, 9, 9, field="progress_reports.disbursed")
    assert len(flag_values(unread, {"progress_reports": [row]}, text, [elsewhere])) == 1
    arabic = lines("รายงาน" + NEVER_READ, "รายงานครั้งที่ ๕", "งบประมาณที่เบิกใช้ = 21,200 บาท")
    assert flag_values(unread, {"progress_reports": [row]}, arabic, []) == []


def test_a_figure_no_other_reading_of_could_be_is_not_in_doubt():
    text = lines("รายงาน" + NEVER_READ, "ความก้าวหน้าของงานฯ = ๑๐๐.๐ %  ความก้าวหน้าของงานฯ = ๕๕.๐ %",
                 "เริ่มต้นโครงการ : ๓๐ กันยายน ๒๕63", "สิ้นสุดโครงการ : ๑๐ กันยายน ๒๕๒๕")
    unread = unread_digits(text)

    def flagged(column: str, value) -> bool:
        row = {"line_start": 2, "line_end": 4, "project_key": "p", column: value}
        return bool(flag_values(unread, {"progress_reports": [row]}, text, []))

    # 100 % read from ๑๐๐.๐: a ๔ or ๖ for a ๐ gives more than 100; 55 % may have been 45, 85, 95 ...
    assert not flagged("progress_pct", 100.0) and flagged("progress_pct", 55.0)
    # the 30th: a ๗ or ๙ for the ๓ or a ๔ or ๖ for the ๐ is no day, and ๒๕63's other readings
    # no year the archive is about; the 10th of 2525 may have been the 14th, or of 2565
    assert not flagged("report_date", date(2020, 9, 30)) and flagged("report_date", date(1982, 9, 10))


def test_a_figure_inside_text_is_in_doubt_as_its_kind_allows():
    text = lines("รายงาน" + NEVER_READ, "ตัวชี้วัด")
    unread = unread_digits(text)

    def flagged(words: str) -> list[str]:
        row = {"line_start": 2, "line_end": 2, "project_key": "p", "text": words}
        return [json.loads(i.evidence)["text"] for i in flag_values(unread, {"targets": [row]}, text, [])]

    assert flagged("ผู้เข้าร่วม ร้อยละ ๕๐") == ["๕๐"]  # 40, 60, 80 ... per cent may have been printed
    assert flagged("ผู้เข้าร่วม ร้อยละ ๑๐๐") == []  # no share over 100
    assert flagged("ภายในวันที่ ๓๐ กันยายน") == []  # no 70th, 34th or 36th
    assert flagged("ภายในวันที่ ๒๐ กันยายน") == ["๒๐"]  # the 24th, the 26th
    assert flagged("ปีการศึกษา ๒๕๒๐๕") == ["๒๕๒๐๕"]  # no year as read: visibly damaged
    assert flagged("เขต ๕ ฉบับที่ ๒") == []  # names, not figures


def test_a_figure_whose_digits_mix_the_scripts_is_in_doubt_for_its_thai_ones():
    # a document that mixes scripts mixes them inside a number ("จำนวน 9๘ คน" read "9๕"): the
    # figure was not seen at all, and 9๕ for 98 was silent
    text = lines("รายงาน" + NEVER_READ, "ตัวชี้วัด")
    unread = unread_digits(text)

    def flagged(words: str) -> list[str]:
        row = {"line_start": 2, "line_end": 2, "project_key": "p", "text": words}
        return [json.loads(i.evidence)["text"] for i in flag_values(unread, {"activities": [row]}, text, [])]

    assert flagged("มีผู้เข้าร่วมกิจกรรม จำนวน 9๕ คน") == ["9๕"]
    assert flagged("ผู้เข้าร่วม ร้อยละ 1๐๐") == []  # no share over 100: its Thai digits could be no others
    assert flagged("มีผู้เข้าร่วมกิจกรรม จำนวน 98 คน") == []  # Arabic digits alone: the reading stands
    assert flagged("ภายในวันที่ 1๕ กันยายน") == ["1๕"]  # the 14th, the 18th, the 19th


def test_a_mixed_figure_of_an_obec_activity_is_flagged_as_thai_digits_printed():
    from parsers.obec_progress.digits import flag_doubtful

    row = {"line_start": 2, "line_end": 2, "project_key": "p", "text": "ประชุม", "progress": "จำนวน 9๕ คน"}
    (issue,) = flag_doubtful("46789", {"activities": [row]}, [], [])
    assert issue.field == "activities.progress" and "'9๕' in Thai digits" in issue.message


def test_a_date_printing_the_figure_in_arabic_digits_does_not_settle_a_thai_digit_share():
    # the row's report date "2020-12-21" holds a 12 in Arabic digits: a part of a date, no printing of the
    # share 12 %, which the page printed ๑๒.๐ (a ๖ OCR may have read as ๒); before, the 12 settled it
    row = {"line_start": 2, "line_end": 3, "project_key": "p", "progress_pct": 12.0, "seq": 3}
    for header in ("รายงานครั้งที่ ๓ 2020-12-21 : อยู่ระหว่างการดำเนินการ", "รายงานครั้งที่ ๓ 21/12/2563 :"):
        text = lines("รายงาน" + NEVER_READ, header, "ความก้าวหน้าของงานฯ = ๑๒.๐% งบประมาณที่เบิกใช้ = ๐ บาท")
        found = flag_values(unread_digits(text), {"progress_reports": [row]}, text, [])
        assert [(i.field, i.line_start) for i in found] == [("progress_reports.progress_pct", 3)], header
    # a 12 printed as a figure of its own in Arabic digits still settles it
    text = lines("รายงาน" + NEVER_READ, "รายงานครั้งที่ ๓ 2020-12-21 :", "ความก้าวหน้าของงานฯ = 12.0%")
    assert flag_values(unread_digits(text), {"progress_reports": [row]}, text, []) == []


def test_a_one_digit_share_printed_bare_after_its_equals_sign_is_in_doubt_on_a_row_of_many_lines():
    # s44o's bma_progress_s44o002 OCR'd: "ความก้าวหน้าของงานฯ = ๒ :" for 6 %, the share printed without decimals; a
    # digit alone is looked for on a row of one line only, so the row's four lines left it unsaid
    row = {"line_start": 2, "line_end": 4, "project_key": "p", "progress_pct": 2.0, "seq": 1}
    text = lines("รายงาน" + NEVER_READ, "รายงานครั้งที่ ๑ :: ๕๒/๒๕๒๕ : อยู่ระหว่างขั้นตอน",
                 ":: ความก้าวหน้าของงานฯ = ๒ : งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐ บาท", ": เป็นไปตามแผน")
    found = flag_values(unread_digits(text), {"progress_reports": [row]}, text, [])
    assert [(i.field, i.line_start) for i in found] == [("progress_reports.progress_pct", 3)]
    # printed so in Arabic digits: it stands
    text = lines("รายงาน" + NEVER_READ, "รายงานครั้งที่ ๑ :", ":: ความก้าวหน้าของงานฯ = 2 : งบประมาณที่เบิกใช้ = ๐ บาท")
    assert flag_values(unread_digits(text), {"progress_reports": [row]}, text, []) == []


def test_a_date_whose_year_wrapped_to_the_next_line_is_found_and_in_doubt_for_its_thai_day():
    # s44o's bma_progress_s44o009 OCR'd: a report's date cell "๕ กุมภาพันธ์" / "2568" (the day ๔ read as ๕), the
    # year wrapped under the month's name: a date's pattern stopped at the line's end, found nothing, said nothing
    row = {"line_start": 2, "line_end": 4, "project_key": "p", "report_date": date(2025, 2, 5), "seq": 4}
    text = lines("รายงาน" + NEVER_READ, "วันที่รายงาน            ๑/๑/2568           ๕ กุมภาพันธ์", "2568",
                 "รายละเอียดการดำเนินงาน  จัดทำโครงการ")
    found = flag_values(unread_digits(text), {"progress_reports": [row]}, text, [])
    assert [(i.field, i.line_start) for i in found] == [("progress_reports.report_date", 2)]


def test_a_share_printed_with_a_zero_before_its_digits_is_implausible_wherever_its_row_stands():
    # s39z's bma_progress_s39z007 OCR'd: "ความก้าวหน้าของงานฯ = 05.00 %" for 15 %, the 1 read as 0, in Arabic digits:
    # no Thai digit to doubt, the reports' order holding (1.5, 5, 15), and nothing said
    row = {"line_start": 1, "line_end": 3, "project_key": "p", "progress_pct": 5.0, "seq": 2}
    text = lines("รายงานครั้งที่ 2 :: 30/11/2567 :", "อยู่ระหว่างขั้นตอน...แต่งตั้งคณะกรรมการฯ",
                 "ความก้าวหน้าของงานฯ = 05.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท")
    (flag,) = zero_led_shares({"progress_reports": [row]}, text, [])
    assert (flag.code, flag.field, flag.line_start) == ("implausible_value", "progress_reports.progress_pct", 3)
    assert json.loads(flag.evidence) == {"text": "05.00"}
    # printed as forms print it, or named there already: nothing
    plain = lines(*[t.replace("05.00", "5.00") for t in (ln.text for ln in text)])
    assert zero_led_shares({"progress_reports": [row]}, plain, []) == []
    said = Issue("warning", "progress_decreased", "x", None, 3, 3, field="progress_reports.progress_pct")
    assert zero_led_shares({"progress_reports": [row]}, text, [said]) == []
    # a date's zero-led day is no share
    dated = lines("รายงานครั้งที่ 2 :: 05/11/2567 :", "x", "ความก้าวหน้าของงานฯ = 5.00 %")
    assert zero_led_shares({"progress_reports": [row]}, dated, []) == []
