"""normalizers.words' shortcuts give what the long way gives: the tone
marks restore_tone_marks puts back are the ones it puts back when every run
is tokenized, the index _toned reads answers as the dictionary's words
by their letters without tone marks do (one word, or of several the far
commonest: words.TONED_DOMINANT), _cluster_cuts are the places
pythainlp's tcc_pos_array marks and _newmm's tokens are word_tokenize's;
on the samples', the OCR corpus' and the bench archive's kind of Thai, and
on the same lines with tone marks dropped (what the index is for)."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import normalizers.words as words
from normalizers.words import TONE_MARKS

ROOT = Path(__file__).resolve().parent.parent
_TONE_RE = re.compile(f"[{TONE_MARKS}]")


def _lines(limit: int) -> list[str]:
    paths = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus").glob("*/ocr/*.txt")) \
        + sorted((ROOT / "tests/corpus").glob("*/*/ocr/*.txt"))
    seen: dict[str, None] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if line and len(line) < 200 and re.search("[\u0e01-\u0e2e]", line):
                seen.setdefault(line)
    return list(seen)[:limit]


def _slow_toned(span: str) -> str | None:
    """_toned as the dictionary's words by their letters without tone marks answer it."""
    def lost_tones(read: str, word: str) -> bool:
        i = 0
        for ch in word:
            if i < len(read) and read[i] == ch:
                i += 1
            elif ch not in TONE_MARKS:
                return False
        return i == len(read)

    fits = [w for w in _slow_by_toneless().get(_TONE_RE.sub("", span), ()) if w != span and lost_tones(span, w)]
    if len(fits) == 1:
        return fits[0]
    # several: the one TONED_DOMINANT times commoner than its rivals together, where the corpus counts them all
    counts = sorted(((words.word_frequency(w), w) for w in fits), key=lambda cw: (-cw[0], cw[1]))
    rivals = [c for c, _ in counts[1:]]
    if counts and all(rivals) and counts[0][0] >= words.TONED_DOMINANT * sum(rivals):
        return counts[0][1]
    return None


_BY_TONELESS: dict[str, list[str]] = {}


def _slow_by_toneless() -> dict[str, list[str]]:
    if not _BY_TONELESS:
        for word in words._dictionary():
            _BY_TONELESS.setdefault(_TONE_RE.sub("", word), []).append(word)
    return _BY_TONELESS


def test_the_index_answers_as_the_words_without_tone_marks():
    dictionary = words._dictionary()
    spans = set(words._by_toneless())
    for word in dictionary:
        marks = [at for at, ch in enumerate(word) if ch in TONE_MARKS]
        for n in range(1, len(marks) + 1):
            for dropped in combinations(marks, n):
                spans.add("".join(ch for at, ch in enumerate(word) if at not in dropped))
    spans |= {"การ", "คำสัง", "แต่งตัง", "ตัง", "xyz", "กกก"}
    checked = 0
    for span in spans:
        if len(span) >= 3 and span not in dictionary:  # (restore_tone_marks asks of no other span)
            assert words._toned(span) == _slow_toned(span), span
            checked += 1
    assert checked > 30_000


def _tone_dropped(line: str) -> list[str]:
    """`line` with its first, its last and all of its tone marks dropped."""
    marks = [m.start() for m in _TONE_RE.finditer(line)]
    if not marks:
        return []
    return [line[:marks[0]] + line[marks[0] + 1:], line[:marks[-1]] + line[marks[-1] + 1:], _TONE_RE.sub("", line)]


def test_restored_text_is_the_one_every_run_tokenized_gives(monkeypatch):
    lines = _lines(2500)
    texts = lines + [v for line in lines[:1500] for v in _tone_dropped(line)]
    fast = [words.restore_tone_marks.__wrapped__(t) for t in texts]
    monkeypatch.setattr(words, "_restorable", lambda run, vouched=frozenset(): True)
    slow = [words.restore_tone_marks.__wrapped__(t) for t in texts]
    assert sum(1 for _, changes in slow if changes) > 100
    for text, a, b in zip(texts, fast, slow):
        assert a == b, text


def test_cluster_cuts_are_tcc_pos_array_places():
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    lines = _lines(5000)
    texts = lines + [v for line in lines[:2000] for v in _tone_dropped(line)] + ["", "ก", "เก็บ\nแก้ว ๆ", "abc เค"]
    for text in texts:
        marks = tcc_pos_array(text)
        assert list(words._cluster_cuts(text)) == [0] + [at for at in range(1, len(text) + 1) if marks[at]], text


def test_newmm_words_are_the_dictionary_words():
    # _restorable: a token of newmm that is no dictionary word is one it cut where no word starts
    assert words._word_trie()._ends <= words._dictionary()


def test_newmm_tokens_are_word_tokenize_tokens():
    from pythainlp.tokenize import word_tokenize

    lines = _lines(4000)
    texts = [v for line in lines for v in (line, words._NOT_THAI.sub(" ", line), *words._THAI_RUN_RE.findall(line))]
    texts += [words._NOT_THAI.sub(" ", v) for line in lines[:1500] for v in _tone_dropped(line)]
    texts += ["", " ", "  ก  ", "\n", "ก\nข", "๑๒๓ ก", "ต่าง ๆ ", "\t\tการ", "ก.ค. 1,234.5"]
    for text in texts:
        assert words._newmm(text) == word_tokenize(text, custom_dict=words._word_trie(), keep_whitespace=False), text


def test_newmm_words_of_a_run_are_a_path_of_its_word_graph():
    # word_graph: where it answers, newmm's words of the run are words of its graph, end to end from 0 to the
    # run's end (and where it does not, the run has no cut into dictionary words, or one newmm may miss)
    lines = _lines(5000)
    runs = {run for line in lines for run in words._THAI_RUN_RE.findall(line)}
    runs |= {run for line in lines[:2500] for v in _tone_dropped(line) for run in words._THAI_RUN_RE.findall(v)}
    runs |= {run.replace("\u0e33", "\u0e4d\u0e32", 1) for run in list(runs)[::7] if "\u0e33" in run}
    runs |= {"ก", "กก", "การ", "xyz", "การ การ", "ๆ", "\u0e4d"}
    # long runs of words: more than _MAX_GRAPH_SIZE words in all, but not in newmm's graph at once (it takes
    # the words up to each place all words before it end at)
    long_runs = {word * 40 for word in ("การศึกษา", "ตากลม", "นอกจากนี้", "ในการ")}
    assert all(words.word_graph(run) is not None for run in long_runs)
    runs |= long_runs
    told = 0
    for run in runs:
        graph = words.word_graph(run)
        if graph is None:
            continue
        told += 1
        at = 0
        for token in words._newmm(run):
            assert at + len(token) in graph[at], (run, token)
            assert token in words._dictionary()
            at += len(token)
        assert at == len(run)
    assert told > 3000 and len(runs) > 6000


def test_restored_text_with_words_vouched_for_is_the_one_every_run_tokenized_gives(monkeypatch):
    # _restorable tells a run's spans once for every `vouched` (_restorable_spans: the joins into a rare word
    # kept apart), so asking with EVERY_WORD or with one word after the plain asking reads the same memo
    joined = "มีผู้เข้ารวมกิจกรรม จำนวน 52 คน"  # "ผู้เข้าร่วม" is a rare word: joined only where vouched for
    lines = _lines(400)
    texts = [joined] + lines + [v for line in lines for v in _tone_dropped(line)]
    asked = (frozenset(), words.EVERY_WORD, frozenset({"ผู้เข้าร่วม"}))
    fast = [words.restore_tone_marks.__wrapped__(t, v) for v in asked for t in texts]
    # runs whose only spans are joins into a rare word ("ครู" + "ดี" is "รู้ดี" but for a mark) are among them
    assert words._restorable_spans("ครูดีเด่น") == (False, ("รู้ดี",))
    assert not words._restorable("ครูดีเด่น") and words._restorable("ครูดีเด่น", frozenset({"รู้ดี"}))
    monkeypatch.setattr(words, "_restorable", lambda run, vouched=frozenset(): True)
    slow = [words.restore_tone_marks.__wrapped__(t, v) for v in asked for t in texts]
    assert fast == slow
    change = (("ผู้เข้ารวม", "ผู้เข้าร่วม"),)
    assert [fast[i * len(texts)][1] for i in range(3)] == [(), change, change]


def test_newmm_memo_gives_each_caller_a_list_of_its_own():
    # _newmm memoises the tokens of a short text (CACHED_TOKENS): a caller that changes its list changes no other's
    for text in ("โครงการก่อสร้างอาคารเรียน", "ก่อสร้าง " * (words.CACHED_TOKENS // 9 + 1)):
        first = words._newmm(text)
        assert first == words._newmm_of(text) and isinstance(first, list)
        first.append("ก")
        assert words._newmm(text) == words._newmm_of(text)
    assert words._cached_newmm.cache_info().currsize >= 1


def test_tone_marks_restorable_tells_what_restore_tone_marks_leaves():
    """tone_marks_restorable's (alone, joined): where alone is False restore_tone_marks(text) is (text, ()),
    where joined is False restore_tone_marks(text, vouched) is for EVERY_WORD and a set of words; on the
    lines, and on the same lines with their tone marks dropped (where it is True most)."""
    lines = _lines(1500)
    texts = lines + [_TONE_RE.sub("", line) for line in lines]
    told = {True: 0, False: 0}
    for text in texts:
        alone, joined = words.tone_marks_restorable(text)
        assert joined or not alone, text
        if not alone:
            assert words.restore_tone_marks(text) == (text, ()), text
        if not joined:
            assert words.restore_tone_marks(text, words.EVERY_WORD) == (text, ()), text
            assert words.restore_tone_marks(text, frozenset(("ผู้เข้าร่วม", "ร่วมใน"))) == (text, ()), text
        told[alone] += 1
    assert told[True] > 100 and told[False] > 100


def test_labels_no_run_may_change_are_not_asked_for_tone_marks(monkeypatch):
    """pipeline.marks asks restore_tone_marks only of a label tone_marks_restorable says it may change."""
    import pipeline.marks as marks

    asked: list[str] = []
    real = marks.restore_tone_marks

    def counted(text, vouched=frozenset()):
        asked.append(text)
        return real(text, vouched)

    monkeypatch.setattr(marks, "restore_tone_marks", counted)
    assert marks._restoration_of("โครงการพัฒนาคุณภาพการศึกษา", ["โครงการพัฒนาคุณภาพการศึกษา"], [])[1] == ()
    assert asked == []
    assert marks._restoration_of("คำสังแต่งตัง", [], [])[0] == "คำสั่งแต่งตั้ง"
    assert asked == ["คำสังแต่งตัง"]


def _slow_no_word_starts(run: str, at: int) -> bool:
    """_no_word_starts as the start code read it: every word trie.prefixes finds at `at`, letter by letter,
    asked whether it ends at a cluster's end."""
    cuts = set(words._cluster_cuts(run))
    return not any(at + len(word) in cuts for word in words._word_trie().prefixes(run, at))


def _slow_in_words(run: str, start: int, end: int) -> bool:
    """_in_words as the start code read it: the words from each place found by trie.prefixes, letter by letter."""
    cuts = set(words._cluster_cuts(run))
    prefixes = words._word_trie().prefixes
    span = run[:end]
    reached = {start}
    for n in range(1, words.JOIN_MAX + 1):
        after = {at + len(word) for at in reached for word in prefixes(span, at) if at + len(word) in cuts}
        if n > 1 and end in after:
            return True
        reached = after - {end}
        if not reached:
            return False
    return False


def test_word_walks_at_the_cuts_answer_as_the_letter_by_letter_walks():
    # _no_word_starts and _in_words walk the dictionary's prefixes at the cluster cuts alone (where
    # _restorable_spans asks them): the same answers as trie.prefixes' letter-by-letter walk, on printed
    # runs, the same with tone marks dropped (what _restorable_spans is asked of) and with letters cut off
    lines = _lines(1500)
    runs = {run for line in lines for run in words._THAI_RUN_RE.findall(line)}
    runs |= {run for line in lines[:600] for v in _tone_dropped(line) for run in words._THAI_RUN_RE.findall(v)}
    runs |= {run[1:] for run in list(runs)[:2000]} | {"ก", "กข", "คำสัง", "แต่งตัง", "ขับเคลือน", "ๆๆ"}
    get = words._word_trie()._nodes.get
    asked = joined = 0
    for run in sorted(runs):
        cuts = words._cluster_cuts(run)
        for k, at in enumerate(cuts[:-1]):
            assert words._no_word_starts(run, cuts, k, get) == _slow_no_word_starts(run, at), (run, at)
            for end in cuts[k + 2:k + 9]:
                fast = words._in_words(run, at, end, cuts, get)
                assert fast == _slow_in_words(run, at, end), (run, at, end)
                asked += 1
                joined += fast
    assert asked > 10_000 and joined > 1_000  # (both answers met often)


def test_restorable_spans_answer_as_with_the_letter_by_letter_walks(monkeypatch):
    # _restorable_spans with its walks at the cuts (and its early answer where no span is found) gives what it
    # gives with the start code's walks
    lines = _lines(1200)
    runs = sorted({run for line in lines for v in (line, *_tone_dropped(line)[:3])
                   for run in words._THAI_RUN_RE.findall(v)})
    fast = {run: words._restorable_spans.__wrapped__(run) for run in runs}
    monkeypatch.setattr(words, "_no_word_starts", lambda run, cuts, k, get: _slow_no_word_starts(run, cuts[k]))
    monkeypatch.setattr(words, "_in_words", lambda run, start, end, cuts, get: _slow_in_words(run, start, end))
    slow = {run: words._restorable_spans.__wrapped__(run) for run in runs}
    assert fast == slow
    assert sum(1 for v in fast.values() if v[0]) > 100 and sum(1 for v in fast.values() if v[1]) > 5


def test_newmm_takes_the_word_straight_to_the_decided_place_as_its_search_does(monkeypatch):
    # _newmm_steps takes the word from the last place decided straight to the next, where there is one, without
    # newmm's breadth-first search (whose first path is that word: its first step yields it); the same tokens as
    # word_tokenize (which searches every time), with the search asked far less often
    import pythainlp.tokenize.newmm as newmm
    from pythainlp.tokenize import word_tokenize

    search = newmm._bfs_paths_graph
    assert next(search({0: [2, 3], 2: [3], 3: [5]}, 0, 3)) == [0, 3]
    lines = _lines(800)
    texts = [words._NOT_THAI.sub(" ", t) for line in lines for t in (line, *_tone_dropped(line)[:1])]
    expected = [word_tokenize(t, custom_dict=words._word_trie(), keep_whitespace=False) for t in texts]
    calls = []

    def counted(graph, start, goal):
        calls.append(goal)
        return search(graph, start, goal)

    monkeypatch.setattr(newmm, "_bfs_paths_graph", counted)
    assert [words._newmm_of(t) for t in texts] == expected
    assert len(calls) < sum(map(len, expected)) / 10, (len(calls), sum(map(len, expected)))


def _open_end_tokenized(text: str) -> str | None:
    """open_end as it was before its shortcut: the last chunk always tokenized."""
    chunks = words._END_SPECKS_RE.sub("", text).split()
    if not chunks or not words._WHOLE_THAI_RUN_RE.match(chunks[-1]):
        return None
    found = words.thai_words(chunks[-1])
    return found[-1] if found and found[-1] in words.OPEN_END_WORDS else None


def test_open_end_without_tokenizing_answers_as_the_tokenized_last_word(monkeypatch):
    # a chunk whose letters end with no open-end word is not tokenized, and is no open end
    asked: list[str] = []
    real = words.thai_words
    monkeypatch.setattr(words, "thai_words", lambda text: asked.append(text) or real(text))
    assert words.open_end("ความพึงพอใจใน :") == "ใน"
    assert words.open_end("สำนักงานเขต") is None
    assert words.open_end("ภายใน") is None  # (ends with ใน's letters: tokenized, its last word is ภายใน)
    assert asked == ["ความพึงพอใจใน", "ภายใน"]
    # and on the corpus' lines, each line's every ending of its text: what tokenizing always gives
    lines = _lines(4000)
    texts = {line[:cut] for line in lines for cut in range(len(line) - 12, len(line) + 1, 3)} | set(lines)
    opened = 0
    for text in texts:
        got = words.open_end(text)
        assert got == _open_end_tokenized(text), text
        opened += got is not None
    assert opened > 20
