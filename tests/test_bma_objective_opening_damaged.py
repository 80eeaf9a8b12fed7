"""BMA progress form: two ways OCR damaged what opens an objective (fresh set s61o).

An unnumbered list, each objective opening with "เพื่อ": OCR's English model wrote the first letters of a later
objective's "เพื่อ" as Latin look-alikes and read the rest apart ("LW พื่อให้ครู..."), so nothing opened it: it was
read as the objective before's text, every objective after it one place early and the last lost.  The token goes,
the word is the form's, said value_repaired (rule purpose_word; parsers.bma_progress.read._latin_before_purpose).

A bulleted list whose items carry numbers too ("- ๒.๑ เพื่อ..."), the first numbers misread past the sequence
("1.9", "19.10"): no item opened, the list's first items were left as text before it, or every objective lost.  The
bullet and the opening words open the item, numbered by its place, its printed number said
(parsers.items.numbered_items)."""

from __future__ import annotations

from tests.test_repair import form, read


def _objectives(block: str) -> tuple[list[dict], list[dict]]:
    rows = read(form().replace("1. เพื่อทดสอบ\n", block))
    said = [i for i in rows["issues"] if (i["field"] or "").startswith("objectives")]
    return sorted(rows["objectives"], key=lambda o: o["seq"]), said


_UNNUMBERED = ("เพื่อส่งเสริมให้ข้าราชการครูได้แสดงศักยภาพในการเรียนการสอน\n\n"
               "{second}พื่อให้ครูผู้สอนมีความรู้ความเข้าใจและนำไปประยุกต์ใช้ในการจัด\nการเรียนการสอนได้\n\n"
               "เพื่อติดตามและประเมินผลการพัฒนาศักยภาพผู้บริหารสถานศึกษา\n\n")


def test_latin_look_alikes_before_the_rest_of_the_opening_word_open_the_objective():
    rows, said = _objectives(_UNNUMBERED.format(second="LW "))
    assert len(rows) == 3
    assert [o["text"].startswith(w) for o, w in zip(rows, ("เพื่อส่งเสริม", "เพื่อให้ครู", "เพื่อติดตาม"))] == [True] * 3
    assert rows[1]["text"].endswith("การเรียนการสอนได้")
    repaired = [i for i in said if i["code"] == "value_repaired" and '"purpose_word"' in i["evidence"]]
    assert len(repaired) == 1 and repaired[0]["line_start"] is not None


def test_a_latin_token_before_other_words_opens_nothing():
    rows, said = _objectives(_UNNUMBERED.format(second="LW ").replace("LW พื่อให้", "LW ให้"))
    assert len(rows) == 2 and not any('"purpose_word"' in (i["evidence"] or "") for i in said)


_BULLETED = ("- {a} เพื่อเป็นการยกย่องและเชิดชูเกียรติและสร้างขวัญกำลังใจให้แก่\nข้าราชการครูและบุคลากรทางการศึกษา\n\n"
             "- {b} เพื่ออำนวยความสะดวกและควบคุมดูแลการดำเนินงานของศูนย์\nวิชาการเขตให้เป็นไปตามแนวทางที่กำหนด\n\n"
             "- ๒.๓ เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต\n\n")


def test_a_bulleted_list_whose_numbers_ocr_misread_opens_its_items_by_their_bullets():
    rows, said = _objectives(_BULLETED.format(a="1.9", b="19.10"))
    assert [o["seq"] for o in rows] == [1, 2, 3]
    assert [o["text"].startswith(w) for o, w in zip(rows, ("เพื่อเป็นการ", "เพื่ออำนวย", "เพื่อยกระดับ"))] == [True] * 3
    assert any(i["code"] == "value_repaired" and i["field"] == "objectives.seq" and "19.10" in i["message"]
               for i in said)


def test_a_bulleted_list_numbered_right_reads_as_before():
    rows, said = _objectives(_BULLETED.format(a="๒.๑", b="๒.๒"))
    assert [o["seq"] for o in rows] == [1, 2, 3] and not any(i["field"] == "objectives.seq" for i in said)


def test_a_latin_token_before_the_whole_word_is_left_to_the_numbers_rules():
    _, said = _objectives(_UNNUMBERED.format(second="loo ").replace("loo พื่อให้", "loo เพื่อให้"))
    assert not any('"purpose_word"' in (i["evidence"] or "") for i in said)
