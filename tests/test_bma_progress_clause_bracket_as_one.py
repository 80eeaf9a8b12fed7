"""A budget clause whose closing bracket OCR read as a Latin 1 after the
entry's own number ("งบประมาณที่เบิกใช้ (ครั้งที่ 11 = ๐ บาท" inside report 1 of
nine): read as report 11, within reach of the last header (a report whose
header OCR lost), it opened a report the form does not print and took report
1's figures (fresh set s93o bma_progress_s93o002).  Now (assemble.
_bracket_as_one, in _misread_owner) it is report 1's, and said; a clause of
report 11 with its bracket lost ("(ครั้งที่ 11 =" inside report 11) stays."""

import json

from parsers.bma_progress.assemble import FigureGroup, _bracket_as_one
from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def _entries(first_clause: str, n: int = 9) -> list:
    rows = []
    for k in range(1, n + 1):
        # (report 7's clause names 1, its ๗ read as ๑: with the first clause read as 11, report 1 held figures,
        # so neither clause could be re-owned)
        clause = first_clause if k == 1 else "(ครั้งที่ ๑) =" if k == 7 else f"(ครั้งที่ {k}) ="
        rows += [f"รายงานครั้งที่ {k} :: {k} มกราคม 2567 : ดำเนินการตามแผนงานขั้นที่ {k} :: ความก้าวหน้าของงานฯ = {10 * k} :",
                 f"งบประมาณที่เบิกใช้ {clause} {100 * k} บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]
    return numbered_lines(*rows, start=300)


def test_a_clause_whose_bracket_ocr_read_as_a_one_is_its_entrys():
    result = parse_entries(_entries("(ครั้งที่ 11 ="))
    assert sorted(result.entries) == list(range(1, 10))
    assert result.entries[1].figures["progress"] == "10" and result.entries[1].figures["budget"] == "100"
    said = [json.loads(i.evidence) for i in result.issues if i.code == "value_repaired"]
    assert {"rule": "report_sequence", "printed": "11", "read": 11, "chosen": 1} in said
    assert result.entries[7].figures["progress"] == "70" and 11 not in result.entries


def test_another_number_or_a_closed_bracket_is_no_bracket_read_as_a_one():
    group = FigureGroup(1, 11, "11", texts={"budget": "งบประมาณที่เบิกใช้ (ครั้งที่ 11 = ๐ บาท"})
    assert _bracket_as_one(group, 1)
    assert not _bracket_as_one(group, 2)
    assert not _bracket_as_one(FigureGroup(1, 11, "11", texts={"budget": "งบประมาณที่เบิกใช้ (ครั้งที่ 11) = ๐"}), 1)
    assert not _bracket_as_one(FigureGroup(1, 12, "12", texts={"budget": "งบประมาณที่เบิกใช้ (ครั้งที่ 12 = ๐"}), 1)
