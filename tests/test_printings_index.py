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


def _corpus_lines() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    paths = sorted((root / "samples").glob("*.txt")) + sorted((root / "tests/corpus").glob("*/ocr/*.txt")) \
        + sorted((root / "tests/corpus").glob("*/*/ocr/*.txt"))
    return [line for path in paths for line in path.read_text(encoding="utf-8").split("\n")]


def test_lines_are_squashed_as_the_regex_and_translate_squash_them():
    """_squashed (str.split, str.replace) gives what _SPACES_RE.sub and translate gave, on the corpus' lines and on
    every kind of white space, the ones str.split takes and regex's \\s does not (\\x1c-\\x1f) among them."""
    import random

    from pipeline.siblings import _SPACES_RE, _squashed

    thai_digits = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")  # the reference: translate looks at every character

    rng = random.Random(23)
    alphabet = "กขคำ่้ ๐๑๙09\t\n\r\v\f\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2009\u200a\u200b\u2028\u2029\u202f\u205f" \
               "\u3000\u180e\ufeff"
    lines = _corpus_lines() + ["".join(rng.choice(alphabet) for _ in range(rng.randrange(20))) for _ in range(20_000)]
    for line in lines:
        assert _squashed(line) == _SPACES_RE.sub("", line).translate(thai_digits), repr(line)


def _printings_searching_whole_lines(squashed: str, index) -> dict[str, int]:
    """_printings as it was, each line found searched from its start to its end (the reference)."""
    from collections import Counter

    from pipeline.siblings import TWO_EDITS_LENGTH, _misread_of, _printed_as, _printing_pattern

    edits = 2 if len(squashed) >= TWO_EDITS_LENGTH else 1
    step = -(-len(squashed) // (edits + 1))
    found: Counter[str] = Counter()
    for line in index.holding([squashed[i:i + step] for i in range(0, len(squashed), step)]):
        for m in _printing_pattern(squashed).finditer(line):
            printing = squashed if not sum(m.fuzzy_counts) else _printed_as(squashed, line, m.start(), m.end())
            if printing is not None and _misread_of(squashed, printing):
                found[printing] += 1
    return found


_LONG_LINES = [
    "ผู้เข้ารับการอบรมจำนวน50คนได้แก่ครูและบุคลากรทางการศึกษาของสำนักงานเขตพื้นที่การศึกษาประถมศึกษา",
    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาจัดโครงการให้ผู้เข้าวับการอบรมทุกคน",
    "ครูและบุคลากรผู้เข้ารับการอบรมผู้เข้ารับการอบรมผู้เข้ารับการอบรม",  # three printings side by side
    "ผู้เข้ารับกาอบรมและผู้เข้ารับการอบรม",  # a letter lost first, then as printed
    "สำนกงานเขตพืนทีการศึกษาประถมศึกษากรุงเทพมหานครและสำนักงานเขตพื้นที่การศึกษาประถมศึกษากรุงเทพมหานคร",
    "เขตพื้นที่การศึกษาประถมศึกษากรุงเทพมหานคร",  # its opening cut off
    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากรุงเทพมหานค",  # its end cut off
]


@pytest.mark.parametrize("squashed", ["ผู้เข้ารับการอบรม", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษากรุงเทพมหานคร",
                                      "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา", "ครูและบุคลากรทางการศึกษา"])
def test_a_line_searched_where_a_part_may_lie_gives_the_printings_the_whole_line_gives(squashed):
    """_printings searches a line only from where a printing holding one of the text's parts may start to
    where it may end (_reach): the printings found are those a search of the whole line finds, at either end
    of the line, side by side, a letter lost or added."""
    index = _LineIndex(_LONG_LINES)
    assert _printings(squashed, index) == _printings_searching_whole_lines(squashed, index)


def test_the_stretch_searched_is_the_reach_of_the_parts_printed():
    from pipeline.siblings import _reach

    line = "ครูและบุคลากรทางการศึกษาได้รับการอบรมเรื่องการจัดการเรียนรู้ที่สำนักงานเขต"
    squashed = "ได้รับการอบรม"  # printed whole in the middle of the line: its parts' reach, a letter either side
    start = line.find(squashed)
    assert _reach(squashed, -(-len(squashed) // 2), 1, line) == (start - 1, start + len(squashed) + 1)
    assert _reach("ครูและบุคลากร", 7, 1, line) == (0, len("ครูและบุคลากร") + 1)  # (not before the line's start)
