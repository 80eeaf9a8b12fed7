"""Speed-ups of the forty-eighth session (issue 13): work a list's reading did twice over the same lines, done
once, deciding exactly what the code it replaces decided."""
from parsers.items import mend_item_numbers, numbered_items
from parsers.obec_progress import lists
from schemas.document import Line

# a list printed as running text whose next numbers OCR damaged, one whose first number it lost, a plain one
LISTS = [
    ["๑. ครูผู้สอนจัดทำแผนการจัดการเรียนรู้ 2 ผู้เรียนมีผลสัมฤทธิ์ 3. ผู้ปกครองมีส่วนร่วม"],
    ["๑) ครูผู้สอน...", "จำนวน 20 คน", "๒) ผู้เรียน...", "-", "o) ผู้ปกครอง"],
    ["ครูผู้สอนจัดทำแผนการจัดการเรียนรู้", "2. ผู้เรียนมีผลสัมฤทธิ์สูงขึ้น", "3. ผู้ปกครองมีส่วนร่วม"],
    ["1. โรงเรียนมีแผนพัฒนาคุณภาพการศึกษา"],
    ["ดำเนินการตามแผน ดังนี้", "1) อบรมครู", "2) นิเทศติดตาม"],
    ["ไม่มี"],
]


def _as_written(lines: list[Line]) -> tuple[list[Line], list[str]]:
    lines = lists.rejoin_bare_figures([ln for ln in lines if not lists.NONE_RE.match(ln.text)])
    return lists._inline_next_mended(lists._inline_marks_mended(lists._inline_second_mended(
        lists._first_number_mended(lists._placed_numbers_mended(lines)))))


def _lines(texts: list[str]) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=1)]


def test_the_mended_list_is_the_chain_as_written():
    for texts in LISTS:
        lines = _lines(texts)
        kept = [ln for ln in lines if not lists.NONE_RE.match(ln.text)]
        if not kept:
            assert lists.numbers_mended_inline(lines) == []
            continue
        mended, taken = _as_written(lines)
        assert lists._mended(tuple(kept)) == (tuple(mended), tuple(taken))
        assert lists.numbers_mended_inline(lines) == taken
        assert lists._numbered(tuple(mended)) == tuple(map(tuple, numbered_items(mend_item_numbers(mended))))


def test_a_list_read_by_items_of_is_mended_once():
    # items_of reads the list's mended lines, then list_items asks numbers_mended_inline of the same list (and
    # lone_first numbers the lines items_of numbered): each is read once
    lines = _lines(LISTS[0])
    lists._mended.cache_clear()
    lists._numbered.cache_clear()
    items = lists.items_of(lines)
    assert lists.numbers_mended_inline(lines) == _as_written(lines)[1]
    assert lists._mended.cache_info().hits == 1 and lists._mended.cache_info().misses == 1
    assert len(items) == 3 and items[1][0].startswith("ผู้เรียน")
    lines = _lines(LISTS[3])
    lists.items_of(lines)
    hits = lists._numbered.cache_info().hits
    assert lists.lone_first(lines) is True
    assert lists._numbered.cache_info().hits == hits + 1


def _next_texts_as_written(lines: list[Line]) -> list[str]:
    from parsers.year_mentions import BLANKS_OVER
    return [next((ln.text for ln in lines[i + 1:i + 2 + BLANKS_OVER] if ln.text.strip()), "") for i in range(len(lines))]


def test_next_texts_in_one_pass_are_those_looked_for_line_by_line():
    import random

    from parsers.year_mentions import _next_texts
    rnd = random.Random(48)
    for _ in range(3000):
        lines = [Line(i, rnd.choice(["", " ", "\t", "ประจำปีงบประมาณ", "พ.ศ. ๒๕๖๗", "x"])) for i in range(rnd.randint(0, 12))]
        assert _next_texts(lines) == _next_texts_as_written(lines), [ln.text for ln in lines]


def test_a_join_repeated_is_read_once_and_the_same():
    import random

    from normalizers import text
    rnd = random.Random(4)
    pieces = ["ครูผู้สอน", "  ", "\t", "", "จัดทำแผน ", " ๑๒ คน", "\u200b", "-", "ผู้เรียน\n"]
    for _ in range(2000):
        parts = [rnd.choice(pieces) + rnd.choice(pieces) for _ in range(rnd.randint(0, 5))]
        assert text.join_wrapped(parts) == text.collapse_whitespace(text.to_spaces(" ".join(p for p in parts if p)))
    text.clear_caches()
    text.join_wrapped(["ครูผู้สอน", "จัดทำแผน"])
    text.join_wrapped(["ครูผู้สอน", "จัดทำแผน"])
    assert text._joined.cache_info().hits == 1
