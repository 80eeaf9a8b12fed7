"""Speed-ups that must decide exactly what the code they shortcut decides (issue 13): the character bound
before fuzz.partial_ratio in pipeline.clean (never false where partial_ratio reaches the cutoff), and the memo
of parsers.digits.text_figures (a fresh list each call, the pattern in force); a separator's match read as
one without asking again (parsers.anchors), and one set asked of a run's words where two were
(pipeline.wording._run_misreads)."""
import random

from rapidfuzz import fuzz

from parsers import digits
from pipeline.clean import RUNNING_RATIO, _within_ratio


def _letters(text: str) -> str:
    return "".join(sorted(text))


def test_within_ratio_never_refuses_a_match():
    rnd = random.Random(7)
    alphabet = "กขคงจฉชซดตถทนบปผพฟมยรลวศสหอะาิีึืุูเแโใไ่้๊๋ 0123456789"
    refused = matched = 0
    for _ in range(4000):
        b = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(20, 80)))
        if rnd.random() < 0.5:  # a needle cut from the haystack, some characters changed: near the cutoff
            at = rnd.randint(0, len(b) - 20)
            a = list(b[at: at + rnd.randint(20, len(b) - at)])
            for _ in range(rnd.randint(0, 3)):
                a[rnd.randrange(len(a))] = rnd.choice(alphabet)
            a = "".join(a)
        else:
            a = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(20, len(b))))
        score = fuzz.partial_ratio(a, b, score_cutoff=RUNNING_RATIO)
        bound = _within_ratio(_letters(a), _letters(b), RUNNING_RATIO)
        assert bound or not score, (a, b, score)
        refused += not bound
        matched += bool(score)
    assert refused > 1000 and matched > 100  # (the bound does refuse, and the cases do reach the cutoff)


def test_within_ratio_at_the_edge():
    # 9 of 10 characters in common: partial_ratio 90 at best, the bound lets it through; 8 of 10, refused
    assert _within_ratio(_letters("กขคงจฉชซดต"), _letters("กขคงจฉชซดX yz"), 90.0)
    assert not _within_ratio(_letters("กขคงจฉชซดต"), _letters("กขคงจฉชซXY"), 90.0)


def test_text_figures_memo_gives_fresh_lists_of_the_pattern_in_force(monkeypatch):
    text = "จำนวน ๖๔ คน ร้อยละ ๘๐"
    first = digits.text_figures(text)
    first.append(("x", "count"))
    assert digits.text_figures(text) == [("๖๔", "count"), ("๘๐", "share")]
    monkeypatch.setattr(digits, "_FIGURE_RE", digits.regex.compile(r"(?P<count>๖๔)(?P<share>(?!))?(?P<year>(?!))?"
                                                                    r"(?P<day>(?!))?(?P<m>(?!))?"))
    assert digits.text_figures(text) == [("๖๔", "count")]


def test_holding_finds_what_a_pass_over_each_text_finds():
    from itertools import accumulate

    from parsers.obec_progress.texts import HEAD_MIN_LOST, HEAD_MIN_TEXT, _holding
    rnd = random.Random(11)
    for _ in range(300):
        words = ["กขคง", "จฉชซ", "ดตถท", "นบปผ", "\0"] if rnd.random() < 0.1 else ["กขคง", "จฉชซ", "ดตถท", "นบปผ"]
        texts = sorted({"".join(rnd.choice(words) for _ in range(rnd.randint(4, 12))) for _ in range(rnd.randint(0, 9))},
                       key=len, reverse=True)
        longer = [t for t in texts if len(t) >= HEAD_MIN_TEXT + HEAD_MIN_LOST]
        starts = list(accumulate((len(t) + 1 for t in longer[:-1]), initial=0))
        for source in [*texts, "กขคงจฉชซดตถทนบปผ"]:
            for at in range(0, max(1, len(source) - HEAD_MIN_TEXT + 1)):
                opening = source[at: at + HEAD_MIN_TEXT]
                if len(opening) < HEAD_MIN_TEXT:
                    continue
                expected = [t for t in longer if t.find(opening, HEAD_MIN_LOST) >= 0]
                assert _holding(opening, longer, "\0".join(longer), starts) == expected


def test_every_separator_match_holds_a_separator_character():
    """parsers.anchors reads a label's separator from _SEPARATOR_RE's matches without asking again whether
    the match holds one of ":;=：" (session 43: the check ran once a separator of every line): the pattern's
    last part asks for one, whatever comes before it."""
    from parsers.anchors import _SEPARATOR_IN_RE, _SEPARATOR_RE

    rnd = random.Random(43)
    alphabet = " \t.…,:;=：กขค1-"
    found = 0
    for _ in range(3000):
        line = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        for m in _SEPARATOR_RE.finditer(line):
            assert _SEPARATOR_IN_RE.search(m.group()), (line, m.group())
            found += 1
        for at in range(len(line) + 1):
            m = _SEPARATOR_RE.match(line, at)
            assert m is None or _SEPARATOR_IN_RE.search(m.group()), (line, at)
    assert found > 1000


def test_run_misreads_asks_one_set_as_it_asked_two():
    """pipeline.wording._run_misreads asks each word of a run's word_graph of one set (the words a common
    word is misread as, and those that lost their silent-letter mark, joined once a process) where it
    asked two: the same runs tokenized, the same pieces; and the set is the two joined."""
    from normalizers.words import misread_texts, silent_mark_lost_texts, word_graph
    from pipeline import wording

    misread, lost = misread_texts(), silent_mark_lost_texts()
    assert wording._misread_or_lost() == frozenset(misread) | frozenset(lost)
    some_misread = sorted(w for w in misread if w in wording._misread_or_lost())[:20]
    some_lost = sorted(lost)[:20]
    runs = ["โครงการพัฒนาคุณภาพการศึกษา", "ผลสัมฤทธิทางการเรียน", "ขับเคลื่อนนโยบาย", "กขฃคฅฆ"]
    runs += [f"การ{w}ของโรงเรียน" for w in some_misread + some_lost] + some_misread + some_lost
    for run in runs:
        graph = word_graph(run)
        before = graph is not None and not any(run[s:e] in misread or run[s:e] in lost
                                               for s, ends in graph.items() for e in ends)
        assert wording._run_misreads.__wrapped__(run) == (() if before else tuple(
            t for t in wording.thai_words(run) if wording.misread_of_common(t) or t in lost)), run


def test_patterns_moved_to_the_standard_re_match_as_regex_did():
    """Patterns of plain code point classes and literals run on the standard re (a search over a line in a
    third of the time): they find what the regex module found with the same source, on texts of Thai
    letters, vowels and marks, digits of both scripts, Latin letters, symbols and white space of every kind
    the two engines tell apart (\\x1c-\\x1f)."""
    import re

    import regex

    from normalizers import furniture, numbers, text
    from parsers.bma_progress import clauses, entries
    from parsers.obec_progress import lists, running
    from pipeline import wording

    moved = [furniture._THAI_RUN_RE, furniture._LATIN_OR_SYMBOL_RE, wording._ABBREVIATION_RE, wording._LETTER_RE,
             wording._BARE_LETTERS_RE, wording._ANY_LATIN_RE, wording._OPENS_INSIDE_RE, wording._LATIN_CHAR_RE,
             wording._LATIN_GLUED_RE, entries._LATIN_SPECK_LINE_RE, clauses._BUDGET_KEY_RE,
             numbers._PERCENT_WORDS_RE, text._LAO_RE, lists._JUNK_CHAR_RE, running._NAME_RE]
    rnd = random.Random(4343)
    alphabet = ("กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะัาำิีึืุูเแโใไๅ็่้๊๋์ํ๎ๆฯ๐๑๒๓๔๕๖๗๘๙0123456789"
                "abcdexyzABCXYZ°=&@~^`|.,:;()-/ \t\n\x1c\x1f\u00a0\u200b\u3000%“”‘’'\"[]{}<>!®©«»¢ຂ\u0e80\u0eff")
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40))) for _ in range(3000)]
    texts += ["โครงการ ก.ค. สพป.กทม. abc ค่าอาหารyuu", "ๆ าเป็นของโลก PISAได้", "หน้า ๒ = & x ขอ",
              "ร้อยละ 50 % เปอร์เซ็นต์", "งบประมาณที่เบิกใช้", "(นายสมชาย ใจดี)", "(ก)\n", "Ab", "ງບປະມານ"]
    for pattern in moved:
        assert isinstance(pattern, re.Pattern)
        old = regex.compile(pattern.pattern)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in old.finditer(text)]
            assert pattern.findall(text) == old.findall(text)
            assert pattern.sub(" ", text) == old.sub(" ", text)
            assert bool(pattern.fullmatch(text)) == bool(old.fullmatch(text))
            found, was = pattern.search(text), old.search(text)
            assert (found and found.span()) == (was and was.span()), (pattern.pattern, text)


def test_white_space_spelled_out_is_regex_white_space():
    """normalizers.text.WHITE_SPACE, what standard_re writes for \\s, is regex's \\s on every code point (the
    standard re's own \\s takes \\x1c-\\x1f too)."""
    import re
    import sys

    import regex

    from normalizers.text import WHITE_SPACE

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(f"[{WHITE_SPACE}]", every)) == set(regex.findall(r"\s", every))
    assert set(re.findall(f"[^{WHITE_SPACE}]", every)) == set(regex.findall(r"\S", every))


def test_digits_spelled_out_are_regex_digits():
    """normalizers.text.DIGITS, what standard_re writes for \\d, is regex's \\d on every code point (the
    standard re's own \\d lacks the digits of Unicode since its version: Kawi's, Nag Mundari's, ...)."""
    import re
    import sys

    import regex

    from normalizers.text import DIGITS

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(f"[{DIGITS}]", every)) == set(regex.findall(r"\d", every))
    assert set(re.findall(f"[^{DIGITS}]", every)) == set(regex.findall(r"\D", every))


def test_digits_as_standard_re_writes_them_are_regex_digits():
    """normalizers.text.DIGITS_MEMBER, what standard_re writes for \\d (the standard re's own \\d and the digits
    of DIGITS it lacks), is regex's \\d on every code point, as a class, negated and inside a class; and it
    compiles without the 64 K-entry table the written-out DIGITS costs (its members past U+FFFF only)."""
    import re
    import sys

    import regex

    from normalizers.text import DIGITS, DIGITS_MEMBER, standard_re

    assert DIGITS_MEMBER != DIGITS and DIGITS_MEMBER.startswith("\\d")
    assert all(int(bound[2:], 16) > 0xFFFF for bound in re.findall(r"\\U[0-9a-f]{8}", DIGITS_MEMBER))
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert set(re.findall(f"[{DIGITS_MEMBER}]", every)) == set(regex.findall(r"\d", every))
    assert set(re.findall(f"[^{DIGITS_MEMBER}]", every)) == set(regex.findall(r"\D", every))
    assert set(standard_re(r"[\dx]").findall(every)) == set(regex.findall(r"[\dx]", every))
    assert set(standard_re(r"[^\d๐-๙x]").findall(every)) == set(regex.findall(r"[^\d๐-๙x]", every))


def test_standard_re_refuses_what_the_engines_read_apart():
    import pytest

    from normalizers.text import standard_re

    for pattern in (r"\w+", r"\bก", r"[\D]", r"\p{Mn}", r"(?i)abc", r"(?:ab){e<=1}", r"[\S]", r"[[a]]",
                    r"[a--b]", r"\X"):
        with pytest.raises(ValueError):
            standard_re(pattern)


def test_standard_re_patterns_match_as_regex_did():
    """Every pattern the parsers compile with normalizers.text.standard_re (the standard re, \\s, \\S, \\d
    and \\D written out) matches and finds as regex.compile of the same source did, on random texts of
    Thai, digits of several scripts, Latin, brackets, separators and every white space the two engines tell
    apart, and on lines of the kinds they look for."""
    import regex

    import pipeline.warm  # noqa: F401  (every form's parser loaded: their patterns made)
    from normalizers.text import STANDARD_PATTERNS

    assert len(STANDARD_PATTERNS) >= 20
    rnd = random.Random(4344)
    alphabet = ("กขคงจชซดตทนบปพมยรลวสหอะัาำิีึืุูเแโใไ็่้๊๋์ํ๐๑๒๓๔๕๖๗๘๙0123456789abxAX%"
                "()[].,:;=-–/…# \t\n\x1c\x1f\x85\u00a0\u2000\u200b\u3000\u0663\uff13\U00011f53\U0001e4f3")
    words = ["รายงาน", "ครั้งที่", "ครังที", "เป็นไปตาม", "ไม่มี", "ขอรับรองว่า", "ลงชื่อ", "ตำแหน่ง", "ไปต",
             "รายงานความก้าวหน้า", "การดำเนินงานตามแผนปฏิบัติการ", "1.", "(๒)", "-", "ผู้เรียน", " ", "  ",
             "หน้า", "จาก", "/", "๑๒", "3", "\U00011f53", "ความก้าวหน้าของงาน", "=", "จำนวน", "ร้อยละ", "ก",
             "มิติที่", "โครงการ", "รอบ", "เดือน", "ประจำปีงบประมาณ", "ตัวชี้วัด", "2.1", "(", ")", "ค"]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(1500)]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 6))) for _ in range(1500)]
    # lines the patterns are written for, each and a letter inserted, dropped or changed in it
    lines = ["- 2 -", "– 12 –", "หน้า 3", "หน้า ๓/๑๒", "หน้า 2 จาก 5", "3/12", "หน้า eo", "nin 3/11", "หน้า ๑๐ VN ๓๒",
             "ขอรับรองว่า", "(ลงชื่อ) ........", "ตำแหน่ง ....", "( ......... )", "1. ผู้เรียน", "๒) ครู", "2.1 ด้าน",
             "(๓) โครงการ", "ด้านปริมาณ", "๑. ด้านคุณภาพ", "oe ต้านคุณภาพ", "- เชิงปริมาณ", "ความก้าวหน้าของงาน = 70 %",
             "ไม่มี", "-", "ไม่มี -", "๒.", "(3)", "ไต.", "1) ผู้เรียน", "รายงานครั้งที่ 1", "ครั้งที่ ๒ รายงานครั้งที่ ๓",
             "เป็นไปตาม (ครั้งที่ 2) = 0 บาท", ") = ฿0", "อ) = ๐ บาท", "ไปตามแผน", "มิติที่ 2", "ตัวชี้วัด. : มิติที่ ๓",
             "จำนวน ก๐ คน", "ร้อยละ ฒ5", "xx. โครงการพัฒนา", "๑๒. โครงการ", "ประจำปีงบประมาณ ๒๕๖๗", "รอบ 12 เดือน",
             "รายงานความก้าวหน้าการดำเนินงานตามแผนปฏิบัติการ", "รายงานสรุปความก้าวหน้าของการดำเนินโครงการ"]
    for line in lines:
        texts.append(line)
        for _ in range(40):
            at, ch = rnd.randrange(len(line) + 1), rnd.choice(alphabet)
            texts.append(rnd.choice([line[:at] + ch + line[at:], line[:at] + line[at + 1:],
                                     line[:at] + ch + line[at + 1:]]))
    for source, pattern in STANDARD_PATTERNS:
        old = regex.compile(source)
        for text in texts:
            assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == \
                   [(m.span(), m.groups()) for m in old.finditer(text)], (source, text)
            for ask in ("match", "fullmatch", "search"):
                found, was = getattr(pattern, ask)(text), getattr(old, ask)(text)
                assert (found and (found.span(), found.groups())) == (was and (was.span(), was.groups())), \
                    (source, ask, text)


def test_unit_word_gate_answers_as_the_patterns_do(monkeypatch):
    """parsers.values.opens_with_unit_word's first-letter gate (_UNIT_INITIALS): the same answer as the unit
    words' patterns alone on texts opening with each unit word, its marks dropped or kept, with other letters,
    marks, spaces, or empty; and the patterns are not asked of a text opening with another letter."""
    from parsers import values

    def ungated(text: str) -> bool:
        return any(pattern.match(text) for _, pattern in values._UNIT_WORD_RES)

    rnd = random.Random(13)
    alphabet = "กขคงจฉชซดตถทนบปผฝพฟมยรลวศษสหอฮะัาิีึืุูเแโใไำ่้๊๋์ "
    texts = ["", " ฝ่าย", "่ฝ่าย", "สวนหลวง", "ฝากครรภ์", "คองเทคโนโลยี"]
    for word in values.UNIT_WORDS:
        bare = "".join(c for c in word if c not in "่้๊๋์")
        for head in (word, bare, word[:-1], bare[1:], word[:2]):
            texts += [head + "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(20)]
    texts += ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 16))) for _ in range(3000)]
    opened = 0
    for text in texts:
        assert values.opens_with_unit_word(text) == ungated(text), text
        opened += ungated(text)
    assert opened > 100

    class Unasked:
        def match(self, text):
            raise AssertionError(f"pattern asked of {text!r}")

    monkeypatch.setattr(values, "_UNIT_WORD_RES", [(w, Unasked()) for w, _ in values._UNIT_WORD_RES])
    assert not values.opens_with_unit_word("โครงการพัฒนาครู")
    assert not values.opens_with_unit_word("")
