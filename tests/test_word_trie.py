"""normalizers.words' tokenizer dictionary (_word_trie, built from a dict of
prefixes) answers newmm exactly as pythainlp's default Trie does: the same
prefixes at every position and the same tokens, on the samples' and the
clean corpus' Thai (the tie-break's plausibility reads these tokens)."""

import re
from pathlib import Path

from pythainlp.tokenize import word_dict_trie, word_tokenize

from normalizers.words import _tokens, _word_trie

ROOT = Path(__file__).resolve().parent.parent
_NOT_THAI = re.compile(r"[^\u0e00-\u0e7f]+")


def _thai_lines(limit: int = 3000) -> list[str]:
    lines: list[str] = []
    for path in sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/corpus/clean").glob("*.txt"))[:20]:
        for line in path.read_text(encoding="utf-8").split("\n"):
            thai = _NOT_THAI.sub(" ", line).strip()
            if thai and thai not in lines:
                lines.append(thai)
    return lines[:limit]


def test_prefixes_are_the_default_tries_at_every_position():
    default, ours = word_dict_trie(), _word_trie()
    assert len(ours) == len(default)
    lines = _thai_lines(800) + ["", "ก", "การศึกษาการศึกษา", "xyz การ", "ๆๆๆ"]
    checked = 0
    for line in lines:
        for i in range(len(line) + 1):
            assert ours.prefixes(line, i) == default.prefixes(line, i), (line, i)
            checked += 1
    assert checked > 10_000
    for word in ("การศึกษา", "ศึกษา", "การ", "กา", "", "zzz"):
        assert (word in ours) == (word in default)


def test_tokens_are_the_default_tokenizers():
    lines = _thai_lines()
    assert len(lines) > 1000
    for line in lines:
        assert _tokens(line) == word_tokenize(line, keep_whitespace=False), line


def test_the_dictionary_is_fixed():
    import pytest

    with pytest.raises(TypeError):
        _word_trie().add("คำใหม่")


def test_a_document_run_never_builds_the_default_trie():
    """The samples through every stage (their copies' tie-breaks tokenize)
    in a fresh process: pythainlp's own default Trie (0.5 CPU s and 40 MB a
    process) is never built; the tokenizer reads _word_trie."""
    import subprocess
    import sys

    code = (
        "import sys; from pathlib import Path; import pipeline.stages as st, normalizers.words as v\n"
        "from pythainlp.tokenize import word_dict_trie\n"
        "for p in sorted(Path('samples').glob('*.txt')): st.process_document(p.name, p.read_bytes())\n"
        "print(v._word_trie.cache_info().currsize, word_dict_trie.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "0"], out.stdout + out.stderr
