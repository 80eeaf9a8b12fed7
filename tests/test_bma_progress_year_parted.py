"""BMA progress entries run together into a paragraph, a header ending its line ("... รายงานครั้งที่ ๕ ::") and its
date opening the next with its year parted by a space after its second digit ("๒๐ ๒๒-๓-๒๕ : อยู่ระหว่าง..." for
๒๐๒๒-๓-๒๕; fresh set s120o, bma_progress_s120o010).  Before, "๒๐" was read as a table's number cell, report 20,
dated 22-3-25 (1982), its header above undated, and the reports after it numbered from 21.  Now the two halves are
read as the year they make, where a report can be about it (clauses._parted_year)."""

from datetime import date

from parsers.bma_progress.clauses import events_of
from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.lines import numbered_lines as _lines


def _entry(n: str, day: str, pct: str, head: str = "") -> tuple[str, ...]:
    return (f"{head}รายงานครั้งที่ {n} :: {day} : ดำเนินการตามแผน ::",
            f"ความก้าวหน้าของงานฯ = {pct}% งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = ๐ บาท.- : เป็นไปตามแผน :",
            "เป็นไปตามเป้าหมาย")


def test_a_date_whose_year_ocr_parted_opens_its_entry_under_the_header_above():
    lines = (*_entry("๑", "๒๐๒๒-๑-๒๕", "๕.๐"),
             "เป็นไปตามเป้าหมาย รายงานครั้งที่ ๒ ::",
             "๒๐ ๒๒-๓-๒๕ :  อยู่ระหว่างการเตรียมกิจกรรม ::",
             "ความก้าวหน้าของงานฯ = ๑๕.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = ๐ บาท.- : เป็นไปตามแผน :",
             *_entry("๓", "๒๐๒๒-๕-๑", "๒๕.๐", "เป็นไปตามเป้าหมาย "))
    entries = parse_entries(_lines(*lines, start=40)).entries
    assert [(k, e.date) for k, e in sorted(entries.items())] == [
        (1, date(2022, 1, 25)), (2, date(2022, 3, 25)), (3, date(2022, 5, 1))]


def test_a_number_cell_that_makes_no_year_with_the_date_after_it_stays_a_number():
    assert events_of(Line(5, "๒๐ ๒๒-๓-๒๕ : อยู่ระหว่าง"))[0].kind == "date"
    # "๑๒" and "22" make no year a report can be about (1222): the table's number cell, its date after it
    first = events_of(Line(5, "๑๒ ๒๒-๓-๒๕ : อยู่ระหว่าง"))[0]
    assert (first.kind, first.seq) == ("header", 12)
