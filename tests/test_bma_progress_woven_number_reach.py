"""A side-by-side table (sidebyside.unweave) whose header cell wrapped,
"รายงาน" / "ครั้งที่" / N, where OCR lost the line of its number: the first
number opening a line farther down the cell's column was taken as it, a
day of the description's own date ("๑๕ กรกฎาคม ๒๕๐๕": report 15) or an
expense's quantity ("๑๕๑ คน": report 151), and the reports after it were
numbered on from there.  The number stands on the next printed line (a
blank line OCR made between at most: sidebyside.NUMBER_REACH); past that
the header keeps none and is numbered by its place, and said.  Likewise
the date's day on the line under a header left without a number is the
day, not the header's number, when the rest is a day, a month's
abbreviation and a year OCR read as letters ("๑๕ A.A. besa:")."""

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def _table(first_date: str, below: str):
    return parse_entries(numbered_lines(
        "รายงาน ๑๒ ม.ค. ๒๕๖๓ :          ความก้าวหน้าของ      เป็นไปตามแผน",
        "ครั้งที่ ๑ ได้รับการอนุมัติโครงการ งานฯ = ๕.๐๐ %      : เป็นไปตาม",
        "และโอนเงินกิจกรรม    งบประมาณที่เบิก    เป้าหมาย",
        "ให้เครือข่าย          ใช้ (ครั้งที่ ๑) = ๐ บาท",
        f"รายงาน {first_date}          ความก้าวหน้าของ      เป็นไปตามแผน",
        "ครั้งที่ ได้ดำเนินกิจกรรมสัปดาห์ห้องสมุด       งานฯ = ๑๒.๐๐ % : เป็นไปตาม",
        "",
        "ร และการประกวดยอดนักอ่าน       งบประมาณที่เบิก    เป้าหมาย",
        "นักอ่าน ไปแล้วเมื่อวันที่         ใช้ (ครั้งที่ ©) = ๐ บาท",
        below,
        "ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร",
        "รายงาน ๒๓ ส.ค. ๒๕๖๓ :          ความก้าวหน้าของ      เป็นไปตามแผน",
        "ครั้งที่ ยังไม่ได้ดำเนินกิจกรรม       งานฯ = ๕๕.๐๐ % : เป็นไปตาม",
        "ตามแผน             งบประมาณที่เบิกใช้    เป้าหมาย",
        "                     (ครั้งที่ ๓) = ๐ บาท", start=120))
# (report 2's budget clause names no number OCR could read, report 3's header lost its number too)


def test_a_number_opening_a_line_far_below_a_wrapped_header_is_not_its_number():
    for below in ("๑๕ กรกฎาคม ๒๕๐๕", "๑๕๑ คน x ๓๐ บาท = ๔๕๓๐ บาท"):
        result = _table("๒๐ ก.พ. ๒๕๖๓ :", below)
        assert sorted(result.entries) == [1, 2, 3], below
        assert result.entries[2].date is not None and result.entries[2].date.month == 2, below
        assert [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"
                and i.line_start == 124], below


def test_the_day_of_a_damaged_date_under_a_header_without_its_number_is_no_report_number():
    result = _table("๑๕ A.A. besa:", "๑๕ กรกฎาคม ๒๕๐๕")
    assert sorted(result.entries) == [1, 2, 3]
    entry = result.entries[2]
    assert entry.date is None and entry.description.startswith("ได้ดำเนินกิจกรรมสัปดาห์ห้องสมุด")
