"""pipeline.siblings._printings finds a text's printings among a document's
lines either by testing every line or through the lines joined once (the
way check_printings calls it for many texts): both give the same counts,
whatever line the printings stand on (first, last, twice on one line)."""

from itertools import accumulate

from pipeline.siblings import _printings


def _both(squashed, lines):
    joined = "\n".join(lines)
    starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    return _printings(squashed, lines), _printings(squashed, lines, joined, starts)


def test_the_joined_lines_find_the_same_printings_as_every_line():
    lines = ["สำนักงานเขตบึงกุ่มจัดโครงการ", "", "อบรมที่สำนักงานเขตขึงกุ่ม",
             "สำนักงานเขตบึงกุ่มและสำนักงานเขตบึงกุ่ม", "ไม่มีชื่อเขต", "สำนักงานเขตบึงกุ่ม"]
    plain, joined = _both("สำนักงานเขตบึงกุ่ม", lines)
    assert plain == joined and plain["สำนักงานเขตบึงกุ่ม"] == 4 and plain["สำนักงานเขตขึงกุ่ม"] == 1


def test_a_text_no_line_prints_is_found_nowhere_either_way():
    plain, joined = _both("ค่าอาหารกลางวัน", ["โครงการ", "ค่าตอบแทนวิทยากร"])
    assert plain == joined == {}
