"""pipeline.wording.lookalike_slip tokenizes a text only where _may_slip says it may hold a slip (issue 13: the
check tokenized every row text that reached it, 10 % of the per-document pass): the gate must never refuse a
text the rule, ungated, finds a slip in (its words run together across a space, a figure or a Latin word, a
dictionary word that holds a space, a vowel or a look-alike letter), and must refuse plain texts."""
import random

from normalizers.words import _dictionary
from pipeline import wording
from pipeline.wording import _LOOKALIKE_LETTER, _VOWEL_LENGTHS, _may_slip, lookalike_slip


def _ungated(text: str, consonants: bool) -> tuple[str, str] | None:
    """lookalike_slip as it was before its gate (every text tokenized)."""
    return wording._slip_in_words(text, consonants)


def _texts() -> list[str]:
    """Hand-made texts: the committed examples, and dictionary words (some holding a space) with a vowel or a
    letter read as its pair, between other words, glued or apart (a space, a figure, a Latin word)."""
    rnd = random.Random(46)
    words = sorted(_dictionary())
    swaps = {**_VOWEL_LENGTHS, **_LOOKALIKE_LETTER}
    texts = ["ครุผู้สอน", "ครุ ผู้สอน", "ครุ 12 ผู้สอน", "ค่าถ่ายเอกสาว", "ค่าถ่าย เอกสาว จำนวน 5 ชุด",
             "ประชุมครุผู้สอนในโรงเรียน", "การพัฒนาคุณภาพผู้เรียน", "ค่าถ่ายเอกสาร", "เอกสาว", ""]
    spaced = [w for w in words if " " in w]
    for _ in range(3000):
        word = rnd.choice(spaced if rnd.random() < 0.1 else words)
        at = [i for i, c in enumerate(word) if c in swaps]
        if at:
            i = rnd.choice(at)
            word = word[:i] + swaps[word[i]] + word[i + 1:]
        if len(word) > 3 and rnd.random() < 0.5:  # the word cut in two where OCR put a space or a figure
            cut = rnd.randrange(2, len(word) - 1)
            word = word[:cut] + rnd.choice([" ", " 12 ", " x ", "", "๒"]) + word[cut:]
        texts.append(f"{rnd.choice(words)}{rnd.choice(['', ' '])}{word}{rnd.choice(['', ' '])}{rnd.choice(words)}")
    return texts


def test_the_gate_never_refuses_a_slip():
    found = refused = 0
    for text in _texts():
        for consonants in (False, True):
            slip = _ungated(text, consonants)
            assert lookalike_slip(text, consonants) == slip, (text, consonants)
            if slip is not None:
                found += 1
                assert _may_slip(text, consonants), (text, consonants, slip)
            refused += not _may_slip(text, consonants)
    assert found > 300 and refused > 1000  # (the cases do hold slips, and the gate does refuse texts)


def test_the_gate_refuses_plain_texts_and_keeps_no_text():
    assert not _may_slip("ประชุมครูผู้สอนเพื่อพัฒนาคุณภาพผู้เรียน จำนวน 25 คน", False)
    assert not any(_may_slip(label, True) for label in ("ค่าอาหารกลางวัน", "ค่าถ่ายเอกสาร", "ค่าวัสดุ"))
    assert _may_slip("ประชุมครุผู้สอน", False) and lookalike_slip("ประชุมครุผู้สอน") == ("ครุผู้สอน", "ครูผู้สอน")
    # the look-alike letters only for a label; a text seen as a label and then as a text, or in two documents
    # in a row, is answered alike each time (the indexes are the dictionary's, built once a process)
    for _ in range(2):
        assert lookalike_slip("ค่าถ่ายเอกสาว", True) == ("เอกสาว", "เอกสาร")
        assert lookalike_slip("ค่าถ่ายเอกสาว", False) is None
    assert wording._vowel_slips.cache_info().currsize == 1
