"""A BMA progress entry printed side by side in narrow columns, whose progress figure its column wrapped to the
next line with its "%" while OCR read a speck where the figure should stand ("ความก้าวหน้าของงานฯ = 6 :   :
เป็นไปตาม" / "๕.๐๐ % งบประมาณที่เบิกใช้ ..."): the clause took the speck for its figure, and every report's
progress read 6 with no issue (fresh set s115u, bma_progress_s115u002).  A figure with its "%" opening the next
line, where the clause's own figure has none and its line no "%" after it, is the clause's
(clauses._PERCENT_WRAPPED_RE); the flags beside the clause on its line stay theirs."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines


def _entry(seq: int, first: str, second: str) -> list[str]:
    return [f"รายงานครั้งที่ {seq} :: ๐{seq}/๐๓/๒๕๖๕ : ดำเนินการจัดสัมมนา", first, second,
            f"ใช้ (ครั้งที่ {seq}) = ๐.๐๐ บาท      แผน"]


def test_a_figure_with_its_sign_opening_the_next_line_is_the_clause_s_where_a_speck_stood():
    result = parse_entries(_lines(*_entry(1, ":: ความก้าวหน้าของงานฯ = 6 :             : เป็นไปตาม",
                                          "๓๒.๕๐ % งบประมาณที่เบิก      เป็นไปตาม เป้าหมาย")))
    values, _ = figure_values(result.entries[1])
    assert values["progress_pct"] == 32.5
    assert str(values["disbursed"]) == "0.00"


def test_a_figure_with_its_sign_on_its_own_line_keeps_it():
    result = parse_entries(_lines(*_entry(1, ":: ความก้าวหน้าของงานฯ = ๒๖.๐๐ % :      : เป็นไปตาม",
                                          "๓๒.๕๐ % งบประมาณที่เบิก      เป็นไปตาม เป้าหมาย")))
    values, _ = figure_values(result.entries[1])
    assert values["progress_pct"] == 26.0


def test_a_figure_of_its_own_keeps_it_where_the_sign_wrapped_alone_read_as_a_digit():
    # (committed set extra, bma_progress_x016: "= ๑๓.๕๐" / "9% งบประมาณ...": the "%" wrapped, its stroke read as 9)
    result = parse_entries(_lines(*_entry(1, ":: ความก้าวหน้าของงานฯ = ๑๓.๕๐ :             : เป็นไปตาม",
                                          "9% งบประมาณที่เบิก      เป็นไปตาม เป้าหมาย")))
    values, _ = figure_values(result.entries[1])
    assert values["progress_pct"] == 13.5


def test_a_one_character_figure_below_a_speck_is_no_wrapped_figure():
    result = parse_entries(_lines(*_entry(1, ":: ความก้าวหน้าของงานฯ = 6 :             : เป็นไปตาม",
                                          "9% งบประมาณที่เบิก      เป็นไปตาม เป้าหมาย")))
    values, _ = figure_values(result.entries[1])
    assert values["progress_pct"] != 9.0
