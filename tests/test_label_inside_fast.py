"""parsers.bma_progress.rows.label_inside finds where a label's letter stands
in the text by walking its letters only once a label is found: the same
answer as the place of every letter taken first (as it was), on the corpus'
lines and on descriptions that hold an entry label."""

from __future__ import annotations

from pathlib import Path

from rapidfuzz import fuzz

from parsers.bma_progress.rows import _ENTRY_LABELS, _LETTER_RE, LABEL_RATIO, label_inside

ROOT = Path(__file__).resolve().parent.parent


def _every_letter_first(text: str) -> tuple[str, int] | None:
    read = text.replace("\u0e33", "\u0e32")
    kept = [m.start() for m in _LETTER_RE.finditer(read)]
    letters = "".join(_LETTER_RE.findall(read))
    found = []
    for label, sk in _ENTRY_LABELS:
        if len(letters) < len(sk) // 2:
            continue
        m = fuzz.partial_ratio_alignment(sk, letters, score_cutoff=LABEL_RATIO)
        if m is not None:
            found.append((m.dest_start, label))
    if not found:
        return None
    start, label = min(found)
    return label, kept[min(start, len(kept) - 1)]


def test_the_label_stands_where_every_letter_walked_first_puts_it():
    texts = ["จัดอบรมครู ความก้าวหน้าของงาน = 50%", "ดำเนินการแล้ว งบประมาณที่เบิกใช้ 0 บาท", "เป็นไปตามแผน",
             "ความก้าวหน้าของงานฯ", "  ำ ความกาวหนาของงาน ๕๐", "ไม่มี"]
    paths = sorted((ROOT / "tests/corpus").glob("*/ocr/bma_progress_*.txt")) \
        + sorted((ROOT / "tests/corpus").glob("*/*/ocr/bma_progress_*.txt"))
    for path in paths:
        texts += [line for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]
    found = 0
    for text in texts:
        got = label_inside(text)
        assert got == _every_letter_first(text), text
        found += got is not None
    assert found > 100  # (the corpus' lines hold labels: the walk after a label is found is tested)
