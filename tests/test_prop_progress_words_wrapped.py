"""The progress clause of a four-column entries table read row by row, whose narrow cell wrapped the clause's
words: "ความก้าวหน้าของ" / "งานฯ = 47" (the wrapped word often read as Latin letters, "aut = 47", and the
cells of the line side by side: "จัดทำโครงการเพื่อ\taut = 47"), or "ความก้าวหน้าของงานฯ" / "= 2.50 % :
งบประมาณที่".  The words stood alone and the figure, after its "=", in another text: no clause read either, the
progress was lost (said missing_value).  Now the figure after the "=" the words lost, opening a text near them or
as its last cell, is their figure; the rest of that text is kept, and the words stay text too (where a column
reader ran the rows into the description, they mark where the rows' words begin).  A number with thousands, or
with baht after it, is no progress."""

from __future__ import annotations

from parsers.bma_progress.clauses import Event
from parsers.bma_progress.entries import _progress_rejoined, figure_values, parse_entries
from tests.test_bma_progress_entries_ocr import _lines


def _progress(events: list[Event]) -> list[tuple[int, str]]:
    return [(ev.line, ev.value) for ev in _progress_rejoined(events) if ev.kind == "progress"]


def test_the_wrapped_word_and_figure_as_the_last_cell_of_a_line_below_is_the_progress():
    events = [Event("text", 98, text="จัดทำโครงการเพื่อ\taut = 47"), Event("text", 99, text="ขออนุมัติ"),
              Event("text", 97, text="ความก้าวหน้าของ")]
    out = _progress_rejoined(events)
    assert _progress(events) == [(97, "47")]
    assert [ev.text for ev in out if ev.kind == "text"] == ["จัดทำโครงการเพื่อ", "ขออนุมัติ", "ความก้าวหน้าของ"]


def test_the_figure_opening_the_next_line_after_its_equals_sign_is_the_progress_the_rest_kept():
    events = [Event("text", 109, text="ความก้าวหน้าของงานฯ"), Event("text", 109, text="เป็นไปตาม"),
              Event("text", 110, text="= 2.50 % : งบประมาณท ที่")]
    out = _progress_rejoined(events)
    assert _progress(events) == [(109, "2.50")]
    assert "งบประมาณท ที่" in [ev.text for ev in out]


def test_an_amount_or_a_number_broken_by_a_space_after_the_words_is_no_progress():
    for text in ("= 5,000", "= 500 บาท", "= 2 50 % : งบประมาณที่"):
        assert _progress([Event("text", 10, text="ความก้าวหน้าของ"), Event("text", 11, text=text)]) == []
    # too far: three lines below
    assert _progress([Event("text", 10, text="ความก้าวหน้าของ"), Event("text", 13, text="งานฯ = 47")]) == []


def test_a_row_table_whose_progress_cell_wrapped_gives_each_entry_its_progress():
    lines = _lines(
        "รายงาน 28 ธ.ค. 2564 :          ความก้าวหน้าของ      เป็นไปตามแผน :",
        "ครั้งที่1 จัดเตรียมข้อมูล/จัดทำ        งานฯ = 25          เป็นไปตาม",
        "โครงการ                งบประมาณที่เบิกใช้ เป้าหมาย",
        "(ครั้งที่ 1) = 0 บาท.-",
        "รายงาน 29 ม.ค. 2565 :          ความก้าวหน้าของ      เป็นไปตามแผน :",
        "ครั้งที่2 จัดทำโครงการเพื่อ        aut = 47          เป็นไปตาม",
        "ขออนุมัติ                งบประมาณที่เบิกใช้ เป้าหมาย",
        "(ครั้งที่ 2) = 0 บาท.-",
    )
    entries = parse_entries(lines).entries
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n].get("progress_pct") for n in (1, 2)] == [25.0, 47.0]
