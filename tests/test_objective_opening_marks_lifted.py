"""An objective's opening "เพื่อ" whose vowel and tone mark OCR read onto the line above as specks, a space left
where they stood ("เพ อติดตาม...", under "Aa   za   ๑4   a   1"): in a list of no numbers nor bullets nothing
opened the objectives, and every one of them was lost (fresh set s75b, bma_progress_s75b005).  "เพ อ" opens an
objective (parsers.items.opens_purpose) and is mended to "เพื่อ" (mend_purpose); no Thai word is "เพ" alone before
a word opening with อ, and "เพ" before another word opens none."""

from __future__ import annotations

from parsers.items import mend_purpose, numbered_items, opens_purpose
from tests.lines import numbered_lines


def test_an_opening_whose_marks_were_lifted_opens_an_objective():
    items, lead = numbered_items(numbered_lines(
        "Aa               za             ๑4                     a       1",
        "เพ อติดตามและประเมินผลการประกันคุณภาพภายในสถานศึกษาอย่างเป็นระบบ",
        "",
        "A ๓ซู %           ve wv                  VQ             a     ve",
        "เพ อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและเรียนรู้วัฒนธรรมชุมชนแห่งการเรียน",
        "รู้ทางวิชาชีพ (PLC)"), opens=opens_purpose)
    texts = [mend_purpose(i.text) for i in items]
    assert len(texts) == 2 and texts[0].startswith("เพื่อติดตามและประเมิน") and texts[1].startswith("เพื่อเป็นต้นแบบ")


def test_other_words_after_a_lone_pe_open_nothing():
    assert not opens_purpose("เพ ลงชาติ") and not opens_purpose("เพลง อ")
    assert mend_purpose("เพ อให้ครู") == "เพื่อให้ครู"
