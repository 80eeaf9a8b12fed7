"""BMA progress form, a report header whose number jumps far past the next one ("1 2 9 ๕ ๕" for reports 1..5,
a fresh set's second copy: 3 read as 9, ๔ as ๕): read as printed, the headers after it were numbered on from 9
(10, 11, 12), every report after it added as another and the copy's 3 to 5 lost.  Where its digits cannot be the
next number, it jumps past ENTRY_GAP reports and the next header's digits may read the number after the next,
it is the next number (assemble._renumber), said (value_repaired); a next header that cannot keeps it as printed."""

from tests.bma_entries import entry_flags


def _reports(third: str, fourth: str) -> list[str]:
    out = []
    for k, (printed, day) in enumerate((("๑", "๐๕"), ("๒", "๑๐"), (third, "๑๕"), (fourth, "๒๐"), ("๕", "๒๕")), 1):
        out += [f"รายงานครั้งที่ {printed} :: {day}/๐๖/๒๕๖๔ : อยู่ระหว่างการเตรียมการสัมมนาเชิงปฏิบัติการ",
                f"ความก้าวหน้าของงานฯ = {k}0 งบประมาณที่เบิกใช้ = ๐ บาท",
                "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]
    return out


def test_a_far_jump_whose_next_header_may_read_the_number_after_is_the_next_number():
    flags, result = entry_flags(*_reports("9", "๕"), start=10)
    assert set(flags) == {1, 2, 3, 4, 5}
    said = [i for i in result.issues if i.code == "value_repaired" and i.field == "progress_reports.seq"]
    assert any("printed '9' reads 9" in i.message and "may read 4" in i.message for i in said)
    assert result.entries[3].figures["progress"] == "30"


def test_a_far_jump_whose_next_header_cannot_read_the_number_after_stays_as_printed():
    flags, _ = entry_flags(*_reports("9", "๑"), start=10)  # ๑ is no reading of 4
    assert 9 in flags
