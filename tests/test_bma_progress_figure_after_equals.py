"""A figure clause whose label ends a line, its "=" and value wrapped to the
next line ("... งบประมาณที่เบิกใช้ (ครั้งที่ 1)" / "= 80 : เป็นไปตามแผน ...",
"... :: ความก้าวหน้าของงานฯ" / "= 100 : งบประมาณที่เบิก"): the wrapped line
opens with the lone "=" and a figure alone before a colon.  It was read as a
date slot OCR damaged (clauses.damaged_date: two digits before a colon), so
the clause above had no amount ("the budget clause has no amount") and the
figure was lost.  Now (clauses._FIGURE_AFTER_EQUALS_RE) it is the clause's
figure; a "=:" (OCR's "::") before a date, or a date's slashes, still open a
date slot."""

from parsers.bma_progress.clauses import events_of
from parsers.bma_progress.entries import figure_values, parse_entries
from schemas.document import Line
from tests.lines import numbered_lines


def _entries(*texts: str):
    return parse_entries(numbered_lines(*texts, start=40)).entries


def test_an_amount_wrapped_after_its_budget_clause_is_its_amount():
    entries = _entries(
        "รายงานครั้งที่ 1 :: 30 ธันวาคม 2561 : จัดทําคําสั่งคณะกรรมการ ::",
        "ความก้าวหน้าของงานฯ = 15 งบประมาณทีเบิกใช้ (ครั้งที 1)",
        "= 0 : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 2 :: 3 กรกฎาคม 2562 : ประชุมผู้บริหาร ::",
        "ความก้าวหน้าของงานฯ = 73 งบประมาณทีเบิกใช้ (ครั้งที 2)",
        "= 10,050 : ไม่เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย",
    )
    for seq, (pct, paid) in {1: (15, "0"), 2: (73, "10050")}.items():
        values, bad = figure_values(entries[seq])
        assert not bad, seq
        assert values["progress_pct"] == pct and str(values["disbursed"]) == f"{paid}.00", seq
        assert entries[seq].date is not None, seq


def test_a_progress_wrapped_after_its_label_is_its_progress():
    entries = _entries(
        "รายงานครั้งที่ 3 :: 5/9/2567 : ดําเนินการเบิกจ่ายงบประมาณเสร็จสิ้น :: ความก้าวหน้าของงานฯ",
        "= 100 : งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 22,800 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    )
    values, bad = figure_values(entries[3])
    assert not bad
    assert values["progress_pct"] == 100 and str(values["disbursed"]) == "22800.00"


def test_a_date_after_a_separator_is_still_a_date_slot():
    for text in ("=: ๒๐๑๕-๒-๒๒ : เวียนแจ้ง", ": ๑๒/๐ฒ/๒๕๒๒ : เวียนแจ้ง", "= 12/3/6ฒ : เวียนแจ้ง"):
        events = events_of(Line(5, text))
        assert events[0].kind == "date", text
    for text in ("= 80 : เป็นไปตามแผน", "= ๓๑,๕๐๐.- umn: เป็นไปตามแผน", "= 100 : งบประมาณที่เบิก"):
        assert all(ev.kind != "date" for ev in events_of(Line(5, text))), text
