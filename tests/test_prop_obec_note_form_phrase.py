"""An OBEC budget row's note that the money was disbursed as planned is
the form's own wording ("สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"), printed alike
under every budget heading; OCR misread a letter or two of it in a report
throughout ("...ไตด้ตาม แผนการ", fresh set s39z; "สามารถเปบิกจ่าย...",
extra3), the same way in every printing, so no other printing of it mends
it.  A note whose letters are the wording's but for a letter or two is
that wording (budgets.repair_as_planned_note, rule form_phrase), and the
row is weighed as disbursed as planned; the wording that says otherwise
("ไม่สามารถ... เนื่องจาก...") and a note with more after it are kept."""
import json

from parsers.obec_progress.budgets import AS_PLANNED_NOTE, repair_as_planned_note
from parsers.repair import RULES
from schemas.document import Reading


def _budgets(*notes: str) -> dict:
    return {("in_progress", 1, i, "budget", 1): {"note": Reading(n, n, 10 + i, 10 + i)} for i, n in enumerate(notes)}


def test_the_form_s_wording_a_letter_or_two_misread_is_that_wording():
    budgets = _budgets("สามารถเบิกจ่ายงบประมาณไตด้ตาม แผนการ", "สามารถเปบิกจ่ายงบประมาณได้ตามแผนการ",
                       "สามารถเบิกจ่ายงบป ะมาณได้ตามแผนการ", AS_PLANNED_NOTE)
    issues = repair_as_planned_note(budgets)
    assert [r["note"].value for r in budgets.values()] == [AS_PLANNED_NOTE] * 4
    assert [(i.code, i.line_start, json.loads(i.evidence)["rule"]) for i in issues] == [
        ("value_repaired", 10, "form_phrase"), ("value_repaired", 11, "form_phrase"),
        ("value_repaired", 12, "form_phrase")]
    assert "form_phrase" in RULES


def test_other_wording_is_kept():
    notes = ("ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ เนื่องจากกิจกรรมการอบรมอยู่ระหว่างดำเนินการ",
             "ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ", "ไมสามารถเบิกจ่ายงบประมาณได้ตามแผนการ",
             "มสามารถเบิกจ่ายงบประมาณได้ตามแผนการ",
             "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ หน้า ๕(๑๕")
    budgets = _budgets(*notes)
    assert not repair_as_planned_note(budgets)
    assert tuple(r["note"].value for r in budgets.values()) == notes
