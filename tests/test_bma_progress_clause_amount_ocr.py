"""A BMA progress entry's budget clause whose amount OCR parted from its words or wrote around: a speck glued
to the report number where the closing bracket was lost, a quote mark before the figure, a space after the
thousands comma.  The lines are modelled on OCR'd worked-set documents (tesseract tha+eng)."""

from parsers.bma_progress.clauses import budget_amount
from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines


def _entry(seq: int, clause: str, *after: str) -> list[str]:
    return [f"รายงานครั้งที่ {seq} :: ๐{seq}/๐๓/๒๕๖๕ : ดำเนินการจัดสัมมนา",
            f":: ความก้าวหน้าของงานฯ = ๒{seq}.๐๐ % {clause}", *after]


def test_a_speck_glued_to_the_number_of_an_unclosed_clause_leaves_the_wrapped_amount_the_clauses():
    # extra3 w008 "(ครังที ๕@" / "= ๐.- บาท", extra x007 "(ครั้งที่ ๓๑ๆ=" / "๐.- บาท", extra4 t016 "(ครั้งที่ ๕@ ="
    # / "Bo": the speck was a text of its own between the clause and the next line's amount, which was lost
    for clause, tail in (("งบประมาณทีเบิกใช้ (ครังที ๕@", "= ๐.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"),
                         ("งบประมาณที่เบิกใช้ (ครั้งที่ ๓๑ๆ=", "๐.- บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"),
                         ("งบประมาณทีเบิกใช้ (ครั้งที่ ๕@ =", "Bo : เป็นไปตามแผน : เป็นไปตามเป้าหมาย")):
        result = parse_entries(_lines(*_entry(4, "งบประมาณที่เบิกใช้ (ครั้งที่ ๔) = ๐.- บาท : เป็นไปตามแผน :"
                                                 " เป็นไปตามเป้าหมาย"),
                                      *_entry(5, clause, tail)))
        values, problems = figure_values(result.entries[5])
        assert str(values["disbursed"]) == "0.00", clause
        assert not [p for p in problems if p[0] == "disbursed"]
        # the number the speck stands glued to is not taken for the entry's: the clause's place says whose it is
        assert sorted(result.entries) == [4, 5]


def test_a_speck_glued_to_the_number_before_an_equals_sign_on_the_same_line_leaves_the_amount():
    assert budget_amount("งบประมาณทีเบิกใช้ (ครังที่ ๕@ = 0.- บาท : เป็นไปตามแผน") == "0.-"
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 7ฯๆ= 0.00 บาท") == "0.00"


def test_a_quote_mark_before_a_clause_figure_is_no_part_of_it():
    # extra4 t014, s30o009: a transposed table's budget row, the rule before its first cell read as a quote
    assert budget_amount("งบประมาณที่เบิกใช้ = '0.- บาท") == "0.-"
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 2) = ‘1,500 บาท") == "1,500"
    result = parse_entries(_lines(*_entry(1, "งบประมาณที่เบิกใช้ (ครั้งที่ ๑) =", "'0.- บาท : เป็นไปตามแผน :"
                                             " เป็นไปตามเป้าหมาย")))
    values, _ = figure_values(result.entries[1])
    assert str(values["disbursed"]) == "0.00"
    # a quote before letters is no figure: nothing is read from it
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 'Bo") is None


def test_a_space_ocr_read_after_the_thousands_comma_keeps_the_amount_whole():
    # s37o004 "= 2, 920" / "บาท.-" was read 2.00; s36z006 "= 15, 000"
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 2, 920") == "2,920"
    assert budget_amount("งบประมาณที่เบิกใช้ ( ครั้งที่ 2) = 15, 000 บาท.- : เป็นไปตามแผน") == "15,000"
    result = parse_entries(_lines(*_entry(3, "งบประมาณที่เบิกใช้ (ครั้งที่ 3) =", "= 2, 920", "บาท.- : เป็นไปตามแผน :"
                                             " เป็นไปตามเป้าหมาย")))
    values, _ = figure_values(result.entries[3])
    assert str(values["disbursed"]) == "2920.00"
    # a comma and a space before fewer than three digits join nothing: no thousands group follows
    assert budget_amount("งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 2, 92 บาท") not in ("2,92", "292")
