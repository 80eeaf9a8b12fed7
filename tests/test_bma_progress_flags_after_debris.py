"""BMA progress form, an entry's flags after OCR debris: a flag clause stands after a separator, a figure or
its unit ("บาท เป็นไปตามแผน"); OCR may leave a word of Latin letters before it instead (its reading of a speck
or of the other flag's words: "cece เป็นไปตามเป้าหมาย"), or the dash closing an amount whose figure it lost
("(ครั้งที่ 3) - ปาท- เป็นไปตามแผน :"): the flag was the entry's text and the entry lacked it (clauses.PLAN_RE,
TARGET_RE)."""

from functools import partial

from tests.bma_entries import entry_flags


_parse = partial(entry_flags, start=40)


def test_a_flag_after_a_latin_word_or_an_amounts_dash_is_read():
    got, _ = _parse("รายงานครั้งที่ 1 :: 3/11/2561 : ประชุมคณะทำงานเพื่อวางแผน",
                    ": ความก้าวหน้าของงานฯ = ๕๕.๐% งบประมาณที่เบิกใช้ (ครั้งที่ ๑) = 0 บาท :",
                    "cece เป็นไปตามเป้าหมาย",
                    "",
                    "รายงานครั้งที่ 2 :: 3/12/2561 : จัดทำโครงการเพื่อขออนุมัติ ความก้าวหน้าของงานฯ = 11.00 %",
                    "งบประมาณทที่เบิกใช้ (ครั้งที่ 2) - ปาท- เป็นไปตามแผน :",
                    "เป็นไปตามเป้าหมาย")
    assert got == {1: (None, True), 2: (True, True)}


def test_a_latin_word_inside_a_description_still_keeps_the_flag_words_its_text():
    # the words after a separator only where a flag stands: prose that names the plan is the description's
    got, result = _parse("รายงานครั้งที่ 1 :: 3/11/2561 : ดำเนินการตามแผน O-NET เป็นไปตามแผนงานที่กำหนด",
                         ": ความก้าวหน้าของงานฯ = 10.0% : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท",
                         ": เป็นไปตามแผน : เป็นไปตามเป้าหมาย")
    assert got == {1: (True, True)}
    assert "เป็นไปตามแผนงานที่กำหนด" in result.entries[1].description
