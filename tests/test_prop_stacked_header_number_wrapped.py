"""Section 2's entries table read column by column (parsers.bma_progress.stacked) whose header cell the column's
width wrapped before its number ("รายงานครั้งที่" / "4", "รายงานครั้ง" / "ที่ 1": pr2/set2 s19prb001, fresh m
s19m008, s23/r s23r003).  Before, the number alone was read as the column's date and the header as one whose
number was lost.  Lines modified from the OCR of pr2/set2 s19prb001."""

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.stacked import restack
from tests.test_bma_progress_entries_ocr import _lines


def _column(*head: str) -> tuple[str, ...]:
    return (*head, "3 มกราคม", "2564", "อยู่ระหว่าง", "ขันตอน...", "พิจารณา", "เกณฑ์", "5.00 %", "0 บาท.-",
            "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")


def test_a_header_whose_number_wrapped_under_it_is_one_header():
    for head in (("รายงานครั้งที่", "4"), ("รายงานครั้ง", "ที่ 4"), ("รายงานครังที", "4")):
        entries = parse_entries(_lines(*_column(*head))).entries
        assert sorted(entries) == [4], head
        entry = entries[4]
        assert entry.date.isoformat() == "2021-01-03"
        assert entry.description == "อยู่ระหว่าง ขันตอน... พิจารณา เกณฑ์"
        values = figure_values(entry)[0]
        assert values["progress_pct"] == 5.0 and str(values["disbursed"]) == "0.00"


def test_a_header_after_its_first_word_alone_or_before_a_date_stays():
    # the header cell of the other layouts wrapped word by word ("รายงาน" / "ครั้งที่" / "๑๐"): the clause reader's
    lines = _lines("รายงาน", "ครั้งที่", "๑๐", "๒๓ ส.ค. ๒๕๖๑ : อยู่ระหว่างการดำเนินการ")
    assert [ln.text for ln in restack(lines)] == [ln.text for ln in lines]
    # a header with no number over its date: the date stays the date
    broken = _lines("ครั้งที่", "๓๐/๕/๖๒", "ครั้งที่ ๕", "๕ มีนาคม ๒๕๖๒", "อยู่ระหว่าง", "๕๕", "๐.๐๐ บาท",
                    "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย")
    assert [ln.text for ln in restack(broken)][:2] == ["ครั้งที่", "๓๐/๕/๖๒"]
