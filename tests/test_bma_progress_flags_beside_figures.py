"""BMA progress form, entries printed as line groups whose flag cell stands beside the figures cell and wraps:
OCR reads the flag's opening words ("เป็นไปตาม") at the end of a figures line and its object ("แผน") alone at
the end of the line below, the budget clause's label between them, so no flag clause reads either piece.  The
two are read as one flag of their entry (entries.flags_wrapped_beside), said (label_inferred); a flag its entry
reads already, a "ไม่" before the opening words, or description words between them are respected."""

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def _group(date: str, words: str, pct: str, n: int, amount: str, opening: str = "เป็นไปตาม",
           between: str = "งบประมาณที่เบิกใช้") -> list[str]:
    return [f"รายงานครั้งที่ {n}",
            f":: {date} : {words}",
            "",
            ":: ความก้าวหน้าของงาน",
            "",
            f"ฯ = {pct}% :              {opening}",
            f"{between}        แผน",
            "",
            f"(ครั้งที่ {n})={amount} บาท",
            ""]


def _parse(*groups: list[str]):
    return parse_entries(numbered_lines(*[t for g in groups for t in g], start=40))


def _flags(result):
    return {seq: entry.figures.get("plan") for seq, entry in sorted(result.entries.items())}


def test_flag_words_split_beside_the_figures_are_read_as_their_entrys_flag_and_said():
    result = _parse(_group("3/11/2561", "ประชุมคณะทำงานเพื่อวางแผน", "10.0", 1, "0"),
                    _group("8/12/2561", "จัดซื้อวัสดุสำหรับกิจกรรม", "30.5", 2, "1,200"))
    assert _flags(result) == {1: True, 2: True}
    said = [i for i in result.issues if i.code == "label_inferred"]
    assert [(i.field, i.line_start, i.line_end) for i in said] == [
        ("progress_reports.on_plan", 45, 46), ("progress_reports.on_plan", 55, 56)]
    assert all("ไม่" in i.message for i in said)  # the doubt a lost negation leaves is named
    assert result.entries[1].description == "ประชุมคณะทำงานเพื่อวางแผน"


def test_a_negation_before_the_opening_words_reads_not_met():
    result = _parse(_group("3/11/2561", "ประชุมคณะทำงานเพื่อวางแผน", "10.0", 1, "0", opening="ไม่เป็นไปตาม"))
    assert _flags(result) == {1: False}
    # its tone mark dropped by OCR ("ไม"), it is still the negation
    result = _parse(_group("3/11/2561", "ประชุมคณะทำงานเพื่อวางแผน", "10.0", 1, "0", opening="ไมเป็นไปตาม"))
    assert _flags(result) == {1: False} and result.entries[1].description == "ประชุมคณะทำงานเพื่อวางแผน"


def test_words_of_the_description_between_them_or_no_clause_between_read_no_flag():
    # a description's own words between the two pieces: they may be the text's, not a wrapped cell's
    result = _parse(_group("3/11/2561", "ประชุมคณะทำงาน", "10.0", 1, "0", between="ติดตามผลการดำเนินงาน"))
    assert not [i for i in result.issues if i.code == "label_inferred"]
    # the opening words and the object with no figure clause between: prose's words, not a cell beside figures
    lines = ["รายงานครั้งที่ 1", ":: 3/11/2561 : ประชุมคณะทำงาน ดำเนินการ เป็นไปตาม", "แผน", "",
             ":: ความก้าวหน้าของงาน", "ฯ = 10.0% : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
             "งบประมาณที่เบิกใช้ (ครั้งที่ 1)=0 บาท"]
    result = parse_entries(numbered_lines(*lines))
    assert not [i for i in result.issues if i.code == "label_inferred"] and _flags(result)[1] is True
