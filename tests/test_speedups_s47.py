"""Speed-ups of the forty-seventh session (issue 13) that must decide exactly what the code they shortcut
decides: each compared with the code as it was written on many texts."""
import random

from parsers.bma_progress import clauses


def _eq_at_wrap_as_written(src: str) -> str:
    if "\n" not in src or "ค" not in src:
        return src
    return clauses._EQ_LOST_AT_WRAP_RE.sub(lambda m: "=" + " " * (len(m.group()) - 1), src)


def test_eq_at_wrap_finds_what_the_pattern_finds():
    rnd = random.Random(47)
    pieces = ["ค่าวัสดุ", "ค่าอาหาร", "คาเช่ารถ", "ค่ำ", "อุปกรณ์", "จำนวน", " ", "  ", "\t", "\n", "\n", " \n ",
              "\r\n", "4,200", "๔,๒๐๐", "B250", "฿1,000", "#5", "@00", "o", "บาท", ".-", " บาท", "=", ":", "|",
              "x", "12", "คน", "ละ", "ๆ", "(", ")", "๑", "รวม", "เป็นเงิน"]
    changed = 0
    for _ in range(6000):
        src = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 24)))
        if rnd.random() < 0.5:  # an item in words ending a line, an amount opening the next: the case it mends
            src += rnd.choice(["ค่าวัสดุ", "ค่าเช่า", " ค่าอาหาร", ":ค่าพิมพ์"]) + rnd.choice(["", " ", "\t "]) + "\n" \
                + rnd.choice(["", "  "]) + rnd.choice(["4,200 บาท", "B250", "๕๐๐.- บาท", "12 คน", "@,๐๐๐ บาท"]) \
                + "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        expected = _eq_at_wrap_as_written(src)
        assert clauses._eq_at_wrap(src) == expected, repr(src)
        changed += expected != src
    assert changed > 1000  # (the cases do hold breaks the pattern writes as "=")


def test_eq_at_wrap_on_a_wrapped_expense_line():
    src = "ค่าวัสดุ  \n  4,200 บาท ค่าเช่ารถโดยสาร\n๕๐๐ บาท\nค่าอาหาร\n12 คน"
    assert clauses._eq_at_wrap(src) == _eq_at_wrap_as_written(src)
    assert clauses._eq_at_wrap(src).startswith("ค่าวัสดุ=    4,200")


def _corpus_lines(limit: int = 40000) -> list[str]:
    from pathlib import Path
    root = Path(__file__).parent / "corpus"
    out: list[str] = []
    for path in sorted(root.glob("*/obec_progress*.txt")) + sorted(root.glob("*/bma_progress*.txt")):
        out += path.read_text(encoding="utf-8").split("\n")
    return out[:limit]


def test_specks_only_counts_before_it_looks_words_up():
    from parsers.obec_progress.lists import JUNK_CONSONANTS, NONE_RE, THAI_LETTER_RE, wordless
    from parsers.obec_progress.rounds import _specks_only
    texts = _corpus_lines() + ["Sb.", "oa.", "งนี", "ซั 9๑7 ๑9๑7", "-", "ไม่มี", "บัติที", "กลรร", ""]
    specks = 0
    for text in texts:
        as_written = not NONE_RE.match(text) and wordless(text) and len(THAI_LETTER_RE.findall(text)) < JUNK_CONSONANTS
        assert _specks_only(text) == as_written, text
        specks += as_written
    assert specks > 5


def test_template_subs_asked_only_where_they_match():
    from parsers.obec_progress import budgets, lists
    from schemas.document import Line
    texts = _corpus_lines() + ["1) 1) ครูผู้สอน 2) 2) นักเรียน", "๓. ๓. การประชุม", "1.234.567 บาท", "๑.๒๓๔ บาท"]
    doubled = 0
    for text in texts:
        mended = lists._DOUBLED_MARK_RE.sub(r"\1", text)
        assert (lists._DOUBLED_MARK_RE.sub(r"\1", text) if lists._DOUBLED_MARK_RE.search(text) else text) == mended
        doubled += mended != text
        one = budgets.one_separator(text)
        dotted = budgets._DOT_GROUP_RE.sub(r"\1,\2", one)
        assert budgets.mend_separators(text) == budgets._SPACE_GROUP_RE.sub(
            lambda m: m[1] + m[2].replace(" ", ","), dotted)
    assert doubled >= 2
    lines = [Line(1, "1) 1) ครูผู้สอน 2) 2) นักเรียน"), Line(2, "3) ผู้ปกครอง")]
    assert [ln.text for ln in lists._inline_marks_mended(lines)][0].startswith("1) ครูผู้สอน 2) นักเรียน")
