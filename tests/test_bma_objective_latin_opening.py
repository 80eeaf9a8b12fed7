"""BMA progress form: objectives printed without numbers, each opening with "เพื่อ", a blank line between; OCR's
English model wrote the first one's "เพื่อ" as Latin letters ("aw ผัฒนาคุณภาพ..."), so nothing opened it: it was
left as text before the list (said), every objective after it read one place early and the last lost (fresh set
s60o).  Its first paragraph, a short token of Latin letters before Thai words, a sentence's worth up to the next
objective, is the first objective, its text as printed, said items_cut_in_doubt
(parsers.bma_progress.read._latin_opened_first)."""

from __future__ import annotations

from tests.test_repair import form, read

_LIST = ("\nเพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและนำไปประยุกต์ใช้ในการจัดการเรียนการสอนได้\n"
         "\nเพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ\nผ่านการใช้เทคโนโลยีสารสนเทศด้วยตนเองได้\n\n")


def _objectives(first: str) -> tuple[list[str], list[dict]]:
    rows = read(form().replace("1. เพื่อทดสอบ\n", first + _LIST))
    said = [i for i in rows["issues"] if i["field"] == "objectives.text" and i["code"] == "items_cut_in_doubt"]
    return [o["text"] for o in sorted(rows["objectives"], key=lambda o: o["seq"])], said


def test_an_objective_whose_opening_word_ocr_wrote_in_latin_letters_is_the_first():
    texts, said = _objectives("aw ผัฒนาคุณภาพการจัดการศึกษาของโรงเรียนสังกัดกรุงเทพมหานคร\nด้วยระบบเครือข่ายโรงเรียนที่ยั่งยืน\n")
    assert len(texts) == 3 and texts[0].startswith("aw ผัฒนาคุณภาพ") and texts[0].endswith("ที่ยั่งยืน")
    assert texts[1].startswith("เพื่อให้ครู") and texts[2].startswith("เพื่อพัฒนาผู้เรียน")
    assert len(said) == 1 and said[0]["line_start"] is not None


def test_a_short_lead_or_one_without_latin_letters_stays_text_before_the_list():
    for lead in ("ab ดังนี้\n", "ผัฒนาคุณภาพการจัดการศึกษาของโรงเรียนสังกัดกรุงเทพมหานคร\n"):
        texts, said = _objectives(lead)
        assert len(texts) == 2 and texts[0].startswith("เพื่อให้ครู") and not said
