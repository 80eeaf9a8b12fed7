"""A table read row by row whose progress cell's words ("ความก้าวหน้าของงานฯ =") and figure ("4๓.00 %") OCR read
apart, with the description cell's wrapped last line ("งบประมาณ") unwoven between the two: the figure alone with its
"%" is the words' figure when only other cells' words stand between (entries._percent_beside).  Before, only a
figure right beside the words counted, and the entry's progress was lost (said missing).  A figure past a text that
holds a figure or a separator, past another clause, or two figures as near on either side: none is taken."""

from __future__ import annotations

from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import _progress_rejoined, figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines


def _progress(events: list[Event]) -> list[tuple[int, str]]:
    return [(ev.line, ev.value) for ev in _progress_rejoined(events) if ev.kind == "progress"]


def test_a_figure_past_another_cells_words_is_the_progress():
    events = [Event("text", 241, text="สัมมนา และเบิกจ่ายตาม"), Event("text", 244, text="4๓.00 %"),
              Event("text", 242, text="งบประมาณ"), Event("text", 243, text="ความก้าวหน้าของงานฯ =")]
    assert _progress(events) == [(243, "43.00")]
    assert [ev.text for ev in _progress_rejoined(events) if ev.kind == "text"] == ["สัมมนา และเบิกจ่ายตาม",
                                                                                  "งบประมาณ"]


def test_a_figure_past_a_figure_a_separator_or_a_clause_is_none():
    for between in (Event("text", 242, text="งบประมาณ 12"), Event("text", 242, text="ข้อมูล :"),
                    Event("budget", 242, "0", text="(ครั้งที่ 4) = 0")):
        events = [Event("text", 244, text="43.00 %"), between, Event("text", 243, text="ความก้าวหน้าของงานฯ =")]
        assert _progress(events) == []


def test_two_figures_as_near_on_either_side_are_neither():
    events = [Event("text", 242, text="43.00 %"), Event("text", 242, text="งบประมาณ"),
              Event("text", 243, text="ความก้าวหน้าของงานฯ ="), Event("text", 243, text="แผน"),
              Event("text", 244, text="45.00 %")]
    assert _progress(events) == []


def test_the_entry_of_a_row_table_whose_description_wrapped_between_gets_its_progress():
    lines = _lines(
        "รายงาน :: 23/02/2564 : ประชุมผู้บริหาร",
        "ครั้งที่2     สถานศึกษาเพื่อกําหนดวันจัด",
        "สัมมนา",
        ":: ความก้าวหน้าของงานฯ =         :              : เป็นไปตาม",
        "๑๑.๕๐ % : งบประมาณที่เบิกใช้     เป็นไปตาม เป้าหมาย",
        "(ครั้งที่ 2) = 0                     แผน",
        "รายงาน :: ๑๒/๐๕/๒๕๖๔ : ดําเนินการจัด",
        "ครั้งที่3     สัมมนา และเบิกจ่ายตาม",
        "งบประมาณ",
        ":: ความก้าวหน้าของงานฯ =         :              : เป็นไปตาม",
        "4๓.00 % : งบประมาณที่เบิกใช้      เป็นไปตาม เป้าหมาย",
        "(ครั้งที่ 3) = 0                     แผน",
    )
    entries = parse_entries(lines).entries
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n].get("progress_pct") for n in (2, 3)] == [11.5, 43.0]


def test_a_figure_past_other_progress_words_is_none():
    events = [Event("text", 242, text="43.00 %"), Event("text", 242, text="ความก้าวหน้าของงานฯ"),
              Event("text", 243, text="ความก้าวหน้าของงานฯ =")]
    # the words right after the figure take it; the words past them do not
    assert _progress(events) == [(242, "43.00")]
    events = [Event("text", 242, text="43.00 %"), Event("text", 242, text="ความก้าวหน้าของ"),
              Event("text", 243, text="ความก้าวหน้าของงานฯ =")]
    assert _progress(events) == []


def test_a_figure_past_texts_below_both_parts_is_none():
    # "เบิกใช้" / "บาท": a budget clause's wrapped words, read after the clause: the order is in doubt
    events = [Event("text", 200, text="90.00 %"), Event("text", 201, text="เบิกใช้"), Event("text", 202, text="บาท"),
              Event("text", 199, text="ความก้าวหน้าของงานฯ =")]
    assert _progress(events) == []
