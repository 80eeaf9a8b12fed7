"""normalizers.words.commonest_with_a_mark_more answers what trying every
mark at every place would (the definition pipeline.wording relied
on before the index)."""

from normalizers.words import (DROPPED_MARKS, _dictionary, commonest_with_a_mark_more, commonest_word_with_a_mark_more,
                               known_word, mark_more_texts, word_frequency)


def brute(text: str) -> int:
    counts = [word_frequency(w) for i in range(1, len(text) + 1) for m in DROPPED_MARKS
              for w in (text[:i] + m + text[i:],) if known_word(w)]
    return max(counts, default=-1)


def brute_word(text: str) -> str | None:
    fuller = [w for i in range(1, len(text) + 1) for m in DROPPED_MARKS
              for w in (text[:i] + m + text[i:],) if known_word(w)]
    return max(fuller, key=lambda w: (word_frequency(w), w), default=None)


def test_index_equals_trying_every_mark_at_every_place():
    words = sorted(w for w in _dictionary() if any(m in w[1:] for m in DROPPED_MARKS))[::97]
    texts = [w.replace(m, "", 1) for w in words for m in DROPPED_MARKS if m in w[1:]]
    texts += ["แต่งตัง", "การศึกษา", "ตัง", "กข", "ก"] + [w for w in words[:200]]
    assert len(texts) > 500
    hits = 0
    for text in texts:
        got = commonest_with_a_mark_more(text)
        assert got == brute(text), text
        assert commonest_word_with_a_mark_more(text) == brute_word(text), text
        assert (text in mark_more_texts()) == (got >= 0), text  # (what pipeline.wording asks first)
        hits += got >= 0
    assert hits > 300  # the texts one mark short do find their word


def test_a_mark_at_the_first_letter_is_not_tried():
    # the index, like the loop it replaces, puts a mark only after a letter
    assert commonest_with_a_mark_more("") == -1
