"""A table read column by column whose figures column OCR read in two: the progress words alone on their lines
with the baht word ("ความก้าวหน้าของงานฯ" / "บาท", the column's left part, their "=" lost), then each entry's
figure opening a line before its budget clause ("2 งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐.๐0").  The figure was read as
description text and every entry had "no progress figures in any copy" (extra2 z014).  A figure alone opening its
line before the budget clause is the progress of the entry the clause names where the section holds as many
progress clauses' words with no figure or more (entries._progress_before_budget); with fewer, it stays text."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines


def _entries(*texts: str):
    return parse_entries(numbered_lines(*texts, start=40)).entries


_HEAD = ("รายงานครั้งที่ ๑", "รายงานครั้งที่ 2", "รายงานครั้งที่ 3", "",
         "๒๐2๕-๑-1 : จัดทําโครงการเพื่อขออนุมัติ", "",
         "๒๐๒๕-๒-๒๑ : ประชุมคณะกรรมการ", "",
         "๒0๒๕-๓-3 : ได้ดําเนินการประชุมคณะกรรมการ", "")
_WORDS = ("ความก้าวหน้าของงานฯ", "บาท", "", "ความก้าวหน้าของงานฯ", "บาท", "", "ความก้าวหน้าของงานฯ", "บาท", "")
_FIGURES = ("2 งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = ๐.๐0", "๑๓ งบประมาณที่เบิกใช้ (ครั้งที่ ๒) = 0.00",
            "21 งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0.00", "",
            "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย", "เป็นไปตามแผน : เป็นไปตามเป้าหมาย")


def test_a_figure_opening_the_budget_clause_line_is_the_entry_progress():
    entries = _entries(*_HEAD, *_WORDS, *_FIGURES)
    for seq, pct in {1: 2.0, 2: 13.0, 3: 21.0}.items():
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert values["progress_pct"] == pct, seq


def test_without_the_words_alone_the_figure_stays_text():
    entries = _entries(*_HEAD, *_WORDS[:3], *_FIGURES)  # one clause's words, three figures
    assert all(figure_values(entries[seq])[0].get("progress_pct") is None for seq in (1, 2, 3))
