"""BMA progress form, a plan flag whose words OCR garbled past the flag clause's tolerance ("เป็นไปคายแผน",
"เปนไปกาน"), standing where the form prints it, between the figure clauses and the target flag, is read as the plan
flag, said (entries.plan_flags_garbled, label_inferred)."""

from functools import partial

from tests.bma_entries import entry_flags


_parse = partial(entry_flags, start=40)


def test_a_garbled_plan_flag_before_the_target_flag_is_read_and_said():
    got, result = _parse("รายงานครั้งที่ 2 25 ม.ค. 2563 :  จัดทำโครงการเพื่อขออนุมัติ ความก้าวหน้าของงานฯ =",
                         "27.00 % งบประมาณที่เบิกใช้ (ครั้งที่ 2) = BO เป็นไปคายแผน  เป็นไปตามเป้าหมาย",
                         "",
                         "รายงานครั้งที่ 3 :: 1/5/2568 : อยู่ระหว่างติดต่อประสานงาน",
                         ":: ความก้าวหน้าของงานฯ = 50.50 % : งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 :",
                         "",
                         "เปนไปกาน : ไม่เป็นไปตามเป้าหมาย")
    assert got == {2: (True, True), 3: (True, False)}
    said = [i for i in result.issues if i.code == "label_inferred"]
    assert [(i.field, i.line_start) for i in said] == [("progress_reports.on_plan", 41), ("progress_reports.on_plan", 46)]
    assert all("ไม่" in i.message for i in said)
    assert result.entries[2].description == "จัดทำโครงการเพื่อขออนุมัติ"


def test_other_words_there_or_a_plan_flag_read_already_are_left_alone():
    for words in ("ดำเนินการต่อ", "เป็นไปตามแผน : เปนไปกาน"):
        got, result = _parse("รายงานครั้งที่ 3 :: 1/5/2568 : อยู่ระหว่างติดต่อประสานงาน",
                             ":: ความก้าวหน้าของงานฯ = 50.50 % : งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 :",
                             f"{words} : เป็นไปตามเป้าหมาย")
        assert not [i for i in result.issues if i.code == "label_inferred"], words
        assert got[3][0] is (True if words.startswith("เป็นไปตามแผน") else None), words
