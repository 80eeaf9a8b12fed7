"""The sixty-ninth session's second round of speed-ups of the OBEC list
reading give what the code they replace gave (issue 13; output byte for
byte the same): lists.fewer_than_junk_consonants tells a text's Thai
consonants fewer than JUNK_CONSONANTS at the third one (rounds._specks_only
and lists.junk_line counted every one of a long item's letters), and
rounds.pieces_out_of_order reads where a letter stands in its line only for
a line that overlaps (the skeletons alone, memoised, for the rest)."""

from __future__ import annotations

from pathlib import Path

from normalizers.text import skeleton_at
from parsers.items import THAI_LETTER_RE
from parsers.obec_progress import lists, rounds

CORPUS = Path(__file__).parent / "corpus"


def _corpus_lines(limit: int = 8000) -> list[str]:
    out: list[str] = []
    for path in sorted((CORPUS / "ocr").glob("obec_progress_*.txt")):
        out.extend(path.read_text(encoding="utf-8").splitlines())
        if len(out) >= limit:
            break
    return out


def test_fewer_than_junk_consonants_is_the_count():
    assert lists.JUNK_CONSONANTS == 3  # (the cases below are built on it)
    cases = ["", "Sb.", "oa.", "งนี", "งนีa", "ซั 9๑7 ๑9๑7", "ไม่มี", "-", "ก\nข\nค", "ก ข", "\u0e2eabc\u0e01x\u0e2e",
             "ะาิีุ่้", "ฯ ๆ ฯ", "โครงการพัฒนาคุณภาพการศึกษา " * 20, "a" * 500 + "กข", "a" * 500 + "กขค"]
    for text in cases + _corpus_lines():
        assert lists.fewer_than_junk_consonants(text) == (len(THAI_LETTER_RE.findall(text)) < lists.JUNK_CONSONANTS)
    assert lists.fewer_than_junk_consonants("งนี") and not lists.fewer_than_junk_consonants("งนีa ค")


def _plain_pieces_out_of_order(texts: list[str]):
    """pieces_out_of_order as written before: every line's skeleton and places read."""
    skels = [skeleton_at(t) for t in texts]
    for j in range(1, len(skels)):
        later = skels[j][0]
        for i in range(j):
            earlier, where = skels[i]
            for k in range(min(len(earlier), len(later)) - 1, rounds.PIECES_OVERLAP - 1, -1):
                if later.endswith(earlier[:k]):
                    if rounds._inside_a_word(texts[i], where[k]):
                        return i, j, earlier[:k]
                    break
    return None


def test_pieces_out_of_order_finds_what_every_place_read_found():
    tail = "ที่มีคุณภาพตามมาตรฐานการศึกษา"
    middle = "เรียนได้รับการศึกษาทีมีคุณภา"
    texts = [tail, middle, "ผู้"]
    found = rounds.pieces_out_of_order(texts)
    assert found is not None and found == _plain_pieces_out_of_order(texts)
    # whole words shared (a text that ends with the words the next opens with): no piece
    whole = ["เป้าหมายเชิงผลลัพธ์ของโครงการ", "นักเรียนพัฒนาได้ตามเป้าหมาย"]
    assert rounds.pieces_out_of_order(whole) == _plain_pieces_out_of_order(whole)
    assert rounds.pieces_out_of_order([tail]) is None and rounds.pieces_out_of_order([]) is None
    lines = _corpus_lines(3000)
    for at in range(0, len(lines) - 4, 2):
        group = lines[at:at + 4]
        assert rounds.pieces_out_of_order(group) == _plain_pieces_out_of_order(group)
