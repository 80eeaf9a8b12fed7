"""A BMA progress table whose header cells OCR lost nearly all (fresh set s83a, bma_progress_s83a007: the
entries laid out as line groups, "รายงานครั้งที่N :: date : description ... :: ความก้าวหน้าของงานฯ = ...
(ครั้งที่ N) = ...", the header column read as specks): each budget clause that names its report opens it
(assemble._finish, entry_header_missing), and how far past the entries read a named report may stand counts
the entries the clauses before it opened, in page order.  Before, the reach was counted from the headers read
alone (report 1): the clauses of reports 5 and 6 stood past it and their figures were left orphaned, the
project read as not completed."""

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
    assert sorted(result.entries) == [1, 3, 5, 6]
    opened = {i.message.split()[1] for i in result.issues if i.code == "entry_header_missing"}
    assert {"5", "6"} <= opened


def test_a_clause_naming_a_report_far_past_the_chain_stays_orphaned():
    # "(ครั้งที่ 49" (4 and its bracket misread) opens no report 49: it is said, not read
    result = _entries()
    assert 49 not in result.entries and 22 not in result.entries
    said = [i.message for i in result.issues if i.code == "orphan_figures"]
    assert any("report 49" in m for m in said) and any("report 22" in m for m in said)
