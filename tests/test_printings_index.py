"""pipeline.siblings._printings finds a text's printings among a document's
lines through the lines joined once (_LineIndex, made once for the many
texts check_printings reads): the lines it finds holding a text's pieces
are those a test of every line finds, whatever line they stand on (first,
last, twice on one line), and the printings are counted on them."""

import pytest

from pipeline.siblings import _LineIndex, _printings

_LINES = ["สำนักงานเขตบึงกุ่มจัดโครงการ", "", "อบรมที่สำนักงานเขตขึงกุ่ม",
          "สำนักงานเขตบึงกุ่มและสำนักงานเขตบึงกุ่ม", "ไม่มีชื่อเขต", "สำนักงานเขตบึงกุ่ม"]


@pytest.mark.parametrize("parts", [["สำนักงานเขต", "บึงกุ่ม"], ["กุ่ม"], ["จัดโครงการ"], ["ไม่มี", "ไม่มีชื่อเขต"],
                                   ["ค่าอาหาร"]])
def test_the_joined_lines_find_the_lines_a_test_of_every_line_finds(parts):
    assert _LineIndex(_LINES).holding(parts) == [line for line in _LINES if any(p in line for p in parts)]


def test_the_printings_are_counted_on_the_lines_found():
    found = _printings("สำนักงานเขตบึงกุ่ม", _LineIndex(_LINES))
    assert found["สำนักงานเขตบึงกุ่ม"] == 4 and found["สำนักงานเขตขึงกุ่ม"] == 1


def test_a_text_no_line_prints_is_found_nowhere():
    assert _printings("ค่าอาหารกลางวัน", _LineIndex(["โครงการ", "ค่าตอบแทนวิทยากร"])) == {}
    assert _LineIndex([]).holding(["ค่าอาหาร"]) == []
