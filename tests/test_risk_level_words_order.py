"""The risk-level words, and the patterns built from them, are the same in every process: their order may not
follow a set's iteration order, which changes with the hash seed."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _level_src(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", "from parsers.bma_proposal import risks; print(risks._LEVEL_SRC)"],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout


def test_level_patterns_do_not_follow_the_hash_seed():
    assert len({_level_src(seed) for seed in ("1", "2", "3", "4")}) == 1


def test_longer_level_words_come_first():
    from parsers.bma_proposal import risks
    lengths = [len(w) for w in risks.LEVEL_WORDS]
    assert lengths == sorted(lengths, reverse=True)
    assert risks.LEVEL_WORDS.index("น้อยมาก") < risks.LEVEL_WORDS.index("น้อย")
