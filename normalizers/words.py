"""Thai words: how plausible a text's Thai is, by pythainlp's dictionary and
word tokenizer (newmm).  Forms-agnostic: the copy vote breaks ties with it
(pipeline.vote), and a repair of a text can ask whether its choice still
reads like a damaged one (parsers.obec_progress.texts)."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache
from heapq import heappop, heappush
from itertools import accumulate, combinations
from typing import Any

import regex

from pythainlp.tokenize import newmm as _newmm_steps_of  # (its _bfs_paths_graph looked up at each use: tests count it)
# (imported once, not at each call of _newmm_steps and word_graph)
from pythainlp.tokenize.newmm import _MAX_GRAPH_SIZE, _find_skip_end
from pythainlp.tokenize.tcc_p import _PAT_TCC as _TCC_RE  # (newmm's Thai character clusters: _cluster_cuts)

from normalizers.index_cache import stored
from normalizers.text import mark_tolerant


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    from pythainlp.corpus import thai_words

    return frozenset(thai_words())


@lru_cache(maxsize=1)
def _word_trie() -> Any:
    """pythainlp's dictionary for its tokenizer (newmm): the same words as
    its default trie, which a process would otherwise build on its first
    tie-break (0.5 CPU s: a Python object for each of 235,000 prefixes);
    `_WordPrefixes` answers the same in a third of the time to build, and
    its parts are kept on disk between processes (_word_prefix_parts)."""
    from pythainlp.util import Trie

    class _WordPrefixes(Trie):
        """The words of a Trie answered from one dict (every prefix of a
        word -> whether it is a word itself): `prefixes`, what newmm asks,
        gives the same list, in the same order, as the Trie walk; built by
        C-level comprehensions where the Trie adds a word letter by letter."""

        def __init__(self, nodes: dict[str, bool], ends: set[str],
                     spaced: dict[str, tuple[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]]) -> None:
            super().__init__(())
            self._nodes = nodes
            self._ends = ends
            self._word_count = len(ends)
            self.spaced = spaced  # (plausibility's units: _spanned)
            self.longest = max(map(len, ends), default=0)  # (unknown_token_at)

        def prefixes(self, text: str, start: int = 0) -> list[str]:
            res = []
            get = self._nodes.get
            end, n = start + 1, len(text)
            while end <= n:
                s = text[start:end]
                word = get(s)
                if word is None:
                    break
                if word:
                    res.append(s)
                end += 1
            return res

        def __contains__(self, key: object) -> bool:
            return key in self._ends

        def __iter__(self) -> Any:
            return iter(sorted(self._ends))

        def add(self, word: str) -> None:
            raise TypeError("the tokenizer's dictionary is fixed")

        def remove(self, word: str) -> None:
            raise TypeError("the tokenizer's dictionary is fixed")

    return _WordPrefixes(*stored("word_prefixes", _word_prefix_parts, (dict, set, dict)))


def _word_prefix_parts() -> tuple[dict[str, bool], set[str],
                                  dict[str, tuple[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]]]:
    """_WordPrefixes' parts, of pythainlp's dictionary: every prefix of a
    word -> whether it is a word itself; the words; the words that hold a
    space (_spaced_words)."""
    from pythainlp.corpus import thai_words

    ends = {w.strip() for w in thai_words()}  # (Trie.add strips each word)
    nodes = dict.fromkeys((w[:i] for w in ends for i in range(1, len(w))), False)
    nodes.update(dict.fromkeys(ends, True))
    nodes.pop("", None)
    return nodes, ends, _spaced_words(ends)


# word_tokenize (newmm) is quadratic in a long text ("1 ต.ค. 2566" repeated:
# 96,000 characters take 0.7 s, a million minutes): a longer text is given to
# it in pieces of at most this many characters, cut at white space, and is
# not memoised (the cache would hold it).
TOKENIZE_CHARS = 10_000


def plausibility(text: str) -> tuple[float, float]:
    """(share of Thai tokens in the dictionary, mean Thai token length).
    Only the Thai of `text` is scored (see _tokens): texts that differ in
    digits or Latin letters alone are one question, and a text without a
    Thai letter has no token to score.

    The tokens are counted unit by unit (_units: the text cut at the spaces
    no dictionary word spans), each unit's counts memoised: newmm's tokens
    of the text are its units' tokens end to end, so the score is the one
    of the whole text, while two readings that differ in one word, or a
    text tried with a mark added here or there (lacks_a_tone in
    parsers.obec_progress.texts), tokenize only the units they do not
    share."""
    n, known, length = plausibility_counts(text)
    if not n:
        return 0.0, 0.0
    return known / n, length / n


def plausibility_counts(text: str) -> tuple[int, int, int]:
    """(Thai tokens, those in the dictionary, their characters) of `text`:
    what plausibility's shares are made of, for a caller that adds tokens
    of its own to weigh (the copy vote's stray Latin runs)."""
    thai = _NOT_THAI.sub(" ", text)
    if not _THAI_LETTER.search(thai):
        return 0, 0, 0
    n = known = length = 0
    for unit, spaced in _units(thai):
        u_n, u_known, u_length = _unit_counts(unit, spaced)
        n += u_n
        known += u_known
        length += u_length
    return n, known, length


_NOT_THAI = re.compile(r"[^\u0e00-\u0e7f]+")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")  # what a scored token must hold (_unit_counts)


def _pieces(text: str) -> list[str]:
    """`text` in the pieces newmm is given (TOKENIZE_CHARS)."""
    out: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + TOKENIZE_CHARS)
        if end < len(text):
            cut = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
            end = cut if cut > start else end
        out.append(text[start:end])
        start = end
    return out


def _tokens(text: str) -> list[str]:
    """pythainlp's tokens of the Thai in `text`: runs of other characters
    (only Thai tokens are scored) become one space first, as newmm is slow
    on a long run of digits or Latin letters."""
    out: list[str] = []
    for piece in _pieces(_NOT_THAI.sub(" ", text)):
        out.extend(_newmm(piece))
    return out


def _newmm(text: str) -> list[str]:
    """pythainlp's word_tokenize(text, custom_dict=_word_trie(),
    keep_whitespace=False) (newmm): _newmm_of's tokens, memoised for a text
    of up to CACHED_TOKENS characters (a new list each call: the caller's
    own).  A document's texts are tokenized again run by run: the tone-mark
    restoration tokenizes a label's run once for each set of words it may
    vouch for (pipeline.marks.printed_joins), and the labels share runs (on
    the bench archive, 14 % of the characters tokenized were a text the
    same document had tokenized before)."""
    if len(text) <= CACHED_TOKENS:
        return list(_cached_newmm(text))
    return _newmm_of(text)


CACHED_TOKENS = 200  # characters: a longer text (a piece of a long text) is not memoised


@lru_cache(maxsize=4096)
def _cached_newmm(text: str) -> tuple[str, ...]:
    return tuple(_newmm_of(text))


def _newmm_of(text: str) -> list[str]:
    """pythainlp's word_tokenize(text, custom_dict=_word_trie(),
    keep_whitespace=False) (newmm): every token of _newmm_steps."""
    return list(_newmm_steps(text))


def _newmm_steps(text: str) -> Iterator[str]:
    """pythainlp's word_tokenize(text, custom_dict=_word_trie(),
    keep_whitespace=False) (newmm), the same tokens found with less work
    for a text of Thai and white space alone (any other text is handed to
    word_tokenize): pythainlp.tokenize.newmm's own steps (_onecut), with
    the places it may cut found in one regex pass (_cluster_cuts, where
    newmm matches cluster after cluster) and the dictionary's words
    starting at a place read from _WordPrefixes' dict in the loop, at the
    cuts alone (where newmm asks the trie in a call for each place, which
    walks it letter by letter); no formatted number
    (digits and ".,:") to join again, and white space tokens dropped and
    the rest stripped of spaces, as keep_whitespace=False does.  Tested
    equal to word_tokenize on the corpus' and the bench's texts
    (tests/test_words_speed.py).  The tokens come one by one as newmm
    decides them (each is decided before the text past the place it ends at
    is read), so a caller that stops at the token it looks for does not
    tokenize the rest (thai_words_lazily)."""
    if _NOT_THAI_OR_WHITE.search(text):
        from pythainlp.tokenize import word_tokenize

        yield from word_tokenize(text, custom_dict=_word_trie(), keep_whitespace=False)
        return
    trie = _word_trie()
    get = trie._nodes.get
    n = len(text)
    cuts = _cluster_cuts(text)
    last = len(cuts)
    valid = bytearray(n + 1)  # (tcc_pos_array's)
    for at in cuts[1:]:
        valid[at] = 1
    graph: defaultdict[int, list[int]] = defaultdict(list)
    graph_size = 0
    pos_list = [0]  # the places words may start at, a heap
    end_pos = 0
    while n and pos_list[0] < n:
        begin = heappop(pos_list)
        # newmm's _extend_graph: the words from `begin` that end at a cut.  It walks the dictionary's prefixes
        # letter by letter; they hold every prefix of a word, so a text that is none at a cut is none at any
        # cut past it either: the walk asks at the cuts alone (a place it starts at is always a cut)
        j = bisect_right(cuts, begin)
        while j < last and (word := get(text[begin:(end := cuts[j])])) is not None:
            if word:
                graph[begin].append(end)
                graph_size += 1
                if end not in pos_list:
                    heappush(pos_list, end)
                if graph_size > _MAX_GRAPH_SIZE:
                    break
            j += 1
        if len(pos_list) == 1:  # one place left: the words up to it are decided
            # (newmm's breadth-first search yields first the word straight to it, where there is one: most often
            # the one word from the place before; taken without the search)
            goal = pos_list[0]
            path = [end_pos, goal] if goal in graph[end_pos] else \
                next(_newmm_steps_of._bfs_paths_graph(graph, end_pos, goal))
            graph_size = 0
            graph.clear()
            for at in path[1:]:
                if token := text[end_pos:at].strip(" "):  # (white space tokens dropped, the rest stripped)
                    yield token
                end_pos = at
        elif not pos_list:  # no word goes on from here: a piece no dictionary word covers
            end_pos = _find_skip_end(text, begin, valid, trie)
            graph_size = 0
            graph.clear()
            if token := text[begin:end_pos].strip(" "):
                yield token
            heappush(pos_list, end_pos)


_NOT_THAI_OR_WHITE = re.compile(r"[^\u0e00-\u0e7f\s]")


@lru_cache(maxsize=8192)  # (the wording check and the vowel restoration ask of the same runs; shared: not to be changed)
def word_graph(run: str) -> dict[int, list[int]] | None:
    """Every dictionary word newmm may take as one of its words of `run`
    (a run of Thai, no white space), told without tokenizing it: as the
    places such a word starts at -> the places it ends at (both in order),
    the words that lie on some cut of the whole run into dictionary words
    each ending at a cluster's end; None when no such cut exists, or when
    newmm might not find one.

    newmm adds the words (ending at a cut, _cluster_cuts) starting at each
    place it reaches, the least place first, and takes the words up to a
    place once every place it still has to go on from is that one.  With a
    cut S of the run into such words, a place of S past the last one it
    went on from is always among those (its word from the last one was
    added), so a place it takes words up to is on S, whichever S: newmm's
    words are words of S's graph, from 0 to the run's end, and each lies on
    a cut.  That holds while newmm adds every word: it stops adding them at
    a place when more than _MAX_GRAPH_SIZE are in its graph (the words
    from the places it went on from since it last took words, which it
    does at a place every word from a place before ends at or before), so
    a run where it would is not told (None).  Its words are then the
    dictionary's (tests/test_words_speed.py); the caller asks thai_words
    where None."""
    if not run or len(run) > TOKENIZE_CHARS or _NOT_THAI.search(run):
        return None
    get = _word_trie()._nodes.get
    cuts = _cluster_cuts(run)
    n, last = len(run), len(cuts)
    reached = bytearray(n + 1)
    reached[0] = 1
    words: list[tuple[int, int]] = []  # (start, end), by start
    furthest = 0  # the furthest end of a word from the places walked
    in_graph = 0  # the words in newmm's graph
    for i in range(last - 1):
        start = cuts[i]
        if not reached[start]:
            continue
        if furthest == start:  # every word from before ends here or before: newmm has taken the words up to here
            in_graph = 0
        j = i + 1
        # (the dictionary's prefixes hold every prefix of a word: the walk stops at the first cut that is none)
        while j < last and (word := get(run[start:(end := cuts[j])])) is not None:
            if word:
                reached[end] = 1
                words.append((start, end))
                in_graph += 1
                if end > furthest:
                    furthest = end
            j += 1
        if in_graph > _MAX_GRAPH_SIZE:
            return None
    if not reached[n]:
        return None
    on_a_cut = bytearray(n + 1)  # the places the run's end is reached from (every word from a place after a
    on_a_cut[n] = 1  # word's start is met first, walking back, so its end is told when the word is met)
    for start, end in reversed(words):
        if on_a_cut[end]:
            on_a_cut[start] = 1
    # the words on a cut, walked forward: starts and ends come in order (a dict built backward and then turned
    # round, list by list, cost an eighth of the whole)
    graph: dict[int, list[int]] = {}
    for start, end in words:
        if on_a_cut[end]:
            if start in graph:
                graph[start].append(end)
            else:
                graph[start] = [end]
    return graph


def _units(thai: str) -> list[tuple[str, bool]]:
    """The units of a text of Thai and single spaces (what plausibility
    makes of a text) that newmm tokenizes apart, each with whether a space
    follows it in its piece.  newmm cuts at every space no dictionary word
    spans (a space is a token of its own there, and its graph of word ends
    starts afresh after it); its character clusters never hold a space, but
    one rule looks at the character after a cluster (a cluster may end
    there only before a consonant, a leading vowel or the end of the text),
    so a unit a space follows is tokenized with that space.  A space is
    kept inside a unit when a dictionary word may span it (_spanned:
    "ต่าง ๆ" is one word)."""
    units: list[tuple[str, bool]] = []
    for piece in _pieces(thai):
        parts: list[str] = []
        prev = ""
        for chunk in piece.split(" "):
            if not chunk:
                continue
            if parts and _spanned(prev, chunk):
                parts[-1] += " " + chunk
            else:
                parts.append(chunk)
            prev = chunk
        last = len(parts) - 1
        units.extend((part, i < last or piece.endswith(" ")) for i, part in enumerate(parts))
    return units


def _spanned(before: str, after: str) -> bool:
    """Whether a dictionary word may span the space between two words of a
    text: the part of a dictionary word before one of its spaces ends
    `before`, and the part after it begins `after`."""
    heads = _word_trie().spaced.get(after[0])
    if heads is None or not after.startswith(heads[0]):
        return False
    return any(after.startswith(head) and before.endswith(tails) for head, tails in heads[1])


def _spaced_words(ends: set[str]) -> dict[str, tuple[tuple[str, ...], list[tuple[str, tuple[str, ...]]]]]:
    """The dictionary's words that hold a space (611 in pythainlp's list,
    most of them a word and ๆ), as the parts on either side of each space:
    by the first letter of the part after it, (every such part, [(a part
    after, the parts before it)]).  Built with the tokenizer's dictionary
    (_word_trie), once a process."""
    pairs: dict[str, dict[str, set[str]]] = {}
    for word in ends:
        if " " not in word or _NOT_THAI_OR_SPACE.search(word):
            continue  # (a word with other characters is never in plausibility's text)
        parts = word.split(" ")
        for before, after in zip(parts, parts[1:]):
            if before and after:  # (two spaces in a row are never in plausibility's text either)
                pairs.setdefault(after[0], {}).setdefault(after, set()).add(before)
    return {first: (tuple(sorted(heads)), [(head, tuple(sorted(tails))) for head, tails in sorted(heads.items())])
            for first, heads in pairs.items()}


_NOT_THAI_OR_SPACE = re.compile(r"[^\u0e00-\u0e7f ]")


@lru_cache(maxsize=4096)
def _unit_counts(unit: str, spaced: bool) -> tuple[int, int, int]:
    """(Thai tokens, those in the dictionary, their characters) of a unit
    (_units), tokenized with the space after it when one follows it."""
    words = _dictionary()
    tokens = _newmm(unit + " " if spaced else unit)
    n = known = length = 0
    for token in tokens:
        if _THAI_LETTER.search(token):
            n += 1
            known += token in words
            length += len(token)
    return n, known, length


def _unit_at(thai: str, at: int) -> tuple[str, int] | None:
    """The unit of `thai` (a text of Thai and single spaces, as plausibility
    makes it) holding the character at `at`, as newmm is given it (_units:
    with the space after it when one follows it), and where `at` is in it;
    None when `at` is a space between units."""
    offset = 0
    for piece in _pieces(thai):
        if offset <= at < offset + len(piece):
            break
        offset += len(piece)
    else:
        return None
    # the piece's units are _units' parts of it: its chunks, a chunk joined to the one before it
    # when a dictionary word may span the space between them
    units: list[tuple[int, int]] = []  # (start, end) in the piece
    prev = ""
    start = 0
    for chunk in piece.split(" "):
        end = start + len(chunk)
        if chunk:
            if units and _spanned(prev, chunk):
                units[-1] = (units[-1][0], end)
            else:
                units.append((start, end))
            prev = chunk
        start = end + 1
    at -= offset
    for i, (start, end) in enumerate(units):
        if start <= at < end:
            spaced = i < len(units) - 1 or piece.endswith(" ")
            return piece[start:end] + (" " if spaced else ""), at - start
    return None


@lru_cache(maxsize=256)  # (lacks_a_tone asks of one place four times, a tone mark each)
def _cluster_ends(unit: str) -> bytes:
    """Where newmm may cut `unit`: the ends of its Thai character clusters
    (pythainlp's tcc_pos_array).  Its cluster patterns have every tone mark
    in one class ([่-๋]) and name none alone, so a text with one tone mark
    for another has the same clusters."""
    from pythainlp.tokenize.tcc_p import tcc_pos_array

    return bytes(tcc_pos_array(unit))


def unknown_token_at(text: str, letter: int, mark: int) -> bool:
    """Whether plausibility(text) surely counts a Thai token that is no
    dictionary word: newmm's token holding text[mark] (a Thai mark after
    the Thai letter text[letter], with only Thai marks between them) holds
    that letter too (newmm cuts its unit only where a character cluster
    ends, and none ends between them), and no dictionary word stands in the
    unit over both (the token, a piece of the unit, is none of them).
    False when either is not so (plausibility may still count one).  A
    cheap test (a cluster scan of one unit and a walk of the dictionary's
    prefixes around `mark`), where plausibility would tokenize."""
    before = _NOT_THAI.sub(" ", text[:letter])  # (text[letter] is Thai: no run of other characters is cut)
    found = _unit_at(before + _NOT_THAI.sub(" ", text[letter:]), len(before) + mark - letter)
    if found is None:
        return False
    unit, at = found
    first = at - (mark - letter)
    if unit[at] in TONE_MARKS:  # (the clusters are the same whichever tone mark it is: _cluster_ends)
        ends = _cluster_ends(unit[:at] + TONE_MARKS[0] + unit[at + 1:])
    else:
        ends = _cluster_ends(unit)
    if any(ends[first + 1:at + 1]):
        return False  # a cluster ends between them: the mark's token may hold no letter
    trie = _word_trie()
    get = trie._nodes.get
    for start in range(max(0, at + 1 - trie.longest), first + 1):
        end = start + 1
        while end <= len(unit) and (word := get(unit[start:end])) is not None:
            if word and end > at:
                return False  # a dictionary word over both: the token may be that word
            end += 1
    return True


def whole_text_plausibility(text: str) -> tuple[float, float]:
    """plausibility as newmm scores the whole text at once (no units, no
    memo): what plausibility must equal (tests, bench)."""
    tokens = [t for t in _tokens(text) if _THAI_LETTER.search(t)]
    if not tokens:
        return 0.0, 0.0
    words = _dictionary()
    known = sum(1 for t in tokens if t in words)
    return known / len(tokens), sum(len(t) for t in tokens) / len(tokens)


# Words that carry a sentence on from the words before them: a text that opens with one goes on from
# what stands above it, opening no item or description of its own (และ "and", หรือ "or", ซึ่ง "which",
# โดย "by", เนื่องจาก / เพราะ "because", จึง "so", ตาม "as", แล้ว / ไปแล้ว "already", ดังนี้ "as follows",
# ดังกล่าว "the said", แต่ "but", which must not be the opening of แต่ง "to appoint").
GOES_ON_WORDS = ("และ", "หรือ", "ซึ่ง", "โดย", "เนื่องจาก", "เพราะ", "จึง", "ตาม", "แล้ว", "ไปแล้ว", "ดังนี้", "ดังกล่าว")


# Words that join a text to words before it ("และโรงเรียนในสังกัด": a place whose first line OCR printed elsewhere;
# "ในสถานศึกษา"): no text of the forms opens with one (the truth of every committed and fresh set has none of its
# 40,000 texts so), so a text that does lost its opening words, or is the tail of another's (pipeline.wording's
# unknown-words check, parsers.obec_progress.texts.tails_rejoined)
JOINING_WORDS = ("และ", "หรือ", "ซึ่ง", "โดย", "กับ", "ของ", "ใน", "ที่")


def opening_joiner(text: str) -> str | None:
    """The joining word a text opens with (JOINING_WORDS: newmm's first word of its opening run of Thai, so
    "ของเล่น", "ที่ปรึกษา" are none), or None."""
    text = text.lstrip()
    if not text.startswith(JOINING_WORDS) or not (run := _THAI_RUN_RE.match(text)):
        return None  # (the prefix test first: nearly no text opens so)
    first = thai_words(run.group())[0]
    return first if first in JOINING_WORDS else None

# Words a text never ends with (a conjunction, a preposition, a word that needs the words after it): a text, or a
# cell's line, that ends with one goes on past it (parsers.bma_proposal.risks: in the next line of its column;
# open_end: a row's text cut there).  No text of the truth of every committed and fresh set ends with one.
# (the prepositions after "รวมทั้ง" too: "... พร้อมสำหรับ", an OBEC alignment whose last line OCR lost, fresh set
# s111r, obec_progress_s111r004, silent before; no text of the committed and fresh sets' truth, nor of the real
# samples', ends with one)
OPEN_END_WORDS = frozenset(("และ", "หรือ", "ของ", "ใน", "ที่", "เพื่อ", "จาก", "กับ", "โดย", "ซึ่ง", "แต่", "ทำให้",
                            "เนื่องจาก", "ไม่", "สามารถ", "ให้", "การ", "ความ", "ตลอดจน", "รวมทั้ง",
                            "สำหรับ", "ต่อ", "แก่", "สู่", "ระหว่าง", "ตาม", "ถึง", "เช่น", "ได้แก่", "เกี่ยวกับ"))
_WHOLE_THAI_RUN_RE = re.compile(r"^[\u0e01-\u0e4e]+$")
_OPEN_END_SUFFIXES = tuple(sorted(OPEN_END_WORDS))  # (str.endswith's tuple: open_end's test before tokenizing)
_END_SPECKS_RE = re.compile(r"[\s:;.,'|_~\-]+$")  # specks and stops OCR leaves after a text's last word


def open_end(text: str) -> str | None:
    """The word of OPEN_END_WORDS `text` ends with (newmm's last token of its
    last chunk of Thai, the specks and stops after it aside: "... ความพึงพอใจใน :"
    ends with ใน); None if it ends otherwise.

    The chunk is tokenized only when its letters end with one of
    OPEN_END_WORDS: newmm's tokens of a chunk of Thai letters (no space, no
    other character) are the chunk cut into pieces end to end, so its last
    token is an ending of the chunk, and a chunk that ends with none of the
    words has no such last token (most texts: told without tokenizing;
    tests/test_words_speed.py)."""
    chunks = _END_SPECKS_RE.sub("", text).split()
    if not chunks or not _WHOLE_THAI_RUN_RE.match(chunks[-1]) or not chunks[-1].endswith(_OPEN_END_SUFFIXES):
        return None
    words = thai_words(chunks[-1])
    return words[-1] if words and words[-1] in OPEN_END_WORDS else None


# Words a number always follows in these forms' texts ("ปีการศึกษา 2567", "ร้อยละ 80", and "พ.ศ. 2567"): a text
# ending with one lost its number (OCR dropped the line it wrapped onto: fresh set s96p, an OBEC project's name "...
# ปีการศึกษา" whose year line OCR lost, silently), as one ending with an OPEN_END_WORDS word lost its last words.
# ("ครั้งที่", "ไตรมาสที่" end with ที่, an open end already; not "ปีงบประมาณ": a name may end with it, "...
# แผนปฏิบัติการประจำปีงบประมาณ"; no text of the committed or fresh sets' truth ends with those here.)
NUMBER_LEAD_WORDS = ("ปีการศึกษา", "ร้อยละ")
_NUMBER_LEAD_SRC = "|".join(mark_tolerant(w, spaces=False) for w in NUMBER_LEAD_WORDS)
_NUMBER_LEAD_END_RE = regex.compile(rf"(?:^|(?<=[\s\u0e01-\u0e4e]))({_NUMBER_LEAD_SRC}|พ\.\s?ศ\.)[\s:;,'|_~\-]*$")
# ... and the zone word of an OBEC service area's name ("สพป.กาฬสินธุ์ เขต ๑"): its number always follows it, where
# alone "เขต" may end a text ("ศูนย์วิชาการเขต"); a name ending so lost the zone's number (OCR read ๑ as "©", which
# the clean-up drops: fresh set s130p, obec_progress_s130p001, project 6's name, silently short of it)
_ZONE_END_RE = regex.compile(r"(?:^|(?<=\s))สพ[ปม]\.?\s?[\u0e01-\u0e4e]+\s+(เขต)[\s:;,'|_~\-]*$")


def number_word_end(text: str) -> str | None:
    """The word of NUMBER_LEAD_WORDS (or "พ.ศ.", or a service area's "เขต") `text` ends with, specks
    after it aside, as printed; None if it ends otherwise (open_end's twin
    for the words a number follows)."""
    m = _NUMBER_LEAD_END_RE.search(text) or _ZONE_END_RE.search(text)
    return m.group(1) if m else None


# A consonant alone ending a text after its words ("ระยะเวลาในการอบรมพัฒนามีจำ ด" for "...มีจำกัด"): what OCR
# left of a last word whose letters it lost (no text of the committed or fresh sets' truth ends so: an abbreviation
# keeps its dot, a list's letter opens its item)
_LONE_LETTER_END_RE = regex.compile(r"(?<=[\u0e01-\u0e4e])\s+([\u0e01-\u0e2e])\s*$")


def lone_letter_end(text: str) -> str | None:
    """The consonant alone (after a space) `text` ends with, its other
    letters lost to OCR; None if it ends otherwise."""
    m = _LONE_LETTER_END_RE.search(text)
    return m.group(1) if m else None


def goes_on_pattern(*more: str) -> str:
    """Regex source matching at a text's start one of GOES_ON_WORDS, `more`
    or แต่ (not แต่ง), their marks OCR may drop or change (mark_tolerant)."""
    from normalizers.text import THAI_MARKS, mark_tolerant

    words = "|".join(mark_tolerant(w, spaces=False) for w in (*GOES_ON_WORDS, *more))
    return f"{words}|{mark_tolerant('แต่', spaces=False)}(?![{THAI_MARKS}]*ง)"


def known_word(word: str) -> bool:
    """Whether `word` is in pythainlp's dictionary."""
    return word in _dictionary()


def known_word_from(text: str, start: int, least: int, most: int) -> bool:
    """Whether text[start:end] is a word of pythainlp's dictionary
    (known_word) for some end from `least` to `most` (both counted): the
    same answer as known_word asked of each, from the dictionary's prefix
    walk (_word_trie().prefixes, what newmm asks: it stops at the first text
    no word begins with), where asking each end cost a lookup every one
    (tests/test_speedups_s60.py)."""
    return any(start + len(word) >= least for word in _word_trie().prefixes(text[:most], start))


def swapped_word_index(swaps: dict[str, str], min_length: int, key: int, least: int
                       ) -> tuple[frozenset[str], dict[str, tuple[tuple[int, str], ...]], re.Pattern[str]]:
    """Every text a dictionary word of `min_length` characters or more (its
    spaces counted) becomes with one of its characters read as the one
    `swaps` gives for it, the word's spaces taken out (of `least`
    characters or more: a shorter one is left out), for a caller that
    asks whether a text holds such a misreading of some word anywhere
    (pipeline.wording._may_slip): those of `key` characters or more by a
    window of `key` characters of theirs around the character read so
    (what normal text seldom holds: "สุรียน", not "รียน" of เรียน) -> (where
    the window starts in it, the text), with the windows' set; and a
    pattern of the shorter ones (a word holding a space, "ซื่อ ๆ"; their
    letter trie, _trie_pattern).  Built once a process by its caller, and
    kept on disk between processes (by its arguments)."""
    args = repr((sorted(swaps.items()), min_length, key, least)).encode()
    name = f"swapped_words-{hashlib.sha256(args).hexdigest()[:16]}"
    found, pattern = stored(name, lambda: _swapped_words(swaps, min_length, key, least), (dict, str))
    return frozenset(found), found, re.compile(pattern)


def _swapped_words(swaps: dict[str, str], min_length: int, key: int, least: int
                   ) -> tuple[dict[str, tuple[tuple[int, str], ...]], str]:
    """swapped_word_index's windows -> (where the window starts, the text),
    and its pattern's text."""
    windows: dict[str, set[tuple[int, str]]] = {}
    short: set[str] = set()
    for word in _dictionary():
        if len(word) < min_length:
            continue
        bare = word.replace(" ", "")
        for i, ch in enumerate(bare):
            other = swaps.get(ch)
            if other is None:
                continue
            text = bare[:i] + other + bare[i + 1:]
            if len(text) < least:
                continue
            if len(text) < key:
                short.add(text)
                continue
            start = min(max(i - 1, 0), len(text) - key)
            windows.setdefault(text[start:start + key], set()).add((start, text))
    pattern = _trie_pattern(sorted(short)) if short else "(?!)"
    return {w: tuple(sorted(found)) for w, found in windows.items()}, pattern


SPECK_CONSONANTS = 3  # consonants a speck OCR read as Thai letters holds at most
_CONSONANT_RE = re.compile(r"[\u0e01-\u0e2e]")


def thai_speck(token: str) -> bool:
    """A token of Thai characters alone, SPECK_CONSONANTS consonants at most,
    that is no dictionary word ("ซ่", "วดก", "กทัพ", "ปมป"): what OCR reads a
    mark, a speck or a chart's bar as, no word of a text."""
    return (_THAI_RUN_RE.fullmatch(token) is not None and len(_CONSONANT_RE.findall(token)) <= SPECK_CONSONANTS
            and not known_word(token))


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """pythainlp's lists of Thai given names and family names."""
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return frozenset(thai_family_names()) | frozenset(thai_female_names()) | frozenset(thai_male_names())


def known_name(word: str) -> bool:
    """Whether `word` is in pythainlp's lists of Thai given and family names."""
    return word in _names()


NAME_ENDING_LEAST = 20  # listed names that end with a piece and the silent-letter mark after it, at least
NAME_ENDING_RARER = 20  # times as many listed names as end with the piece without the mark, at least


def name_ending_with_mark(piece: str) -> bool:
    """Whether pythainlp's lists of names (known_name) end their names with
    `piece` (a word with_silent_mark gives back: "สวัสดิ", "ศักดิ") and the
    silent-letter mark after it NAME_ENDING_LEAST times or more, and
    NAME_ENDING_RARER times as often as with the piece bare: names so end
    their last piece (46 names end with สวัสดิ์, none with สวัสดิ; 192 with
    ศักดิ์, none with ศักดิ), and a name's word that ends with it bare lost
    the small mark to OCR.  Inside a word the lists spell it both ways
    (ศักดิ์ชัย, ศักดิพัฒน์): not told here."""
    with_mark, bare = _name_endings(piece)
    return with_mark >= max(NAME_ENDING_LEAST, NAME_ENDING_RARER * bare)


@lru_cache(maxsize=1)
def _names_by_last() -> dict[str, tuple[str, ...]]:
    """pythainlp's listed names (known_name) by their last character, built
    once a process: _name_endings looks through the names that can end
    with a piece, not all 21,218 of them (some 25 ms a piece, asked at
    every file of an archive whose names are new)."""
    by_last: dict[str, list[str]] = {}
    for name in sorted(_names()):
        if name:
            by_last.setdefault(name[-1], []).append(name)
    return {last: tuple(names) for last, names in by_last.items()}


@lru_cache(maxsize=256)
def _name_endings(piece: str) -> tuple[int, int]:
    """How many listed names end with `piece` and the silent-letter mark,
    and with `piece` bare (name_ending_with_mark's counts; asked only of a
    name's word no list holds)."""
    fuller = piece + SILENT_MARK
    if not piece:
        return sum(name.endswith(fuller) for name in _names()), sum(not name.endswith(fuller) for name in _names())
    by_last = _names_by_last()
    with_mark = sum(name.endswith(fuller) for name in by_last.get(SILENT_MARK, ()))
    bare = sum(name.endswith(piece) and not name.endswith(fuller) for name in by_last.get(piece[-1], ()))
    return with_mark, bare


@lru_cache(maxsize=64)
def short_i_endings(letter: str) -> tuple[int, int]:
    """How many of pythainlp's listed names (known_name) end with `letter`
    and a bare sara i, and how many with it and sara ii or sara i and the
    silent-letter mark (ด: 3 and 537; ต: 261 and 56): _name_endings' counts
    of the letter and sara i, with the names ending with it and sara ii."""
    with_mark, bare = _name_endings(letter + "\u0e34")
    long_i = sum(name.endswith(letter + "\u0e35") for name in _names_by_last().get("\u0e35", ()))
    return bare, with_mark + long_i


_CONSONANTS = tuple(chr(c) for c in range(0x0E01, 0x0E2F))  # ก..ฮ
_SIGNS = tuple(chr(c) for c in (*range(0x0E30, 0x0E3B), *range(0x0E40, 0x0E46), *range(0x0E47, 0x0E4F)))  # vowels, marks


def names_a_letter_from(word: str) -> list[str]:
    """The names of pythainlp's lists (known_name) that `word` is one
    letter from, as OCR misreads a letter: a consonant read as another
    (สุขสวัลดิ์, สุขสวัสดิ์), a vowel or mark as another (ธิระ, ธีระ), a
    consonant more or less (จันทร์เพฟ็ญ, จันทร์เพ็ญ).  A mark more or less
    is not looked for: a name's spelling varies so (บุษราคม beside the
    list's บุษราคัม), and a mark OCR dropped from a word is pipeline.marks'."""
    found: set[str] = set()
    names = _names()
    for i, ch in enumerate(word):
        pool = _CONSONANTS if ch in _CONSONANTS else _SIGNS
        found.update(e for c in pool if c != ch and (e := word[:i] + c + word[i + 1:]) in names)
        if ch in _CONSONANTS and (e := word[:i] + word[i + 1:]) in names:
            found.add(e)
    for i in range(len(word) + 1):
        found.update(e for c in _CONSONANTS if (e := word[:i] + c + word[i:]) in names)
    return sorted(found)


@lru_cache(maxsize=4096)
def names_marks_lost(word: str) -> list[str]:
    """The names of pythainlp's lists (known_name) `word` is with two marks
    or more OCR drops (DROPPED_MARKS: vowels over and under a letter, tone
    marks, the silent-letter mark) taken out: "ชยวฒน" for ชัยวัฒน์.  One mark
    lost is name_readings' (pipeline.wording) and pipeline.marks'."""
    return list(_names_by_bare().get(word, ()))


@lru_cache(maxsize=1)
def _names_by_bare() -> dict[str, tuple[str, ...]]:
    """Each listed name with two marks or more, by its letters without them."""
    out: dict[str, list[str]] = {}
    for name in _names():
        bare = name.translate(_NO_DROPPED_MARKS)
        if len(name) - len(bare) >= 2 and bare:
            out.setdefault(bare, []).append(name)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def thai_words(text: str) -> tuple[str, ...]:
    """pythainlp's tokens (newmm, its dictionary) of the Thai in `text`, as
    `_tokens` cuts them; memoised, so a short text checked again costs a lookup."""
    return tuple(_tokens(text))


def thai_words_lazily(text: str) -> Iterator[str]:
    """thai_words(text), token by token, each tokenized only when asked
    for (newmm decides its words from the text's start on: _newmm_steps),
    so a caller that stops at the first token it looks for spares the rest
    of a long line; not memoised (a caller that reads every token asks
    thai_words)."""
    for piece in _pieces(_NOT_THAI.sub(" ", text)):
        yield from _newmm_steps(piece)


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, int]:
    """The Thai National Corpus word counts (read from pythainlp's list: kept on disk between processes)."""
    return stored("tnc_word_counts", _read_frequencies, dict)


def _read_frequencies() -> dict[str, int]:
    from pythainlp.corpus import tnc

    return dict(tnc.word_freqs())


def word_frequency(word: str) -> int:
    """How often `word` stands in the Thai National Corpus (pythainlp's tnc word counts); 0 when never."""
    return _frequencies().get(word, 0)


# the marks above and below a letter (vowels, tone marks, the thanthakhat) OCR may drop
DROPPED_MARKS = "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c"
_NO_DROPPED_MARKS = str.maketrans("", "", DROPPED_MARKS)


@lru_cache(maxsize=1)
def _one_mark_less() -> dict[str, tuple[int, str]]:
    """Each text a dictionary word becomes when one of its DROPPED_MARKS
    after its first letter is taken out, with the such word of the highest
    corpus count (and its count; of two as common, the later in code-point
    order): built once (about 0.15 s; kept on disk between processes), so
    asking costs a lookup instead of a dictionary test for every place x mark."""
    return stored("one_mark_less", _one_mark_less_built, dict)


def _one_mark_less_built() -> dict[str, tuple[int, str]]:
    words, counts = _dictionary(), _frequencies()
    index: dict[str, tuple[int, str]] = {}
    for word in words:
        for at in range(1, len(word)):
            if word[at] in DROPPED_MARKS:
                text, best = word[:at] + word[at + 1:], (counts.get(word, 0), word)
                if index.get(text, (-1, "")) < best:
                    index[text] = best
    return index


def commonest_with_a_mark_more(text: str) -> int:
    """The highest corpus count (word_frequency) of a dictionary word that is
    `text` with one of DROPPED_MARKS put in after its first letter; -1 when
    no such word exists."""
    return _one_mark_less().get(text, (-1, ""))[0]


def mark_more_texts() -> Container[str]:
    """Every text commonest_with_a_mark_more finds a word for (a dictionary
    word with one of DROPPED_MARKS taken out); of any other text it says
    -1.  A membership test, for asking of many texts most of which are none."""
    return _one_mark_less()


def commonest_word_with_a_mark_more(text: str) -> str | None:
    """The dictionary word commonest_with_a_mark_more counts (of two as
    common, the later in code-point order); None when none exists."""
    found = _one_mark_less().get(text)
    return found[1] if found is not None else None



# the characters one of which OCR reads for another: Thai letters, vowels and marks
_THAI_CHARS = "".join(chr(c) for c in range(0x0E01, 0x0E4F) if c not in range(0x0E3B, 0x0E3F))
MISREAD_MIN = 3  # characters a word must have for its one-character change to tell (short words have many)
MISREAD_RARE = 3  # corpus count a dictionary word may have and still be read as a common word OCR misread
MISREAD_RARER = 1_000  # times the common word must be commoner than such a word with a count ("ตำเนิน" 3, ดำเนิน 6,766)


@lru_cache(maxsize=8192)
def misread_of_common(word: str) -> str | None:
    """The common word (COMMON_WORD) that `word` is one character from, where
    `word` is a dictionary word no corpus text holds (word_frequency 0: the
    dictionary lists rare and archaic spellings) of MISREAD_MIN characters or
    more that is no two words of the corpus side by side (a compound the
    corpus counts apart: "ล่าช้า", "เป็นไป"): what OCR makes of a common
    word by misreading one letter or mark ("สรูป" for สรุป; "เคียร" in
    "ค่าเคียรติบัตร" for เกียรติบัตร), which newmm reads as that rare word,
    so no piece is left.  A dictionary word the corpus holds MISREAD_RARE
    times at most is such a word too where the common word is MISREAD_RARER
    times commoner ("ตำเนิน" 3 in "ผลการตำเนินงาน" for ดำเนิน, 6,766: newmm
    reads it as a word, no piece left), unless it is two words side by side
    each commoner than that word ("ออกจาก", 1: ออก and จาก against นอกจาก;
    ตำ and เนิน are rarer than ดำเนิน).  The commonest such word; None for
    any other word."""
    count = word_frequency(word)
    if len(word) < MISREAD_MIN or count > MISREAD_RARE or not known_word(word):
        return None
    counts = _frequencies()
    if not count and any(counts.get(word[:i], 0) and counts.get(word[i:], 0) for i in range(2, len(word) - 1)):
        return None
    best = (max(COMMON_WORD, MISREAD_RARER * count) - 1, None)
    get = _common_by_gap().get
    for i in range(len(word)):
        if (found := get(word[:i] + _GAP + word[i + 1:])) is not None and found[0] > best[0]:
            best = found
    if count and best[1] is not None and any(min(counts.get(word[:i], 0), counts.get(word[i:], 0)) > best[0]
                                             for i in range(2, len(word) - 1)):
        return None  # (two words each commoner than the common word, side by side: "ออกจาก", ออก + จาก, not นอกจาก)
    return best[1]


SILENT_MARK = "\u0e4c"  # thanthakhat, the mark over a silent letter ("ศักดิ์")
SILENT_MARK_RARER = 10  # times the word with the mark must be commoner than without it (with_silent_mark)


def with_silent_mark(token: str) -> str | None:
    """`token` with the silent-letter mark after it, where that is a
    dictionary word, common (COMMON_WORD) and SILENT_MARK_RARER times
    commoner than `token` in the Thai National Corpus: OCR dropped the small
    mark ("ศักดิ" 59 to "ศักดิ์" 3,333, "สัมฤทธิ" 0 to "สัมฤทธิ์" 333); else None.
    (pipeline.marks: a person's name is flagged so, a label mended.)"""
    if token.endswith(SILENT_MARK):
        return None
    fuller = token + SILENT_MARK
    if known_word(fuller) and word_frequency(fuller) >= max(COMMON_WORD, SILENT_MARK_RARER * word_frequency(token)):
        return fuller
    return None


@lru_cache(maxsize=1)
def silent_mark_dropped() -> re.Pattern[str]:
    """Where a text may hold a word whose silent-letter mark OCR dropped
    (with_silent_mark): a pattern of the dictionary's words that end in the
    mark, each without it, where with_silent_mark gives the word back
    ("สัมฤทธิ" for "สัมฤทธิ์"; 606 such).  A text it finds nothing in has no
    such word to mend, however it is tokenized
    (pipeline.marks.restore_silent_marks asks it first); built once a process."""
    bases = sorted(_silent_mark_words(), key=lambda w: (-len(w), w))
    # (a word printed with its mark holds its base too, the mark after it: no match; a token never ends before
    # a mark, newmm cuts between character clusters)
    return re.compile(f"(?:{_trie_pattern(bases)})(?!{SILENT_MARK})" if bases else "(?!)")


def silent_mark_dropped_at_cuts(text: str) -> bool:
    """Whether a token of `text` as thai_words cuts it may be a word whose
    silent-letter mark OCR dropped (silent_mark_dropped's words, without
    their mark): one of them stands in a piece newmm is given between two
    of the piece's cluster cuts (_cluster_cuts).  newmm's tokens begin and
    end at those cuts (a word it takes ends at one, a piece no word covers
    ends at one or at a space, a space is a cluster of its own), so a text
    where none stands so has no such token, though the word's letters may
    stand inside a longer word ("วิทย" of "วิทยาศาสตร์", "ลักษณ" of
    "ลักษณะ": silent_mark_dropped finds those too).  Told by walking the
    words' beginnings from each cut (_silent_mark_bases), without tokenizing
    the text (pipeline.marks.restore_silent_marks asks it before it does)."""
    index = _silent_mark_bases()
    get = index.get
    for piece in _pieces(_NOT_THAI.sub(" ", text)):
        if _NOT_THAI_OR_WHITE.search(piece):
            return True  # (a piece newmm is not given as Thai and spaces alone: not told here)
        cuts = _cluster_cuts(piece)
        # (the index holds every beginning of a word: a text it lacks at a cut begins none at a cut further on)
        if not all(_no_word_starts(piece, cuts, i, get) for i in range(len(cuts) - 1)):
            return True
    return False


@lru_cache(maxsize=1)
def _silent_mark_bases() -> dict[str, bool]:
    """silent_mark_dropped's words (the dictionary's words ending in the
    silent-letter mark, without it, that with_silent_mark gives back) ->
    True, and each shorter beginning of one that is none itself -> False:
    what silent_mark_dropped_at_cuts walks.  Built once a process."""
    bases = _silent_mark_words()
    index = dict.fromkeys((base[:n] for base in bases for n in range(1, len(base))), False)
    index.update(dict.fromkeys(bases, True))
    return index


@lru_cache(maxsize=1)
def _silent_mark_words() -> frozenset[str]:
    """The dictionary's words ending in the silent-letter mark, without it,
    that with_silent_mark gives back (silent_mark_dropped's and
    _silent_mark_bases'; kept on disk between processes)."""
    return stored("silent_mark_words", _silent_mark_words_built, frozenset)


def _silent_mark_words_built() -> frozenset[str]:
    return frozenset(word[:-1] for word in _dictionary()
                     if word.endswith(SILENT_MARK) and len(word) > 1 and with_silent_mark(word[:-1]) == word)


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of `words` written as their letter trie ("ab", "abc":
    "ab(?:c)?"): the same matches, each letter tried once for all the words
    it opens (606 words: a search 16 times faster than their flat alternation)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def written(node: dict[str, dict]) -> str:
        alts = [re.escape(ch) + written(rest) for ch, rest in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return written(trie)


def misread_texts() -> Container[str]:
    """Every text misread_of_common finds a common word for; of any other
    text it says None.  A membership test, for asking of many texts most of
    which are none (pipeline.wording asks it of every dictionary word a
    run's word_graph holds: 465 such words in pythainlp's dictionary)."""
    return _misreadings()


def silent_mark_lost_texts() -> Container[str]:
    """Every dictionary word with_silent_mark finds its fuller word for
    ("สัมฤทธิ" for สัมฤทธิ์): a membership test, as misread_texts."""
    return _silent_marks_lost()


@lru_cache(maxsize=1)
def _silent_marks_lost() -> frozenset[str]:
    """silent_mark_lost_texts: the words of _silent_mark_words that are
    dictionary words themselves (with_silent_mark gives a word back only as
    the text with the mark after it)."""
    return frozenset(word for word in _silent_mark_words() if known_word(word))


@lru_cache(maxsize=1)
def _misreadings() -> frozenset[str]:
    """misread_texts, built once (about 0.25 CPU s; kept on disk between
    processes): the dictionary's words misread_of_common (unmemoised) reads
    as another, the only texts it may (it reads a dictionary word alone)."""
    return stored("misreadings", _misreadings_built, frozenset)


def _misreadings_built() -> frozenset[str]:
    counts, read = _frequencies(), misread_of_common.__wrapped__
    return frozenset(word for word in _dictionary() if len(word) >= MISREAD_MIN
                     and counts.get(word, 0) <= MISREAD_RARE and read(word) is not None)


_GAP = "\x00"  # (stands for the one character changed in a key of _common_by_gap: no word holds it)


@lru_cache(maxsize=1)
def _common_by_gap() -> dict[str, tuple[int, str]]:
    """Each common dictionary word (COMMON_WORD) with one of its characters
    that is one of _THAI_CHARS put as _GAP -> the commonest such word (and
    its count; of two as common, the one whose character there comes first
    in _THAI_CHARS): built once a process, so misread_of_common asks one
    lookup a place of its word where it tried every character there (the
    same word: at each place the commonest, the first place of the highest
    count).  Kept on disk between processes."""
    return stored("common_by_gap", _common_by_gap_built, dict)


def _common_by_gap_built() -> dict[str, tuple[int, str]]:
    counts, words = _frequencies(), _dictionary()
    index: dict[str, tuple[int, str]] = {}
    for word, count in counts.items():
        if count < COMMON_WORD or word not in words:
            continue
        for i, ch in enumerate(word):
            if ch in _THAI_CHARS:
                key = word[:i] + _GAP + word[i + 1:]
                found = index.get(key)
                if found is None or count > found[0] or (count == found[0] and ch < found[1][i]):
                    index[key] = (count, word)
    return index


@lru_cache(maxsize=1)
def _markless_common() -> dict[str, tuple[int, str]]:
    """Each common dictionary word (COMMON_WORD) of MIN_VOWEL_RUN letters or
    more, with every one of its DROPPED_MARKS taken out -> the commonest such
    word (and its count): built once a process, for damaged_beside (kept on
    disk between processes)."""
    return stored("markless_common", _markless_common_built, dict)


def _markless_common_built() -> dict[str, tuple[int, str]]:
    counts = _frequencies()
    index: dict[str, tuple[int, str]] = {}
    for word in _dictionary():
        count = counts.get(word, 0)
        if count < COMMON_WORD or len(word) < MIN_VOWEL_RUN:
            continue
        bare = word.translate(_NO_DROPPED_MARKS)
        if bare != word and index.get(bare, (-1, "")) < (count, word):
            index[bare] = (count, word)
    return index


def damaged_beside(restored: str, runs: Iterable[str]) -> str | None:
    """A common word that two or three neighbouring words of one of `runs`
    (runs of Thai letters of `restored`, as a repair left them) spell once
    vowels or marks OCR dropped are put back, where the pieces joined are no
    word ("เค" + "รอง" of "เครองดื่ม": เครื่อง lost its vowel and tone mark):
    the text then reads as dictionary words only because the damaged word
    splits into short ones, and another word of it is still misread; None
    when no such word is found."""
    words = _dictionary()
    for run in runs:
        tokens = _newmm(run)
        for i in range(len(tokens) - 1):
            for k in (2, 3):
                if i + k > len(tokens):
                    break
                joined = "".join(tokens[i:i + k])
                if joined in words:
                    continue
                if (found := _marks_lost_from(joined)) is not None:
                    return found
    return None


def _marks_lost_from(text: str) -> str | None:
    """The common word (_markless_common) whose letters `text`'s are with
    some of its DROPPED_MARKS lost (the word longer than the text); None if none."""
    found = _markless_common().get(text.translate(_NO_DROPPED_MARKS))
    return found[1] if found is not None and len(found[1]) > len(text) else None


SPLIT_SPAN_WORDS = 3  # dictionary words a common word that lost its marks may read as, at most
_SIGN_ONLY_RE = re.compile("[\u0e48-\u0e4c]")  # tone marks and the silent letter's mark (no vowel)
_SPACE_IN_THAI_RE = re.compile(r"(?<=[\u0e01-\u0e4e]) (?=[\u0e01-\u0e4e])")  # (OCR puts spaces inside words)


def split_by_lost_marks(text: str) -> tuple[str, str] | None:
    """A common word that OCR, dropping its vowels or marks, left as two or
    three dictionary words (เครื่องดื่ม read "เครองดม": "เค" + "รอง" + "ดม"):
    (the text as read, the word) for the first span of a run of Thai in
    `text` whose letters are a common word's (_markless_common) with marks
    lost, itself no word, whose ends every cut of its run into dictionary
    words cuts at (word_graph: no word crosses them; "ผลราย" of
    "สรุปผลรายงาน" is no such span, รายงาน crossing its end), its runs
    read across single spaces (OCR spaces words apart: "การอบร มมี").  A vowel
    lost or changed, not tone marks or the silent letter's mark alone: a
    word that lost only those (ที่ of "แผนที่กำหนด" read ที, สถานการณ์ read
    "สถานการณ") the mark rules read (restore_tone_marks, with_silent_mark,
    in labels), and free text keeps as printed.  Told
    from each run's word graph, without tokenizing; None when no span is so."""
    for run in _THAI_RUN_RE.findall(_SPACE_IN_THAI_RE.sub("", text)):
        if len(run) >= MIN_VOWEL_RUN and (found := _split_in_run(run)) is not None:
            return found
    return None


@lru_cache(maxsize=8192)  # (runs repeat from text to text and copy to copy)
def _split_in_run(run: str) -> tuple[str, str] | None:
    """split_by_lost_marks of one run of Thai."""
    graph = word_graph(run)
    if not graph:
        return None
    n = len(run)
    crossing = [0] * (n + 1)  # (words crossing each place, by their starts and ends: a place no word crosses is a cut)
    for start, ends in graph.items():
        for end in ends:
            crossing[start + 1] += 1
            crossing[end] -= 1
    cuts, inside = [], 0
    for at in range(n + 1):
        inside += crossing[at]
        if not inside:
            cuts.append(at)
    words = _dictionary()
    for i, start in enumerate(cuts):
        for end in cuts[i + 2:i + 2 + SPLIT_SPAN_WORDS - 1]:  # (two words at least: one alone is a word)
            span = run[start:end]
            if span in words:
                continue
            found = _marks_lost_from(span)
            if found is not None and _SIGN_ONLY_RE.sub("", found) != span:
                return span, found
    return None


# -- tone marks OCR dropped, put back by the dictionary

TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"  # mai ek, mai tho, mai tri, mai chattawa
_TONE_RE = re.compile(f"[{TONE_MARKS}]")
_THAI_RUN_RE = re.compile(r"[\u0e01-\u0e4e]+")
COMMON_WORD = 100  # corpus count (word_frequency) from which a word is common enough to join two words into
JOIN_MAX = 4  # tokens a restored word may span
WORD_LENGTH = 4.0  # the least mean length of a restored text's words: shorter, it reads as debris cut into syllables


@lru_cache(maxsize=1)
def _by_toneless() -> dict[str, str]:
    """What restore_tone_marks may put back, built once a process (about
    0.3 CPU s and 30 MB): each text of at least 3 letters, no dictionary
    word itself, that is exactly one dictionary word with some of its tone
    marks dropped (and nothing else changed), or several of which one is
    TONED_DOMINANT times commoner than the rest together -> that word; and each shorter
    beginning, of at least 3 letters, of such a text -> "" (what
    _restorable walks, as _WordPrefixes walks its words).  A span restore_tone_marks asks about
    is looked up here instead of among the words of its letters without
    tone marks.  Kept on disk between processes."""
    return stored("by_toneless", _by_toneless_built, dict)


def _by_toneless_built() -> dict[str, str]:
    words = _dictionary()
    fits: dict[str, set[str]] = {}
    for word in words:
        marks = [at for at, ch in enumerate(word) if ch in TONE_MARKS]
        for n in range(1, len(marks) + 1):
            for dropped in combinations(marks, n):
                read = "".join(ch for at, ch in enumerate(word) if at not in dropped)
                if len(read) >= 3 and read not in words:
                    fits.setdefault(read, set()).add(word)
    toned = {read: next(iter(found)) for read, found in fits.items() if len(found) == 1}
    # a reading two or more words fit, one of them far the commonest ("อืน": อื่น, 50,886 in the corpus' counts,
    # and อื้น, 6; "ครัง": ครั้ง and ครั่ง): that one, as OCR drops a mark of a common word far oftener than of a
    # rare one (before, no word was put back, and the vowel rule made "อึน" of "อืน", a word still wrong: fresh set
    # s130o, bma_proposal_s130o002).  Only where the corpus counts every rival (a compound it splits into words
    # counts 0, "ครูใหญ่" beside "ครู่ใหญ่": its counts do not compare)
    for read, found in fits.items():
        if len(found) > 1:
            ranked = sorted(found, key=lambda w: (-word_frequency(w), w))
            rivals = [word_frequency(w) for w in ranked[1:]]
            if all(rivals) and word_frequency(ranked[0]) >= TONED_DOMINANT * sum(rivals):
                toned[read] = ranked[0]
    index = dict.fromkeys((read[:n] for read in toned for n in range(3, len(read))), "")
    index.update(toned)
    return index


TONED_DOMINANT = 100  # times the commonest word a reading fits must be commoner than its rivals together (_by_toneless)


def _toned(span: str) -> str | None:
    """The one dictionary word `span` (of at least 3 letters, no dictionary
    word) is with tone marks OCR dropped put back, if exactly one is, or of
    several the far commonest (_by_toneless)."""
    return _by_toneless().get(span) or None


class _EveryWord:
    """Stands for every word as restore_tone_marks' `vouched`: the joins
    only the frequency gate (COMMON_WORD) stops, asked for (the caller then
    vouches for those its document prints)."""

    def __contains__(self, word: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "EVERY_WORD"


EVERY_WORD = _EveryWord()


def _restorable(run: str, vouched: Container[str] = frozenset()) -> bool:
    """Whether restore_tone_marks may change anything in `run` (a run of
    Thai letters), told without tokenizing it: most runs hold nothing it
    could restore, and are not tokenized (newmm's words of a run are the
    run, end to end).  A span it restores is one to JOIN_MAX of newmm's
    words of the run: a text _toned knows that starts and ends where newmm
    may cut the run (_cluster_cuts).  Besides, it restores a single word
    only if that word is no dictionary word, and words that are each in the
    dictionary only into a common word (COMMON_WORD).  newmm's words that
    are no dictionary word are pieces it cuts from a place where no
    dictionary word starts that ends at a cut (_no_word_starts); its other
    words are dictionary words (its dictionary holds no other word:
    tests/test_words_speed.py).  So a span is restored only if such a place
    lies in it, or it is 2 to JOIN_MAX dictionary words end to end
    (_in_words) and restores to a common word (or one `vouched` holds)."""
    any_vouching, joins = _restorable_spans(run)
    return any_vouching or any(word in vouched for word in joins)


def tone_marks_restorable(text: str) -> tuple[bool, bool]:
    """(whether restore_tone_marks(text) may change anything, whether
    restore_tone_marks(text, EVERY_WORD) may), told from each run's
    _restorable_spans alone, one pass for both: restore_tone_marks changes
    only runs _restorable says may change (any other run is kept as
    printed), and returns (text, ()) where it changes none; a run is
    _restorable with no vouched word only where it may change whatever is
    vouched, and with EVERY_WORD also where a join into a rare word lies in
    it.  So where the first is False restore_tone_marks(text) is (text, ()),
    and where the second is, restore_tone_marks(text, vouched) is for every
    `vouched` (pipeline.marks asks this of each label before asking those:
    nine labels in ten have no run either may change)."""
    joined = False
    for run in _THAI_RUN_RE.finditer(text):
        any_vouching, joins = _restorable_spans(run.group())
        if any_vouching:
            return True, True
        joined = joined or bool(joins)
    return False, joined


@lru_cache(maxsize=4096)  # (a document's texts share most of their runs: "โครงการ", "ความ")
def _restorable_spans(run: str) -> tuple[bool, tuple[str, ...]]:
    """_restorable's spans of `run`, told once for every `vouched`: whether
    one may change whatever is vouched (a place no dictionary word starts
    at lies in it, or it joins its words into a common word), and else the
    rare words spans of 2 to JOIN_MAX dictionary words join into (restored
    only where vouched for: pipeline.marks asks a value's runs again with
    EVERY_WORD, then with each word its document prints).  Keyed on the run
    alone, so the askings share one memo."""
    get = _by_toneless().get
    cuts = _cluster_cuts(run)
    spans = []  # (index of its start in cuts, start, end, the word it restores to)
    # the spans from a cut are looked up at the cuts alone, as word_graph walks the words: the index holds every
    # beginning of 3 letters or more of a text it knows, so a text it lacks at a cut begins none at a cut further
    # on, and one it knows at a cut has every beginning between in it (the walk letter by letter found the same
    # spans with a third more lookups in a dict of 160,000 texts)
    last = len(cuts)
    for i, start in enumerate(cuts[:-1]):
        j = bisect_left(cuts, start + 3, i + 1)
        while j < last and (word := get(run[start:(end := cuts[j])])) is not None:
            if word:
                spans.append((i, start, end, word))
            j += 1
    if not spans:
        return False, ()
    words = _word_trie()._nodes.get
    no_word: dict[int, bool] = {}  # index of a cut -> _no_word_starts there
    rare: list[str] = []  # the rare words spans of dictionary words join into
    for i, start, end, word in spans:
        k = i
        while k < last and cuts[k] < end:
            found = no_word.get(k)
            if found is None:
                found = no_word[k] = _no_word_starts(run, cuts, k, words)
            if found:
                return True, ()
            k += 1
        common = word_frequency(word) >= COMMON_WORD
        if (common or word not in rare) and _in_words(run, start, end, cuts, words):
            if common:
                return True, ()
            rare.append(word)
    return False, tuple(rare)


def _cluster_cuts(run: str) -> tuple[int, ...]:
    """0 and the end of each Thai character cluster of `run`, in order:
    where newmm may cut it (pythainlp's tcc_pos_array marks the same
    places: its clusters, matched one after the other, a character that
    starts none a cluster of its own), in one pass of the same pattern.
    Memoised for a text of up to CACHED_CUTS characters: a document's row
    texts are read for the tone marks (_restorable, newmm) and then for
    their words (word_graph), and share their runs besides."""
    return _cached_cluster_cuts(run) if len(run) <= CACHED_CUTS else _cluster_cuts_of(run)


CACHED_CUTS = 200  # characters: a longer text (a unit of plausibility, a piece of a long text) is not memoised


@lru_cache(maxsize=4096)
def _cached_cluster_cuts(run: str) -> tuple[int, ...]:
    return _cluster_cuts_of(run)


def _cluster_cuts_of(run: str) -> tuple[int, ...]:
    return 0, *accumulate(map(len, _CLUSTER_RE.findall(run)))


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (its `|` outside any
    group or class)."""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


_LEAD_RE = re.compile(r"(?:\[[^\]\\]*\]|[^\\.^$()|\[?*+{])(?![?*+{])")  # a letter or class, no quantifier after it


def _factored(pattern: str) -> str:
    """`pattern` (an alternation) with alternatives that follow one another
    and open with the same letter or class written as that letter once,
    then a group of their rests: the same matches, tried in the same order,
    but a cluster's first letter is matched once for the group, not once
    for each of its alternatives (pythainlp's cluster patterns: 11 open
    with เ, 8 with any consonant).  _cluster_cuts 22 % faster."""
    groups: list[tuple[str, list[str]]] = []  # (the letter opening them, or "" for an alternative alone; rests)
    for alt in _alternatives(pattern):
        lead = _LEAD_RE.match(alt)
        if lead and groups and groups[-1][0] == lead.group():
            groups[-1][1].append(alt[lead.end():])
        elif lead:
            groups.append((lead.group(), [alt[lead.end():]]))
        else:
            groups.append(("", [alt]))
    return "|".join(head + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for head, rests in groups)


# the pattern's groups made non-capturing, so findall gives the clusters themselves; its alternatives
# factored by their first letter (_factored)
_CLUSTER_RE = re.compile("(?:" + _factored(re.sub(r"\((?!\?)", "(?:", _TCC_RE.pattern)) + r")|[\s\S]")
assert _CLUSTER_RE.groups == 0


def _no_word_starts(run: str, cuts: tuple[int, ...], k: int, words: Any) -> bool:
    """Whether no dictionary word starts at the cut cuts[k] of `run` and
    ends at a cluster's end (`cuts`: _cluster_cuts of `run`): where newmm,
    finding no word to go on with, cuts a piece that is no dictionary word.
    Walked at the cuts alone (`words`: the lookup of _WordPrefixes' dict,
    or of another such index, _silent_mark_bases: every prefix of a word ->
    whether it is a word), as word_graph walks: the dict holds
    every prefix of a word, so a text it lacks at a cut begins no word at a
    cut further on (the same answer as every word of trie.prefixes from
    there asked whether it ends at a cut: tests/test_words_speed.py)."""
    start, last = cuts[k], len(cuts)
    j = k + 1
    while j < last and (word := words(run[start:cuts[j]])) is not None:
        if word:
            return False
        j += 1
    return True


def _in_words(run: str, start: int, end: int, cuts: tuple[int, ...], words: Any) -> bool:
    """Whether run[start:end] (both cuts) is 2 to JOIN_MAX dictionary words
    end to end, each ending at a cluster's end (`cuts`: _cluster_cuts of
    `run`; `words`: _WordPrefixes' dict), the words from a place walked at
    the cuts alone (_no_word_starts)."""
    index = {at: k for k, at in enumerate(cuts)}
    reached = {start}
    for n in range(1, JOIN_MAX + 1):
        after: set[int] = set()
        for at in reached:
            j = index[at] + 1
            while j < len(cuts) and (stop := cuts[j]) <= end and (word := words(run[at:stop])) is not None:
                if word:
                    after.add(stop)
                j += 1
        if n > 1 and end in after:
            return True
        reached = after - {end}
        if not reached:
            return False
    return False


@lru_cache(maxsize=4096)
def restore_tone_marks(text: str, vouched: Container[str] = frozenset()) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with the tone marks OCR dropped put back, and each change
    (read, restored).  Each run of Thai letters is cut into pythainlp's
    words (newmm); a word, or a few words together (up to JOIN_MAX), that
    is no dictionary word but one dictionary word with tone marks added
    ("คำสัง" -> "คำสั่ง", "แต่ง" + "ตัง" -> "แต่งตั้ง") is that word, when
    exactly one word fits.  Words that are each in the dictionary are
    joined only into a common word (COMMON_WORD: "มา" + "ใช้" is not
    "ม้าใช้"), or into a word the caller vouches for (`vouched`: one its
    document prints with those marks elsewhere, pipeline.marks; EVERY_WORD
    asks which joins the gate stops).  The whole restored text must then read as dictionary words
    alone, of WORD_LENGTH letters on average (debris OCR made of a word
    cuts into short dictionary syllables: "เค รอง ดม"); if not (other
    damage, a name, a text cut short), the text is left as it is.  Deterministic
    and forms-agnostic."""
    words = _dictionary()
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    last = 0
    for run in _THAI_RUN_RE.finditer(text):
        out.append(text[last:run.start()])
        last = run.end()
        if not _restorable(run.group(), vouched):
            out.append(run.group())
            continue
        tokens = _newmm(run.group())
        i = 0
        while i < len(tokens):
            for n in range(min(JOIN_MAX, len(tokens) - i), 0, -1):
                part = tokens[i:i + n]
                span = "".join(part)
                if len(span) < 3 or span in words:
                    continue
                word = _toned(span)
                if word is None or (n > 1 and all(t in words for t in part) and word_frequency(word) < COMMON_WORD
                                    and word not in vouched):
                    continue
                at = run.start() + sum(len(t) for t in tokens[:i])
                if _split_by_a_space(text, run, at, at + len(span)):
                    continue
                out.append(word)
                changes.append((span, word))
                i += n
                break
            else:
                out.append(tokens[i])
                i += 1
    if not changes:
        return text, ()
    out.append(text[last:])
    restored = "".join(out)
    # the whole text must read as dictionary words once restored, not as a scatter of short ones (other
    # damage, a name, a text cut short: left as printed); scored by plausibility's memoised units (the same
    # score as the whole text's: the tries of one label restore the same text and share its units)
    known, length = plausibility(restored)
    if known < 1.0 or length < WORD_LENGTH or "\u0e4d" in restored:  # (a nikhahit: a sara am cut in two)
        return text, ()
    return restored, tuple(changes)


def _split_by_a_space(text: str, run: re.Match, start: int, end: int) -> bool:
    """Whether the piece text[start:end] of the Thai `run` is part of a word
    OCR cut with a space: the run read on across one space into the run
    beside it holds a dictionary word that takes in the piece and crosses
    the space ("บุค ลากร" is บุคลากร, not "บุ๊ค" and "ลากร"; "สนับ สนุน" is
    สนับสนุน, not "สนับ ส นุ่น").  Such a piece lacks no mark: it is part of
    a word."""
    words = _dictionary()
    if text[run.end():run.end() + 1] == " ":
        after = _THAI_RUN_RE.match(text, run.end() + 1)
        if after is not None:
            piece = text[start:run.end()]
            head = _newmm(piece + after.group()[:64])[0]
            if len(head) > len(piece) and head in words:
                return True
    if run.start() >= 2 and text[run.start() - 1] == " ":
        k = j = run.start() - 1
        while j > max(0, k - 64) and "\u0e01" <= text[j - 1] <= "\u0e4e":  # the run before (its last letters)
            j -= 1
        if j < k:
            piece = text[run.start():end]
            tail = _newmm(text[j:k] + piece)[-1]
            if len(tail) > len(piece) and tail in words:
                return True
    return False


# Upper vowels OCR of Thai print reads as a shorter one, the stroke that tells them apart lost: sara ii (ี) read
# as sara i (ิ), sara uee (ื) read as sara i or sara ii ("ตามแผนทิกำหนด" for ที่, "เครื่องดิม" and "เครื่องดีม" for
# ดื่ม); and sara ue (ึ) read as sara uee (ื), its open tail read closed ("ยืดหลัก" for ยึด, "สูงขืน" for ขึ้น, its
# tone mark dropped too): measured in the sixtieth session over the twenty-one fresh sets' and the committed sets'
# clean and OCR'd text (an OCR'd word that is a clean word of its document but for one upper vowel, a tone mark
# after it perhaps dropped), ิ for ี 321 times, ื for ึ 163, ิ for ื 45, ึ for ี 27, ี for ื 16, ื for ี 9, any
# other pair twice at most; read -> what may have been printed
VOWEL_MISREADS: dict[str, str] = {"\u0e34": "\u0e35\u0e37", "\u0e35": "\u0e37", "\u0e37": "\u0e36"}
_MISREAD_VOWEL_RE = re.compile("[" + "".join(VOWEL_MISREADS) + "]")


@lru_cache(maxsize=4096)
def restore_vowel_misreads(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with one upper vowel OCR misread (VOWEL_MISREADS) put right,
    and the change (read word, restored word); (text, ()) when none is.
    Only a text that does not read as dictionary words alone is tried, and
    only the vowels of a token that is no dictionary word and of the tokens
    beside it (newmm's "ดี" + "ม" of "ดีม": the vowel stands in the word
    before the piece no word covers).  A vowel is replaced by each vowel it
    may have been, and the tone marks the dictionary then puts back
    (restore_tone_marks) added; the reading is kept when the whole text then
    reads as dictionary words of WORD_LENGTH letters on average, and when
    exactly one replacement, over all the vowels tried, does.  Deterministic
    and forms-agnostic: the caller says which values are labels."""
    if _MISREAD_VOWEL_RE.search(text) is None:
        return text, ()
    # the runs with a piece no dictionary word covers (word_graph: none cuts them into words), told without
    # tokenizing; a text all of whose runs are words has no vowel to try
    runs = [run for run in _THAI_RUN_RE.finditer(text) if _MISREAD_VOWEL_RE.search(run.group()) is not None
            and word_graph(run.group()) is None]
    if not runs or plausibility(text)[0] >= 1.0:
        return text, ()
    words = _dictionary()
    places: set[int] = set()  # where a vowel tried stands in `text`
    for run in runs:
        tokens = _newmm(run.group())
        starts = [run.start()]
        for token in tokens:
            starts.append(starts[-1] + len(token))
        for i, token in enumerate(tokens):
            if token in words:
                continue
            for j in range(max(0, i - 1), min(len(tokens), i + 2)):
                places.update(starts[j] + m.start() for m in _MISREAD_VOWEL_RE.finditer(tokens[j]))
    found: dict[str, tuple[str, str]] = {}
    for at in sorted(places):
        for vowel in VOWEL_MISREADS[text[at]]:
            tried = text[:at] + vowel + text[at + 1:]
            restored, _ = restore_tone_marks(tried)
            known, length = plausibility(restored)  # (by units, memoised: the text's tries share all but one)
            if known >= 1.0 and length >= WORD_LENGTH and "\u0e4d" not in restored \
                    and _common_at(restored, at + len(restored) - len(text)):
                found[restored] = _changed_words(text, restored)
    if len(found) != 1:
        return text, ()
    (restored, change), = found.items()
    return restored, (change,)


MIN_VOWEL_RUN = 4  # letters the run of Thai a vowel is put right in must have: shorter, it is debris ("... กิ")


def _common_at(restored: str, at: int) -> bool:
    """Whether the word newmm reads at `restored[at]` (about: marks put
    back before it move it) is a common one (COMMON_WORD), in a run of Thai
    letters of MIN_VOWEL_RUN or more: a vowel put right must make a word
    the forms use, not a rare one the letters happen to spell ("นบีเทศ",
    prophet, where OCR wrote a letter too many into นิเทศ)."""
    for run in _THAI_RUN_RE.finditer(restored):
        if run.start() <= at < run.end() + 1:
            if len(run.group()) < MIN_VOWEL_RUN:
                return False
            pos = run.start()
            for token in _newmm(run.group()):
                if pos <= at < pos + len(token) + 1:
                    return word_frequency(token) >= COMMON_WORD
                pos += len(token)
    return False


def _changed_words(text: str, restored: str) -> tuple[str, str]:
    """The runs of Thai letters that differ between `text` and `restored`
    (which has the same runs, marks changed), as read and as restored."""
    pairs = [(a, b) for a, b in zip(_THAI_RUN_RE.findall(text), _THAI_RUN_RE.findall(restored)) if a != b]
    return " ".join(a for a, _ in pairs), " ".join(b for _, b in pairs)


MISREAD_WORD_RARER = 100  # times the word meant must be commoner than the dictionary word a vowel misread made of it


@lru_cache(maxsize=1)
def _vowel_misread_forms() -> frozenset[str]:
    """Every text an upper vowel OCR misread (VOWEL_MISREADS), a tone mark
    after it perhaps dropped too, makes of a common (COMMON_WORD) dictionary
    word: the only tokens vowel_misread_word may read as another (the word it
    reads one as is such a word), asked first, a lookup, where most tokens
    are none (trying each vowel and tone of a token cost restore_misread_words
    a third of its time).  Built once a process (10,030 words, 3,462 texts:
    0.03 s)."""
    meant_from: dict[str, list[str]] = {}  # a vowel meant -> the vowels it may be read as
    for read, meant in VOWEL_MISREADS.items():
        for vowel in meant:
            meant_from.setdefault(vowel, []).append(read)
    words = _dictionary()
    forms: set[str] = set()
    for word, count in _frequencies().items():
        if count < COMMON_WORD or word not in words:
            continue
        for at, vowel in enumerate(word):
            for read in meant_from.get(vowel, ()):
                forms.add(word[:at] + read + word[at + 1:])
                if word[at + 1:at + 2] and word[at + 1] in TONE_MARKS:
                    forms.add(word[:at] + read + word[at + 2:])
    return frozenset(forms)


@lru_cache(maxsize=8192)
def vowel_misread_word(token: str) -> str | None:
    """The common word (COMMON_WORD) of which the dictionary word `token`
    is an upper vowel OCR misread (VOWEL_MISREADS), a tone mark after the
    vowel perhaps dropped too, where that word is MISREAD_WORD_RARER times
    commoner in the Thai National Corpus ("ขืน", 896, for ขึ้น, 143,277; "ทิ"
    for ที่): newmm reads the misread as a word, so the text reads as
    dictionary words and restore_vowel_misreads, which tries only a text
    that does not, never sees it.  Of two such words the commoner; None when
    none, or when that word is itself such a misread of a commoner one (two
    misreads in one word: "ขีน" is ขืน but for a vowel, and ขืน ขึ้น: which
    was meant is not told).  Measured over the twenty-one fresh sets' clean
    text at a hundred times: no clean word is such a misread."""
    if token not in _vowel_misread_forms() or not known_word(token):
        return None  # (no common word's misread: _vowel_misread_forms; each holds a vowel VOWEL_MISREADS names)
    best: tuple[int, str | None] = (max(COMMON_WORD, MISREAD_WORD_RARER * max(word_frequency(token), 1)) - 1, None)
    for at, read in enumerate(token):
        for vowel in VOWEL_MISREADS.get(read, ""):
            for tone in ("", *TONE_MARKS):
                if tone and token[at + 1:at + 2] and token[at + 1] in TONE_MARKS:
                    continue  # (a tone mark read after the vowel: the vowel alone misread)
                meant = token[:at] + vowel + tone + token[at + 1:]
                if known_word(meant) and (count := word_frequency(meant)) > best[0]:
                    best = (count, meant)
    if best[1] is not None and vowel_misread_word(best[1]) is not None:
        return None
    return best[1]


def _may_hold_misread_word(run: str) -> bool:
    """Whether newmm's tokens of `run` (a run of Thai letters) may hold a
    word vowel_misread_word reads as another: False only where word_graph
    tells every dictionary word newmm may take there (its tokens are among
    them) and none holding a vowel VOWEL_MISREADS names is such a word, so
    the run need not be tokenized (most label runs: tokenizing each cost
    restore_misread_words nine tenths of its time; word_graph is mostly
    memoised already, restore_vowel_misreads having asked it of the same
    runs).  True where word_graph cannot tell (None): the caller tokenizes."""
    graph = word_graph(run)
    if graph is None:
        return True
    forms = _vowel_misread_forms()  # (the only words vowel_misread_word may read as another: a lookup first)
    for start, ends in graph.items():
        for end in ends:
            word = run[start:end]
            if word in forms and vowel_misread_word(word) is not None:
                return True
    return False


def restore_misread_words(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """`text` with each word that is an upper vowel OCR misread of a far
    commoner word (vowel_misread_word) put right ("นักเรียนมีผลสัมฤทธิ์ทาง
    การเรียนสูงขืน": ขึ้น), and each change (read, restored); (text, ()) when
    none is, or when the whole text does not then read as dictionary words
    of WORD_LENGTH letters on average.  A piece of a word OCR cut with a
    space (_split_by_a_space: "สวัสดิ การ") is part of that word, and left.
    Deterministic and forms-agnostic: the caller says which values are
    labels."""
    if _MISREAD_VOWEL_RE.search(text) is None:
        return text, ()
    out: list[str] = []
    changes: list[tuple[str, str]] = []
    last = 0
    for run in _THAI_RUN_RE.finditer(text):
        if _MISREAD_VOWEL_RE.search(run.group()) is None or not _may_hold_misread_word(run.group()):
            continue
        at = run.start()
        for token in _newmm(run.group()):
            meant = vowel_misread_word(token)
            if meant is not None and not _split_by_a_space(text, run, at, at + len(token)):
                out.append(text[last:at] + meant)
                last = at + len(token)
                changes.append((token, meant))
            at += len(token)
    if not changes:
        return text, ()
    out.append(text[last:])
    restored = "".join(out)
    known, length = plausibility(restored)
    if known < 1.0 or length < WORD_LENGTH:
        return text, ()
    return restored, tuple(changes)
