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


def test_an_amount_alone_between_an_entrys_progress_and_its_flags_is_its_disbursement_and_said():
    # s30o001, s29z008, s30z005, s31z001: the table read column by column, a cell a line, the flags' words a wrap
    # cut inside a word ("เป็นไปตา" / "มแผน"), so the column was not known for one and the amount stayed text
    lines = _lines("รายงาน", "ครั้งที 1", "19/5/2565", "ประชุม", "ผู้บริหาร", "4.00 %", "0.00 บาท",
                   "เป็นไปตา", "มแผน", "เป็นไปตา", "ม",
                   "รายงาน", "ครั้งที่ 2", "15/6/2565", "ได้รับ", "32.00 %", "14,845.00", "บาท",
                   "เป็นไปตา", "มแผน", "เป็นไปตา", "ม")
    result = parse_entries(lines)
    paid = {seq: figure_values(entry)[0].get("disbursed") for seq, entry in result.entries.items()}
    assert {seq: str(v) for seq, v in paid.items()} == {1: "0.00", 2: "14845.00"}
    said = [(i.code, i.field, i.line_start, i.line_end) for i in result.issues if i.code == "label_inferred"]
    assert said == [("label_inferred", "progress_reports.disbursed", 7, 7),
                    ("label_inferred", "progress_reports.disbursed", 17, 18)]


def test_a_figure_between_progress_and_flags_that_is_no_amount_alone_is_not_read():
    # a bare number (no baht word), look-alikes with no digit ("o- บาท"), or words beside the amount: no reading
    for cell in ("0.00", "o- บาท", "ค่าวัสดุ 500 บาท", "500 บาท ค่าอาหาร"):
        result = parse_entries(_lines("รายงาน", "ครั้งที 1", "19/5/2565", "ประชุม", "4.00 %", cell,
                                      "เป็นไปตา", "มแผน", "เป็นไปตา", "ม"))
        values, _ = figure_values(result.entries[1])
        assert "disbursed" not in values, cell
        assert not [i for i in result.issues if i.code == "label_inferred"]
    # nor one no flag follows (a description's wrapped amount, the entry's figures elsewhere)
    result = parse_entries(_lines("รายงาน", "ครั้งที 1", "19/5/2565", "ประชุม", "4.00 %", "0.00 บาท", "ประชุม"))
    assert "disbursed" not in figure_values(result.entries[1])[0]


def test_no_amount_is_read_by_its_place_in_an_entry_numbered_by_its_place():
    # s31z001: a column whose header's number OCR garbled ("ครั้งที่ ฒ", numbered after the one before) was
    # another entry's, its amount with it; s30z005: figures with no header of their own (a second progress
    # before the next header) were another block's
    unread = _lines("รายงาน", "ครั้งที่ 1", "19/5/2565", "ประชุม", "4.00 %", "0.00 บาท", "เป็นไปตา", "มแผน",
                    "รายงาน", "ครั้งที่ ฒ", "15/6/2565", "ได้รับ", "32.00 %", "13,200 บาท", "เป็นไปตา", "มแผน")
    result = parse_entries(unread)
    assert [i.line_start for i in result.issues if i.code == "label_inferred"] == [6]
    second = _lines("รายงาน", "ครั้งที่ 1", "19/5/2565", "ประชุม", "4.00 %", "0.00 บาท", "เป็นไปตา", "มแผน",
                    "32.00 %", "20,965.00 บาท", "เป็นไปตา", "มแผน")
    result = parse_entries(second)
    assert [i.line_start for i in result.issues if i.code == "label_inferred"] == [6]


def test_a_doubled_equals_sign_before_the_amount_leaves_it_the_clauses():
    # (fresh set s56o: "( (ครั้งที่ ๕)= = 8๕,๕๐๐", OCR's second "=" beside the first; the clause read no amount, so
    # the ฿ sign read as an 8 before it was never weighed and the disbursement stayed ten times too large)
    assert budget_amount("งบประมาณ ที่เบิกใช้ ( (ครั้งที่ ๕)= = 8๕,๕๐๐ :") == "8๕,๕๐๐"
    assert budget_amount("งบประมาณที่เบิกใช้ ( (ครั้งที่ ๆ= = 8๐ :") == "8๐"
    assert budget_amount("(ครั้งที่ ๓) = = ๐ บาท") == "๐"  # the clause's words elsewhere
    assert budget_amount(") = = Bo") == "Bo"  # a wrap cut it after its bracket
