"""A report entry's flag whose separator OCR left with a speck of
punctuation before the flag's words (": , เป็นไปตามแผน" - helper set
bpexp24/set1 bpexp24a007, entries as line groups, reports 1 and 4; ":
.เป็นไปตามเป้าหมาย" - fresh set s22/q s22q007, a paragraph): the flag
clause wants a separator, a cell gap or a sentence's end right before its
words, so the flag was read as the text of its entry's description
("จัดทำโครงการเพื่อขออนุมัติ , เป็นไปตามแผน") and the entry had no on_plan
(or on_target).  Now one speck of punctuation (. , ' ` ‘ ’) between the
separator and the words is passed over.  A flag's words inside a sentence
stay the sentence's."""

from __future__ import annotations

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines


def test_a_flag_after_a_speck_of_punctuation_is_the_entrys_flag():
    entries = parse_entries(_lines(
        "รายงานครั้งที่ 1 :: 8 พฤศจิกายน 2567 :  จัดทําโครงการเพื่อขออนุมัติ",
        ": ความก้าวหน้าของงานฯ = 10 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท.-",
        ": , เป็นไปตามแผน",
        ": เป็นไปตามเป้าหมาย",
        "รายงานครั้งที่ 2 :: 1 ธันวาคม 2567 : อยู่ระหว่างการเตรียมการอบรม :: ความก้าวหน้าของงานฯ = 72 :"
        " งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท : ไม่เป็นไปตามแผน :  .เป็นไปตามเป้าหมาย",
    )).entries
    assert sorted(entries) == [1, 2]
    assert entries[1].description == "จัดทำโครงการเพื่อขออนุมัติ"
    first, second = figure_values(entries[1])[0], figure_values(entries[2])[0]
    assert first["on_plan"] is True and first["on_target"] is True
    assert second["on_plan"] is False and second["on_target"] is True
    assert entries[2].description == "อยู่ระหว่างการเตรียมการอบรม"


def test_a_flags_words_inside_a_sentence_stay_text():
    entries = parse_entries(_lines(
        "รายงานครั้งที่ 1 :: 8 พฤศจิกายน 2567 : ดำเนินการ, เป็นไปตามแผนงานที่วางไว้",
        ": ความก้าวหน้าของงานฯ = 10 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท : เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
    )).entries
    assert entries[1].description == "ดำเนินการ, เป็นไปตามแผนงานที่วางไว้"
