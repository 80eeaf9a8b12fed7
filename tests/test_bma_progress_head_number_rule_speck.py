"""An entries table's header row whose last header's number a wrap carried
onto the next line, where OCR also read the table's rule under the labels'
column as a cell of its own ("รายงานครั้งที่ 10 รายงานครั้งที่ 11<tab>รายงานครั้งที่"
/ "|<tab>12", s41z007): the line held more cells than headers left
unfinished, so no number was given back, the row was no header row and
the block's entries were lost (or read into the block before's).  A cell
that is a rule's speck alone is no header's rest (transposed._RULE_CELL_RE,
_heads_rejoined)."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_ROWS = (
    "รายงานครั้งที่ 4 รายงานครั้งที่ 5\tรายงานครั้งที่",
    "|\t6",
    "วันที่รายงาน\t10 เม.ย. 2565\t10 พฤษภาคม 2565\t11 มิถุนายน 2565",
    "รายละเอียดการดำเนินงาน\tประชุมผู้บริหาร\tอยู่ระหว่างการเตรียม\tติดต่อประสานงาน",
    "ความก้าวหน้าของงานฯ\t47.0%\t91.0%\t95.0%",
    "งบประมาณที่เบิกใช้\t0.- บาท\t0.- บาท\t0.- บาท",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
)


def test_a_rule_speck_cell_beside_a_wrapped_header_number_is_left_out():
    for speck in ("|", "!", "[", "|", ":"):
        rows = list(_ROWS)
        rows[1] = f"{speck}\t6"
        entries = parse_entries(numbered_lines(*rows)).entries
        assert sorted(entries) == [4, 5, 6], speck
        values = {n: figure_values(entries[n])[0] for n in entries}
        assert [values[n]["progress_pct"] for n in (4, 5, 6)] == [47.0, 91.0, 95.0], speck
        assert entries[6].description == "ติดต่อประสานงาน", speck


def test_a_word_cell_beside_it_is_no_speck():
    rows = list(_ROWS)
    rows[1] = "ครู\t6"
    entries = parse_entries(numbered_lines(*rows)).entries
    assert 6 not in entries or entries[6].description != "ติดต่อประสานงาน"
