"""BMA progress form, a flag row's label and its one cell with a single space between, OCR having closed the gap
between the cells ("ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย"; the label's last words wrapped away at most,
"ความสอดคล้อง เป็นไปตามแผน", "ความสอดคล้องกับ เป็นไปตามเป้าหมาย"; fresh sets s68z, s69z, s70o, extra4): the
flag is read after its row's label (clauses._PLAN_AFTER_ROW_LABEL, _TARGET_AFTER_ROW_LABEL), where before it was text and its entry lacked
it, where the cell is the rest of its line (a row of more cells is the entries' before it, weighed by
entries.flag_rows_after_columns).  The same words inside prose ("ให้สอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย") stay
text."""

from parsers.bma_progress.clauses import events_of
from schemas.document import Line


def _flags(text: str) -> list[tuple[str, object]]:
    return [(e.kind, e.value) for e in events_of(Line(1, text)) if e.kind in ("plan", "target")]


def test_a_flag_one_space_after_its_rows_label_is_read():
    assert _flags("ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย") == [("target", True)]
    assert _flags("ความสอดคล้องกับเป้าหมาย ไม่เป็นไปตามเป้าหมาย") == [("target", False)]
    assert _flags("ความสอดคล้อง เป็นไปตามแผน") == [("plan", True)]
    assert _flags("ความสอดคล้อง ไม่เป็นไปตามเป้าหมาย") == [("target", False)]
    assert _flags("ความสอดคล้องกับ เป็นไปตามเป้าหมาย") == [("target", True)]
    assert _flags("ความสอดคล้องกับแผน ไม่เป็นไปตามแผน") == [("plan", False)]


def test_the_words_in_prose_stay_text():
    assert _flags("ดำเนินการให้สอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย") == []


def test_a_row_of_more_cells_after_its_label_is_left_to_the_entries_rows():
    # (its cells are the entries' before it: entries.flag_rows_after_columns weighs them; read here, the first
    # cell went to the last entry, the rest ran on into the next ones: extra4, bma_progress_t008)
    assert _flags("ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย ไม่เป็นไปตามเป้าหมาย") == []
    # (the cell the rest of its line: a line's end, not the text's, bounds it)
    assert _flags("ความสอดคล้องกับแผน เป็นไปตามแผน\nไม่เป็นไปตามแผน") == [("plan", True), ("plan", False)]
