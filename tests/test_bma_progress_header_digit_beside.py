"""BMA progress form, a report header whose number OCR read with a speck beside it as one digit more ("๒๓" for
report 2, set s67o: the table's headers read column by column): read as printed, 23 broke the run and every header
after it was numbered on from 23 by its place (24, 25, ...), the reports after it lost whole (s67o002: 8 of 10).
A far jump whose first digits read the next number with one digit more after them, no header after it printing
that far, is the next number (assemble._renumber, _digit_beside), said (value_repaired); a header after it that
prints as far keeps it as printed (a long form's report 23)."""

from parsers.bma_progress.assemble import _digit_beside
from tests.bma_entries import entry_flags


def _reports(*printed: str) -> list[str]:
    out = []
    for k, p in enumerate(printed, 1):
        out += [f"รายงานครั้งที่ {p} :: {k + 4}/๐๖/๒๕๖๔ : อยู่ระหว่างการเตรียมการสัมมนาเชิงปฏิบัติการ",
                f"ความก้าวหน้าของงานฯ = {k}0 งบประมาณที่เบิกใช้ = ๐ บาท",
                "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]
    return out


def test_a_far_jump_of_the_next_number_with_a_digit_beside_it_is_the_next_number():
    # the headers after it misread too (๓ as ๕, ๔ as ๓: in step with no number), as in the set; before, they were
    # numbered on from 23 (24, 25)
    flags, result = entry_flags(*_reports("๑", "๒๓", "๕", "๓"), start=10)
    assert 2 in flags and 23 not in flags and not any(seq > 6 for seq in flags)
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert any("printed '๒๓' reads 23" in i.message and "read as 2" in i.message for i in said)
    assert result.entries[2].figures["progress"] == "20"


def test_a_far_jump_that_a_later_header_goes_on_from_stays_as_printed():
    flags, _ = entry_flags(*_reports("๑", "๒๓", "๒๔", "๒๕"), start=10)
    assert 23 in flags


def test_digit_beside_wants_the_next_numbers_digits_first_and_one_more():
    assert _digit_beside("๒๓", 2) and _digit_beside("23", 2) and _digit_beside("๑๐๕", 10)
    assert not _digit_beside("๓๒", 2) and not _digit_beside("๒", 2) and not _digit_beside("๒๓๔", 2)
    assert not _digit_beside(None, 2) and not _digit_beside("๒ซ", 2)
