"""parsers.obec_progress.texts.lacks_a_tone skips, without tokenizing, the
variants normalizers.words.unknown_token_at proves read worse than a text
whose every token is a dictionary word: it gives what trying every variant
gives on the OCR corpus' OBEC lines (and on them with tone marks dropped),
unknown_token_at is never wrong where it says yes (newmm's tokens of such a
variant hold a Thai token no dictionary word is), and the cluster patterns
it relies on treat every tone mark alike."""

from __future__ import annotations

import re
from pathlib import Path

from pythainlp.tokenize import tcc_p, word_tokenize

from normalizers.words import (TOKENIZE_CHARS, TONE_MARKS, _dictionary, _unit_at, _units, _word_trie, plausibility,
                              unknown_token_at)
from parsers.obec_progress import texts
from parsers.obec_progress.texts import _CONSONANT_RE, _TONES, lacks_a_tone

ROOT = Path(__file__).resolve().parent.parent
_NOT_THAI = re.compile(r"[^\u0e00-\u0e7f]+")


def _slow_lacks_a_tone(text: str) -> str | None:
    """lacks_a_tone trying every variant with the tokenizer."""
    base = plausibility(text)
    for m in _CONSONANT_RE.finditer(text):
        if any(t in m.group(2) for t in _TONES) or "\u0e4c" in m.group(2):
            continue
        for tone in _TONES:
            variant = text[:m.end()] + tone + text[m.end():]
            known, length = plausibility(variant)
            if known >= base[0] and length > base[1]:
                return variant
    return None


def _obec_lines(limit: int) -> list[str]:
    seen: dict[str, None] = {}
    for path in sorted((ROOT / "tests/corpus/ocr").glob("obec_progress_*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if 8 <= len(line) <= 80 and re.search("[ก-ฮ]", line):
                seen.setdefault(line)
                seen.setdefault(re.sub(f"[{TONE_MARKS}]", "", line, count=1))
    return list(seen)[:limit]


def test_the_same_answer_as_every_variant_tokenized():
    lines = _obec_lines(120)
    assert len(lines) == 120
    found = 0
    for line in lines:
        fast = lacks_a_tone(line)
        assert fast == _slow_lacks_a_tone(line), line
        found += fast is not None
    assert found  # some lines do read better with a tone mark more


def test_the_answers_of_the_bench_archive_kind():
    # the activities' standard wording (the bench archive's lacks_a_tone texts), one with a fuller reading
    for text in ["อยู่ระหว่างดำเนินการ คาดว่าจะแล้วเสร็จในไตรมาสถัดไป",
                 "ประชาสัมพันธ์และเผยแพร่ผลการดำเนินงานทางสื่อออนไลน์ของสำนักงาน",
                 "ประชุมคณะกรรมการดำเนินงานเพื่อวางแผนการดำเนินงาน",
                 "ดำเนินการประเมินคุณลักษณะและภาวะผู้นำ (สัมภาษณ์)",
                 "จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน", "จัดทำคำสังแต่งตังคณะกรรมการดำเนินงาน"]:
        assert lacks_a_tone(text) == _slow_lacks_a_tone(text), text


def test_a_yes_is_a_token_no_word_is():
    words = _dictionary()
    said = 0
    for line in _obec_lines(60):
        for m in _CONSONANT_RE.finditer(line):
            for tone in _TONES:
                variant = line[:m.end()] + tone + line[m.end():]
                if unknown_token_at(variant, m.start(), m.end()):
                    said += 1
                    tokens = word_tokenize(_NOT_THAI.sub(" ", variant), custom_dict=_word_trie(),
                                           keep_whitespace=False)
                    assert any(re.search("[ก-ฮ]", t) and t not in words for t in tokens), variant
                    assert plausibility(variant)[0] < 1.0
    assert said > 100


def test_every_tone_mark_is_one_class_in_the_cluster_patterns():
    source = "|".join(tcc_p._RE_TCC)
    classes = re.findall(r"\[[^\]]*\]", source)
    assert "[่-๋]" in classes
    for cls in classes:  # each class takes all four or none
        assert len({bool(re.fullmatch(cls, tone)) for tone in TONE_MARKS}) == 1, cls
    assert not set(re.sub(r"\[[^\]]*\]", "", source)) & set(TONE_MARKS)  # and no pattern names one alone


def test_the_module_uses_the_shortcut():
    assert texts.unknown_token_at is unknown_token_at


def test_the_unit_at_a_place_is_plausibility_s():
    lines = _obec_lines(400) + ["ต่าง ๆ นานา และ ต่าง ๆ", " ก ข "]
    long = " ".join(lines)
    assert len(long) > TOKENIZE_CHARS
    for text in lines + [long]:
        thai = _NOT_THAI.sub(" ", text)
        expected: dict[int, tuple[str, int]] = {}
        pos = 0
        for part, spaced in _units(thai):
            start = thai.index(part, pos)
            for i in range(start, start + len(part)):
                expected[i] = (part + " " if spaced else part, i - start)
            pos = start + len(part)
        for i in range(0, len(thai), 1 if text is not long else 7):
            assert _unit_at(thai, i) == expected.get(i), (text[:40], i)
