"""A BMA progress table whose header cells OCR lost nearly all (fresh set s83a, bma_progress_s83a007: the
entries laid out as line groups, "รายงานครั้งที่N :: date : description ... :: ความก้าวหน้าของงานฯ = ...
(ครั้งที่ N) = ...", the header column read as specks): each budget clause that names its report opens it
(assemble._finish, entry_header_missing), and how far past the entries read a named report may stand counts
the entries the clauses before it opened, in page order.  Before, the reach was counted from the headers read
alone (report 1): the clauses of reports 5 and 6 stood past it and their figures were left orphaned, the
project read as not completed.  A clause whose number is out of any reach ("(ครั้งที่ 22" for 2, its bracket
read as a digit) standing alone between the clauses of reports k - 1 and k + 1, no report k read, is report
k's (assemble._pinned_between, value_repaired rule report_sequence); two in one gap are left, said."""

import json

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

# the OCR text of the table (trimmed), as tesseract read it: "(ครั้งที่ 2)" read "22", "(ครั้งที่ 4)" read "49"
TABLE = """\
รายงาน :: 22/4/|2565 : จัดเตรียม
ครังที่| ข้อมูล/จัดทําโครงการ
:: ความก้าวหน้าของงานฯ :            : เป็นไปตาม
= 40.5% : งบประมาณที เป็นไปตาม เป้าหมาย
เบิกใช้ (ครังที 1) = 0       แผน
บาท.-
:: 18 W.A. 65 : จัดทํา
คําสังคณะกรรมการ
:: ความก้าวหน้าของงานฯ
= 68.5% : งบประมาณที่     เป็นไปตาม
เบิกใช้ (ครั้งที่ 22 = 0        แผน
บาท.-
:: 13 มิ.ย. 2565 :
เวียนแจ้งประชาสัมพันธ์
:: ความก้าวหน้าของงานฯ     :
= 73.0% งบประมาณทีเบิก เป็นไปตาม
ใช้ (ครั้งที 3) = 0 บาท.-      แผน
:: 31/7/2565 : ประชุม
ผู้บริหารสถานศึกษาเพื่อ
:: ความก้าวหน้าของงานฯ
= 76.0% งบประมาณที่เบิก เป็นไปตาม
ใช้ (ครั้งที่ 49 = 29,550      แผน
บาท.-
:: 5 สิงหาคม 65:
เวียนแจ้งประชาสัมพันธ์
:: ความก้าวหน้าของงานฯ     :
= 84.0% งบประมาณทีเบิก เป็นไปตาม
ใช้ (ครั้งที 5) = 0 บาท.-      แผน
:: 20/9/65 : ดําเนินการ
จัดกิจกรรมครบทุกกิจกรรม
:: ความก้าวหน้าของงานฯ     :
= 100.0% : งบประมาณที่ เป็นไปตาม
เบิกใช้ (ครั้งที่ 6) =          แผน
13,920 บาท,.-
เป็นไปตาม
เป้าหมาย
"""


def _entries():
    lines = [Line(n, t) for n, t in enumerate(TABLE.split("\n"), start=321) if t.strip()]
    return parse_entries(lines)


def test_clauses_open_their_reports_one_after_another_past_the_headers_read():
    result = _entries()
    assert {1, 3, 5, 6} <= set(result.entries)
    opened = {i.message.split()[1] for i in result.issues if i.code == "entry_header_missing"}
    assert {"5", "6"} <= opened


def test_a_clause_out_of_reach_between_the_clauses_of_k_minus_1_and_k_plus_1_is_report_k():
    # "(ครั้งที่ 22" and "(ครั้งที่ 49": 2 and 4, the bracket read as a digit; the order alone places them
    result = _entries()
    assert sorted(result.entries) == [1, 2, 3, 4, 5, 6]
    chosen = sorted((json.loads(i.evidence)["read"], json.loads(i.evidence)["chosen"]) for i in result.issues
                    if i.code == "value_repaired" and json.loads(i.evidence)["rule"] == "report_sequence")
    assert chosen == [(22, 2), (49, 4)]
    assert result.entries[2].figures.get("progress") is not None and result.entries[4].figures.get("progress") is not None


def test_two_clauses_in_one_gap_are_not_placed():
    # a second clause out of reach beside "(ครั้งที่ 22": which of the two is report 2's is a guess
    doubled = TABLE.replace("เบิกใช้ (ครั้งที่ 22 = 0        แผน",
                            "เบิกใช้ (ครั้งที่ 22 = 0        แผน\n= 1.5% งบประมาณที่เบิกใช้ (ครั้งที่ 77) = 0 บาท.-")
    lines = [Line(n, t) for n, t in enumerate(doubled.split("\n"), start=321) if t.strip()]
    result = parse_entries(lines)
    assert 2 not in result.entries and 77 not in result.entries
    assert any(i.code == "orphan_figures" and "report 22" in i.message for i in result.issues)


def test_date_cells_read_before_any_header_go_to_the_entry_whose_clause_follows_them():
    # assemble._early_placed: an entry's cells run date, description, figures
    result = _entries()
    dates = {seq: str(e.date) for seq, e in result.entries.items()}
    assert dates[3] == "2022-06-13" and dates[4] == "2022-07-31" and dates[5] == "2022-08-05" \
        and dates[6] == "2022-09-20"
    assert result.entries[2].description.startswith("จัดทำ")  # its date damaged ("18 W.A. 65"), its text its own
    assert result.entries[1].date is None and not result.entries[1].description  # its cell read as no date: none


def test_a_date_cell_before_a_dated_entry_is_not_given_to_it():
    text = ("๕ มี.ค. ๒๕๖๕ : ประชุมคณะทำงาน\n"
            "รายงานครั้งที่ 1 :: 10/3/2565 : จัดทำโครงการ\n"
            "ความก้าวหน้าของงานฯ = 5% งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท.-\n"
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    result = parse_entries([Line(n, t) for n, t in enumerate(text.split("\n"), start=10)])
    assert list(result.entries) == [1]
    assert str(result.entries[1].date) == "2022-03-10" and result.entries[1].description == "จัดทำโครงการ"
