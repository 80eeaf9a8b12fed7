"""Section 2's entries table read column by column (parsers.bma_progress.stacked) whose disbursement ฿0 OCR read
with no digit, its sign a Latin B and its zero a letter o ("Bo", "BO": this session's fresh set bprep24a011,
fresh m s19m008, extra3 w017, extra4 t016).  Such a line is a short run of Latin letters, which the reader skips
as a speck, so the line above it (the progress) was taken for the amount, failed, and the whole column was left as
it stood: its entry lost.  Lines modified from the OCR of bprep24a011."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines


def _column(*figures: str) -> tuple[str, ...]:
    return ("ครั้งที่ ๕", "๓๑ กรกฎาคม ๒๕๖๓", "อยู่ระหว่างการเตรียม", "จัดทำคำสั่งเจ้าหน้าที่", *figures,
            "เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย")


def test_a_disbursement_of_sign_and_zero_read_as_letters_closes_its_column():
    for amount in ("Bo", "BO", "#o"):
        entries = parse_entries(_lines(*_column("๑๔.๐%", amount))).entries
        assert sorted(entries) == [5], amount
        entry = entries[5]
        assert entry.date.isoformat() == "2020-07-31"
        assert entry.description == "อยู่ระหว่างการเตรียม จัดทำคำสั่งเจ้าหน้าที่"
        values = figure_values(entry)[0]
        assert values["progress_pct"] == 14.0 and str(values["disbursed"]) == "0.00", amount
        assert (values["on_plan"], values["on_target"]) == (True, True)


def test_letters_under_an_amount_stay_a_speck():
    # an amount right above them: they are a speck between it and the flags, the amount the column's
    entry = parse_entries(_lines(*_column("๑๔.๐%", "๑,๕๐๐ บาท", "Bo"))).entries[5]
    assert str(figure_values(entry)[0]["disbursed"]) == "1500.00"
    # other letters above the flags: no amount (the column is read as one cut short after its progress)
    entry = parse_entries(_lines(*_column("๑๔.๐%", "Ba"))).entries[5]
    assert "disbursed" not in figure_values(entry)[0]
