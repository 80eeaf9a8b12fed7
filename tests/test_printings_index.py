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
