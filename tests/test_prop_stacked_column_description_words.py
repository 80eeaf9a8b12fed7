"""Section 2's entries table read column by column (parsers.bma_progress.stacked) whose entry column holds, in its
description, words the other layouts' clauses open with: the budget clause's first word "งบประมาณ" ("... และ
เบิกจ่ายตาม" / "งบประมาณ", set s s23s001; "ดำเนินการเบิกจ่าย" / "งบประมาณเสร็จสิน", set r s23r005), or an expense
line's amount the column's width wrapped onto a line of its own, its "=" first ("ค่าเช่ารถโดยสาร" / "= 4,600
บาท.-": pr2/set2 s19prb001, set r s23r005, k s21k009).  Before, such a column was taken for no bare column and
left as it stood: its entry lost, or read with no date, progress, disbursement or flags.  Lines modified from the
OCR of those documents."""

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.stacked import restack
from tests.test_bma_progress_entries_ocr import _lines


def _column(*body: str) -> tuple[str, ...]:
    return ("ครั้งที่ 5", "21 มิถุนายน", "2561", *body, "81", "0 บาท.-", "เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")


def _read(*body: str):
    entries = parse_entries(_lines(*_column(*body))).entries
    assert sorted(entries) == [5]
    entry = entries[5]
    assert entry.date.isoformat() == "2018-06-21"
    values = figure_values(entry)[0]
    assert values["progress_pct"] == 81.0 and str(values["disbursed"]) == "0.00"
    assert (values["on_plan"], values["on_target"]) == (True, True)
    return entry


def test_a_description_that_says_the_budget_word_keeps_its_column_whole():
    entry = _read("ดำเนินการจัด", "สัมมนา และ", "เบิกจ่ายตาม", "งบประมาณ")
    assert entry.description == "ดำเนินการจัด สัมมนา และ เบิกจ่ายตาม งบประมาณ"
    entry = _read("ดำเนินการเบิกจ่าย", "งบประมาณเสร็จสิน", "และสรุปรายงานผลการ")
    assert entry.description == "ดำเนินการเบิกจ่าย งบประมาณเสร็จสิน และสรุปรายงานผลการ"


def test_an_expense_amount_wrapped_with_its_equals_sign_first_keeps_its_column_whole():
    entry = _read("จัดทำโครงการ", "เพื่อขออนุมัติ", "ค่าเช่ารถโดยสาร", "= 4,600 บาท.-")
    assert [(x.item, x.amount) for x in entry.expenses] == [("ค่าเช่ารถโดยสาร", "4,600")]
    entry = _read("จัดทำคำสั่ง", "ค่าอาหาร", "๓๓ คน x ๑๕๐ บาท", "= ๔,๙๕๐ บาท")
    assert [x.amount for x in entry.expenses] == ["๔,๙๕๐"]


def test_the_budget_clauses_words_still_say_no_bare_column():
    # the clause's words ("งบประมาณที่เบิกใช้", "งบประมาณ =") or an "=" under no expense line: left as it stands
    for body in (("ประชุม", "งบประมาณที่เบิกใช้"), ("ประชุม", "งบประมาณ = 0"), ("ประชุม", "= 4,600 บาท.-")):
        lines = _lines(*_column(*body))
        assert [ln.text for ln in restack(lines)] == [ln.text for ln in lines], body
