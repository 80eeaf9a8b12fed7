"""BMA progress entries after OCR (fresh set s69o, bma_progress_s69o002; the generator's entries_paragraph / rows):
a budget clause inside report N whose number OCR misread past the last header ("(ครั้งที่ ๑๑ = ๐ บาท.-" for
"(ครั้งที่ ๔) = ๐ บาท.-", the bracket read as a digit and ๔ as ๑), its digits no reading of N and its progress
unreadable.  It opened report 11 (its header said lost) and report 4 lost all its figures and flags.  Read as rows,
entries stand in their order: the headers after the clause (5..9) are all above 4 and below 11, so report 11's
rows would stand after theirs, not inside report 4; the clause is report 4's, and said (value_repaired), where its
progress, read as report 4's, neither falls below the report before nor rises above the one after."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_entries_ocr import _lines


def _entry(number: str, day: str, named: str, progress: str = "๑๐") -> tuple[str, ...]:
    return (f"รายงานครั้งที่ {number} :: {day}/๒/๒๕๖๔ : จัดทำโครงการเพื่อขออนุมัติ",
            f":: ความก้าวหน้าของงานฯ = {progress} : งบประมาณที่เบิกใช้ (ครั้งที่ {named} = ๐ บาท.-",
            ": เป็นไปตามแผน : เป็นไปตามเป้าหมาย")


def _parse(named: str, after: tuple[str, ...]):
    return parse_entries(_lines(*_entry("๑", "๑", "๑)", progress="๑"), *_entry("๒", "๒", "๒)", progress="๑"),
                                *_entry("๓", "๓", named, progress="๒ซ"), *after))


# (its progress, 2, as the last report's: no progress places it below the last, _progress_places)
_AFTER = (*_entry("๔", "๔", "๔)", progress="๒"), *_entry("๕", "๕", "๕)", progress="๒"))


def test_a_clause_naming_a_report_past_the_last_inside_rows_before_lower_headers_is_its_entrys():
    # "(ครั้งที่ ๗" in report 3 of 5: no reading of 3, within three past the last header (a lost one's place)
    result = _parse("๗", _AFTER)
    assert sorted(result.entries) == [1, 2, 3, 4, 5]
    assert result.entries[3].figures.get("plan") is True and "budget" in result.entries[3].figures
    assert any(i.code == "value_repaired" and "the headers after it" in i.message for i in result.issues)
    assert not any(i.code == "entry_header_missing" for i in result.issues)


def test_a_progress_that_does_not_fit_the_entry_leaves_the_clause_to_the_report_it_names():
    # its progress (2), read as report 3's, would stand above report 4's (1): progress never falls, so not 3's
    after = (*_entry("๔", "๔", "๔)", progress="๑"), *_entry("๕", "๕", "๕)", progress="๑"))
    result = _parse("๗", after)
    assert 7 in result.entries and "budget" not in result.entries[3].figures


def test_the_last_entrys_clause_past_the_last_header_still_opens_that_report():
    # no header after the clause: nothing says its report stands elsewhere (its header may be lost), as before
    result = _parse("๕", ())
    assert 5 in result.entries and "budget" not in result.entries[3].figures
    assert any(i.code == "entry_header_missing" for i in result.issues)


def test_a_header_after_it_numbered_past_the_clause_leaves_it_to_its_number():
    # a header after the clause above the number it names: the order does not place it, as before
    result = _parse("๗", (*_entry("๔", "๔", "๔)"), *_entry("๘", "๘", "๘)")))
    assert 7 in result.entries and "budget" not in result.entries[3].figures
