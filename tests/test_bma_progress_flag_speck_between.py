"""BMA progress form, a flag cell the width wrapped after its opening words ("เป็นไปตาม" / "เป้าหมาย"), and OCR
read the tone mark or a rule between the two lines as a speck of Latin letters on a line of its own
("เป็นไปตาม" / "vy" / "เป้าหมาย"): no clause read the flag across the speck, and the entry lost it (missing_value).
The speck line is left out where it stands between a flag's opening words and its object alone
(entries._flag_specks_dropped), as is a line of specks of no letter that is no figure ("9%๑1"); a speck elsewhere,
words or a figure alone between the two, are left as they are."""

from tests.bma_entries import entry_flags


def _entry(n: int, between: str, obj: str = "เป้าหมาย", opening: str = ": เป็นไปตาม") -> list[str]:
    return [f"รายงานครั้งที่ {n} :: 3/11/2561 : ประชุมคณะทำงานเพื่อวางแผน",
            f":: ความก้าวหน้าของงานฯ = {10 * n}.0% : งบประมาณที่เบิกใช้ (ครั้งที่ {n}) = 0 บาท",
            ": เป็นไปตามแผน",
            opening,
            between,
            obj,
            ""]


def _flags(*entries: list[str]):
    return entry_flags(*[t for e in entries for t in e], start=60)


def test_a_latin_speck_between_a_flags_words_is_left_out_and_the_flag_read():
    got, result = _flags(_entry(1, "vy"), _entry(2, "Lz"))
    assert got == {1: (True, True), 2: (True, True)}
    assert result.entries[1].description == "ประชุมคณะทำงานเพื่อวางแผน"
    # with its negation, not met
    got, _ = _flags(_entry(1, "vy", opening=": ไม่เป็นไปตาม"))
    assert got == {1: (True, False)}


def test_words_or_a_longer_token_between_read_no_flag_across_them():
    for between in ("ดำเนินการ", "vyzx", "v1"):
        got, _ = _flags(_entry(1, between))
        assert got[1][1] is None, between


def test_specks_of_no_letter_and_no_figure_between_a_flags_words_are_left_out_too():
    # ("9%๑1": digits of both scripts about a percent sign, OCR's reading of the marks: fresh set s129o)
    got, _ = _flags(_entry(1, "9%๑1"), _entry(2, "—"))
    assert got == {1: (True, True), 2: (True, True)}


def test_a_figure_alone_between_a_flags_words_stays():
    # (another entry's cell may stand there, read between by the column order)
    for between in ("12", "๒๕.๕%", "1,000"):
        got, _ = _flags(_entry(1, between))
        assert got[1][1] is None, between
