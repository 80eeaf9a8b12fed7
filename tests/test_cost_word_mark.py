"""A budget line's item or category opening with "คา", the tone mark of its "ค่า" OCR dropped: คา is a dictionary
word, so the tone marks' rule had nothing to put back and the value stood wrong with no issue (fresh set s47o,
bma_progress_s47o007; pipeline.marks._cost_restoration)."""

from __future__ import annotations

from pipeline.marks import restore_labels


def test_a_budget_line_opening_with_its_cost_words_tone_mark_lost_gets_it_back_and_says_so():
    row = {"item": "คาวัสดุอุปกรณ์", "line_start": 352, "line_end": 352}
    (issue,) = restore_labels({"expenses": [row]}, [])
    assert row["item"] == "ค่าวัสดุอุปกรณ์"
    assert (issue.code, issue.field, issue.line_start) == ("value_repaired", "expenses.item", 352)
    # a word that opens with those letters is no cost word; nor is a text outside the budget's columns
    # ... nor one damaged otherwise too (a vowel lost: "วทยากร"), left for the unknown-words check to say
    for table, column, text in (("expenses", "item", "คาดว่าจะใช้วัสดุ"), ("activities", "text", "คาวัสดุอุปกรณ์"),
                                ("expenses", "item", "คาตอบแทนวทยากร")):
        row = {column: text, "line_start": 1, "line_end": 1}
        assert restore_labels({table: [row]}, []) == [] and row[column] == text
