"""OBEC lists holding a line OCR made of a picture, a stamp, a signature's scrawl or a footer's garbled date.

Such a line is long enough, and holds enough Thai letters, for the debris tests (is_debris) to take it for text
("ธ560 .11งง1ไ|ไหศไ“''''", "๑๒/๐ฒ/๒๕ ๒๓ ๑่อ:ซ่อ"): it ran into the item above or below it, the item's text then
wrong.  Its Thai letters make no word of three characters or more, and a symbol or a Latin letter stands among
them (lists.junk_line): a round's lists leave it out (rounds.read_round).  Any line of a text holds words
("กำหนด", "(สัมภาษณ์)", "แล้ว"), or is a figure and its unit the page wrapped ("๑๒๕ คน").

Also: the items the report prints whole elsewhere are asked for when a list is read as one item over two
paragraphs or more with no number (read.read_report's gate): before, such a list was parted by them only where
another list of the report happened to ask (a junk line that made its list look run together)."""

from __future__ import annotations

from parsers.obec_progress.lists import is_debris, junk_line
from pipeline.stages import process_document
from tests.conftest import ROOT

DOC = ROOT / "tests" / "corpus" / "clean" / "obec_progress_001.txt"
ITEM = "๑. ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน ๒๖ โรงเรียน"
JUNK = ["ธ560 .11งง1ไ|ไหศไ“''''", "“0: งงงงง 3๕06@0๐0ง3งไเ", "๑๒/๐ฒ/๒๕ ๒๓ ๑่อ:ซ่อ",
        "เซิดะ 1          -     เอ      9๑7           ๐    ca         ๑          =~    a2    ="]


def test_lines_whose_thai_makes_no_word_beside_symbols_are_wordless():
    for text in JUNK:
        assert junk_line(text)
    assert not is_debris(JUNK[0])  # (what the debris tests let through)
    for text in ("กำหนด", "(สัมภาษณ์)", "แล้ว", "๑๒๕ คน", ") ขึนไป", "โครงการ (Coding)", "(นายศักดิชย อินทร์แก้ว)",
                 "สพป.น่าน เขต ๓ ดำเนินการด้วยความโปร่งใส", "ร้อยละ ๘๐ ของโรงเรียนในสังกัด"):
        assert not junk_line(text)


def findings(text: str) -> list[tuple[str, int, str, str]]:
    out = process_document("doc.txt", text.encode("utf-8"))
    return sorted((r["project_key"], r["quarter"], r["kind"], r["text"]) for r in out["findings"])


def test_a_wordless_line_under_an_item_stays_out_of_it():
    clean = DOC.read_text(encoding="utf-8")
    assert clean.count(ITEM + "\n") == 1
    want = findings(clean)
    for junk in JUNK:
        damaged = clean.replace(ITEM + "\n", f"{ITEM}\n{junk}\n")
        assert findings(damaged) == want
