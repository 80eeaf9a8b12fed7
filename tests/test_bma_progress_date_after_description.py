"""BMA progress form, an entries table whose "date : description" column OCR read apart from the column of headers
(the headers of the middle rows lost, a row's cells "รายงาน" / "ครั้งที่" / "N" read as specks or not at all) and
from the figures, which follow the whole column: a date cell after an entry's date and description is the next
entry's (a report's cells run header, date, description), whose header OCR lost.  Before, every such date ran
into the entry before it as text and the reports between two headers were lost whole
(assemble._Assembler._dated_after_text, said as entry_header_missing)."""

from tests.bma_entries import entry_flags

COLUMN = ["รายงานครั้งที่ ๑ :: ๑๕ ธันวาคม ๒๕๖๔ : จัดทำคำสั่งคณะกรรมการ",
          "",
          "๑๘ มกราคม ๒๕๖๕ :",
          "อยู่ระหว่างการเตรียมจัดทำคำสั่ง",
          "",
          "๒๔ กุมภาพันธ์ ๒๕๖๕ :",
          "ได้รับการอนุมัติโครงการ",
          "",
          "๒๗ มีนาคม ๒๕๖๕ :",
          "เวียนแจ้งประชาสัมพันธ์",
          "",
          "รายงานครั้งที่ ๕ :: ๑๖ เมษายน ๒๕๖๕ : ดำเนินการจัดสัมมนา"]
FIGURES = [f"ความก้าวหน้าของงานฯ = {p} งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = ๐ บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"
           for n, p in (("๑", "๕"), ("๒", "๑๐"), ("๓", "๒๐"), ("๔", "๓๐"), ("๕", "๔๐"))]


def test_dates_after_a_description_open_the_reports_whose_headers_ocr_lost():
    flags, result = entry_flags(*COLUMN, *FIGURES, start=10)
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    entries = result.entries
    assert [str(entries[k].date) for k in (2, 3, 4)] == ["2022-01-18", "2022-02-24", "2022-03-27"]
    assert entries[2].description == "อยู่ระหว่างการเตรียมจัดทำคำสั่ง"
    assert entries[4].description == "เวียนแจ้งประชาสัมพันธ์"
    assert [e.figures.get("progress") for _, e in sorted(entries.items())] == ["5", "10", "20", "30", "40"]
    lost = [i for i in result.issues if i.code == "entry_header_missing"]
    assert [(i.line_start, i.field) for i in lost] == [(12, "progress_reports.seq"), (15, "progress_reports.seq"),
                                                         (18, "progress_reports.seq")]


def test_a_date_where_a_header_of_the_next_number_stands_later_is_no_lost_header_s():
    # report 2's header stands after the dates: the dates are not reports of their own (the rule does not number
    # past a header the section prints)
    lines = COLUMN[:7] + ["รายงานครั้งที่ ๒ :: ๒๔ กุมภาพันธ์ ๒๕๖๕ : ประชุม"]
    _, result = entry_flags(*lines, start=10)
    assert sorted(result.entries) == [1, 2]
    assert not [i for i in result.issues if i.code == "entry_header_missing"]


def test_a_date_before_any_description_is_the_entry_s_own_and_an_earlier_date_opens_nothing():
    # a header with no date, its date cell below it: the entry's own (nothing of its description read before it)
    _, result = entry_flags("รายงานครั้งที่ ๑ ::", "๑๕ ธันวาคม ๒๕๖๔ :", "จัดทำคำสั่ง", start=10)
    assert sorted(result.entries) == [1] and str(result.entries[1].date) == "2021-12-15"
    # a date of the same year before the entry's own after its description: no later report's
    _, result = entry_flags("รายงานครั้งที่ ๑ :: ๑๕ ธันวาคม ๒๕๖๔ : จัดทำคำสั่ง", "", "๑ ธันวาคม ๒๕๖๔ :", "ประชุม",
                            start=10)
    assert sorted(result.entries) == [1]
