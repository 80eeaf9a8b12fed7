"""A table read column by column whose figures cells wrapped the progress clause's words ("ความก้าวหน้า" /
"ของงานฯ =" / "36.๕๐ %"): the head "ความก้าวหน้า" stands alone on its line as the column's title does and is left
out as one, so the tail "ของงานฯ =" and the figure were read as text, run into the last entry's description, and
every entry of the page had "no progress figures in any copy" (extra2 z002, reports 4-6).  The tail with its "="
(a title prints none) and a figure alone with its "%" beside it are the entry's progress
(entries._progress_rejoined, _PROGRESS_TAIL_RE); its token reads from that tail (clauses.progress_token).  The
tail without its "=", or with no figure alone beside it, stays text."""

from parsers.bma_progress.clauses import progress_token
from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines


def _entries(*texts: str):
    return parse_entries(numbered_lines(*texts, start=40)).entries


_BLOCK = ("รายงานครั้งที่ 4", "รายงานครั้งที่ 5", "",
          "๑6 มิ.ย. 2๕62 :", "ได้ดําเนินการอบรม", "",
          "13 ก.ค. 2562 :", "ดําเนินการจัดสัมมนา", "",
          "ความก้าวหน้า", "ของงานฯ =", "36.๕๐ %", "", "งบประมาณที่", "เบิกใช้ (ครั้งที่", "4) =0 บาท", "",
          "ความก้าวหน้า", "ของงานฯ =", "39.๐๐ %", "", "งบประมาณที่", "เบิกใช้ (ครั้งที่", "๕)=0 บาท", "",
          "เป็นไปตาม", "แผน :", "เป็นไปตาม", "เป้าหมาย", "เป็นไปตาม", "แผน :", "เป็นไปตาม", "เป้าหมาย")


def test_the_tail_of_the_words_and_a_figure_alone_are_the_entry_progress():
    entries = _entries(*_BLOCK)
    for seq, pct in {4: 36.5, 5: 39.0}.items():
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert values["progress_pct"] == pct, seq


def test_the_tail_without_its_equals_is_no_clause():
    block = tuple("ของงานฯ" if t == "ของงานฯ =" else t for t in _BLOCK)
    entries = _entries(*block)
    assert all(figure_values(entries[seq])[0].get("progress_pct") is None for seq in (4, 5) if seq in entries)


def test_the_token_reads_from_the_tail():
    assert progress_token("ของงานฯ = 36.๕๐ %") == "36.๕๐"
    assert progress_token("ของงานฯ") is None
