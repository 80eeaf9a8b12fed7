"""The progress clause's last word that a narrow cell wrapped onto the figure's line, read by OCR as Latin letters
("ความก้าวหน้าของ" / "ITY = ๓5", "suey = 44", "JIN = 33"; a quote's speck after them, 'qq" = 11'), in a
four-column table read row by row for its first entries and column by column after (fresh s78o,
bma_progress_s78o001: reports 8, 9, 11; extra2 bma_progress_z007: report 9).  The column reader
(sidebyside.unweave) gave the word and figure to the description column, which its lines came before: the
progress words stood alone, too far from their figure for entries._figure_after_equals, and the progress was lost
(said missing_value) while the description took "suey = 44 ...".  Now that piece, right under the figures
column's "ความก้าวหน้าของ", is the figures column's, and the clause reader reads the words and the figure across
the line break as the progress clause (clauses.PROGRESS_RE).  An amount with its baht word after the "=" is no
progress; the same word on the line with the words, or without its "=", is none either."""

from __future__ import annotations

from parsers.bma_progress.clauses import PROGRESS_RE, Event
from parsers.bma_progress.entries import _progress_rejoined, figure_values, parse_entries
from tests.lines import numbered_lines as _lines

_ROWS = (
    "รายงาน 28 ธ.ค. 2564 :          ความก้าวหน้าของ      เป็นไปตามแผน :",
    "ครั้งที่1 จัดเตรียมข้อมูล/จัดทำ        งานฯ = 25          เป็นไปตาม",
    "โครงการ                งบประมาณที่เบิกใช้ เป้าหมาย",
    "(ครั้งที่ 1) = 0 บาท.-",
    "รายงาน 29 ม.ค. 2565 :          ความก้าวหน้าของ      เป็นไปตามแผน :",
    "ครั้งที่2 จัดทำโครงการเพื่อ        งานฯ = 30          เป็นไปตาม",
    "ขออนุมัติ                งบประมาณที่เบิกใช้ เป้าหมาย",
    "(ครั้งที่ 2) = 0 บาท.-",
)


def _document(words: tuple[str, ...], figures: tuple[str, ...]) -> list[str]:
    """Two rows read side by side, then entries 3.. read column by column: their headers, their dates and
    descriptions, their figure cells (each "ความก้าวหน้าของ" / "<word> = <figure>" / the budget clause), their flags."""
    lines = list(_ROWS)
    seqs = range(3, 3 + len(words))
    for n in seqs:
        lines += ["รายงาน", f"ครั้งที่ {n}"]
    for n in seqs:
        lines += [f"{n} มี.ค. 2565 : ดำเนินการจัดสัมมนา"]
    for n, word, figure in zip(seqs, words, figures):
        lines += ["ความก้าวหน้าของ", f"{word} = {figure}", "งบประมาณที่เบิกใช้", f"(ครั้งที่ {n}) = 0 บาท"]
    for _ in seqs:
        lines += ["เป็นไปตาม", "แผน :", "เป็นไปตาม", "เป้าหมาย"]
    return lines


def _read(words: tuple[str, ...], figures: tuple[str, ...]) -> dict[int, tuple[object, str]]:
    entries = parse_entries(_lines(*_document(words, figures))).entries
    return {n: (figure_values(e)[0].get("progress_pct"), e.description) for n, e in entries.items()}


def test_the_wrapped_word_read_as_latin_letters_keeps_each_entry_its_progress():
    got = _read(("ITY", "suey", "งานฯ", "IY"), ("๓๕", "๔๔", "๕๕", "๗๕"))
    assert [got[n][0] for n in range(1, 7)] == [25.0, 30.0, 35.0, 44.0, 55.0, 75.0]
    assert all(got[n][1] == "ดำเนินการจัดสัมมนา" for n in range(3, 7))  # no clause words left in a description
    # as where the word read right ("งานฯ")
    assert _read(("งานฯ",) * 4, ("๓๕", "๔๔", "๕๕", "๗๕")) == got


def test_an_amount_after_the_latin_word_is_no_progress():
    got = _read(("ITY", "suey", "งานฯ", "IY"), ("๓๕", "๕,๐๐๐ บาท", "๕๕", "๗๕"))
    assert [got[n][0] for n in (3, 4, 5, 6)] == [35.0, None, 55.0, 75.0]


def test_the_clause_reads_the_latin_word_only_after_a_line_break_and_before_an_equals_sign():
    assert PROGRESS_RE.search("ความก้าวหน้าของ\nITY = 35").group(1) == "35"
    assert PROGRESS_RE.search("ความก้าวหน้าของ\nqq\" = 11").group(1) == "11"
    assert PROGRESS_RE.search("ความก้าวหน้าของ\nงานๆ = 55").group(1) == "55"  # (as before)
    for text in ("ความก้าวหน้าของ ITY = 35", "ความก้าวหน้าของ\nITY 35", "ความก้าวหน้าของ\nสัมมนา = 35",
                 "ความก้าวหน้าของ\nABCDEF = 35"):
        assert PROGRESS_RE.search(text) is None, text


def test_the_wrapped_latin_word_with_a_speck_as_a_row_s_cell_is_the_progress():
    # a row read side by side: the words in the figures cell of one line, the word (a quote's speck after it)
    # and the figure as the last cell of the description's line below (s79a bma_progress_s79a007: report 4)
    events = [Event("text", 241, text='การอบรมครูแกนนำสะเต็มศึกษา\tqq" = 11'), Event("text", 240, text="ความก้าวหน้าของ")]
    progress = [(ev.line, ev.value) for ev in _progress_rejoined(events) if ev.kind == "progress"]
    assert progress == [(240, "11")]
