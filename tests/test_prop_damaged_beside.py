"""A label the vowel or mark repair (pipeline.marks) would make read as dictionary words only because another
word of it, damaged otherwise, splits into short words ("ค่าอาหารว่างและ เครองดิม": ดิม -> ดื่ม reads
"เค" + "รอง" + "ดื่ม", where เครื่อง lost its vowel and tone mark): before, the change was made and said as
a repair (value_repaired), and the text was still wrong.  Two or three neighbouring words that are no word
joined, and with vowels and marks put back are a common one (normalizers.words.damaged_beside), show the
text is damaged beyond the change: it is flagged (repair_ambiguous) and kept as read."""

from __future__ import annotations

import json

from normalizers.words import damaged_beside, restore_vowel_misreads
from pipeline.marks import restore_labels


def test_pieces_that_spell_a_word_with_its_marks_lost_are_found():
    assert damaged_beside("", ["เครองดื่ม"]) == "เครื่อง"
    # words that are words, joined or apart, and a run with no such pieces: nothing
    for run in ("ค่าอาหารว่างและเครื่องดื่ม", "มีประสิทธิภาพยิ่งขึ้น", "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด",
                "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย"):
        assert damaged_beside("", [run]) is None


def test_a_vowel_repair_beside_such_pieces_is_flagged_and_the_label_kept():
    printed = "ค่าอาหารว่างและ เครองดิม"
    assert restore_vowel_misreads(printed)[0] == "ค่าอาหารว่างและ เครองดื่ม"  # what the rule alone would choose
    row = {"project_key": "p", "category": printed, "line_start": 5, "line_end": 7}
    issues = restore_labels({"expenses": [row]}, [])
    assert row["category"] == printed
    (issue,) = issues
    assert issue.code == "repair_ambiguous" and issue.field == "expenses.category"
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "dictionary_vowel" and evidence["beside"] == "เครื่อง"
    # the word whole, its vowel misread: put right as before
    row = {"project_key": "p", "category": "ค่าอาหารว่างและเครื่องดิม", "line_start": 5, "line_end": 7}
    (issue,) = restore_labels({"expenses": [row]}, [])
    assert issue.code == "value_repaired" and row["category"] == "ค่าอาหารว่างและเครื่องดื่ม"
